"""Events told around another one: earlier incidents told "a day after", the same event told again, a weekend
narrowed to its day, dates of statements, and words that are no event (needs the parser)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.models import Article

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _events(pipeline, text: str):
    result = pipeline.analyse(Article(id="test", text=text, published=PUBLISHED))
    return [event for event in result.events if event.status == "happened"]


def test_the_told_attack_came_a_day_after_another_event(pipeline):
    text = ("Militants stormed a police station in Tank on Sunday, killing four officers. "
            "The attack came a day after a roadside bomb wounded three soldiers in North Waziristan.")
    events = [(event.sub_event_type, event.date.value, event.wounded) for event in _events(pipeline, text)]
    assert ("Remote explosive/landmine/IED", "2024-05-04", 3) in events
    assert events[0][2] is None  # the bomb's wounded are not the station attack's


def test_a_generic_noun_right_after_an_event_tells_that_event(pipeline):
    text = ("Artillery shelled a market in Kadugli on Saturday, killing 11 people. "
            "Hours later, a drone struck a fuel depot in Dilling. "
            "The army was blamed for the attack, which witnesses said killed three guards.")
    assert [event.killed for event in _events(pipeline, text)] == [11, 3]


def test_a_weekend_is_narrowed_to_the_day_told_later(pipeline):
    text = ("Jihadists killed 20 soldiers in an attack on a base near Djibo at the weekend, security sources said. "
            "The attack on Sunday began at dawn, one source said.")
    assert [event.date.value for event in _events(pipeline, text)] == ["2024-05-05"]


def test_the_date_a_statement_came_out_is_not_the_events(pipeline):
    text = ("Hours after the vote on Sunday, hundreds of supporters took to the streets in Hyderabad, pelting police "
            "with stones. Police fired tear gas and detained 12 people, according to a statement issued on Tuesday.")
    events = _events(pipeline, text)
    assert [(event.sub_event_type, event.date.value) for event in events] == [
        ("Violent demonstration", "2024-05-05")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The foreign ministry summoned the ambassador on Monday to lodge a strong protest.",
                     id="a diplomatic protest"),
        pytest.param("Islamabad registered a protest with New Delhi over the remarks.", id="a protest registered"),
    ],
)
def test_a_formal_protest_is_no_demonstration(pipeline, text):
    assert _events(pipeline, text) == []


def test_taking_to_the_streets_is_a_protest(pipeline):
    text = "Thousands of teachers took to the streets of Lahore on Monday to demand higher pay."
    assert [event.event_type for event in _events(pipeline, text)] == ["Protests"]


def test_a_comparison_since_a_month_is_not_the_events_date(pipeline):
    text = ("A car bomb killed nine people in Al-Bab on Monday. "
            "Monitors said the bombing was the deadliest in the town since December.")
    assert [(event.date.value, event.core) for event in _events(pipeline, text)] == [("2024-05-06", True)]


def test_the_lead_word_types_the_event_even_when_weak(pipeline):
    text = ("Artillery shelled a market in Kadugli on Saturday, killing 11 people. "
            "Hours later, a drone struck a fuel depot in Dilling. "
            "The army was blamed for the attack, which witnesses said killed three guards.")
    assert [event.sub_event_type for event in _events(pipeline, text)][-1] == "Air/drone strike"


def test_a_strike_linked_to_the_raid_is_its_own_event(pipeline):
    text = ("Gunmen stormed a village in Zamfara state on Sunday, killing nine people. "
            "On Monday, the air force said its jets struck a bandit hideout in Zurmi district linked to the raid.")
    events = _events(pipeline, text)
    assert [event.sub_event_type for event in events] == ["Attack", "Air/drone strike"]


def test_retaking_a_town_is_its_own_event(pipeline):
    text = ("Gang members stormed the town of Liancourt on Thursday, killing eight people. "
            "Police said in a statement on Friday that officers had retaken the town after a gunfight in which "
            "two gang members were killed.")
    events = _events(pipeline, text)
    assert [(event.sub_event_type, event.killed) for event in events] == [
        ("Attack", 8), ("Government regains territory", 2)]


def test_the_ensuing_firefight_belongs_to_the_ambush_before_it(pipeline):
    text = ("Drones dropped explosives on a village in Michoacan on Monday, killing a farmer. "
            "Hours later, gunmen ambushed a police patrol near Apatzingan, killing two officers. "
            "Security forces killed three of the attackers in the ensuing firefight.")
    assert [event.killed for event in _events(pipeline, text)] == [1, 5]
