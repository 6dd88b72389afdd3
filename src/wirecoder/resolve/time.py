"""Temporal resolution: time expressions in the text, normalised against the publication date (the anchor).

Pure regular expressions and calendar arithmetic, no model. The conventions (each tested in
`tests/resolve/test_time.py`):

- Spans cover the expression without a leading preposition ("Saturday", not "on Saturday"; "the weekend", not
  "over the weekend") but with its own modifiers ("last Saturday", "Tuesday night", "early December").
- Weekdays: a bare "Saturday" is the last Saturday on or before publication (the publication day itself when it
  is a Saturday), or the next one on or after it when the sentence speaks of the future ("will meet on
  Saturday"). "last Saturday" is strictly before, "next Saturday" strictly after, "this Saturday" on or after.
- Months and days without a year ("in November", "on March 5"): with a past-tense cue in the sentence, the most
  recent on or before publication; with a future cue, the next on or after; with no cue (and always in
  `resolve_expression`, which sees no sentence), the one from eight months before to three months after the
  publication month, since reporters drop the year only for dates that close.
- Weeks ("last week", "two weeks ago"): `ResolvedDate` has no week precision, so a week gives the month that
  holds most of its days (its Thursday's, as ISO weeks count), precision month. A weekend gives its Saturday,
  precision day: "over the weekend" is the weekend just past (this one when published on it).
- Seasons and quarters ("last summer", "the third quarter") give their year, precision year.
- "the previous day", "a day earlier", "that day", "two days later" count from `reference` (the date of an event
  already placed) when given, else the anchor; `find_time_expressions` uses the closest earlier day-precision
  date in the text as the reference.
- "now", "currently" give the publication day (kind "present"); "recently", "the past", "the 1990s" are found
  with date None (kind "unresolved"). Without an anchor only absolute dates ("March 5, 2024", "2023") resolve.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from wirecoder.models import DatePrecision, ResolvedDate, TextSpan
from wirecoder.resolve import time_lexicon as lex

MentionKind = Literal["date", "present", "unresolved"]
Direction = Literal["past", "future", "unknown"]


@dataclass(slots=True)
class TimeMention:
    """A time expression found in the text and the date it denotes (None when it cannot be resolved)."""

    span: TextSpan
    date: ResolvedDate | None
    kind: MentionKind = "date"  # "present": now, currently; "unresolved": recently, the 1990s


@dataclass(frozen=True, slots=True)
class Moment:
    """A resolved value before it is tied to a span."""

    value: str
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class ResolutionContext:
    """What a relative expression is resolved against."""

    anchor: dt.date | None
    reference: dt.date | None = None
    direction: Direction = "unknown"

    @property
    def base(self) -> dt.date | None:
        """The date anaphoric expressions ("the previous day") count from."""
        return self.reference or self.anchor


Resolver = Callable[[re.Match[str], ResolutionContext], Moment | None]


@dataclass(frozen=True, slots=True)
class TimeRule:
    """One construction: its pattern, how a match resolves, and how the mention is labelled."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    kind: MentionKind = "date"
    directional: bool = False  # resolution depends on the tense of the sentence
    trigger: re.Pattern[str] | None = None  # a cheap pattern every match contains; None: scan the whole text


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match in the text, before overlapping matches are settled."""

    start: int
    end: int
    rule: TimeRule
    match: re.Match[str]


# ----------------------------------------------------------------------------------------------------------
# Calendar arithmetic


def day_moment(day: dt.date) -> Moment:
    """A day, precision day."""
    return Moment(day.isoformat(), "day")


def month_moment(year: int, month: int) -> Moment:
    """A month, precision month."""
    return Moment(f"{year:04d}-{month:02d}", "month")


def year_moment(year: int) -> Moment | None:
    """A year, precision year (None outside the four-digit range)."""
    return Moment(f"{year:04d}", "year") if 1 <= year <= 9999 else None


def week_moment(any_day: dt.date) -> Moment:
    """The week holding `any_day`, as the month of its Thursday (the month holding most of its days)."""
    thursday = any_day + dt.timedelta(days=3 - any_day.weekday())
    return month_moment(thursday.year, thursday.month)


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by `months`."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def safe_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_of_month(month: int, anchor: dt.date, direction: Direction) -> int:
    """The year of a month named without one: see the module docstring for the rule."""
    anchor_index = anchor.year * 12 + anchor.month - 1
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [(year, year * 12 + month - 1 - anchor_index) for year in years]
    if direction == "past":
        return max(year for year, offset in candidates if offset <= 0)
    if direction == "future":
        return min(year for year, offset in candidates if offset >= 0)
    return next(year for year, offset in candidates if -8 <= offset <= 3)


def weekday_date(weekday: int, anchor: dt.date, relation: str, direction: Direction) -> dt.date:
    """The date of a named weekday relative to `anchor` ("last", "next", "this" or "" for a bare name)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if relation in ("last", "past", "this past"):
        return anchor - dt.timedelta(days=back or 7)
    if relation in ("next", "coming", "this coming"):
        return anchor + dt.timedelta(days=ahead or 7)
    if relation == "this" or direction == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding `day`."""
    return day - dt.timedelta(days=day.weekday())


def relation_offset(relation: str | None) -> int:
    """-1, 0 or +1 for "last", "this", "next" and their synonyms."""
    words = (relation or "this").lower().split()
    if words[-1] in ("last", "past", "previous") or words[0] == "last":
        return -1
    if words[-1] in ("next", "coming", "following"):
        return 1
    return 0


def number_value(word: str) -> int | None:
    """A count written in digits or words ("3", "three", "a couple of"); None when vague ("several")."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word.isdigit():
        return int(word)
    return lex.NUMBER_WORDS.get(word)


