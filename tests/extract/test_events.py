"""The event extractor on invented reports, one construction per case (needs the parser)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.extract.events import extract_events
from wirecoder.models import Article, Event

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 6)  # a Monday


def _events(nlp, text: str, published: dt.date = PUBLISHED) -> list[Event]:
    article = Article(id="test", text=text, published=published)
    return extract_events(nlp(text), article=article, places=[], statements=[])


def _reported(events: list[Event]) -> list[Event]:
    return [event for event in events if event.status == "happened"]


STATUS = [
    pytest.param("Gunmen attacked a bus near the bridge, killing four passengers.", "happened", id="reported attack"),
    pytest.param("The rebel group denied firing rockets at the airport.", "denied", id="denial"),
    pytest.param("The militants threatened to attack polling stations.", "threatened", id="threat"),
    pytest.param("Police said the cell was planning to bomb a shrine.", "planned", id="plan"),
    pytest.param("Officials fear militants could attack the convoy.", "hypothetical", id="could"),
    pytest.param("The army will launch air strikes on the hideouts.", "planned", id="future"),
]


@pytest.mark.parametrize(("text", "expected"), STATUS)
def test_status(nlp, text, expected):
    events = _events(nlp, text)
    assert [event.status for event in events] == [expected]


NO_EVENT = [
    pytest.param("Militants have carried out attacks across the region for years.", id="generic plural"),
    pytest.param("The minister spoke about the rise in terrorist attacks.", id="rise in attacks"),
    pytest.param("The cabinet approved the budget on Monday.", id="no trigger"),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_not_an_event(nlp, text):
    assert _reported(_events(nlp, text)) == []


TYPES = [
    pytest.param("A suicide bomber blew himself up at a police station, killing nine officers.", "Suicide bomb",
                 id="suicide bomb"),
    pytest.param("A suicide bomber rammed the gate and gunmen then stormed the compound, killing six guards.",
                 "Suicide bomb", id="suicide bomb with gunmen"),
    pytest.param("A roadside bomb struck an army truck, killing two soldiers.", "Remote explosive/landmine/IED",
                 id="roadside bomb"),
    pytest.param("Insurgents attacked a border post overnight, killing three soldiers.", "Armed clash",
                 id="attack on a post"),
    pytest.param("Gunmen shot dead a tailor outside his shop.", "Attack", id="unarmed victim"),
    pytest.param("Jets struck rebel hideouts in the hills, killing 14 fighters.", "Air/drone strike", id="air strike"),
    pytest.param("Unknown men kidnapped two engineers from a work site.", "Abduction/forced disappearance",
                 id="abduction"),
    pytest.param("Police arrested eleven suspects in the old city.", "Arrests", id="arrests"),
    pytest.param("Two villagers were wounded by unprovoked firing from across the border. Our troops retaliated.",
                 "Armed clash", id="the next sentence tells of a two-sided fight"),
    pytest.param("Hundreds of farmers protested outside the assembly against the new tax.", "Peaceful protest",
                 id="protest"),
]


@pytest.mark.parametrize(("text", "expected"), TYPES)
def test_sub_event_type(nlp, text, expected):
    events = _reported(_events(nlp, text))
    assert [event.sub_event_type for event in events] == [expected]


KILLED = [
    pytest.param("Insurgents ambushed a patrol, killing seven troopers, including two officers.", 7,
                 id="breakdown not added"),
    pytest.param("Gunmen stormed a checkpoint, killing five police and two civilians.", 7, id="groups summed"),
    pytest.param("One guard and four attackers were killed in the gunfight at the gate.", 5, id="attackers counted"),
    pytest.param("A car bomb exploded near the court, killing 12 people. The death toll later rose to 19.", 19,
                 id="toll update in a later sentence"),
    pytest.param("A bomb exploded near the court. No one was hurt.", 0, id="explicit none"),
    pytest.param("Raiders set fire to a checkpoint in the hills.", 0, id="no deaths mentioned"),
]


@pytest.mark.parametrize(("text", "expected"), KILLED)
def test_killed(nlp, text, expected):
    events = _reported(_events(nlp, text))
    assert [event.killed for event in events] == [expected]


def test_one_event_told_three_times_is_one_event(nlp):
    text = (
        "Seven soldiers killed in assault on hill post.\n"
        "Militants attacked a hill post on Saturday, killing seven soldiers, the army said.\n"
        "The assault began before dawn, officials said."
    )
    events = _reported(_events(nlp, text))
    assert [(event.sub_event_type, event.killed, event.date.value) for event in events] == [
        ("Armed clash", 7, "2024-05-04")
    ]


def test_separate_attack_is_a_second_event(nlp):
    text = (
        "A roadside bomb killed three soldiers on Sunday. "
        "In a separate attack, gunmen shot dead a teacher in the market."
    )
    events = _reported(_events(nlp, text))
    assert [(event.sub_event_type, event.killed) for event in events] == [
        ("Remote explosive/landmine/IED", 3),
        ("Attack", 1),
    ]


def test_later_ambush_is_a_second_event(nlp):
    text = (
        "Gunmen attacked a police post on Sunday, killing four constables. "
        "Later, militants ambushed an ambulance carrying the wounded, killing two medics."
    )
    events = _reported(_events(nlp, text))
    assert [event.killed for event in events] == [4, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Gunmen killed two guards on Sunday. Earlier this month, a blast killed five workers.",
                     [True, False], id="earlier this month"),
        pytest.param("The authorities launched a crackdown on smugglers in November last year.", [False],
                     id="dated last year"),
        pytest.param("Gunmen killed four guards on Sunday. The attack comes two weeks after a bombing killed 20 people.",
                     [True, False], id="comes weeks after"),
    ],
)
def test_background_events_are_not_core(nlp, text, expected):
    assert [event.core for event in _reported(_events(nlp, text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rockets hit a village on Saturday, killing a farmer.", "2024-05-04", id="weekday"),
        pytest.param("Rockets hit a village the previous day, killing a farmer.", "2024-05-05", id="previous day"),
        pytest.param("The defence minister said on Sunday that rockets hit a village, killing a farmer.",
                     "2024-05-06", id="time of speaking is not the event's"),
        pytest.param("The minister accused the rebels on Sunday, a day after a bomb killed six soldiers in a market.",
                     "2024-05-04", id="a day after, from the main clause"),
        pytest.param("The governor visited the town, two days after gunmen killed four farmers there.",
                     "2024-05-04", id="two days after, from publication"),
        pytest.param("Police arrested a suspect on Saturday, hours after a bomb killed two traders.",
                     "2024-05-04", id="hours after is the same day"),
    ],
)
def test_event_date(nlp, text, expected):
    events = _reported(_events(nlp, text))
    assert [event.date.value for event in events] == [expected]


def test_undated_event_takes_the_publication_day(nlp):
    event = _reported(_events(nlp, "A bomb went off in a crowded bazaar, wounding 11 people."))[0]
    assert (event.date.value, event.date.defaulted, event.date.span) == ("2024-05-06", True, None)


@pytest.mark.parametrize(
    ("text", "perpetrator", "target"),
    [
        pytest.param("Jamaat-ul-Fatah claimed responsibility for the attack on the police convoy, which killed three.",
                     "Jamaat-ul-Fatah", "police convoy", id="claim"),
        pytest.param("Unidentified gunmen opened fire on a school van, wounding four pupils.",
                     "Unidentified gunmen", "school van", id="generic attackers"),
        pytest.param("Two traders were shot dead by masked men in the bazaar.", "masked men", "traders",
                     id="passive agent"),
        pytest.param("HERAT, May 5 (Reuters) - Government warplanes bombed two villages on Sunday, killing six "
                     "people, officials said.", "Government", "villages", id="subject after dateline"),
    ],
)
def test_actors(nlp, text, perpetrator, target):
    event = _reported(_events(nlp, text))[0]
    assert (event.perpetrator.name if event.perpetrator else None, event.target.name if event.target else None) == (
        perpetrator, target)


def test_evidence_spans_are_the_surface_forms(nlp):
    text = "Militants stormed a border post, killing seven soldiers."
    event = _reported(_events(nlp, text))[0]
    spans = [event.trigger, event.perpetrator.span, *(figure.span for figure in event.casualties)]
    assert all(text[span.start:span.end] == span.text for span in spans)
    assert [figure.span.text for figure in event.casualties] == ["seven"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police claimed to have killed four robbers in a shootout.", "happened",
                     id="claim to have killed"),
        pytest.param("Militants tried to storm the jail but were repelled.", "planned", id="tried to"),
        pytest.param("The commander ordered his men to attack the checkpoint.", "hypothetical", id="ordered to"),
    ],
)
def test_infinitive_status(nlp, text, expected):
    assert [event.status for event in _events(nlp, text)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The treasury targeted nine officials with new sanctions.", id="sanctions"),
        pytest.param("The senator attacked her opponent as a fraud during the debate.", id="verbal attack"),
        pytest.param("The bank fired hundreds of employees last year.", id="fired from a job"),
        pytest.param("The prison population has exploded since the new law.", id="figurative explosion"),
        pytest.param("At a rally on Friday, the candidate promised lower taxes.", id="campaign rally"),
        pytest.param("The poll shows the two candidates in a dead heat.", id="dead heat"),
    ],
)
def test_figurative_words_are_not_events(nlp, text):
    assert _reported(_events(nlp, text)) == []


def test_since_clause_is_background(nlp):
    text = "The city has been on alert since gunmen attacked a concert hall, killing 20 people."
    assert [event.core for event in _reported(_events(nlp, text))] == [False]


def test_several_killed_is_unknown_not_zero(nlp):
    events = _reported(_events(nlp, "A bomb ripped through a bus station, and several people were killed."))
    assert [event.killed for event in events] == [None]


def test_toll_update_joins_the_event_it_names(nlp):
    text = (
        "A car bomb hit a convoy near the river crossing on Saturday, killing five guards. "
        "Hours later, gunmen ambushed a police van in the old city, killing two constables. "
        "Officials said the toll from the convoy bombing had risen to nine by Sunday."
    )
    events = _reported(_events(nlp, text))
    assert [(event.sub_event_type, event.killed, event.date.value) for event in events] == [
        ("Remote explosive/landmine/IED", 9, "2024-05-04"),
        ("Armed clash", 2, "2024-05-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two guards were killed at the depot. The incident took place late on Saturday night.",
                     "2024-05-04", id="the incident gives the date"),
        pytest.param("Troops killed four insurgents in a gunfight, the army said in a statement on Sunday. "
                     "The operation was conducted on Saturday.", "2024-05-04", id="statement date is not the event's"),
    ],
)
def test_date_from_a_later_sentence(nlp, text, expected):
    assert [event.date.value for event in _reported(_events(nlp, text))] == [expected]


def test_the_incident_alone_is_not_an_event(nlp):
    assert _reported(_events(nlp, "The incident was discussed in parliament on Monday.")) == []


def test_denied_involvement_leaves_the_attack_reported(nlp):
    text = "The group denied involvement in the bombing, which killed six guards at the gate."
    assert [(event.status, event.killed) for event in _events(nlp, text)] == [("happened", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police accused the gang of attacking a guard post, killing two guards.", "happened",
                     id="accused only"),
        pytest.param("Police accused the gang of attacking a guard post. The gang denied the charge.", "alleged",
                     id="accused and denied"),
    ],
)
def test_alleged_only_when_denied(nlp, text, expected):
    assert [event.status for event in _events(nlp, text)][:1] == [expected]


@pytest.mark.parametrize("text", ["", "   ", "!!!", "7", "killed"])
def test_odd_input_gives_no_event(nlp, text):
    assert _events(nlp, text) == []


def test_the_day_of_a_claim_is_not_the_day_of_the_attack(nlp):
    text = ("Gunmen shot dead four workers on Saturday. The group claimed responsibility on Sunday, saying the "
            "workers were targeted because they helped the army.")
    events = _reported(_events(nlp, text))
    assert [event.date.value for event in events] == ["2024-05-04"]
