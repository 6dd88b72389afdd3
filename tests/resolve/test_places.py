"""The geoparser on parsed sentences: what it finds, and where it puts it."""

from __future__ import annotations

import socket

import pytest

from wirecoder.models import Article
from wirecoder.resolve.places import Geoparser

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def geoparser():
    return Geoparser.load()


def _mentions(nlp, geoparser, text):
    return geoparser.find(nlp(text), Article(id="t", text=text))


def _mention(nlp, geoparser, text, surface):
    found = [m for m in _mentions(nlp, geoparser, text) if m.span.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Police in Alexandria, La., arrested two men after a fire on Friday.", "Alexandria", ("US", "Louisiana")),
        ("The school board of Alexandria, Va., met on Tuesday night.", "Alexandria", ("US", "Virginia")),
        ("Militants attacked a checkpoint in North Waziristan district, officials said.", "North Waziristan",
         ("PK", "Khyber Pakhtunkhwa")),
        ("QUETTA, Pakistan — Gunmen opened fire on a bus near the city on Monday.", "QUETTA", ("PK", "Balochistan")),
        ("Washington said it would send more aid to the region.", "Washington", ("US", "District of Columbia")),
        ("Protesters marched through Lahore and Faisalabad after Friday prayers.", "Faisalabad", ("PK", "Punjab")),
        ("Flooding closed roads across Georgia, and Atlanta schools shut early.", "Georgia", ("US", "Georgia")),
        ("Russian troops crossed into Georgia and reached the outskirts of Tbilisi.", "Georgia", ("GE", None)),
        ("Gunmen robbed a bank in Kandahar city, Afghanistan, on Monday.", "Kandahar city", ("AF", "Kandahar")),
        ("A bomb hit a market in Jamrud, Khyber Agency, late on Friday.", "Jamrud", ("PK", "Khyber Pakhtunkhwa")),
        ("Troops raided hideouts in the remote areas of Dera Bugti, Balochistan.", "Dera Bugti", ("PK", "Balochistan")),
        ("A blast hit a van on the outskirts of  Kohat on Monday.", "Kohat", ("PK", "Khyber Pakhtunkhwa")),
        ("A mine went off near a check post in tehsil Jamrud of Khyber Agency on Sunday.", "Jamrud",
         ("PK", "Khyber Pakhtunkhwa")),
        ("Gunmen shot a trader in Latifabad, Hyderabad Sindh on Friday.", "Hyderabad", ("PK", "Sindh")),
        ("Police said the shooting took place in Sadar, Karachi, on Monday night.", "Karachi", ("PK", "Sindh")),
        ("Troops moved into Punjab and Sindh after the floods.", "Punjab", ("PK", "Punjab")),
        ("Rebels killed 12 villagers in eastern DR Congo on Sunday.", "DR Congo", ("CD", None)),
        # The town after a neighbourhood's name, a bureau named after its town, the town inside a boundary's name.
        ("Gunmen shot a trader in Nishtar Colony Lahore on Tuesday.", "Lahore", ("PK", "Punjab")),
        ("A grenade hit the Multan Bureau of a TV channel.", "Multan", ("PK", "Punjab")),
        ("Shells fell on villages along the Narowal Working Boundary.", "Narowal", ("PK", "Punjab")),
        # The object of a verb of bombardment, whatever the tagger calls it.
        ("Pakistani jets pounded Razmak with rockets at dawn.", "Razmak", ("PK", "Khyber Pakhtunkhwa")),
        # A province in the possessive, a name with a lower-case particle, a district after a comma.
        ("A bomb went off on the main road of Sindh's Shikarpur on Saturday.", "Shikarpur", ("PK", "Sindh")),
        ("Insurgents attacked police posts in Mocimboa da Praia in 2017.", "Mocimboa da Praia",
         ("MZ", "Cabo Delgado Province")),
        ("Gunmen ambushed a patrol in Barangay Poblacion, Datu Piang, Maguindanao del Sur.", "Datu Piang",
         ("PH", "Autonomous Region in Muslim Mindanao")),
        # An adjective between the preposition and the name, and a district the tagger took for a people.
        ("A drone attack in neighbouring Tepalcatepec killed two soldiers.", "Tepalcatepec", ("MX", "Michoacán")),
        ("Two farmers were shot dead in their fields in neighbouring Kakching district.", "Kakching",
         ("IN", "Manipur")),
        # A province's alias.
        ("Militants attacked a checkpoint in Salahuddin province overnight.", "Salahuddin province",
         ("IQ", "Salah ad Din")),
    ],
)
def test_toponyms_resolve_in_context(nlp, geoparser, text, surface, expected):
    place = _mention(nlp, geoparser, text, surface).place
    assert place is not None
    assert (place.country, place.admin1) == expected


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Militants operating on Afghan soil crossed the border at night.", "Afghan", "AF"),
        ("Pakistani security forces returned fire.", "Pakistani", "PK"),
    ],
)
def test_demonyms_are_mentions_of_their_country(nlp, geoparser, text, surface, country):
    mention = _mention(nlp, geoparser, text, surface)
    assert mention.is_demonym
    assert mention.place is not None and mention.place.country == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # No country is named: the actors alone say where the ambiguous town lies.
        ("Frontier Corps troops set up new checkpoints on the road to Hangu.", "Hangu", "PK"),
        ("Two TTP commanders were arrested at a safe house in Hangu.", "Hangu", "PK"),
        # A big city abroad known only by another spelling gives way to the namesake in the actors' country.
        ("Frontier Corps troops raided a house in Sui after a tip-off about separatists.", "Sui", "PK"),
        # Without any actor, the bigger namesake abroad still wins: actors add evidence, they do not invent it.
        ("Farmers near Hangu brought in an early harvest this year.", "Hangu", "CN"),
    ],
)
def test_named_actors_place_an_ambiguous_town_in_their_country(nlp, geoparser, text, surface, country):
    place = _mention(nlp, geoparser, text, surface).place
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police blamed the BLA for the blast, which wrecked two trucks.", "BLA"),
        ("A spokesman said the FC would keep the highway closed.", "FC"),
    ],
)
def test_an_actor_acronym_is_not_a_toponym(nlp, geoparser, text, actor):
    assert actor not in {m.span.text for m in _mentions(nlp, geoparser, text)}


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Gunmen on a motorbike shot a shopkeeper in Lahore's old city on Sunday.", "Lahore", "Punjab"),
        ("Police searched every house in the Kalat district after the raid.", "Kalat", "Balochistan"),
    ],
)
def test_a_possessive_or_a_division_word_puts_a_name_in_a_place_role(nlp, geoparser, text, surface, admin1):
    place = _mention(nlp, geoparser, text, surface).place
    assert place is not None and place.admin1 == admin1


