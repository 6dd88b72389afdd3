"""The best value of each field for one merged event, from all the reports of it, by a rule per field.

- `sub_event_type`: the most reported; a tie goes to the more specific means (suicide bomb before IED before
  armed clash ..., `SUB_TYPE_PRIORITY`); `event_type` is its parent.
- `date`: the finest precision given; among those the most reported; a tie goes to the earliest date (an undated
  report falls back to its publication date, which is never before the event).
- place: the finest level any report names (location, then district, province, country); among those, the most
  reported name; its spelling is the gazetteer's when a report has it as a district or province name, else
  that of a report with coordinates, else the first report's. Country, admin1 and admin2
  missing from that report come from the most reported value among the others.
- `killed`, `wounded`: 0 ("no deaths mentioned") is silence when another report gives a number; if the reports
  of the latest publication day all give at least every earlier figure, the toll was updated and their most
  reported figure (ties: the highest) stands; otherwise the most reported figure, and on a tie the median.
- `perpetrator`: the most reported canonical actor (`resolve.actors`), a curated one before a generic one;
  `target`: the most reported; ties go to the first report.
Every field on which reports disagree is listed under `conflicts` with the articles behind each value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from wirecoder.merge.dates import parse_date_span, report_date_span
from wirecoder.merge.events import MergeCandidate, arrival_order
from wirecoder.merge.places import fold_place_name, names_match
from wirecoder.models import EVENT_TYPES, SUB_EVENT_PARENT
from wirecoder.resolve.actors import canonical_actor

SUB_TYPE_PRIORITY: tuple[str, ...] = (
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Grenade",
    "Chemical weapon",
    "Armed clash",
    "Attack",
    "Abduction/forced disappearance",
    "Sexual violence",
    # A report that saw force used knows more than one that saw a march.
    "Excessive force against protesters",
    "Protest with intervention",
    "Violent demonstration",
    "Mob violence",
    *(sub for subs in EVENT_TYPES.values() for sub in subs),
)
PLACE_LEVELS = ("location", "admin2", "admin1", "country")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def best_values(members: list[MergeCandidate]) -> dict[str, Any]:
    """The merged event's fields, `sources`, `outlets`, `report_count`, `basis` (rule per figure) and `conflicts`."""
    reports = sorted(members, key=arrival_order)
    if not reports:
        return {}
    event_type, sub_event_type = best_type(reports)
    date, date_precision = best_date(reports)
    killed, killed_basis = best_figure(reports, lambda report: report.killed)
    wounded, wounded_basis = best_figure(reports, lambda report: report.wounded)
    values: dict[str, Any] = {
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "date": date,
        "date_precision": date_precision,
        **best_place(reports),
        "killed": killed,
        "wounded": wounded,
        "perpetrator": best_perpetrator(reports),
        "target": _most_reported(reports, lambda report: report.target, key=_fold),
        "sources": sorted({report.article_id for report in reports}),
        "outlets": sorted({report.source for report in reports if report.source}),
        "report_count": len(reports),
        "basis": {"killed": killed_basis, "wounded": wounded_basis},
        "conflicts": conflicts(reports),
    }
    return values


def best_type(reports: Sequence[MergeCandidate]) -> tuple[str, str]:
    """The most reported sub-event type (ties: the more specific means) and its parent type."""
    votes = Counter(report.sub_event_type for report in reports)
    top = max(votes.values())
    tied = [sub for sub, count in votes.items() if count == top]
    sub = min(tied, key=_sub_type_rank)
    parent = SUB_EVENT_PARENT.get(sub) or _most_reported(reports, lambda report: report.event_type)
    return parent, sub


def _sub_type_rank(sub: str) -> tuple[int, str]:
    return (SUB_TYPE_PRIORITY.index(sub) if sub in SUB_TYPE_PRIORITY else len(SUB_TYPE_PRIORITY), sub)


def best_date(reports: Sequence[MergeCandidate]) -> tuple[str | None, str | None]:
    """The finest date given, the most reported among those (ties: the earliest), with its precision."""
    spans = [(report.date, parse_date_span(report.date)) for report in reports]
    dated = [(value, span) for value, span in spans if span is not None]
    if not dated:
        fallback = next((report_date_span(None, report.published) for report in reports if report.published), None)
        return (fallback.first.isoformat(), "day") if fallback else (None, None)
    finest = min(PRECISION_RANK[span.precision] for _, span in dated)
    candidates = [span for _, span in dated if PRECISION_RANK[span.precision] == finest]
    votes = Counter(span.first for span in candidates)
    top = max(votes.values())
    first_day = min(day for day, count in votes.items() if count == top)
    chosen = next(span for span in candidates if span.first == first_day)
    return _iso(chosen.first, chosen.precision), chosen.precision


def _iso(day, precision: str) -> str:
    text = day.isoformat()
    return {"day": text, "month": text[:7], "year": text[:4]}[precision]


def _level(report: MergeCandidate) -> int:
    if report.geo_precision in PLACE_LEVELS:
        return PLACE_LEVELS.index(report.geo_precision)
    for rank, value in enumerate((report.location, report.admin2, report.admin1, report.country)):
        if value:
            return rank
    return len(PLACE_LEVELS)


