"""Hand-built event reports for the merge tests: one attack in Mir Ali unless a test changes a field."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from wirecoder.merge.events import MergeCandidate

_ids = itertools.count(1)


def base_report() -> MergeCandidate:
    """A day-precise IED report from a town with coordinates, a toll and a wounded count."""
    number = next(_ids)
    return MergeCandidate(
        event_id=number, article_id=f"article-{number}", source="Frontier Wire",
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        date="2024-03-16", date_precision="day", country="PK", admin1="Khyber Pakhtunkhwa",
        admin2="North Waziristan", location="Mir Ali", lat=32.97, lon=70.27, killed=5, wounded=3,
        published="2024-03-16", geo_precision="location",
    )


@pytest.fixture
def make_report():
    """`make_report(**fields)`: the base report with those fields changed and a fresh id and article."""
    def build(**fields) -> MergeCandidate:
        return dataclasses.replace(base_report(), **fields)

    return build
