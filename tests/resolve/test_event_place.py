"""Event location: the place in the trigger's clause, not where someone spoke, never a demonym."""

from __future__ import annotations

import pytest

from wirecoder.models import Article, TextSpan
from wirecoder.resolve.event_place import event_location
from wirecoder.resolve.places import Geoparser

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def geoparser():
    return Geoparser.load()


def _locate(nlp, geoparser, text, trigger_word):
    doc = nlp(text)
    mentions = geoparser.find(doc, Article(id="t", text=text))
    start = text.index(trigger_word)
    return event_location(doc, TextSpan.of(text, start, start + len(trigger_word)), mentions)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Gunmen attacked a police post in Bannu district on Sunday, killing three.", "attacked", "Bannu"),
        ("At a press conference in Lahore, the minister said a bomb exploded near a market in Turbat.", "exploded",
         "Turbat"),
        ("Speaking to reporters in Islamabad on Monday, the spokesman confirmed the clash in Kurram.", "clash",
         "Kurram"),
        ("Pakistan has seen a rise in attacks this year. The latest attack hit a checkpoint in Mardan.", "latest",
         "Mardan"),
        ("QUETTA, Pakistan — A roadside bomb struck a convoy in Turbat on Friday.", "bomb", "Turbat"),
        ("Gunmen fired on a bus carrying laborers in Kohat, killing two.", "fired", "Kohat"),
    ],
)
def test_event_place_is_the_place_of_the_clause(nlp, geoparser, text, trigger, expected):
    mention = _locate(nlp, geoparser, text, trigger)
    assert mention is not None and mention.span.text == expected


def test_event_place_has_admin1_of_its_district(nlp, geoparser):
    mention = _locate(nlp, geoparser, "Militants raided a school in North Waziristan district.", "raided")
    assert mention is not None and mention.place is not None
    assert (mention.place.admin1, mention.place.country, mention.place.precision) == (
        "Khyber Pakhtunkhwa", "PK", "admin2")


def test_demonym_is_never_the_event_place(nlp, geoparser):
    assert _locate(nlp, geoparser, "Afghan forces clashed with fighters overnight.", "clashed") is None


def test_no_place_in_reach_gives_none(nlp, geoparser):
    assert _locate(nlp, geoparser, "Two men were shot dead by unknown attackers.", "shot") is None


def test_where_the_wounded_were_taken_is_not_the_event_place(nlp, geoparser):
    text = "A bomb went off in a market on Monday and the wounded were rushed to Peshawar."
    assert _locate(nlp, geoparser, text, "bomb") is None


def test_an_agency_dateline_is_not_the_event_place(nlp, geoparser):
    text = "Nagpur, Mar 3 (PTI) Gunmen attacked a police post in Gadchiroli district on Sunday, police said."
    mention = _locate(nlp, geoparser, text, "attacked")
    assert mention is not None and mention.span.text == "Gadchiroli"


def test_an_unknown_town_is_placed_in_the_country_the_text_names(nlp, geoparser):
    text = "Niger's army said militants attacked a camp in the remote town of Zarbakoye on Sunday."
    mention = _locate(nlp, geoparser, text, "attacked")
    assert mention is not None and mention.span.text == "Zarbakoye"
    assert mention.place is not None and (mention.place.country, mention.place.lat) == ("NE", None)


def test_a_region_beyond_one_country_is_no_event_place_from_another_sentence(nlp, geoparser):
    text = ("Troops freed three hostages after a gunfight on Monday. Militant groups have spread across West Africa "
            "in the past decade.")
    mention = _locate(nlp, geoparser, text, "gunfight")
    assert mention is None or mention.span.text != "West Africa"


def test_a_named_forest_is_the_event_place(nlp, geoparser):
    text = "Fighters ambushed a patrol near the Kambari forest in Kaduna state on Monday."
    mention = _locate(nlp, geoparser, text, "ambushed")
    assert mention is not None and mention.span.text == "Kambari forest"
    assert mention.place is not None and (mention.place.admin1, mention.place.lat) == ("Kaduna State", None)


def test_an_unknown_village_is_placed_in_its_district(nlp, geoparser):
    text = "Gunmen attacked a police post in Zarghunabad, Bannu district, on Sunday, killing two."
    mention = _locate(nlp, geoparser, text, "attacked")
    assert mention is not None and mention.span.text == "Zarghunabad"
    assert mention.place is not None and (mention.place.admin1, mention.place.admin2) == (
        "Khyber Pakhtunkhwa", "Bannu District")


def test_an_unknown_district_named_with_its_division_word_is_the_event_place(nlp, geoparser):
    text = "Aircraft bombed villages in the Wuchbaram district of Afghanistan's Paktika province on Saturday."
    mention = _locate(nlp, geoparser, text, "bombed")
    assert mention is not None and mention.span.text.startswith("Wuchbaram")
    assert mention.place is not None and mention.place.admin1 == "Paktika"


def test_a_province_gives_way_to_a_town_inside_it_in_the_same_sentence(nlp, geoparser):
    text = "The army launched an operation in Balochistan on Sunday, killing three militants in Loralai."
    mention = _locate(nlp, geoparser, text, "operation")
    assert mention is not None and mention.span.text == "Loralai"


def test_a_country_that_names_whose_drone_is_not_where_it_struck(nlp, geoparser):
    text = "A US drone fired two missiles at a compound near Miranshah, killing five militants."
    mention = _locate(nlp, geoparser, text, "fired")
    assert mention is None or mention.span.text != "US"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # An unknown name that the text puts inside a district: the name, in that district's province.
        ("Militants blew up a power pylon in Kandewal area of Kech district on Friday.", "blew",
         ("Kandewal", "Balochistan")),
        # A town owned by its province in the possessive.
        ("A bomb went off on the main road of Sindh's Shikarpur on Saturday.", "bomb", ("Shikarpur", "Sindh")),
        # A town after the name of one of its neighbourhoods.
        ("A trader was shot dead in Nishtar Colony Lahore on Tuesday.", "shot", ("Lahore", "Punjab")),
        # A hamlet the apposition places inside a municipality, not its namesake in another state.
        ("Drones loaded with explosives struck El Aguaje, a hamlet in Aguililla municipality, killing two.",
         "struck", ("El Aguaje", "Michoacán")),
        # A village the index lacks, inside a district the index knows only as a town.
        ("Insurgents beheaded five men in the village of Nangololo in Macomia district.", "beheaded",
         ("Nangololo", "Cabo Delgado Province")),
    ],
)
def test_event_place_from_names_the_text_places_itself(nlp, geoparser, text, trigger, expected):
    mention = _locate(nlp, geoparser, text, trigger)
    assert mention is not None and mention.place is not None
    assert (mention.span.text, mention.place.admin1) == expected
