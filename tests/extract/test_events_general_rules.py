"""General event rules on invented reports: running totals, habitual plurals, secondary events told in one
report, definite references and the status of subjects (needs the parser)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.extract.events import extract_events
from wirecoder.models import Article, Event

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 6)  # a Monday


def _reported(nlp, text: str) -> list[Event]:
    article = Article(id="test", text=text, published=PUBLISHED)
    events = extract_events(nlp(text), article=article, places=[], statements=[])
    return [event for event in events if event.status == "happened"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("At least 80 rebels have been killed in raids in the province so far this year.",
                     id="so far this year"),
        pytest.param("The rebellion has killed thousands of people since 2011.", id="since a year"),
        pytest.param("Armed gangs have killed hundreds of villagers in recent years.", id="in recent years"),
        pytest.param("The kidnappers marched the hostages into the forest.", id="marched someone"),
        pytest.param("Police said 40 people have died in such attacks this year alone, the deadliest toll so far.",
                     id="this year alone"),
        pytest.param("The insurgency, which began in the north, has killed more than 4,000 people.",
                     id="a campaign's toll with no period"),
        pytest.param("The family demanded the arrest of the killers.", id="an arrest demanded"),
        pytest.param("After the talks, the rebel column withdrew into the hills.", id="a retreat is no transfer"),
    ],
)
def test_not_an_event(nlp, text):
    assert _reported(nlp, text) == []


def test_habitual_plural_beside_a_killing_is_no_second_event(nlp):
    text = "Soldiers shot dead a commander behind recent attacks on the highway, the army said."
    assert len(_reported(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A bomb exploded at a bus stop on Sunday, killing four people. Police arrested two suspects "
                     "hours after the blast.", [("Remote explosive/landmine/IED", "2024-05-05"),
                                                ("Arrests", "2024-05-05")], id="arrests after the blast"),
        pytest.param("Army artillery shelled a market on Saturday, killing five civilians. A defence spokesman said "
                     "insurgents had hit a garrison with drones, killing a soldier.",
                     [("Shelling/artillery/missile attack", "2024-05-04"), ("Air/drone strike", "2024-05-06")],
                     id="a drone claim beside shelling"),
        pytest.param("A car bomb killed two guards outside a bank on Sunday. Hours earlier, a drone dropped grenades "
                     "on a police post, wounding two officers.",
                     [("Remote explosive/landmine/IED", "2024-05-05"), ("Air/drone strike", "2024-05-05")],
                     id="hours earlier"),
        pytest.param("Farmers protested against the tax on Sunday. Also on Sunday, traders marched peacefully "
                     "against the new levy.", [("Peaceful protest", "2024-05-05"), ("Peaceful protest", "2024-05-05")],
                     id="also on the same day"),
    ],
)
def test_secondary_events(nlp, text, expected):
    assert [(event.sub_event_type, event.date.value) for event in _reported(nlp, text)] == expected


def test_arrests_in_the_same_raid_stay_one_event(nlp):
    text = "Troops killed two militants and arrested three others in a raid on a hideout."
    assert [event.sub_event_type for event in _reported(nlp, text)] == ["Armed clash"]


def test_the_participants_named_again_are_no_new_event(nlp):
    text = "Police fired tear gas at protesters outside the assembly on Sunday. The protesters were demanding wages."
    assert [event.sub_event_type for event in _reported(nlp, text)] == ["Protest with intervention"]


def test_what_a_subject_did_is_not_what_it_tried(nlp):
    text = "Police baton-charged and detained 30 teachers on Sunday as they tried to walk to the governor's house."
    assert [event.status for event in _reported(nlp, text)] == ["happened"]


def test_means_of_an_act_is_no_intent(nlp):
    text = "Gunmen used a stolen car to attack a checkpoint, killing two policemen."
    assert [event.killed for event in _reported(nlp, text)] == [2]


def test_an_earlier_killing_in_the_same_sentence_is_its_own_event(nlp):
    text = "Workers set fire to a lorry on Sunday as they demanded compensation for a colleague killed in 2021."
    events = _reported(nlp, text)
    assert sorted((event.date.value, event.core, event.killed) for event in events) == [
        ("2021", False, 1), ("2024-05-05", True, 0)]


def test_air_strike_on_fleeing_fighters(nlp):
    text = "Officials said warplanes on Sunday struck retreating gunmen outside the village."
    assert [(event.sub_event_type, event.date.value) for event in _reported(nlp, text)] == [
        ("Air/drone strike", "2024-05-05")]


def test_a_town_falls_to_rebels(nlp):
    text = "The town fell to the rebels on Sunday after government troops withdrew from a nearby base."
    assert [event.sub_event_type for event in _reported(nlp, text)] == ["Non-state actor overtakes territory"]


def test_the_dateline_date_is_not_the_event_date(nlp):
    text = "KANO, Nigeria, May 6 (Wire) - Gunmen on Saturday shot dead three farmers in a village."
    assert [event.date.value for event in _reported(nlp, text)] == ["2024-05-04"]


def test_figures_of_two_sources_on_one_side_take_the_lowest(nlp):
    text = ("Officials said troops beat back a raid on a barracks on Sunday, killing 20 attackers. Three soldiers "
            "died in the fighting, officials said. The insurgents said in a message that their men had entered the "
            "barracks and killed more than 25 soldiers.")
    assert [event.killed for event in _reported(nlp, text)] == [23]


def test_a_record_is_no_running_total(nlp):
    text = "Militants killed ten soldiers in an ambush on Sunday, the deadliest attack so far this year."
    assert [event.killed for event in _reported(nlp, text)] == [10]


def test_the_participants_alone_still_tell_a_protest(nlp):
    text = "Crowds filled the main square on Sunday. The protesters demanded fresh elections."
    assert [event.sub_event_type for event in _reported(nlp, text)] == ["Peaceful protest"]


def test_the_attack_named_again_gives_the_date_and_place(nlp):
    text = ("Insurgents beheaded at least four villagers in a raid on a fishing village, local sources said. "
            "The attack took place on Saturday in the village of Nangade.")
    events = _reported(nlp, text)
    assert [(event.date.value, event.killed) for event in events] == [("2024-05-04", 4)]


def test_a_blocked_highway_is_a_protest(nlp):
    text = "On Sunday, hundreds of farmers blocked the national highway with tractors, demanding fair prices."
    assert [event.event_type for event in _reported(nlp, text)] == ["Protests"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Militants attacked an army post on Wednesday, killing 12 soldiers. Two days before the assault, "
                     "a roadside bomb hit a bus near the town, killing five passengers.",
                     [("Armed clash", "2024-05-01", 12), ("Remote explosive/landmine/IED", "2024-04-29", 5)],
                     id="dated from the event told"),
        pytest.param("A car bomb exploded outside a police station on Sunday, killing two people.\n"
                     "Hours later, soldiers clashed with rebels in the hills. Two rebels were killed, the army said.",
                     [("Remote explosive/landmine/IED", "2024-05-05", 2), ("Armed clash", "2024-05-05", 2)],
                     id="figures right after a sequel are its own"),
    ],
)
def test_events_told_in_sequence(nlp, text, expected):
    events = _reported(nlp, text)
    assert [(event.sub_event_type, event.date.value, event.killed) for event in events] == expected


def test_an_air_strike_beside_an_abduction_is_another_event(nlp):
    text = ("Gunmen abducted 30 villagers in a night raid on Sunday. The air force said an airstrike on a hideout "
            "near the forest had killed a gang leader.")
    assert len(_reported(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gunmen killed two farmers on Sunday. Armed gangs raid villages in the region.",
                     id="a habit told in the present"),
        pytest.param("Police dispersed a march on Sunday. Protest organisers have called for a strike.",
                     id="an event noun describing people"),
        pytest.param("Gunmen killed two farmers on Sunday. \"Our people are being killed,\" a leader said.",
                     id="a progressive present"),
        pytest.param("Police fired live rounds at protesters on Monday, killing two people. A rights group said two "
                     "men were shot dead in the Mathare slum.", id="a protest's toll told again"),
    ],
)
def test_only_the_first_event_is_reported(nlp, text):
    assert len(_reported(nlp, text)) == 1
