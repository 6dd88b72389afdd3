"""Who carried an event out and whom it was aimed at, on invented reports: weapons and their owners, protesters,
claims told apart from the attack, and targets named outside the trigger's own phrase (needs the parser)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.models import Article

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 6)  # a Monday


def _events(pipeline, text: str):
    result = pipeline.analyse(Article(id="test", text=text, published=PUBLISHED))
    return [event for event in result.events if event.status == "happened"]


def _perpetrator(pipeline, text: str) -> str | None:
    event = _events(pipeline, text)[0]
    return event.perpetrator.name if event.perpetrator else None


def _target(pipeline, text: str) -> str | None:
    event = _events(pipeline, text)[0]
    return event.target.name if event.target else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A Russian missile struck a market in Kherson on Sunday, killing four people.", "Russia",
                     id="a country's weapon"),
        pytest.param("Turkish drones hit a car near Qamishli on Sunday, killing two fighters.", "Turkey",
                     id="a country's drones"),
        pytest.param("Sudanese military jets bombed a market in Nyala on Sunday, killing 12 people.",
                     "Sudanese military", id="the force whose aircraft bombed"),
        pytest.param("A military airstrike on a village in Sagaing killed nine people on Sunday.", "military",
                     id="a force modifying the event noun"),
        pytest.param("Four soldiers were killed in a terrorist attack on a post in Bannu on Sunday.", "terrorists",
                     id="the kind of attacker as an adjective"),
        pytest.param("Jets bombed a market in Nyala on Sunday, killing 12 people.", None,
                     id="an aircraft alone is nobody"),
    ],
)
def test_perpetrator_is_the_owner_of_the_weapon(pipeline, text, expected):
    assert _perpetrator(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A faction of the Jaish al-Adl group claimed responsibility for the blast.", "Jaish al-Adl group",
                     id="a faction of a named group"),
        pytest.param("The banned Lashkar-e-Jhangvi claimed responsibility for the bombing.", "Lashkar-e-Jhangvi",
                     id="a banned group by its name"),
    ],
)
def test_claimant_is_named_without_qualifiers(pipeline, text, expected):
    text = "A bomb exploded at a market in Quetta on Sunday, killing three people. " + text
    assert _perpetrator(pipeline, text) == expected


def test_a_later_claim_names_who_carried_out_the_attack(pipeline):
    text = ("Gunmen opened fire on a bus in Kech district on Sunday, killing five passengers. "
            "Police said the attackers fled into the hills. "
            "The Baloch Liberation Front claimed responsibility for the attack in a statement.")
    assert _perpetrator(pipeline, text) == "Baloch Liberation Front"


def test_no_claim_leaves_the_attacker_as_told(pipeline):
    text = ("Gunmen opened fire on a bus in Kech district on Sunday, killing five passengers. "
            "No group has claimed responsibility for the attack.")
    assert _perpetrator(pipeline, text) == "Gunmen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Dozens of traders marched to the governor's office in Kano on Sunday to protest against "
                     "new taxes.", "traders", id="crowd of traders"),
        pytest.param("Hundreds of farmers blocked the main highway in Multan on Sunday, demanding water.", "farmers",
                     id="hundreds of farmers"),
        pytest.param("Police dispersed the demonstrators outside the parliament in Dhaka on Sunday.", "demonstrators",
                     id="a noun for them"),
    ],
)
def test_a_protest_is_carried_out_by_those_who_took_part(pipeline, text, expected):
    event = next(event for event in _events(pipeline, text) if event.event_type in {"Protests", "Riots"})
    assert event.perpetrator is not None and event.perpetrator.name == expected


def test_force_against_protesters_is_carried_out_by_the_police(pipeline):
    text = ("Police fired live bullets at protesters in Nairobi on Sunday, killing two people, as thousands "
            "marched against new taxes.")
    event = next(event for event in _events(pipeline, text)
                 if event.sub_event_type == "Excessive force against protesters")
    assert (event.perpetrator.name, event.target.name) == ("Police", "protesters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two soldiers were killed on Sunday when a roadside bomb struck their patrol vehicle in "
                     "North Waziristan.", "patrol vehicle", id="object of struck"),
        pytest.param("Three policemen died on Sunday in an attack on a checkpoint in Lakki Marwat.", "checkpoint",
                     id="attack on"),
        pytest.param("Gunmen opened fire in Jos on Sunday, killing at least six people.", "people",
                     id="who was killed, without 'at least'"),
        pytest.param("Gunmen killed 40 people at a funeral in Lubero on Sunday.", "funeral",
                     id="the gathering before anonymous people"),
        pytest.param("Fighters ambushed an army convoy on a highway near Monywa on Sunday.", "army convoy",
                     id="what was ambushed before where"),
        pytest.param("Fierce clashes between tribal fighters and SDF forces near Dhiban killed nine on Sunday.",
                     "SDF forces", id="the second side of a fight"),
        pytest.param("Gunmen attacked illegal migrants, mostly Afghans and Uzbeks, in Karachi on Sunday.",
                     "illegal migrants, mostly Afghans and Uzbeks", id="who a group mostly is"),
    ],
)
def test_target_is_what_was_attacked(pipeline, text, expected):
    assert _target(pipeline, text) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        pytest.param("The Front for the Liberation of the South claimed the attack on Monday.",
                     "Front for the Liberation of the South", id="a claimed attack, a name with 'for' and 'of'"),
        pytest.param("The Front for the Liberation of the South (FLS) claimed responsibility on Monday.",
                     "Front for the Liberation of the South", id="the name stops at its acronym"),
    ],
)
def test_a_claim_without_responsibility_names_the_group(pipeline, claim, expected):
    text = "Gunmen attacked an army post near Djibo on Sunday, killing 12 soldiers. " + claim
    assert _perpetrator(pipeline, text) == expected


def test_victims_acted_upon_are_no_generic_perpetrator(pipeline):
    text = "The army said air strikes near Djibo on Sunday had neutralised dozens of terrorists."
    assert _perpetrator(pipeline, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Shelling blamed on rebels killed four children in Taiz on Sunday.", "rebels",
                     id="blamed on"),
        pytest.param("The Somali army said it had recaptured the town of Bulo Burte from militants on Sunday.",
                     "Somali army", id="a force reporting its own act"),
        pytest.param("A spokesman said they had recaptured the town of Bulo Burte on Sunday.", None,
                     id="a person speaking names no force"),
        pytest.param("The army said it had repelled an RSF attack in Kadugli on Sunday, killing scores of fighters.",
                     "RSF", id="a group naming the event noun"),
        pytest.param("The regional affiliate of the Islamic State group claimed responsibility for the bombing of a "
                     "mosque in Jalalabad on Friday.", "Islamic State group", id="an affiliate of a group"),
        pytest.param("Suspected militants attacked a police post in Tank on Sunday.", "Suspected militants",
                     id="a hedge before a common noun stays"),
        pytest.param("Fierce clashes between tribal fighters and SDF forces near Dhiban killed nine on Sunday.",
                     "tribal fighters", id="the first side of a fight, when nothing else names one"),
    ],
)
def test_perpetrator_from_what_the_text_attributes(pipeline, text, expected):
    assert _perpetrator(pipeline, text) == expected
