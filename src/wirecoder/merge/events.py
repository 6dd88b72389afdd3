"""Event merging: decide whether two reported events are the same event (placeholder rule)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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


def find_match(new: MergeCandidate, candidates: Iterable[MergeCandidate]) -> MergeCandidate | None:
    """The existing report `new` describes the same event as, or None; deterministic."""
    for candidate in sorted(candidates, key=lambda c: c.event_id):
        if (candidate.article_id != new.article_id and candidate.date == new.date
                and candidate.country == new.country and candidate.location == new.location
                and candidate.event_type == new.event_type):
            return candidate
    return None