def test_one_mention_per_occurrence(nlp, geoparser):
    text = "Traders in Peshawar went on strike. By evening Peshawar was quiet again."
    assert [m.span.text for m in _mentions(nlp, geoparser, text)].count("Peshawar") == 2


@pytest.mark.parametrize(
    "text",
    ["The herders fled into the bush after the raid.", "Northern officials met on Monday in the capital."],
)
def test_lowercase_words_and_bare_compass_words_are_not_toponyms(nlp, geoparser, text):
    surfaces = {m.span.text for m in _mentions(nlp, geoparser, text)}
    assert not surfaces & {"bush", "Northern"}


def test_mention_spans_index_the_text(nlp, geoparser):
    text = "Heavy rain hit Karachi and Hyderabad, and Sukkur declared an emergency."
    for mention in _mentions(nlp, geoparser, text):
        assert text[mention.span.start:mention.span.end] == mention.span.text


def test_unknown_name_is_left_unresolved(nlp, geoparser):
    text = "Residents of Zorbulvania City gathered in Zorbulvania City to protest."
    assert all(m.place is None for m in _mentions(nlp, geoparser, text) if "Zorbulvania" in m.span.text)


def test_common_capitalised_words_are_not_places(nlp, geoparser):
    text = "Mercy General said on Monday that Liberty was the theme of the Union parade."
    assert [m.span.text for m in _mentions(nlp, geoparser, text)] == []


def test_pipeline_runs_with_networking_disabled(monkeypatch):
    """The whole pipeline, gazetteer included, needs nothing from the network."""
    from wirecoder.pipeline import Pipeline

    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    text = "PESHAWAR, Pakistan — Gunmen attacked a police post in Bannu district on Saturday, officials said."
    result = Pipeline().analyse(Article(id="offline", text=text))
    places = {m.span.text: m.place for m in result.places}
    assert places["Bannu"] is not None and places["Bannu"].admin1 == "Khyber Pakhtunkhwa"


