"""The hand-written gazetteer supplement (`geo_places.tsv`): Pakistan's tehsils, subdivisions and towns."""

from __future__ import annotations

import pytest

from wirecoder.resolve import geo_sources
from wirecoder.resolve.gazetteer import load_gazetteer

ADMIN2_COLUMN = 8
CITY_ADMIN2 = {"Karachi"}  # a city's towns name the city: its districts do not match the old towns one to one


@pytest.fixture(scope="module")
def gazetteer():
    """The built index (rebuilt on first use when the tables changed)."""
    return load_gazetteer()


def _pakistani(gazetteer, name):
    return [c.place for c in gazetteer.lookup(name) if c.place.country == "PK"]


@pytest.mark.parametrize(
    ("name", "admin1", "feature_code"),
    [
        ("Badaber", "Khyber Pakhtunkhwa", "PPL"),
        ("Ekka Ghund", "Khyber Pakhtunkhwa", "ADM3"),
        ("Mamond", "Khyber Pakhtunkhwa", "ADM3"),
        ("Upper Orakzai", "Khyber Pakhtunkhwa", "ADM3"),
        ("Mir Ali", "Khyber Pakhtunkhwa", "PPL"),
        ("Sararogha", "Khyber Pakhtunkhwa", "ADM3"),
        ("Mashkai", "Balochistan", "ADM3"),
        ("Muslim Bagh", "Balochistan", "PPL"),
        ("Fort Munro", "Punjab", "PPL"),
    ],
)
def test_curated_place_is_found_in_its_province(gazetteer, name, admin1, feature_code):
    assert [(p.admin1, p.feature_code) for p in _pakistani(gazetteer, name)] == [(admin1, feature_code)]


@pytest.mark.parametrize(("name", "admin2"), [("Yakka Ghund", "Mohmand"), ("Salarzai", "Bajaur"), ("Lyari", "Karachi")])
def test_curated_place_names_its_district(gazetteer, name, admin2):
    assert [p.admin2 for p in _pakistani(gazetteer, name)] == [admin2]


@pytest.mark.parametrize(("spelling", "name"), [("D.I. Khan", "Dera Ismail Khan"), ("Noshki", "Nushki")])
def test_alias_row_adds_a_spelling_to_a_packaged_place(gazetteer, spelling, name):
    places = _pakistani(gazetteer, spelling)
    assert [p.name for p in places] == [name] and places[0].geonameid is not None


def test_curated_districts_are_districts_the_index_knows(gazetteer):
    for row in geo_sources.data_table("geo_places.tsv"):
        admin2 = row[ADMIN2_COLUMN]
        if admin2 and admin2 not in CITY_ADMIN2:
            divisions = [c.place for c in gazetteer.lookup(admin2) if c.place.feature_code == "ADM2"]
            assert any(d.country == row[4] for d in divisions), (row[1], admin2)
