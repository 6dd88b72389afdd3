"""Event dates: when a mention's event happened, from the time expressions of its sentence.

The time expression nearest the trigger in the parse wins, unless it tells when something was said ("said on
Sunday", "claimed responsibility on Wednesday", the dateline's date). An event in "a day after ..." is dated
from its main clause. An event dated well before publication is background; a just-reported event with no
date takes the publication day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from wirecoder.models import Article, ResolvedDate, TextSpan
from wirecoder.nlp.datelines import dateline_bounds
from wirecoder.nlp.parse import dependency_steps
from wirecoder.nlp.text import doc_text
from wirecoder.resolve.event_place import governed_by_speech

if TYPE_CHECKING:
    from wirecoder.extract.events import ArticleContext, EventMention
    from wirecoder.resolve.time import TimeMention

BACKGROUND_DAYS = 10  # an event dated this long before publication is background, not the report's news
SPEECH_LEMMAS = frozenset({"say", "tell", "speak", "emphasize", "emphasise", "announce", "address", "state",
                           "add", "assert", "reiterate", "disclose", "stress", "remark", "note", "confirm",
                           # a statement "read on state television on Monday", "posted on X": when it was made
                           "read", "broadcast", "air", "post", "publish"})
SPEECH_NOUNS = frozenset({"statement", "conference", "briefing", "address", "speech", "interview", "presser",
                          "release", "communique", "tweet"})
CLAIMED_OBJECTS = frozenset({"responsibility", "credit", "ownership"})


def mention_date(context: ArticleContext, mention: EventMention) -> ResolvedDate | None:
    """The time expression of the trigger's sentence closest to it in the parse (not one of speaking), or the
    main clause's date shifted back when the event sits in "a day after ..." ."""
    relative = date_before_main_clause(context, mention)
    if relative is not None:
        return relative
    best: tuple[int, ResolvedDate] | None = None
    sentence = mention.sentence
    for time in context.times:
        if time.date is None or time.kind != "date":
            continue
        if not (sentence.start_char <= time.span.start < sentence.end_char) or _in_dateline(context, time):
            continue
        if _COMPARED_SINCE.search(doc_text(context.doc)[max(sentence.start_char, time.span.start - 80):time.span.start]):
            continue  # "the deadliest in the town since December": a comparison's start, not the event's date
        span = context.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is None or _time_of_speaking(span.root, mention.token):
            continue
        steps = dependency_steps(span.root, mention.token)
        if _after(time.date, context.article.published):
            continue
        if best is None or steps < best[0]:
            best = (steps, time.date)
    return best[1] if best else None


_COMPARED_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|first|most\s+\w+)\b[^.;]*\bsince\s+$",
    re.IGNORECASE)


def _in_dateline(context: ArticleContext, time: TimeMention) -> bool:
    """ "GUSAU, July 9 (Reuters) -": the dateline's date is when the story was filed, not when the event was."""
    start, end = dateline_bounds(doc_text(context.doc))
    return start <= time.span.start < end


_INTERVAL_AFTER = re.compile(
    r"\b(?:(?P<count>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)"
    r"|(?P<same_day>hours|minutes|moments|shortly|just\s+hours))\s+(?:after|since)\b", re.IGNORECASE)
_INTERVAL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def date_before_main_clause(context: ArticleContext, mention: EventMention) -> ResolvedDate | None:
    """ "The minister spoke on Saturday, a day after a bomb killed six soldiers": the bombing is dated from the
    main clause's date (the publication date when it has none), less the interval."""
    sentence = mention.sentence
    for match in _INTERVAL_AFTER.finditer(sentence.text):
        after = context.doc.char_span(sentence.start_char + match.end() - 5, sentence.start_char + match.end(),
                                      alignment_mode="expand")
        if after is None or not _in_clause_of(after.root, mention.token):
            continue
        main = _main_clause_date(context, sentence, after.root)
        if main is None:
            return None
        start = sentence.start_char + match.start()
        value = (main - dt.timedelta(days=_interval_days(match))).isoformat()
        return ResolvedDate(value, "day", span=TextSpan(start, start + len(match.group(0)), match.group(0)))
    return None


_RELATIVE_TO_TOLD = re.compile(
    r"^\W*(?:(?P<count>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)"
    r"|(?P<same_day>hours|minutes))\s+(?P<direction>before|after|prior\s+to|ahead\s+of)\s+(?:the|this|that)\s+"
    r"(?:\w+\s+)?(?:attack|assault|raid|blast|bombing|ambush|clash|clashes|strike|killings?|incident|explosion"
    r"|abduction)\b",
    re.IGNORECASE)


