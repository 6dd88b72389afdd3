"""Event dates as day intervals, and whether two reported dates can be the same event's date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from wirecoder.merge.verdict import FieldVerdict

# Two day-precise reports of one event may differ by a day: one outlet dates it by the night it began, another
# by the morning after, and an undated report falls back to its own publication date.
DAY_TOLERANCE = 1
SAME_DAY_SCORE = 2.0
NEXT_DAY_SCORE = 1.0
COARSE_OVERLAP_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days an ISO date of some precision covers: `2024-03` is 1 to 31 March."""

    first: dt.date
    last: dt.date
    precision: str  # day, month or year

    @property
    def is_day(self) -> bool:
        """True for a single known day."""
        return self.precision == "day"


@cache
def _iso_pattern() -> re.Pattern[str]:
    return re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=65536)
def parse_date_span(value: str | None) -> DateSpan | None:
    """`"2024-03-16"`, `"2024-03"` or `"2024"` as the days it covers; None when absent or malformed."""
    match = _iso_pattern().match((value or "").strip())
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day is not None:
            single = dt.date(year, month, day)
            return DateSpan(single, single, "day")
        if month is not None:
            return DateSpan(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    except ValueError:
        return None


def report_date_span(date: str | None, published: str | None) -> DateSpan | None:
    """The report's event date, or its publication date when the event date is missing (FORMAT.md's default)."""
    return parse_date_span(date) or parse_date_span(published)


def compare_dates(first: DateSpan | None, second: DateSpan | None, *,
                  day_tolerance: int = DAY_TOLERANCE) -> FieldVerdict:
    """Same day or within `day_tolerance` days: evidence for; coarse dates that overlap: weak evidence; else apart."""
    if first is None or second is None:
        return FieldVerdict.apart("date", "a report has no date to compare")
    if first.is_day and second.is_day:
        gap = abs((first.first - second.first).days)
        if gap == 0:
            return FieldVerdict("date", SAME_DAY_SCORE, "same day")
        if gap <= day_tolerance:
            return FieldVerdict("date", NEXT_DAY_SCORE, f"{gap} day apart")
        return FieldVerdict.apart("date", f"{gap} days apart")
    tolerance = dt.timedelta(days=day_tolerance)
    if first.first - tolerance <= second.last and second.first - tolerance <= first.last:
        return FieldVerdict("date", COARSE_OVERLAP_SCORE, f"{first.precision} and {second.precision} dates overlap")
    return FieldVerdict.apart("date", "dates do not overlap")