def best_place(reports: Sequence[MergeCandidate]) -> dict[str, Any]:
    """The most specific place the reports name, as one consistent set of place fields."""
    finest = min(_level(report) for report in reports)
    at_finest = [report for report in reports if _level(report) == finest]
    groups = _name_groups(at_finest)
    chosen_group = max(groups, key=lambda group: (len(group), any(map(_has_point, group)), -reports.index(group[0])))
    chosen = max(chosen_group, key=lambda report: _spelling_preference(report, reports))
    level = PLACE_LEVELS[finest] if finest < len(PLACE_LEVELS) else None
    return {
        "country": chosen.country or _most_reported(reports, lambda report: report.country),
        "admin1": chosen.admin1 or _most_reported(reports, lambda report: report.admin1, key=_fold),
        "admin2": chosen.admin2 or _most_reported(reports, lambda report: report.admin2, key=_fold),
        "location": chosen.location,
        "lat": chosen.lat,
        "lon": chosen.lon,
        "geo_precision": chosen.geo_precision or level,
    }


def _spelling_preference(report: MergeCandidate, reports: Sequence[MergeCandidate]) -> tuple[bool, bool, int]:
    """Prefer the gazetteer's spelling (a name some report has as its admin2 or admin1), then coordinates, then
    the first report."""
    official = {name for other in reports for name in (other.admin2, other.admin1) if name}
    return (report.location in official, _has_point(report), -reports.index(report))


def _has_point(report: MergeCandidate) -> bool:
    return report.lat is not None and report.lon is not None


def _name_groups(reports: Sequence[MergeCandidate]) -> list[list[MergeCandidate]]:
    """Reports grouped by the place they name at their level (spelling variants together), in report order."""
    groups: list[list[MergeCandidate]] = []
    for report in reports:
        name = _finest_name(report)
        for group in groups:
            if names_match(name, _finest_name(group[0])) or (not name and not _finest_name(group[0])):
                group.append(report)
                break
        else:
            groups.append([report])
    return groups


def _finest_name(report: MergeCandidate) -> str | None:
    return report.location or report.admin2 or report.admin1 or report.country


def best_figure(reports: Sequence[MergeCandidate],
                value_of: Callable[[MergeCandidate], int | None]) -> tuple[int | None, str]:
    """A casualty figure for the event and the rule that chose it: agreed, latest update, most reported, median."""
    figures = [(report, value_of(report)) for report in reports if value_of(report) is not None]
    if any(value for _, value in figures):
        figures = [(report, value) for report, value in figures if value]  # 0 is silence beside a number
    if not figures:
        return None, "unknown"
    values = [value for _, value in figures]
    if len(set(values)) == 1:
        return values[0], "agreed"
    updated = _updated_figure(figures)
    if updated is not None:
        return updated, "latest update"
    votes = Counter(values)
    top = max(votes.values())
    modes = [value for value, count in votes.items() if count == top]
    if len(modes) == 1:
        return modes[0], "most reported"
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2], "median"


def _updated_figure(figures: Sequence[tuple[MergeCandidate, int]]) -> int | None:
    """The figure of the latest publication day when it is at least every earlier one (a rising toll), else None."""
    dated = [(report.published, value) for report, value in figures if parse_date_span(report.published)]
    days = sorted({published for published, _ in dated})
    if len(days) < 2:
        return None
    latest = [value for published, value in dated if published == days[-1]]
    earlier = [value for published, value in dated if published != days[-1]]
    if min(latest) < max(earlier):
        return None
    votes = Counter(latest)
    top = max(votes.values())
    return max(value for value, count in votes.items() if count == top)


def best_perpetrator(reports: Sequence[MergeCandidate]) -> str | None:
    """The most reported canonical perpetrator, preferring actors of the curated list to generic ones."""
    identities = [canonical_actor(report.perpetrator) for report in reports if report.perpetrator]
    named = [identity.canonical for identity in identities if identity.known]
    pool = named or [identity.canonical for identity in identities if identity.canonical]
    if not pool:
        return None
    votes = Counter(pool)
    top = max(votes.values())
    return next(name for name in pool if votes[name] == top)


def _fold(value: str) -> str:
    return " ".join(fold_place_name(value))


def _most_reported(reports: Sequence[MergeCandidate], value_of: Callable[[MergeCandidate], Any],
                   key: Callable[[Any], Hashable] = lambda value: value) -> Any:
    """The most frequent non-null value (compared by `key`); ties go to the first report's value."""
    values = [value for value in map(value_of, reports) if value not in (None, "")]
    if not values:
        return None
    votes = Counter(key(value) for value in values)
    top = max(votes.values())
    return next(value for value in values if votes[key(value)] == top)


def conflicts(reports: Sequence[MergeCandidate]) -> dict[str, list[dict[str, Any]]]:
    """Fields the reports disagree on: `{field: [{"value": v, "articles": [ids]}, ...]}`, values in first-seen order."""
    fields: dict[str, Callable[[MergeCandidate], Any]] = {
        "sub_event_type": lambda report: report.sub_event_type,
        "date": lambda report: report.date,
        "location": lambda report: report.location,
        "killed": lambda report: report.killed,
        "wounded": lambda report: report.wounded,
        "perpetrator": lambda report: canonical_actor(report.perpetrator).canonical if report.perpetrator else None,
    }
    found: dict[str, list[dict[str, Any]]] = {}
    for field, value_of in fields.items():
        by_value: dict[Any, list[str]] = defaultdict(list)
        for report in reports:
            value = value_of(report)
            if value is not None and report.article_id not in by_value[value]:
                by_value[value].append(report.article_id)
        if len(by_value) > 1:
            found[field] = [{"value": value, "articles": articles} for value, articles in by_value.items()]
    return found