def lower_group(match: re.Match[str], name: str) -> str:
    """A named group, lower-cased and with single spaces ("" when it did not take part)."""
    value = match.group(name)
    return re.sub(r"\s+", " ", value.lower()) if value else ""


def month_number(word: str) -> int:
    """The month a name or abbreviation stands for."""
    return lex.MONTHS[word.lower().rstrip(".")]


def full_year(digits: str) -> int:
    """A year from four digits, or from two ("'98", "03/16/24"): below 50 is this century."""
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year < 50 else 1900)
    return year


# ----------------------------------------------------------------------------------------------------------
# Resolvers: one per rule, each (match, context) -> Moment | None


def resolve_iso(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """2024-03-16."""
    day = safe_day(int(match["y"]), int(match["m"]), int(match["d"]))
    return day_moment(day) if day else None


def resolve_numeric(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """03/16/2024 (month first, unless the first number cannot be a month) or 16.03.2024 (day first)."""
    first, second, year = int(match["a"]), int(match["b"]), full_year(match["y"])
    month, day = (second, first) if match["sep"] == "." or first > 12 else (first, second)
    found = safe_day(year, month, day)
    return day_moment(found) if found else None


def resolve_month_day(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """March 5, 5 March, March 5 2024, March 5 last year, Tuesday, March 5."""
    month, day = month_number(match["month"]), int(match["day"])
    if match["year"]:
        year = full_year(match["year"])
    elif match["yearrel"] and context.anchor:
        year = context.anchor.year + relation_offset(match["yearrel"])
    elif context.anchor:
        year = year_of_month(month, context.anchor, context.direction)
    else:
        return None
    found = safe_day(year, month, day)
    return day_moment(found) if found else None


def resolve_month(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """November 2023, November last year, last November, early December, in June."""
    month = month_number(match["month"])
    if match["year"]:
        return month_moment(full_year(match["year"]), month)
    if not context.anchor:
        return None
    anchor = context.anchor
    if match["yearrel"]:
        return month_moment(anchor.year + relation_offset(match["yearrel"]), month)
    relation = lower_group(match, "rel")
    offset = month - anchor.month
    if relation in ("last", "past"):
        return month_moment(anchor.year - (offset >= 0), month)
    if relation in ("next", "coming"):
        return month_moment(anchor.year + (offset <= 0), month)
    if relation == "this":
        return month_moment(anchor.year, month)
    return month_moment(year_of_month(month, anchor, context.direction), month)


def resolve_year(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """2023, fiscal 1989, early 2011, the end of 2012."""
    return year_moment(int(match["year"]))


def resolve_day_word(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """today, tonight, this morning, yesterday, last night, tomorrow, the day before yesterday."""
    if not context.anchor:
        return None
    words = lower_group(match, "word")
    if "before yesterday" in words:
        offset = -2
    elif "after tomorrow" in words:
        offset = 2
    elif "yesterday" in words or words.startswith("last"):
        offset = -1
    elif "tomorrow" in words:
        offset = 1
    else:
        offset = 0
    return day_moment(context.anchor + dt.timedelta(days=offset))


def resolve_weekday(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """Saturday, last Saturday, next Saturday, Tuesday night."""
    if not context.anchor:
        return None
    weekday = lex.WEEKDAYS[match["weekday"].lower()]
    return day_moment(weekday_date(weekday, context.anchor, lower_group(match, "rel"), context.direction))


def resolve_anaphor(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """the previous day, the day before, a day earlier, the next day, that day: from the reference date."""
    base = context.base
    if not base:
        return None
    words = lower_group(match, "word")
    if re.search(r"\bthat\b|\bsame\b|\bin the\b", words):  # "that day", "later in the day": the day itself
        offset = 0
    elif re.search(r"previous|preceding|prior|before|earlier", words):
        offset = -1
    elif re.search(r"following|next|after|later", words):
        offset = 1
    else:
        offset = 0
    return day_moment(base + dt.timedelta(days=offset))


def resolve_count(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """two days ago, a week earlier, three months ago, a year later, a decade ago."""
    count = number_value(match["count"])
    pointer = lower_group(match, "pointer")
    base = context.anchor if pointer in ("ago", "from now", "hence") else context.base
    if count is None or base is None:
        return None
    sign = -1 if pointer in ("ago", "earlier", "before") else 1
    unit = match["unit"].lower().rstrip("s")
    if unit == "day":
        return day_moment(base + dt.timedelta(days=sign * count))
    if unit == "week":
        return week_moment(base + dt.timedelta(weeks=sign * count))
    if unit == "month":
        return month_moment(*shift_month(base.year, base.month, sign * count))
    return year_moment(base.year + sign * count * (10 if unit == "decade" else 1))


def resolve_relative_unit(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """last week, this month, earlier this year, next year, the end of last year."""
    if not context.anchor:
        return None
    anchor, offset, unit = context.anchor, relation_offset(match["rel"]), match["unit"].lower()
    if unit == "week":
        return week_moment(monday_of(anchor) + dt.timedelta(weeks=offset))
    if unit == "month":
        return month_moment(*shift_month(anchor.year, anchor.month, offset))
    return year_moment(anchor.year + offset)


def resolve_weekend(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """the weekend, this weekend, last weekend, next weekend: the weekend's Saturday."""
    if not context.anchor:
        return None
    anchor = context.anchor
    this_saturday = monday_of(anchor) + dt.timedelta(days=5)  # the weekend of the publication week
    relation = lower_group(match, "rel")
    if relation == "next":
        saturday = this_saturday + dt.timedelta(weeks=1)
    elif relation in ("this", "coming", "the coming"):
        saturday = this_saturday
    elif relation in ("last", "past", "the past", "the last", "this past"):
        saturday = this_saturday - dt.timedelta(weeks=1)
    elif context.direction == "future":  # a bare "the weekend": the next one...
        saturday = this_saturday if anchor <= this_saturday else this_saturday + dt.timedelta(weeks=1)
    else:  # ...or the one just past, or under way when published on it
        saturday = this_saturday if anchor >= this_saturday else this_saturday - dt.timedelta(weeks=1)
    return day_moment(saturday)


def resolve_season(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """last summer, this spring, the winter of 1994, summer 2012: the year the season starts in."""
    if match["year"]:
        return year_moment(full_year(match["year"]))
    if not context.anchor:
        return None
    anchor, start_month = context.anchor, lex.SEASON_START_MONTH[match["season"].lower()]
    # The season under way (or the last one started) and its year.
    current_year = anchor.year if anchor.month >= start_month else anchor.year - 1
    in_season = (anchor.year * 12 + anchor.month) - (current_year * 12 + start_month) < 3
    relation = lower_group(match, "rel")
    if relation in ("last", "past"):
        return year_moment(current_year - 1 if in_season else current_year)
    if relation in ("next", "coming"):
        return year_moment(current_year + 1)
    if relation == "this":
        return year_moment(anchor.year - (start_month == 12 and anchor.month <= 2))
    if context.direction == "future" and not in_season:
        return year_moment(current_year + 1)
    return year_moment(current_year)


def resolve_quarter(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """the third quarter, third-quarter, the latest quarter, the year-ago quarter: the quarter's year."""
    if match["year"] or match["ofyear"]:
        return year_moment(int(match["year"] or match["ofyear"]))
    if not context.anchor:
        return None
    anchor = context.anchor
    words = " ".join(filter(None, (lower_group(match, "det"), lower_group(match, "qmod"))))
    earlier = 1 if re.search(r"year-(?:ago|earlier)|last year's|corresponding", words) else 0
    if match["ordinal"]:
        start_month = 3 * lex.ORDINALS[match["ordinal"].lower()] - 2
        year = anchor.year if start_month <= anchor.month else anchor.year - 1
    elif re.search(r"current|this", words):
        year = anchor.year
    else:  # "the quarter", "the latest quarter": the last one completed
        year = anchor.year if anchor.month > 3 else anchor.year - 1
    return year_moment(year - earlier)


def resolve_year_ago(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """year-ago, the year-earlier period: the year before publication."""
    return year_moment(context.anchor.year - 1) if context.anchor else None


def resolve_present(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """now, currently: the publication day."""
    return day_moment(context.anchor) if context.anchor else None


def resolve_nothing(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """recently, the past, the 1990s: found, but no date can be given."""
    return None


# ----------------------------------------------------------------------------------------------------------
# Rules


def _compile(pattern: str) -> re.Pattern[str]:
    """Case-insensitive, and starting at a word's start only ("a days" is not found in "data days ago")."""
    return re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)


@functools.cache
def time_rules() -> tuple[TimeRule, ...]:
    """Every construction, compiled on first use (the pattern texts are in `time_lexicon`)."""
    # Month names are capitalised (`rule_accepts` insists), so their trigger can be case-sensitive and fast.
    month_trigger = re.compile(lex.MONTH_TRIGGER)
    return (
        TimeRule("iso", _compile(lex.ISO_DATE), resolve_iso),
        TimeRule("numeric", _compile(lex.NUMERIC_DATE), resolve_numeric),
        TimeRule("month_day", _compile(lex.MONTH_DAY), resolve_month_day, directional=True, trigger=month_trigger),
        TimeRule("day_month", _compile(lex.DAY_MONTH), resolve_month_day, directional=True, trigger=month_trigger),
        TimeRule("month", _compile(lex.MONTH), resolve_month, directional=True, trigger=month_trigger),
        TimeRule("year", _compile(lex.YEAR), resolve_year, trigger=_compile(lex.YEAR_TRIGGER)),
        TimeRule("day_word", _compile(lex.DAY_WORD), resolve_day_word, trigger=_compile(lex.DAY_WORD_TRIGGER)),
        TimeRule("weekday", _compile(lex.WEEKDAY), resolve_weekday, directional=True,
                 trigger=_compile(lex.WEEKDAY_WORD)),
        TimeRule("anaphor", _compile(lex.ANAPHOR), resolve_anaphor, trigger=_compile(lex.ANAPHOR_TRIGGER)),
        TimeRule("count", _compile(lex.COUNT), resolve_count, trigger=_compile(lex.COUNT_TRIGGER)),
        TimeRule("relative_unit", _compile(lex.RELATIVE_UNIT), resolve_relative_unit,
                 trigger=_compile(r"\b(?:week|month|year)\b")),
        TimeRule("weekend", _compile(lex.WEEKEND), resolve_weekend, directional=True,
                 trigger=_compile(r"\bweekend\b")),
        TimeRule("season", _compile(lex.SEASON), resolve_season, directional=True,
                 trigger=_compile(r"\b(?:spring|summer|autumn|fall|winter)\b")),
        TimeRule("year_ago", _compile(lex.YEAR_AGO), resolve_year_ago, trigger=_compile(r"year-")),
        TimeRule("quarter", _compile(lex.QUARTER), resolve_quarter, trigger=_compile(r"quarter")),
        TimeRule("present", _compile(lex.PRESENT), resolve_present, kind="present"),
        TimeRule("unresolved", _compile(lex.UNRESOLVED), resolve_nothing, kind="unresolved",
                 trigger=_compile(lex.UNRESOLVED_TRIGGER)),
    )


@functools.cache
def word_pattern() -> re.Pattern[str]:
    """Lower-case words, with apostrophes."""
    return re.compile(r"[a-z']+")


@functools.cache
def sentence_end_pattern() -> re.Pattern[str]:
    """A full stop, question or exclamation mark or line break, then space."""
    return re.compile(r"[.!?\n]\s")


# ----------------------------------------------------------------------------------------------------------
# Finding and choosing matches


def rule_accepts(rule: TimeRule, match: re.Match[str], text: str, *, standalone: bool = False) -> bool:
    """Reject matches that only look like time expressions ("May" the verb, "quarter" the noun); a
    `standalone` expression is known to be one, so a lone "May" or "summer" stands."""
    if match.end() == match.start():
        return False
    groups = match.re.groupindex
    if "month" in groups and match["month"] and not match["month"][0].isupper():
        return False
    if rule.name == "month" and not (match["year"] or match["yearrel"] or match["rel"] or standalone):
        return month_alone_is_a_month(match, text)
    if rule.name == "season" and not match["year"]:
        return season_is_a_season(match, text, standalone=standalone)
    if rule.name == "year" and not match.group().lower().startswith(("fiscal", "the", "calendar")):
        return year_is_a_year(match, text)
    if rule.name == "quarter":
        return bool(match["ordinal"] or match["det"] or match["qmod"] or match["year"])
    return True


def month_alone_is_a_month(match: re.Match[str], text: str) -> bool:
    """A lone month name counts unless it is "May"/"March" without a word that makes it a month."""
    if match["month"].lower() not in ("may", "march") or match.start("month") > match.start():
        return True
    before = word_pattern().findall(text[max(0, match.start() - 20):match.start()].lower())
    return bool(before) and before[-1] in lex.MONTH_LEAD_WORDS


def year_is_a_year(match: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless it counts something ("more than 2000 people")."""
    before = word_pattern().findall(text[max(0, match.start() - 20):match.start()].lower())
    after = word_pattern().findall(text[match.end():match.end() + 20].lower())
    if before and before[-1] in lex.COUNT_LEAD_WORDS:
        return False
    return not (after and after[0] in lex.COUNTED_NOUNS)


def season_is_a_season(match: re.Match[str], text: str, *, standalone: bool) -> bool:
    """"the fall of the city" is no season; a lone season name ("in summer") needs a preposition before it, and
    a lone "fall" is mostly the verb."""
    relation = lower_group(match, "rel")
    if relation == "the" and re.match(r"\s+of\b", text[match.end():match.end() + 5]):
        return False
    if relation or standalone:
        return True
    before = word_pattern().findall(text[max(0, match.start() - 20):match.start()].lower())
    return match["season"].lower() != "fall" and bool(before) and before[-1] in ("in", "during", "since", "until", "by")


# How far around a trigger word a rule's match may reach ("the very end of last [week]", "[May] 5, 2024").
TRIGGER_MARGIN = 48


def trigger_segments(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The stretches of text around the trigger's matches, merged where they overlap."""
    segments: list[tuple[int, int]] = []
    for found in trigger.finditer(text):
        start, end = max(0, found.start() - TRIGGER_MARGIN), min(len(text), found.end() + TRIGGER_MARGIN)
        if segments and start <= segments[-1][1]:
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
    return segments


def rule_matches(rule: TimeRule, text: str) -> Iterator[re.Match[str]]:
    """The rule's matches, searched only near its trigger words: scanning every rule over every character of
    a long article is what would make this slow."""
    if rule.trigger is None:
        yield from rule.pattern.finditer(text)
        return
    for start, end in trigger_segments(rule.trigger, text):
        yield from rule.pattern.finditer(text, start, end)


def find_candidates(text: str, *, standalone: bool = False) -> list[Candidate]:
    """Every accepted match of every rule, leftmost first, longest first among those starting together."""
    candidates = [
        Candidate(match.start(), match.end(), rule, match)
        for rule in time_rules()
        for match in rule_matches(rule, text)
        if rule_accepts(rule, match, text, standalone=standalone)
    ]
    candidates.sort(key=lambda candidate: (candidate.start, candidate.start - candidate.end))
    return candidates


def choose_non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """Leftmost-longest: keep a candidate when it starts after the last kept one ends."""
    chosen: list[Candidate] = []
    for candidate in candidates:
        if not chosen or candidate.start >= chosen[-1].end:
            chosen.append(candidate)
    return chosen


def sentence_direction(text: str, start: int) -> Direction:
    """Whether the words before `start` in its sentence speak of the future or the past (nearest cue wins)."""
    window = text[max(0, start - 160):start]
    ends = list(sentence_end_pattern().finditer(window))
    if ends:
        window = window[ends[-1].end():]
    words = word_pattern().findall(window.lower())
    for position in range(len(words) - 1, max(-1, len(words) - 13), -1):
        word = words[position]
        if word in lex.FUTURE_CUES:
            return "future"
        if word in lex.NEUTRAL_PAST_VERBS:
            return "unknown"
        if word in lex.PAST_CUES or (word.endswith("ed") and word not in lex.NEUTRAL_PAST_VERBS):
            passive = position > 0 and words[position - 1] in ("be", "to", "being")
            if not passive:
                return "past"
    return "unknown"


def mention_of(text: str, candidate: Candidate, context: ResolutionContext) -> TimeMention:
    """The mention a chosen candidate makes, resolved in `context`."""
    span = TextSpan.of(text, candidate.start, candidate.end)
    try:
        moment = candidate.rule.resolve(candidate.match, context)
    except OverflowError:  # an anchor at the edge of the calendar: leave the date out rather than fail
        moment = None
    if moment is None:
        return TimeMention(span, None, "unresolved")
    return TimeMention(span, ResolvedDate(moment.value, moment.precision, span=span), candidate.rule.kind)


def as_day(value: dt.date | None) -> dt.date | None:
    """A date, from a datetime too (its time of day dropped)."""
    return value.date() if isinstance(value, dt.datetime) else value


def find_time_expressions(text: str, anchor: dt.date | None) -> list[TimeMention]:
    """Every date expression in `text`, resolved against `anchor` (the publication date), in text order."""
    if not text or not isinstance(text, str):
        return []
    anchor = as_day(anchor)
    mentions: list[TimeMention] = []
    reference: dt.date | None = None
    for candidate in choose_non_overlapping(find_candidates(text)):
        direction = sentence_direction(text, candidate.start) if candidate.rule.directional else "unknown"
        mention = mention_of(text, candidate, ResolutionContext(anchor, reference, direction))
        mentions.append(mention)
        if mention.date and mention.date.precision == "day" and mention.kind == "date" \
                and not _when_said(text, candidate.start):
            reference = dt.date.fromisoformat(mention.date.value)
    return mentions


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|added|reported|stated|confirmed)\s+(?:\w+\s+){0,5}$",
                          re.IGNORECASE)


def _when_said(text: str, start: int) -> bool:
    """ "A source said on Tuesday": when the news was told, which "the following day" does not count from."""
    return bool(_SAID_BEFORE.search(text, max(0, start - 40), start))


def resolve_expression(
    expression: str, anchor: dt.date | None, *, reference: dt.date | None = None
) -> ResolvedDate | None:
    """Normalise one expression ("on Saturday", "the previous day") against `anchor`, or `reference` when given
    (the date of an event already placed, for "the previous day")."""
    if not expression or not isinstance(expression, str):
        return None
    candidates = choose_non_overlapping(find_candidates(expression, standalone=True))
    if not candidates:
        return None
    longest = max(candidates, key=lambda candidate: candidate.end - candidate.start)
    mention = mention_of(expression, longest, ResolutionContext(as_day(anchor), as_day(reference)))
    return mention.date
