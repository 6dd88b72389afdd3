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
from collections.abc import Callable
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
    candidates = [(year, year * 12 + month - 1 - anchor_index) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
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
    """March 5, 5 March, March 5 2024, Tuesday, March 5."""
    month, day = month_number(match["month"]), int(match["day"])
    if match["year"]:
        year = full_year(match["year"])
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
    if re.search(r"previous|preceding|prior|before|earlier", words) and not re.search(r"that|same", words):
        offset = -1
    elif re.search(r"following|next|after|later", words) and not re.search(r"that|same", words):
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
    this_saturday = monday_of(anchor) + dt.timedelta(days=5)
    relation = lower_group(match, "rel")
    if relation in ("this", "the coming", "coming") or (relation == "the" and context.direction == "future"):
        saturday = this_saturday if anchor <= this_saturday or relation != "the" else this_saturday + dt.timedelta(weeks=1)
    elif relation == "next":
        saturday = this_saturday + dt.timedelta(weeks=1)
    elif relation == "the" and anchor >= this_saturday:
        saturday = this_saturday  # published on the weekend: the weekend under way
    else:
        saturday = this_saturday - dt.timedelta(weeks=1)
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
    if relation == "this" and not in_season:
        return year_moment(current_year + 1)
    if relation != "this" and context.direction == "future" and not in_season:
        return year_moment(current_year + 1)
    return year_moment(current_year)


def resolve_quarter(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """the third quarter, third-quarter, the latest quarter, the year-ago quarter: the quarter's year."""
    if match["year"]:
        return year_moment(full_year(match["year"]))
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


def resolve_present(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """now, currently: the publication day."""
    return day_moment(context.anchor) if context.anchor else None


def resolve_nothing(match: re.Match[str], context: ResolutionContext) -> Moment | None:
    """recently, the past, the 1990s: found, but no date can be given."""
    return None


# ----------------------------------------------------------------------------------------------------------
# Patterns


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@functools.cache
def time_rules() -> tuple[TimeRule, ...]:
    """Every construction, compiled on first use."""
    year = rf"(?P<year>{lex.YEAR_NUMBER})"
    weekday_prefix = rf"(?:{lex.WEEKDAY_WORD},?\s+)?"
    modifier = rf"(?:{lex.PERIOD_MODIFIER}[\s-]+)?"
    relation = r"(?:(?P<rel>last|this|next|past|coming|this\s+past|this\s+coming)\s+)?"
    unit_relation = (
        r"(?P<rel>last|this|next|past|previous|coming|current|the\s+(?:past|last|previous|coming|current|next)"
        r"|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the|(?<=of\s)the)"
    )
    day_suffix = r"(?:st|nd|rd|th)?"
    return (
        TimeRule("iso", _compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), resolve_iso),
        TimeRule("numeric", _compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"),
                 resolve_numeric),
        TimeRule("month_day", _compile(
            rf"{weekday_prefix}{modifier}(?P<month>{lex.MONTH_BEFORE_DAY})\s*(?P<day>\d{{1,2}}){day_suffix}\b(?![:.]\d)"
            rf"(?:,?\s+{year})?"), resolve_month_day, directional=True),
        TimeRule("day_month", _compile(
            rf"{weekday_prefix}(?:the\s+)?(?<!\d)(?P<day>\d{{1,2}}){day_suffix}\s+(?:of\s+)?(?P<month>{lex.MONTH_BEFORE_DAY})"
            rf"(?:,?\s+{year})?"), resolve_month_day, directional=True),
        TimeRule("month", _compile(
            rf"{modifier}{relation}(?P<month>{lex.MONTH_WORD})"
            rf"(?:(?:,?\s+|\s+of\s+){year}|\s+(?P<yearrel>last|this|next)\s+year\b)?"), resolve_month, directional=True),
        TimeRule("year", _compile(rf"{modifier}(?:(?:fiscal|the\s+year|calendar)\s+)?{year}"), resolve_year),
        TimeRule("day_word", _compile(
            rf"(?P<word>(?:early\s+|late\s+)?(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
            rf"|(?:today|tonight|yesterday|tomorrow)(?:\s+{lex.PART_OF_DAY})?"
            rf"|(?:this|last)\s+(?:morning|afternoon|evening|night)))\b"), resolve_day_word),
        TimeRule("weekday", _compile(
            rf"(?:(?:early|late)\s+)?{relation}(?P<weekday>{lex.WEEKDAY_WORD})(?:\s+{lex.PART_OF_DAY}\b)?"),
            resolve_weekday, directional=True),
        TimeRule("anaphor", _compile(
            r"(?P<word>(?:the\s+)?(?:previous|preceding|prior)\s+(?:day|night|evening|morning)"
            r"|(?:the\s+)?day\s+before(?!\s+(?:yesterday|the|a|an|his|her|its|their)\b)"
            r"|(?:a|one|the)\s+day\s+(?:earlier|later)|(?:a|one)\s+day\s+(?:before|after)(?!\s+[a-z])"
            r"|the\s+(?:following|next)\s+(?:day|morning|night|evening)|the\s+day\s+after(?!\s+[a-z])"
            r"|(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?:on\s+)?the\s+same\s+day|that\s+(?:same\s+)?day)\b"),
            resolve_anaphor),
        TimeRule("count", _compile(
            rf"(?:{lex.APPROXIMATELY}\s+)?(?P<count>\d+|{lex.NUMBER_WORD}|{lex.VAGUE_WORD})\s+"
            r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+"
            r"(?P<pointer>ago|earlier|later|from\s+now|hence|before(?!\s+[a-z])|after(?!\s+[a-z]))"),
            resolve_count),
        TimeRule("relative_unit", _compile(rf"{modifier}(?:{unit_relation}\s+|(?<=of\s))(?P<unit>week|month|year)\b(?!'s\s+(?:first|second|third|fourth))"),
                 resolve_relative_unit),
        TimeRule("weekend", _compile(r"(?:(?P<rel>this|last|next|past|coming|the\s+past|the\s+last|the\s+coming|the)\s+)weekend\b"),
                 resolve_weekend, directional=True),
        TimeRule("season", _compile(
            rf"(?:(?:early|late|mid)[\s-]+)?(?:(?P<rel>last|this|next|past|coming|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
            rf"(?:(?:\s+of)?\s+{year})?"), resolve_season, directional=True),
        TimeRule("quarter", _compile(
            r"(?:(?P<det>the|this|last|next|its|this\s+year's|last\s+year's|the\s+year-(?:ago|earlier))\s+)?"
            r"(?:(?P<qmod>latest|current|previous|past|year-ago|year-earlier|same|corresponding)[\s-]+)?"
            r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?quarter\b"
            rf"(?:\s+of\s+{year})?"), resolve_quarter),
        TimeRule("present", _compile(r"\b(?:now|currently|at\s+present|nowadays|at\s+the\s+moment)\b"), resolve_present,
                 kind="present"),
        TimeRule("unresolved", _compile(
            r"\b(?:recently|lately|in\s+recent\s+(?:days|weeks|months|years)|recent\s+(?:days|weeks|months|years)"
            r"|(?<=in\s)the\s+past|the\s+future|previously|formerly)\b"
            r"|(?<![\w'])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[6-9]|20)\d0s|'\d0s)\b"
            r"|\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first)\s+century\b"), resolve_nothing,
            kind="unresolved"),
    )


# ----------------------------------------------------------------------------------------------------------
# Finding and choosing matches

_WORD = re.compile(r"[a-z']+")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_QUARTER_CUE = re.compile(r"\b(?:the|this|last|next|its)\b|[a-z]+-|year|first|second|third|fourth|1st|2nd|3rd|4th|latest|current", re.IGNORECASE)


def rule_accepts(rule: TimeRule, match: re.Match[str], text: str) -> bool:
    """Reject matches that only look like time expressions ("May" the verb, "quarter" the noun)."""
    if match.end() == match.start():
        return False
    groups = match.re.groupindex
    if "month" in groups and match["month"] and not match["month"][0].isupper():
        return False
    if rule.name == "month" and not (match["year"] or match["yearrel"] or match["rel"]):
        return month_alone_is_a_month(match, text)
    if rule.name == "season" and not (match["rel"] or match["year"]):
        return False
    if rule.name == "year" and not match.group().lower().startswith(("fiscal", "the", "calendar")):
        return year_is_a_year(match, text)
    if rule.name == "quarter":
        return bool(match["ordinal"] or match["det"] or match["qmod"] or match["year"])
    return True


def month_alone_is_a_month(match: re.Match[str], text: str) -> bool:
    """A lone month name counts unless it is "May"/"March" without a word that makes it a month."""
    if match["month"].lower() not in ("may", "march") or match.start("month") > match.start():
        return True
    before = _WORD.findall(text[max(0, match.start() - 20):match.start()].lower())
    return bool(before) and before[-1] in lex.MONTH_LEAD_WORDS


def year_is_a_year(match: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless it counts something ("more than 2000 people")."""
    before = _WORD.findall(text[max(0, match.start() - 20):match.start()].lower())
    after = _WORD.findall(text[match.end():match.end() + 20].lower())
    if before and before[-1] in lex.COUNT_LEAD_WORDS:
        return False
    return not (after and after[0] in lex.COUNTED_NOUNS)


def find_candidates(text: str) -> list[Candidate]:
    """Every accepted match of every rule, leftmost first, longest first among those starting together."""
    candidates = [
        Candidate(match.start(), match.end(), rule, match)
        for rule in time_rules()
        for match in rule.pattern.finditer(text)
        if rule_accepts(rule, match, text)
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
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    words = _WORD.findall(window.lower())
    for position in range(len(words) - 1, max(-1, len(words) - 13), -1):
        word = words[position]
        if word in lex.FUTURE_CUES:
            return "future"
        if word in lex.PAST_CUES or (word.endswith("ed") and word not in lex.NEUTRAL_PAST_VERBS):
            passive = position > 0 and words[position - 1] in ("be", "to", "being")
            if not passive:
                return "past"
    return "unknown"


def mention_of(text: str, candidate: Candidate, context: ResolutionContext) -> TimeMention:
    """The mention a chosen candidate makes, resolved in `context`."""
    span = TextSpan.of(text, candidate.start, candidate.end)
    moment = candidate.rule.resolve(candidate.match, context)
    if moment is None:
        return TimeMention(span, None, "unresolved")
    return TimeMention(span, ResolvedDate(moment.value, moment.precision, span=span), candidate.rule.kind)


def find_time_expressions(text: str, anchor: dt.date | None) -> list[TimeMention]:
    """Every date expression in `text`, resolved against `anchor` (the publication date), in text order."""
    if not text:
        return []
    mentions: list[TimeMention] = []
    reference: dt.date | None = None
    for candidate in choose_non_overlapping(find_candidates(text)):
        direction = sentence_direction(text, candidate.start) if candidate.rule.directional else "unknown"
        mention = mention_of(text, candidate, ResolutionContext(anchor, reference, direction))
        mentions.append(mention)
        if mention.date and mention.date.precision == "day" and mention.kind == "date":
            reference = dt.date.fromisoformat(mention.date.value)
    return mentions


def resolve_expression(expression: str, anchor: dt.date | None, *, reference: dt.date | None = None) -> ResolvedDate | None:
    """Normalise one expression ("on Saturday", "the previous day") against `anchor`, or `reference` when given
    (the date of an event already placed, for "the previous day")."""
    candidates = choose_non_overlapping(find_candidates(expression or ""))
    if not candidates:
        return None
    longest = max(candidates, key=lambda candidate: candidate.end - candidate.start)
    mention = mention_of(expression, longest, ResolutionContext(anchor, reference))
    return mention.date
