"""Query filters for merged events and statements, turned into SQL `WHERE` clauses with bound parameters."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from wirecoder.merge.dates import parse_date_span
from wirecoder.models import EVENT_TYPES, SUB_EVENT_PARENT
from wirecoder.resolve.actors import canonical_actor
from wirecoder.store.backend import SQLITE_DIALECT, Dialect

# A date spans at most a year, so `date_last >= since` implies `date_first >= since - 366 days`: that second,
# redundant bound lets the (country, date_first) index narrow a date-range query. A store whose events are all
# dated to the day or month passes a shorter span (`SPAN_OF_PRECISION`), which narrows it further.
LONGEST_DATE_SPAN = dt.timedelta(days=366)
SPAN_OF_PRECISION = {"day": dt.timedelta(0), "month": dt.timedelta(days=31), "year": LONGEST_DATE_SPAN}


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

    def clause(self, alias_keys: list[str], longest_span: dt.timedelta = LONGEST_DATE_SPAN,
               dialect: Dialect = SQLITE_DIALECT) -> Clause:
        """The WHERE clause over `event_clusters` (`alias_keys`: the actor's canonical keys found in the store;
        `longest_span`: no stored event's date covers more days than this)."""
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
            earliest = dt.date.fromisoformat(period_bound(self.since, start=True)) - longest_span
            clause.add("date_first >= ?", earliest.isoformat())
        if self.event_type:
            _add_event_type(clause, self.event_type)
        if self.actor:
            marks = ", ".join("?" * len(alias_keys))
            clause.add(f"(perpetrator_key IN ({marks}) OR target_key IN ({marks}))", *alias_keys, *alias_keys)
        if self.min_killed is not None:
            clause.add("killed >= ?", self.min_killed)
        if self.text:
            clause.add("id IN (SELECT r.cluster_id FROM events r WHERE r.article_pk IN "
                       f"({dialect.article_search}))", search_terms(self.text, dialect))
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

    def clause(self, speaker_keys: list[str], target_keys: list[str],
               dialect: Dialect = SQLITE_DIALECT) -> Clause:
        """The WHERE clause over `statements s`."""
        clause = Clause()
        if not self.include_marked:
            clause.add("s.marker IS NULL")
        for name, keys, column, raw in ((self.speaker, speaker_keys, "s.speaker_key", "s.speaker"),
                                        (self.target, target_keys, "s.target_key", "s.target")):
            if name:
                marks = ", ".join("?" * len(keys))
                clause.add(f"({column} IN ({marks}) OR {raw} {dialect.like} ?)", *keys, f"%{name.strip()}%")
        if self.act:
            clause.add("s.act = ?", self.act.strip().lower())
        _add_period(clause, self.since, self.until, first="s.published", last="s.published")
        if self.text:
            clause.add(f"s.id IN ({dialect.statement_search})", search_terms(self.text, dialect))
        return clause


def _add_event_type(clause: Clause, name: str) -> None:
    """Keep events of type or sub-event type `name`, in any letter case. A known ACLED name is compared exactly,
    in its canonical spelling, so that the (admin1, event_type, sub_event_type) and type indexes serve it."""
    known = _known_event_types()
    key = name.strip().casefold()
    if key in known:
        parent, sub = known[key]
        if sub is None:
            clause.add("event_type = ?", parent)
        else:
            clause.add("event_type = ? AND sub_event_type = ?", parent, sub)
    else:
        clause.add("(event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE)", name.strip(), name.strip())


@cache
def _known_event_types() -> dict[str, tuple[str, str | None]]:
    """Case-folded ACLED names: an event type as (type, None), a sub-event type as (its type, sub-event type)."""
    known: dict[str, tuple[str, str | None]] = {sub.casefold(): (parent, sub)
                                                for sub, parent in SUB_EVENT_PARENT.items()}
    known.update({parent.casefold(): (parent, None) for parent in EVENT_TYPES})
    return known


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


def search_terms(text: str, dialect: Dialect = SQLITE_DIALECT) -> str:
    """Words of `text` as a full-text query in which every word must appear; operators in the input are inert."""
    words = _word_pattern().findall(text)
    if not words:
        raise ValueError(f"{text!r} has no words to search for")
    return dialect.search_terms(words)


def fts_query(text: str) -> str:
    """Words of `text` as an SQLite FTS5 query (see `search_terms`)."""
    return search_terms(text, SQLITE_DIALECT)


def actor_keys(name: str) -> list[str]:
    """The canonical keys a name can stand for: its canonical actor's, and the name itself case-folded."""
    canonical = canonical_actor(name).canonical
    return list(dict.fromkeys(key for key in (canonical.casefold() if canonical else None, name.strip().casefold())
                              if key))
