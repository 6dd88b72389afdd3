"""Query filters for merged events and statements, turned into SQL `WHERE` clauses with bound parameters."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from wirecoder.merge.dates import parse_date_span
from wirecoder.resolve.actors import canonical_actor

# A date spans at most a year, so `date_last >= since` implies `date_first >= since - 366 days`: that second,
# redundant bound lets the (country, date_first) index narrow a date-range query.
LONGEST_DATE_SPAN = dt.timedelta(days=366)


@dataclass(slots=True)
class Clause:
    """SQL conditions joined by AND, and their parameters in order."""

    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, condition: str, *params: Any) -> None:
        """Add one condition with its parameters."""
        self.conditions.append(condition)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        """`WHERE ...`, or nothing when no filter is set."""
        return "WHERE " + " AND ".join(self.conditions) if self.conditions else ""


@dataclass(slots=True)
class EventFilter:
    """Which merged events to return; every filter set must hold."""

    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    place: str | None = None  # location, district or province name
    since: str | dt.date | None = None  # ISO date; an event of coarse date counts if its period reaches it
    until: str | dt.date | None = None
    event_type: str | None = None  # event type or sub-event type
    actor: str | None = None  # perpetrator or target, any name of the actor
    min_killed: int | None = None
    text: str | None = None  # words of the text of an article that reports the event
    limit: int | None = None

    def clause(self, alias_keys: list[str]) -> Clause:
        """The WHERE clause over `merged_events` (`alias_keys`: the actor's canonical keys found in the store)."""
        clause = Clause()
        if self.country:
            clause.add("country = ?", self.country.strip().upper())
        if self.admin1:
            clause.add("admin1 = ?", self.admin1.strip())
        if self.place:
            name = self.place.strip()
            clause.add("(location = ? OR admin2 = ? OR admin1 = ?)", name, name, name)
        _add_period(clause, self.since, self.until, first="date_first", last="date_last")
        if self.since:
            earliest = dt.date.fromisoformat(period_bound(self.since, start=True)) - LONGEST_DATE_SPAN
            clause.add("date_first >= ?", earliest.isoformat())
        if self.event_type:
            clause.add("(event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE)",
                       self.event_type.strip(), self.event_type.strip())
        if self.actor:
            marks = ", ".join("?" * len(alias_keys))
            clause.add(f"(perpetrator_key IN ({marks}) OR target_key IN ({marks}))", *alias_keys, *alias_keys)
        if self.min_killed is not None:
            clause.add("killed >= ?", self.min_killed)
        if self.text:
            clause.add("id IN (SELECT r.merged_event_id FROM event_reports r WHERE r.article_pk IN "
                       "(SELECT rowid FROM article_fts WHERE article_fts MATCH ?))", fts_query(self.text))
        return clause


@dataclass(slots=True)
class StatementFilter:
    """Which statements to return; every filter set must hold. Marked attributions are left out by default."""

    speaker: str | None = None
    target: str | None = None
    act: str | None = None
    since: str | dt.date | None = None  # by the article's publication date
    until: str | dt.date | None = None
    text: str | None = None  # words of the statement's content
    limit: int | None = None
    include_marked: bool = False

    def clause(self, speaker_keys: list[str], target_keys: list[str]) -> Clause:
        """The WHERE clause over `statements s`."""
        clause = Clause()
        if not self.include_marked:
            clause.add("s.marker IS NULL")
        for name, keys, column, raw in ((self.speaker, speaker_keys, "s.speaker_key", "s.speaker"),
                                        (self.target, target_keys, "s.target_key", "s.target")):
            if name:
                marks = ", ".join("?" * len(keys))
                clause.add(f"({column} IN ({marks}) OR {raw} LIKE ?)", *keys, f"%{name.strip()}%")
        if self.act:
            clause.add("s.act = ?", self.act.strip().lower())
        _add_period(clause, self.since, self.until, first="s.published", last="s.published")
        if self.text:
            clause.add("s.id IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?)", fts_query(self.text))
        return clause


def _add_period(clause: Clause, since: str | dt.date | None, until: str | dt.date | None, *,
                first: str, last: str) -> None:
    """Keep rows whose period [first, last] reaches into [since, until]."""
    if since:
        clause.add(f"{last} >= ?", period_bound(since, start=True))
    if until:
        clause.add(f"{first} <= ?", period_bound(until, start=False))


def period_bound(value: str | dt.date, *, start: bool) -> str:
    """An ISO day from a date or ISO text of any precision (`2024-03` as a start is 1 March, as an end 31 March)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    span = parse_date_span(str(value))
    if span is None:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return (span.first if start else span.last).isoformat()


@cache
def _word_pattern() -> re.Pattern[str]:
    return re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Words of `text` as an FTS5 query in which every word must appear; FTS operators in the input are inert."""
    words = _word_pattern().findall(text)
    if not words:
        raise ValueError(f"{text!r} has no words to search for")
    return " ".join(f'"{word}"' for word in words)


def actor_keys(name: str) -> list[str]:
    """The canonical keys a name can stand for: its canonical actor's, and the name itself case-folded."""
    canonical = canonical_actor(name).canonical
    return list(dict.fromkeys(key for key in (canonical.casefold() if canonical else None, name.strip().casefold())
                              if key))