_TOLD_CAME_AFTER = re.compile(
    r"^\W*(?:(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:attack|assault|raid|blast|bombing|ambush|clash|clashes|strike"
    r"|killings?|incident|explosion|abduction)|it)\s+(?:came|followed|occurred|happened|took\s+place)\s+"
    r"(?:(?P<count>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)|(?P<same_day>hours|minutes))"
    r"\s+after\b",
    re.IGNORECASE)


def told_event_came_after(sentence: str) -> tuple[int, int] | None:
    """ "The attack came a day after a roadside bomb wounded five soldiers": where the clause of the earlier event
    starts in the sentence, and its days from the event already told (-1); None when the sentence is not so."""
    match = _TOLD_CAME_AFTER.match(sentence)
    if match is None:
        return None
    return match.end(), -_interval_days(match)


def days_from_told_event(sentence: str) -> int | None:
    """ "Two days before the assault, a bomb hit a bus": the sentence's event is dated from the event already
    told (-2 days); None when the sentence does not open so."""
    match = _RELATIVE_TO_TOLD.match(sentence)
    if match is None:
        return None
    days = _interval_days(match)
    return days if match.group("direction").lower() == "after" else -days


def _interval_days(match: re.Match[str]) -> int:
    """Days in "a day", "two weeks" or "hours" (0)."""
    if match.group("same_day"):
        return 0
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else _INTERVAL_COUNTS[count]
    return number * (7 if match.group("unit").lower().startswith("week") else 1)


def _in_clause_of(after: Token, trigger: Token) -> bool:
    """Whether the trigger lies in the clause that "after" opens (as a preposition or a subordinator)."""
    clause = after.head if after.dep_ == "mark" else after
    return trigger.i > after.i and any(token.i == trigger.i for token in clause.subtree)


def _main_clause_date(context: ArticleContext, sentence: Span, after: Token) -> dt.date | None:
    """The day of the sentence's main clause: a day-precise time outside the "after" clause, else publication."""
    clause = after.head if after.dep_ == "mark" else after
    inside = {token.i for token in clause.subtree}
    for time in context.times:
        if time.date is None or time.kind != "date" or time.date.precision != "day":
            continue
        if sentence.start_char <= time.span.start < sentence.end_char:
            span = context.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
            if span is not None and span.root.i not in inside:
                return dt.date.fromisoformat(time.date.value)
    return context.article.published


def _after(date: ResolvedDate, published: dt.date | None) -> bool:
    """A date after publication ("talks next month"): what is planned, never when a reported event happened."""
    if published is None or date.defaulted:
        return False
    return date.value > published.isoformat()[:len(date.value)]


def _time_of_speaking(token: Token, trigger: Token) -> bool:
    """ "said on Sunday", "claimed responsibility on Wednesday": the time a statement was made, not the event's."""
    return (governed_by_speech(token, trigger, max_steps=3, nouns=SPEECH_NOUNS, verbs=SPEECH_LEMMAS)
            or _time_of_claim(token, trigger) or _time_of_publishing(token, trigger))


def _time_of_publishing(token: Token, trigger: Token) -> bool:
    """ "according to a police statement issued on Tuesday": when a statement came out, not the event's time."""
    verb = next((ancestor for ancestor in token.ancestors if ancestor.pos_ == "VERB"), None)
    return (verb is not None and verb.i != trigger.i and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in SPEECH_NOUNS)


def _time_of_claim(token: Token, trigger: Token) -> bool:
    """The date hangs on "claimed responsibility" (not on "claimed five lives"), and the trigger is not that verb."""
    verb = next((ancestor for ancestor in token.ancestors if ancestor.pos_ == "VERB"), None)
    return (verb is not None and verb.i != trigger.i and verb.lemma_.lower() == "claim"
            and any(child.dep_ == "dobj" and child.lemma_.lower() in CLAIMED_OBJECTS for child in verb.children))


def is_background(date: ResolvedDate | None, published: dt.date | None) -> bool:
    """An event dated well before publication ("in November last year") is background."""
    if date is None or published is None or date.defaulted:
        return False
    if date.precision == "day":
        return (published - dt.date.fromisoformat(date.value)).days > BACKGROUND_DAYS
    if date.precision == "month":
        return date.value < published.isoformat()[:7] and (published.day > BACKGROUND_DAYS or
                                                             _months_between(date.value, published) > 1)
    return date.value < str(published.year)


def _months_between(month: str, published: dt.date) -> int:
    year, number = (int(part) for part in month.split("-"))
    return (published.year - year) * 12 + published.month - number


def default_date(article: Article, core: bool) -> ResolvedDate | None:
    """A just-reported event with no date in the text happened on the publication day."""
    if not core or article.published is None:
        return None
    return ResolvedDate(article.published.isoformat(), "day", span=None, defaulted=True)
