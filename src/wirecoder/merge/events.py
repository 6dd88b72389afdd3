"""Event merging: whether two reports from different articles describe the same event, and which stored event a
new report joins.

Two reports are one event when no field keeps them apart and the evidence adds up to `SAME_EVENT_THRESHOLD`:
- date: within a day when both give the day (the same day for two protests or riots, which ACLED codes per day),
  overlapping otherwise (`merge.dates`); further apart is a veto;
- place: the same place at the finest level both name, or within a few km / tens of km (`merge.places`);
- type: the same sub-event type, the same event type, or one attack coded two ways (`merge.fields`);
- killed: equal, close, or raised by a later report (an update); an earlier, much higher toll counts against;
- perpetrator: two different named groups count strongly against;
- victims: civilians in one report (a civilian target, or violence against civilians) and security forces in the
  other count strongly against, and keep apart two reports of one or two dead.
Reports of one article are never merged with each other (an article that lists two attacks means two events).
Matching is deterministic: candidates are scored in `event_id` order and ties go to the lowest id; with
`merged_event_id` set, a new report joins an existing event only if it is compatible with every member of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wirecoder.merge.dates import DAY_TOLERANCE, compare_dates, parse_date_span, report_date_span
from wirecoder.merge.fields import (
    compare_killed,
    compare_perpetrators,
    compare_types,
    compare_victims,
    compare_wounded,
    figures_close,
)
from wirecoder.merge.places import PlaceView, compare_places, place_view
from wirecoder.merge.verdict import FieldVerdict

SAME_EVENT_THRESHOLD = 4.0
DAILY_EVENT_TYPES = frozenset({"Protests", "Riots"})
LARGE_TOLL = 10
SMALL_TOLL = 2
# The store offers as candidates the reports within this many days of a new one, in the same country.
CANDIDATE_WINDOW_DAYS = 3


@dataclass(slots=True)
class MergeCandidate:
    """What merging needs to know of one stored event report."""

    event_id: int
    article_id: str
    source: str | None
    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    killed: int | None
    wounded: int | None
    published: str | None = None  # ISO publication date of the article: orders toll updates
    perpetrator: str | None = None
    target: str | None = None
    geo_precision: str | None = None  # location, admin2, admin1 or country (models.GeoPrecision)
    merged_event_id: int | None = None  # the merged event this report already belongs to, if any

    @classmethod
    def from_event_record(cls, event: Mapping[str, Any], *, event_id: int, article_id: str,
                          source: str | None = None, published: str | None = None,
                          merged_event_id: int | None = None) -> MergeCandidate:
        """A candidate from an event in `export.evalformat.event_record`'s shape (FORMAT.md's fields)."""
        date = event.get("date")
        precision = event.get("date_precision") or {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
        return cls(
            event_id=event_id, article_id=article_id, source=source, event_type=event.get("event_type") or "",
            sub_event_type=event.get("sub_event_type") or "", date=date, date_precision=precision,
            country=event.get("country"), admin1=event.get("admin1"), admin2=event.get("admin2"),
            location=event.get("location"), lat=event.get("lat"), lon=event.get("lon"), killed=event.get("killed"),
            wounded=event.get("wounded"), published=published, perpetrator=event.get("perpetrator"),
            target=event.get("target"), geo_precision=event.get("geo_precision"), merged_event_id=merged_event_id,
        )


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Whether two reports are one event, the evidence score, and each field's verdict."""

    same: bool
    score: float
    verdicts: tuple[FieldVerdict, ...]

    @property
    def reasons(self) -> list[str]:
        """One line per field verdict, e.g. `place +3: same location`."""
        return [verdict.describe() for verdict in self.verdicts]


def pairwise_same_event(first: MergeCandidate, second: MergeCandidate) -> MergeDecision:
    """Score two reports as one event: any veto keeps them apart, else the summed evidence must reach the threshold."""
    if first.article_id == second.article_id:
        verdict = FieldVerdict.apart("article", "two events of one article")
        return MergeDecision(False, 0.0, (verdict,))
    dates = compare_dates(report_date_span(first.date, first.published),
                          report_date_span(second.date, second.published), day_tolerance=_day_tolerance(first, second))
    if dates.veto:
        # Most candidates in the store's window fail on the date; the other fields need not be compared.
        return MergeDecision(False, 0.0, (dates,))
    verdicts = (
        dates,
        compare_places(_place(first), _place(second), same_large_toll=_same_large_toll(first, second)),
        compare_types(first.event_type, first.sub_event_type, second.event_type, second.sub_event_type),
        compare_killed(first.killed, second.killed, second_is_later=_is_later(second, first)),
        compare_wounded(first.wounded, second.wounded),
        compare_perpetrators(first.perpetrator, second.perpetrator),
        compare_victims(first.event_type, first.target, second.event_type, second.target,
                        small_tolls=_small_tolls(first, second)),
    )
    score = sum(verdict.score for verdict in verdicts)
    same = not any(verdict.veto for verdict in verdicts) and score >= SAME_EVENT_THRESHOLD
    return MergeDecision(same, score, verdicts)