def test_a_district_name_after_a_comma_and_a_city_is_not_placed_abroad(nlp, geoparser):
    text = "Two men were shot dead in Orangi Town, Karachi, on Sunday."
    town = [m for m in _mentions(nlp, geoparser, text) if m.span.text.startswith("Orangi")]
    assert all(m.place is None or m.place.country == "PK" for m in town)


@pytest.mark.parametrize(
    ("text", "feature_class"),
    [
        ("A missile struck a block of flats in Kharkiv on Monday.", "P"),
        ("Shelling hit villages across the Kharkiv region.", "A"),
    ],
)
def test_a_big_city_named_like_its_division_is_the_city(nlp, geoparser, text, feature_class):
    place = _mention(nlp, geoparser, text, "Kharkiv").place
    assert place is not None and place.feature_class == feature_class


def test_a_dateline_town_inside_a_facility_name_is_that_town(nlp, geoparser):
    text = "KOHAT: Police detained 12 people outside the Kohat Press Club on Friday."
    assert any(m.span.text == "Kohat" and m.span.start > 10 for m in _mentions(nlp, geoparser, text))


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # A town the index knows only abroad is not placed there when the text names its owner country.
        ("Mortar shells landed in Afghanistan's border town of Spin Boldak overnight.", "Spin Boldak", "AF"),
        ("Troops entered Syria's northern town of Kobani on Monday.", "Kobani", "SY"),
        # The apposition after the name places it: not the namesake in another state.
        ("Drones struck El Aguaje, a hamlet in Aguililla municipality, on Monday.", "El Aguaje", "MX"),
    ],
)
def test_an_owner_country_overrules_a_namesake_abroad(nlp, geoparser, text, surface, country):
    place = _mention(nlp, geoparser, text, surface).place
    assert place is None or place.country == country


@pytest.mark.parametrize(
    ("text", "neighbourhood"),
    [
        ("Gunmen shot a trader in Nishtar Colony Lahore on Tuesday.", "Nishtar"),
        ("Police closed Kohat Road after the blast.", "Kohat"),
    ],
)
def test_a_neighbourhood_or_street_name_is_not_the_town_of_that_name(nlp, geoparser, text, neighbourhood):
    assert neighbourhood not in {m.span.text for m in _mentions(nlp, geoparser, text)}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("Warplanes struck the port of Hodeidah early on Wednesday.", "Hodeidah", ("YE", "PPL"),
                     id="the port of a city"),
        pytest.param("Fighters clashed near a dam, southeast of Manbij, on Sunday.", "Manbij", ("SY", "PPL"),
                     id="a bearing from a town"),
        pytest.param("The rebels vowed to attack ships in the Red Sea.", "Red Sea", ("", "SEA"), id="a sea"),
    ],
)
def test_places_in_roles_of_their_own(nlp, geoparser, text, surface, expected):
    place = _mention(nlp, geoparser, text, surface).place
    assert place is not None and (place.country or "", place.feature_code) == expected


def test_a_division_inside_an_organisation_name_is_no_place(nlp, geoparser):
    text = "The National Unity Government said the strike in Sagaing killed nine people in Myanmar."
    assert "Unity" not in [m.span.text for m in _mentions(nlp, geoparser, text)]


def test_a_town_abroad_is_no_guess_in_a_story_placed_elsewhere(nlp, geoparser):
    text = ("An airstrike hit a village in Myanmar's Sagaing region on Wednesday, killing nine people. "
            "The attack happened in a village in Kani township, near Monywa, residents in Myanmar said.")
    assert _mention(nlp, geoparser, text, "Kani").place is None


def test_a_rank_before_a_name_is_no_place(nlp, geoparser):
    text = "Military spokesman Brig. Gen. Kyaw Thet Naing said the army had targeted a meeting in Monywa."
    assert [m.span.text for m in _mentions(nlp, geoparser, text)] == ["Monywa"]


def test_a_persons_surname_alone_is_the_person_not_the_province(nlp, geoparser):
    text = "Army commander Abdullahi Osman Farah spoke in Mogadishu. Farah said troops held the town."
    assert [m.span.text for m in _mentions(nlp, geoparser, text)] == ["Mogadishu"]
