"""The offline gazetteer: name keys, and the built index answering the names news uses."""

from __future__ import annotations

import sqlite3

import pytest

from wirecoder.resolve import geo_sources
from wirecoder.resolve.gazetteer import _name_rows, display_name, load_gazetteer, source_fingerprint
from wirecoder.resolve.geo_text import is_latin_name, looks_like_code, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Wazīristān", "waziristan"),
        ("St. Louis", "saint louis"),
        ("Ft. Worth", "fort worth"),
        ("The Hague", "hague"),
        ("D. I. Khan", "d i khan"),
        ("Khyber-Pakhtunkhwa", "khyber pakhtunkhwa"),
        ("Martha’s Vineyard", "marthas vineyard"),
        ("", ""),
    ],
)
def test_name_key_folds_accents_case_and_abbreviations(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "latin"), [("Peshawar", True), ("Pešāwar", True), ("پشاور", False), ("123", False)]
)
def test_is_latin_name(name, latin):
    assert is_latin_name(name) is latin


@pytest.mark.parametrize(("name", "code"), [("LA", True), ("N.Y.C.", True), ("Lahore", False), ("Ohio", False)])
def test_looks_like_code(name, code):
    assert looks_like_code(name) is code


@pytest.fixture(scope="module")
def gazetteer():
    """The index built by `make setup` (built here on first use when missing)."""
    return load_gazetteer()


def test_gazetteer_loads_with_places_worldwide(gazetteer):
    assert gazetteer.size() > 200_000


def test_loaded_index_was_built_from_the_current_sources(gazetteer):
    with sqlite3.connect(gazetteer.path) as connection:
        (version,) = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    assert version == source_fingerprint()


def _best(gazetteer, name, **filters):
    matches = [c.place for c in gazetteer.lookup(name)
               if all(getattr(c.place, field) == value for field, value in filters.items())]
    return max(matches, key=lambda place: place.population, default=None)


@pytest.mark.parametrize(
    ("name", "filters", "admin1", "precision"),
    [
        ("North Waziristan", {"country": "PK"}, "Khyber Pakhtunkhwa", "admin2"),
        ("North Wazīristān District", {"country": "PK"}, "Khyber Pakhtunkhwa", "admin2"),
        ("Waziristan", {"country": "PK"}, "Khyber Pakhtunkhwa", "location"),
        ("FATA", {"country": "PK"}, "Khyber Pakhtunkhwa", "location"),
        ("NWFP", {"country": "PK"}, "Khyber Pakhtunkhwa", "admin1"),
        ("Islamabad Capital Territory", {"country": "PK"}, "Islamabad", "admin1"),
        ("Azad Jammu and Kashmir", {"country": "PK"}, "Azad Kashmir", "admin1"),
        ("Sialkot", {"country": "PK", "feature_class": "P"}, "Punjab", "location"),
        ("Quetta", {"country": "PK", "feature_class": "P"}, "Balochistan", "location"),
        ("Caddo Parish", {"country": "US"}, "Louisiana", "admin2"),
        ("Va.", {"country": "US"}, "Virginia", "admin1"),
    ],
)
def test_gazetteer_knows_divisions_and_their_admin1(gazetteer, name, filters, admin1, precision):
    place = _best(gazetteer, name, **filters)
    assert place is not None
    assert (place.admin1, place.precision) == (admin1, precision)


@pytest.mark.parametrize(("demonym", "country"), [("Afghan", "AF"), ("Pakistanis", "PK"), ("American", "US")])
def test_demonyms_resolve_to_their_country(gazetteer, demonym, country):
    places = [c.place for c in gazetteer.lookup(demonym, demonyms=True)]
    assert [(place.country, place.precision) for place in places] == [(country, "country")]


def test_demonyms_are_not_place_names(gazetteer):
    assert all(c.place.country != "AF" for c in gazetteer.lookup("Afghan"))


def test_every_place_has_coordinates(gazetteer):
    for name in ("Pakistan", "Khyber Pakhtunkhwa", "Tirah Valley", "Europe"):
        assert all(c.place.lat is not None and c.place.lon is not None for c in gazetteer.lookup(name))


@pytest.mark.parametrize("table", sorted(geo_sources.TABLE_WIDTHS))
def test_hand_written_tables_are_well_formed(table):
    rows = list(geo_sources.data_table(table))
    assert rows and all(len(row) == geo_sources.TABLE_WIDTHS[table] for row in rows)


def test_hand_written_places_have_numeric_points():
    for row in geo_sources.data_table("geo_places.tsv"):
        if not row[0]:  # a new place needs a point; an alias row for a packaged place may omit it
            assert -90 <= float(row[6]) <= 90 and -180 <= float(row[7]) <= 180


@pytest.mark.parametrize(("misspelt", "country", "expected"), [("Mastang", "PK", "Mastung"), ("Peshawer", "PK", "Peshawar")])
def test_near_spellings_are_found_within_a_country(gazetteer, misspelt, country, expected):
    assert expected in {c.place.name for c in gazetteer.similar(misspelt, country)}


def test_near_spellings_stay_in_the_country_asked_for(gazetteer):
    assert all(c.place.country == "PK" for c in gazetteer.similar("Lahor", "PK"))


@pytest.mark.parametrize(
    ("name", "shown"),
    [("Tāʻizz", "Tā\u2018izz"), ("Jawzjānʼ", "Jawzjān\u2019"), ("Peshawar", "Peshawar"), (None, None)],
)
def test_modifier_letter_apostrophes_are_shown_as_quotation_marks(name, shown):
    assert display_name(name) == shown


@pytest.mark.parametrize(
    ("first", "second"),
    [("Jisr al-Shughur", "Jisr ash Shughur"), ("Ar Raqqah", "al-Raqqah"), ("El Fasher", "Al Fasher"),
     ("an Nasiriyah", "Al Nasiriyah")],
)
def test_the_arabic_article_is_one_key_however_spelled(first, second):
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize("name", ["Stratford as Avon", "Sitting at Home"])
def test_english_words_before_other_sounds_stay(name):
    assert " al " not in f" {name_key(name)} "


@pytest.mark.parametrize("name", ["", "  ", "'", "-"])
def test_a_name_of_no_letters_has_an_empty_key(name):
    assert name_key(name) == ""


def test_a_two_word_town_is_found_written_as_one_word():
    record = geo_sources.GazetteerRecord(1, "Miran Shah", "P", "PPL", "PK", lat=33.0, lon=70.0)
    record.add_name("Miran Shah", geo_sources.PRIMARY)
    keys = {key for key, _id, _kind in _name_rows([record])}
    assert {"miran shah", "miranshah"} <= keys