def _day_tolerance(first: MergeCandidate, second: MergeCandidate) -> int:
    """No tolerance between demonstrations: ACLED codes a protest or riot of several days as one event a day."""
    if first.event_type in DAILY_EVENT_TYPES and second.event_type in DAILY_EVENT_TYPES:
        return 0
    return DAY_TOLERANCE


def _same_large_toll(first: MergeCandidate, second: MergeCandidate) -> bool:
    """Both tolls at least `LARGE_TOLL` and close: a mass-casualty event is identified by its toll."""
    if first.killed is None or second.killed is None or min(first.killed, second.killed) < LARGE_TOLL:
        return False
    return figures_close(first.killed, second.killed)


def _small_tolls(first: MergeCandidate, second: MergeCandidate) -> bool:
    """Both reports give one or two dead: who died identifies the event."""
    return all(report.killed is not None and 1 <= report.killed <= SMALL_TOLL for report in (first, second))


def _place(report: MergeCandidate) -> PlaceView:
    return place_view(report.country, report.admin1, report.admin2, report.location, report.lat, report.lon,
                      report.geo_precision)


def _is_later(report: MergeCandidate, other: MergeCandidate) -> bool | None:
    """True/False when the publication dates order the two reports, None when they are equal or unknown."""
    mine, theirs = parse_date_span(report.published), parse_date_span(other.published)
    if mine is None or theirs is None or mine.first == theirs.first:
        return None
    return mine.first > theirs.first


def find_match(new: MergeCandidate, candidates: Iterable[MergeCandidate]) -> MergeCandidate | None:
    """The existing report `new` describes the same event as, or None; deterministic.

    Candidates already merged (same `merged_event_id`) form one group: `new` joins a group only when it is
    compatible with all its members, and the group whose best member scores highest wins (ties: lowest id).
    """
    best: tuple[float, int, MergeCandidate] | None = None
    for members in _groups(candidates):
        decisions = [(pairwise_same_event(new, member), member) for member in members]
        if any(_vetoed(decision) for decision, _ in decisions):
            continue
        matching = [(decision.score, member) for decision, member in decisions if decision.same]
        if not matching:
            continue
        score, member = max(matching, key=lambda pair: (pair[0], -pair[1].event_id))
        if best is None or (score, -member.event_id) > (best[0], -best[1]):
            best = (score, member.event_id, member)
    return best[2] if best is not None else None


def _vetoed(decision: MergeDecision) -> bool:
    return any(verdict.veto for verdict in decision.verdicts)


def _groups(candidates: Iterable[MergeCandidate]) -> list[list[MergeCandidate]]:
    """Candidates grouped by their merged event (a report of no merged event is its own group), in id order."""
    groups: dict[tuple[str, int], list[MergeCandidate]] = defaultdict(list)
    for candidate in sorted(candidates, key=lambda c: c.event_id):
        merged = candidate.merged_event_id
        key = ("event", merged) if merged is not None else ("report", candidate.event_id)
        groups[key].append(candidate)
    return sorted(groups.values(), key=lambda members: members[0].event_id)


def within_window(first: MergeCandidate, second: MergeCandidate, days: int = CANDIDATE_WINDOW_DAYS) -> bool:
    """The store's candidate rule: same country and dates (or publication dates) within `days` of each other."""
    if (first.country or "").upper() != (second.country or "").upper():
        return False
    a, b = report_date_span(first.date, first.published), report_date_span(second.date, second.published)
    if a is None or b is None:
        return False
    window = dt.timedelta(days=days)
    return a.first - window <= b.last and b.first - window <= a.last


def arrival_order(report: MergeCandidate) -> tuple[str, str, int]:
    """The order the store ingests reports in: by publication date, then event date, then id."""
    return (report.published or "", report.date or "", report.event_id)


def cluster_reports(reports: Sequence[MergeCandidate]) -> dict[int, int]:
    """Merge reports as the store does, one at a time in arrival order: `{event_id: merged event id}`.

    A merged event's id is the `event_id` of its first report.
    """
    stored: list[MergeCandidate] = []
    assignment: dict[int, int] = {}
    for report in sorted(reports, key=arrival_order):
        candidates = [candidate for candidate in stored if within_window(report, candidate)]
        match = find_match(report, candidates)
        merged = assignment[match.event_id] if match is not None else report.event_id
        assignment[report.event_id] = merged
        stored.append(dataclasses.replace(report, merged_event_id=merged))
    return assignment
