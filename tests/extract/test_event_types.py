"""ACLED typing and trigger words on invented snippets: pure functions, no model."""

from __future__ import annotations

import pytest

from wirecoder.extract.event_types import classify, find_triggers, victims_are_armed
from wirecoder.models import SUB_EVENT_PARENT

VIOLENCE = [
    pytest.param("Insurgents stormed an army outpost and fought the troops for hours.", ["troops"], "Armed clash",
                 id="armed group on soldiers"),
    pytest.param("Gunmen attacked a police checkpoint, killing three constables.", ["constables"], "Armed clash",
                 id="gunmen on police"),
    pytest.param("A suicide bomber struck the barracks and gunmen then stormed the gate.", ["barracks"], "Suicide bomb",
                 id="suicide wins even with gunmen"),
    pytest.param("A roadside bomb hit a patrol vehicle.", ["patrol vehicle"], "Remote explosive/landmine/IED",
                 id="roadside bomb on soldiers"),
    pytest.param("A landmine exploded under a tractor.", ["tractor"], "Remote explosive/landmine/IED", id="landmine"),
    pytest.param("Fighter jets pounded hideouts in the valley.", ["militants"], "Air/drone strike", id="jets"),
    pytest.param("A drone strike hit a compound.", [], "Air/drone strike", id="drone"),
    pytest.param("Rebels fired mortars at the town.", ["town"], "Shelling/artillery/missile attack", id="mortars"),
    pytest.param("Border troops shelled villages and the other side returned fire.", ["villages"], "Armed clash",
                 id="shelling in a two-sided fight"),
    pytest.param("Attackers hurled a grenade at a shop.", ["shop"], "Grenade", id="grenade"),
    pytest.param("Gunmen shot dead a shopkeeper in the bazaar.", ["shopkeeper"], "Attack", id="unarmed victim"),
    pytest.param("Armed men kidnapped two engineers from their car.", ["engineers"], "Abduction/forced disappearance",
                 id="kidnap"),
    pytest.param("The woman was raped by armed men.", ["woman"], "Sexual violence", id="rape"),
    pytest.param("Rebels captured the town of Kalar after heavy fighting.", [], "Non-state actor overtakes territory",
                 id="rebels take a town"),
    pytest.param("Government troops recaptured the village from rebels.", [], "Government regains territory",
                 id="troops retake a village"),
    pytest.param("Militants armed with rifles and rocket-propelled grenades stormed a police post.", ["police post"],
                 "Armed clash", id="grenade launchers in a ground assault"),
    pytest.param("Troops rescued four hostages after a brief exchange of fire with the kidnappers.", [],
                 "Armed clash", id="rescue fight with kidnappers"),
    pytest.param("The town fell to the rebels after a week of fighting.", [], "Non-state actor overtakes territory",
                 id="fell to rebels"),
    pytest.param("The town fell to government forces on Sunday.", [], "Government regains territory",
                 id="fell to government forces"),
    pytest.param("Residents suffered from asphyxia after poisonous gas shells hit the district.", [], "Chemical weapon",
                 id="chemical"),
    pytest.param("The body of an abducted army engineer was found in a canal.", ["army engineer"], "Attack",
                 id="a captive's body found"),
    pytest.param("Five soldiers died when a militant blew himself up in the midst of a gunfight with troops.",
                 ["soldiers"], "Armed clash", id="suicide blast inside a battle"),
    pytest.param("Police raided the house and exchanged fire with the suspects, then recovered two grenades.",
                 ["suspects"], "Armed clash", id="seized grenades are no means"),
    pytest.param("Precise aerial strikes hit three hideouts, killing 12 militants.", ["militants"],
                 "Air/drone strike", id="aerial strikes"),
    pytest.param("Saboteurs blew it up, cutting power to the valley.", [],
                 "Remote explosive/landmine/IED", id="blew it up"),
    pytest.param("Rebels raided the village at night and killed 14 farmers.", ["farmers"], "Attack",
                 id="rebels' raid on civilians"),
    pytest.param("Police raided a hideout and killed two suspects.", ["suspects"], "Armed clash",
                 id="police raid"),
    pytest.param("Gunmen seized more than 80 pupils from a boarding school.", ["pupils"],
                 "Abduction/forced disappearance", id="people seized"),
    pytest.param("The army said its troops, backed by local militias, had recaptured the town.", [],
                 "Government regains territory", id="troops backed by militias"),
    pytest.param("Two gunmen shot dead a shopkeeper, according to the Internal Security Operations Command.",
                 ["shopkeeper"], "Attack", id="an operations command is no operation"),
]


@pytest.mark.parametrize(("text", "victims", "expected"), VIOLENCE)
def test_violence_sub_event(text, victims, expected):
    assert classify(text, "violence", victims).sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "family", "expected"),
    [
        ("Hundreds of teachers rallied outside parliament.", "protest", "Peaceful protest"),
        ("Police fired tear gas to disperse the marchers.", "protest", "Protest with intervention"),
        ("Police opened fire on the demonstrators, killing two.", "protest", "Excessive force against protesters"),
        ("Protesters pelted police with stones and torched a bus.", "protest", "Violent demonstration"),
        ("Protesters threw petrol bombs at the governor's office and police fired back, killing one.", "protest",
         "Violent demonstration"),
        ("A mob lynched a man accused of theft.", "riot", "Mob violence"),
        ("Police arrested six suspects in a dawn raid.", "arrest", "Arrests"),
        ("The warring sides signed a ceasefire agreement.", "agreement", "Agreement"),
        ("Shops were looted and set on fire.", "looting", "Looting/property destruction"),
        ("A bomb disposal squad defused the device.", "disruption", "Disrupted weapons use"),
        ("The army set up a new base near the border.", "other", "Headquarters or base established"),
        ("Government forces withdrew from the crossing.", "other", "Non-violent transfer of territory"),
        ("Forty fighters surrendered to the authorities.", "other", "Change to group/activity"),
        ("The government launched a deportation campaign.", "other", "Other"),
    ],
)
def test_non_violent_sub_event(text, family, expected):
    assert classify(text, family, []).sub_event_type == expected


FAMILIES = ["violence", "protest", "riot", "arrest", "agreement", "looting", "disruption", "other"]


@pytest.mark.parametrize("family", FAMILIES)
def test_event_type_is_the_parent_of_the_sub_event(family):
    typing = classify("Something happened in the town.", family, [])
    assert SUB_EVENT_PARENT[typing.sub_event_type] == typing.event_type


@pytest.mark.parametrize(
    ("victims", "expected"),
    [
        (["security forces post"], True),
        (["two policemen"], True),
        (["worshippers"], False),
        (["a shopkeeper"], False),
        ([], None),
    ],
)
def test_victims_are_armed(victims, expected):
    assert victims_are_armed(victims) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire on a bus.", [("opened fire", "violence")]),
        ("A blast ripped through the market.", [("blast", "violence")]),
        ("Police arrested three men.", [("arrested", "arrest")]),
        ("Police seized a cache of weapons.", [("seized a cache", "disruption")]),
        ("The cabinet met on Monday.", []),
        ("Drones dropped explosives on a base.", [("dropped explosives", "violence")]),
        ("The town fell to Rebel Front fighters.", [("fell to", "violence")]),
        ("Oil prices fell to a new low.", []),
    ],
)
def test_find_triggers(text, expected):
    assert [(trigger.text, trigger.family) for trigger in find_triggers(text)] == expected


def test_trigger_offsets_index_the_article():
    trigger = find_triggers("A blast hit.", offset=50)[0]
    assert (trigger.start, trigger.end) == (52, 57)
