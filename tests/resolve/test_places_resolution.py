"""Toponym resolution on hand-built toponyms and candidates: no model, no index."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest

from wirecoder.models import Place, TextSpan
from wirecoder.resolve.gazetteer import Candidate
from wirecoder.resolve.geo_resolve import resolve_toponyms
from wirecoder.resolve.geo_sources import ALTERNATE, DEMONYM, PRIMARY
from wirecoder.resolve.geo_text import name_key
from wirecoder.resolve.toponyms import Toponym


def _place(name, code, country, admin1_code="", admin1=None, lat=0.0, lon=0.0, population=0, gid=None):
    feature_class = "P" if code.startswith("PPL") else "A"
    place = Place(name, gid, feature_class, code, country, admin1, None, lat, lon, population)
    return place, admin1_code


@dataclass
class TinyGazetteer:
    """A stand-in for the index: names to hand-built candidates."""

    entries: dict[str, list[tuple[Place, str, int]]] = field(default_factory=dict)

    def add(self, name, place_and_code, kind=PRIMARY):
        place, admin1_code = place_and_code
        self.entries.setdefault(name_key(name), []).append((place, admin1_code, kind))

    def similar(self, name, country):
        return ()

    def lookup(self, name, *, demonyms=False):
        found = self.entries.get(name_key(name), [])
        return tuple(Candidate(p, code, kind) for p, code, kind in found if (kind == DEMONYM) == demonyms)


LOUISIANA = _place("Louisiana", "ADM1", "US", "US.LA", "Louisiana", 31.0, -92.0, 4_600_000, 1)
VIRGINIA = _place("Virginia", "ADM1", "US", "US.VA", "Virginia", 37.5, -78.5, 8_500_000, 2)
ALEX_VA = _place("Alexandria", "PPL", "US", "US.VA", "Virginia", 38.80, -77.05, 159_000, 3)
ALEX_LA = _place("Alexandria", "PPL", "US", "US.LA", "Louisiana", 31.31, -92.45, 48_000, 4)
ALEX_EG = _place("Alexandria", "PPL", "EG", "EG.06", "Alexandria", 31.20, 29.92, 5_200_000, 5)
WASHINGTON_DC = _place("Washington", "PPLC", "US", "US.DC", "District of Columbia", 38.9, -77.0, 690_000, 6)
WASHINGTON_STATE = _place("Washington", "ADM1", "US", "US.WA", "Washington", 47.5, -120.5, 7_000_000, 7)
PAKISTAN = _place("Pakistan", "PCLI", "PK", "", None, 30.0, 70.0, 212_000_000, 8)
LAHORE = _place("Lahore", "PPL", "PK", "PK.04", "Punjab", 31.55, 74.34, 11_000_000, 9)
SMALL_FOREIGN = _place("Smallville", "PPL", "BR", "BR.01", "Acre", -9.0, -70.0, 900, 10)


@pytest.fixture()
def gazetteer():
    g = TinyGazetteer()
    for place in (ALEX_VA, ALEX_LA, ALEX_EG):
        g.add("Alexandria", place)
    g.add("La.", LOUISIANA)
    g.add("Va.", VIRGINIA)
    g.add("Washington", WASHINGTON_DC)
    g.add("Washington", WASHINGTON_STATE)
    g.add("Pakistan", PAKISTAN)
    g.add("Pakistani", PAKISTAN, DEMONYM)
    g.add("Lahore", LAHORE)
    g.add("Smallville", SMALL_FOREIGN)
    return g


def _toponyms(*words, demonyms=()):
    """Toponyms for `words` laid out one token apart ("A , B" has B two tokens after A)."""
    text = " ".join(words)
    found, position, token = [], 0, 0
    for word in words:
        if word not in {",", "and"}:
            found.append(Toponym(TextSpan.of(text, position, position + len(word)), token, token + 1, "ner",
                                 is_demonym=word in demonyms))
        position += len(word) + 1
        token += 1
    return found


def _resolved(gazetteer, *words, demonyms=()):
    return [m.place for m in resolve_toponyms(_toponyms(*words, demonyms=demonyms), gazetteer, " ".join(words))]


@pytest.mark.parametrize(
    ("words", "admin1"),
    [
        (("Alexandria", ",", "La."), "Louisiana"),
        (("Alexandria", ",", "Va."), "Virginia"),
        (("Alexandria", "area", "of", "Va."), "Virginia"),
    ],
)
def test_qualifier_after_a_comma_picks_the_place_inside_it(gazetteer, words, admin1):
    assert _resolved(gazetteer, *words)[0].admin1 == admin1


def test_town_not_inside_its_stated_division_is_unresolved(gazetteer):
    gazetteer.add("Lahore", LAHORE)
    assert _resolved(gazetteer, "Lahore", ",", "Va.")[0] is None


def test_a_list_of_towns_is_not_a_qualifier(gazetteer):
    assert _resolved(gazetteer, "Lahore", ",", "Alexandria")[0] is LAHORE[0]


def test_without_context_the_most_populous_reading_wins(gazetteer):
    assert _resolved(gazetteer, "Alexandria")[0].country == "EG"


def test_national_capital_beats_the_division_of_the_same_name(gazetteer):
    assert _resolved(gazetteer, "Washington")[0].feature_code == "PPLC"


def test_demonym_resolves_to_its_country_and_stays_a_demonym(gazetteer):
    mention = resolve_toponyms(_toponyms("Pakistani", demonyms=("Pakistani",)), gazetteer)[0]
    assert mention.is_demonym and mention.place is PAKISTAN[0]


def test_small_place_in_another_country_is_left_unresolved(gazetteer):
    places = _resolved(gazetteer, "Pakistan", "and", "Lahore", "and", "Pakistan", "and", "Smallville")
    assert places[-1] is None


def test_unknown_name_is_unresolved(gazetteer):
    assert _resolved(gazetteer, "Nowhereabad") == [None]


def test_alternate_name_of_a_big_town_loses_to_the_primary_name(gazetteer):
    big = _place("Bigtown", "PPL", "IN", "IN.01", "X", 20.0, 78.0, 2_000_000, 11)
    gazetteer.add("Lahore", big, ALTERNATE)
    assert _resolved(gazetteer, "Lahore")[0] is LAHORE[0]


HILLTOWN_CN = _place("Hilltown", "PPL", "CN", "CN.28", "Tianjin", 39.0, 117.0, 200_000, 12)
HILLTOWN_PK = _place("Hilltown", "PPL", "PK", "PK.03", "Khyber Pakhtunkhwa", 33.5, 71.0, 35_000, 13)
CHINA = _place("China", "PCLI", "CN", "", None, 35.0, 105.0, 1_400_000_000, 14)


@pytest.mark.parametrize(
    ("words", "actor_countries", "country"),
    [
        (("Hilltown",), {}, "CN"),  # without context the bigger town wins
        (("Hilltown",), {"PK": 1}, "PK"),  # a Pakistani actor in the article tips it to the Pakistani town
        (("Hilltown",), {"SO": 1}, "CN"),  # an actor's country with no reading there forces nothing
        (("Hilltown", "and", "China"), {"PK": 1}, "CN"),  # a toponym outweighs an actor
    ],
)
def test_actor_countries_weigh_for_their_country(gazetteer, words, actor_countries, country):
    gazetteer.add("Hilltown", HILLTOWN_CN)
    gazetteer.add("Hilltown", HILLTOWN_PK)
    gazetteer.add("China", CHINA)
    mentions = resolve_toponyms(_toponyms(*words), gazetteer, " ".join(words), Counter(actor_countries))
    assert mentions[0].place.country == country


def test_actor_country_keeps_a_small_town_known_by_an_alternate_name(gazetteer):
    gazetteer.add("Hillabad", HILLTOWN_PK, ALTERNATE)
    assert resolve_toponyms(_toponyms("Hillabad"), gazetteer)[0].place is None
    mention = resolve_toponyms(_toponyms("Hillabad"), gazetteer, "Hillabad", Counter({"PK": 1}))[0]
    assert mention.place is HILLTOWN_PK[0]


def test_town_after_a_comma_is_not_placed_across_the_border_from_its_district(gazetteer):
    gazetteer.add("Hilltown", HILLTOWN_CN)
    gazetteer.add("Riverside", _place("Riverside District", "ADM2", "PK", "PK.02", "Balochistan", 26.0, 63.0,
                                      900_000, 15))
    assert _resolved(gazetteer, "Hilltown", ",", "Riverside")[0] is None


def test_a_town_after_a_comma_and_a_city_abroad_is_unresolved(gazetteer):
    assert _resolved(gazetteer, "Smallville", ",", "Lahore")[0] is None


def test_a_city_in_a_list_holds_no_town(gazetteer):
    assert _resolved(gazetteer, "Smallville", ",", "Lahore", "and", "Alexandria")[0] is SMALL_FOREIGN[0]
