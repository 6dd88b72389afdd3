"""The evaluation record of an event, built from hand-made events (no model)."""

from __future__ import annotations

import pytest

from wirecoder.export.evalformat import event_record
from wirecoder.models import Event, Place, PlaceMention, TextSpan

TIRAH = Place("Tirah", 1, "L", "VAL", "PK", "Khyber Pakhtunkhwa")
QUETTA = Place("Quetta", 2, "P", "PPL", "PK", "Balochistan")
SADDAR = Place("Saddar", 3, "P", "PPLX", "PK", "Sindh", "Karachi")
GULBERG = Place("Gulberg", 4, "P", "PPLX", "PK", "Punjab", "Lahore District")


def _event(written: str, place: Place | None) -> Event:
    text = f"Jets struck hideouts in {written}."
    start = text.index(written)
    location = PlaceMention(TextSpan.of(text, start, start + len(written)), place)
    return Event("Explosions/Remote violence", "Air/drone strike", TextSpan.of(text, 5, 11), location=location)


@pytest.mark.parametrize(
    ("written", "place", "location"),
    [
        ("Tirah Valley", TIRAH, "Tirah Valley"),
        ("Dattakhel", None, "Dattakhel"),
        ("QUETTA", QUETTA, "Quetta"),
        # A neighbourhood is coded at its city: FORMAT.md's location is a district, city, town or village.
        ("Saddar", SADDAR, "Karachi"),
        ("Gulberg", GULBERG, "Lahore"),
    ],
)
def test_event_location_is_the_place_as_the_article_names_it(written, place, location):
    assert event_record(_event(written, place))["location"] == location


def test_event_division_and_country_come_from_the_gazetteer():
    record = event_record(_event("Tirah Valley", TIRAH))
    assert (record["admin1"], record["country"]) == ("Khyber Pakhtunkhwa", "PK")
