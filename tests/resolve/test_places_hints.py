"""What a report implies about places it does not name well: the collection's country, lines between two
countries, regional actors and named military operations."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.export.evalformat import event_record
from wirecoder.models import Article, Place
from wirecoder.resolve.geo_actors import find_actors, find_operations

PUBLISHED = dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sindh Police raided a hideout.", [("Sindh Police", "Sindh")]),
        ("Punjab Rangers returned fire.", [("Pakistan Rangers", "Punjab")]),
        ("Rangers returned fire.", [("Pakistan Rangers", None)]),
        ("The Baloch Liberation Army said it planted the bomb.", [("Baloch Liberation Army", "Balochistan")]),
        ("Tehreek-e-Taliban Pakistan said it planted the bomb.", [("Tehreek-e-Taliban Pakistan", None)]),
    ],
)
def test_a_regional_actor_names_its_division(text, expected):
    assert [(actor.canonical, actor.area) for actor in find_actors(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck hideouts under operation Zarb-e-Azb.", [("Zarb-e-Azb", "PK", "Khyber Pakhtunkhwa")]),
        ("Troops of OPERATION HADIN KAI repelled the raid.", [("Operation Hadin Kai", "NG", "Borno State")]),
        ("The zarb e azab offensive went on.", [("Zarb-e-Azb", "PK", "Khyber Pakhtunkhwa")]),
        ("Troops began a new operation in the hills.", []),
    ],
)
def test_named_operations_are_found_with_their_division(text, expected):
    assert [(op.name, op.country, op.area) for op in find_operations(text)] == expected


def test_a_line_between_countries_is_as_precise_as_a_division():
    assert Place("Line of Control", feature_class="L", feature_code="ZNB", country="PK").precision == "admin1"


# --- with the model and the gazetteer ------------------------------------------------------------------------


def _places(nlp, pipeline, text, country=None):
    doc = nlp(text)
    return pipeline.geoparser.find(doc, Article(id="t", text=text, published=PUBLISHED, country=country))


def _resolved(nlp, pipeline, text, surface, country=None):
    mention = next(m for m in _places(nlp, pipeline, text, country) if m.span.text == surface)
    return (mention.place.country, mention.place.admin1) if mention.place else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("country", "expected"),
    [("PK", ("PK", "Balochistan")), (None, None)],
)
def test_the_collection_country_admits_near_spellings(nlp, pipeline, country, expected):
    text = "Gunmen shot dead a shopkeeper in Mastong on Monday."
    assert _resolved(nlp, pipeline, text, "Mastong", country) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("A civilian was hurt in firing by Indian troops across the LoC on Friday.", "PK", ("PK", "Azad Kashmir")),
        ("A civilian was hurt in firing by Pakistani troops across the LoC on Friday.", "IN",
         ("IN", "Jammu and Kashmir")),
        ("A civilian was hurt in firing by Indian troops across the LoC on Friday.", None, None),
        ("Troops traded fire across the Line of Control near Bagh on Sunday.", None, ("PK", "Azad Kashmir")),
    ],
)
def test_a_line_between_countries_is_on_the_collection_side(nlp, pipeline, text, country, expected):
    surface = "LoC" if "LoC" in text else "Line of Control"
    assert _resolved(nlp, pipeline, text, surface, country) == expected


def _events(pipeline, text, country=None):
    article = Article(id="t", text=text, published=PUBLISHED, country=country)
    return [event_record(event) for event in pipeline.analyse(article).events if event.status == "happened"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        pytest.param("Two MQM workers were shot dead outside a mosque on Sunday.", None,
                     ("PK", "Sindh", None, "actor"), id="regional party"),
        pytest.param("Six militants were killed in air strikes under operation Zarb-e-Azb on Sunday.", None,
                     ("PK", "Khyber Pakhtunkhwa", None, "operation"), id="named operation"),
        pytest.param("Two soldiers were killed when a roadside bomb hit their vehicle on Sunday.", "PK",
                     ("PK", None, None, "collection"), id="collection country"),
        pytest.param("Two soldiers were killed when a roadside bomb hit their vehicle on Sunday.", None,
                     (None, None, None, None), id="nothing to go on"),
        pytest.param("Two Sindh Police constables were shot dead in Quetta on Sunday.", None,
                     ("PK", "Balochistan", "Quetta", "named"), id="a named place wins"),
    ],
)
def test_an_event_the_text_does_not_place_is_placed_by_what_it_implies(pipeline, text, country, expected):
    [event] = _events(pipeline, text, country)
    basis = event["evidence"]["location_basis"]
    assert (event["country"], event["admin1"], event["location"], basis) == expected


@pytest.mark.model
def test_with_a_collection_country_a_foreign_modifier_does_not_place_the_event(pipeline):
    text = "A US drone fired two missiles at a compound on Sunday, killing five militants."
    [event] = _events(pipeline, text, "PK")
    assert event["country"] == "PK"


@pytest.mark.model
def test_an_unknown_town_is_placed_in_the_division_of_a_regional_actor(pipeline):
    text = "Sindh Police said gunmen killed two constables in Khairo Dero Bazar on Sunday."
    [event] = _events(pipeline, text)
    assert (event["country"], event["admin1"]) == ("PK", "Sindh")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A roadside bomb killed two soldiers near Bannu on Sunday. Hours later, troops arrested four "
                     "suspects in a nearby village. Officials in Peshawar said the search went on.", "Bannu",
                     id="a nearby village is near the event before"),
        pytest.param("A roadside bomb killed two soldiers near Bannu on Sunday. Hours later, troops arrested four "
                     "suspects in Kohat.", "Kohat", id="a sequel's own place stands"),
    ],
)
def test_a_sequel_in_a_nearby_village_is_placed_where_the_event_was(pipeline, text, expected):
    events = _events(pipeline, text)
    assert [event["location"] for event in events][-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Shells hit two houses in Pakistan-administered Kashmir on Sunday.", "Pakistan-administered Kashmir",
         ("PK", "Azad Kashmir")),
        ("Troops killed two militants in Indian-administered Kashmir on Sunday.", "Indian-administered Kashmir",
         ("IN", "Jammu and Kashmir")),
    ],
)
def test_a_region_named_with_the_country_holding_it(nlp, pipeline, text, surface, expected):
    assert _resolved(nlp, pipeline, text, surface) == expected


@pytest.mark.model
def test_strikes_on_fighters_fleeing_the_area_are_placed_where_the_attack_was(pipeline):
    text = ("OUAGADOUGOU (AFP) - Jihadists killed 20 soldiers in an attack on a base near Djibo on Sunday. "
            "The army said drone strikes had hit fighters fleeing the area on Monday.")
    assert [event["location"] for event in _events(pipeline, text)] == ["Djibo", "Djibo"]
