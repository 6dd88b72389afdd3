"""Rules found on the example articles, each checked on invented sentences: dateline and hospital places, actor
spans that are instruments, speakers or datelines, raids that are arrests, a toll read twice, a month day."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.extract.casualties import best_count, find_figure_groups
from wirecoder.extract.event_types import remote_violence_type
from wirecoder.extract.events import extract_events
from wirecoder.models import Article, Event
from wirecoder.nlp.datelines import dateline_bounds
from wirecoder.resolve.places import Geoparser

PUBLISHED = dt.date(2024, 5, 6)  # a Monday


@pytest.fixture(scope="module")
def geoparser():
    return Geoparser.load()


def _reported(nlp, text: str, geoparser: Geoparser | None = None) -> list[Event]:
    article = Article(id="test", text=text, published=PUBLISHED)
    doc = nlp(text)
    places = geoparser.find(doc, article) if geoparser is not None else []
    events = extract_events(doc, article=article, places=places, statements=[])
    return [event for event in events if event.status == "happened"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("LAHORE - Two policemen were killed when a bomb exploded near a market in Turbat on Sunday.",
                     "Turbat", id="hyphen dateline"),
        pytest.param("KARACHI: A landmine killed three soldiers on patrol in Kech district on Sunday.",
                     "Kech", id="colon dateline"),
        pytest.param("PESHAWAR - A bomb killed three soldiers on Sunday near the town of Mardan in the north, "
                     "officials said.", "Mardan", id="near the town of"),
        pytest.param("A bomb killed two soldiers in Kech district on Sunday. The wounded were taken to a hospital"
                     " in Quetta.", "Kech", id="hospital is not the event place"),
    ],
)
def test_event_place_is_not_the_dateline_or_the_hospital(nlp, geoparser, text, expected):
    event = _reported(nlp, text, geoparser)[0]
    assert event.location is not None and expected in event.location.span.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The mine was detonated by remote control as the truck passed, killing two drivers.", None,
                     id="instrument is no perpetrator"),
        pytest.param("The provincial home minister Ali Raza condemned the blast that killed four workers.", None,
                     id="speaker is no perpetrator"),
        pytest.param("QUETTA, Pakistan - Gunmen shot dead two shopkeepers on Sunday.", "Gunmen",
                     id="dateline stripped from the actor"),
        pytest.param("Militants carried out an attack on a checkpoint, killing two policemen.", "Militants",
                     id="agent of carried out"),
        pytest.param("Suspected members of the Abu Sayyaf ambushed a patrol, killing two soldiers.",
                     "Abu Sayyaf", id="members of a named group"),
        pytest.param("Two children were killed when shells fired by the rebel militia hit a market.",
                     "rebel militia", id="agent of the weapon"),
    ],
)
def test_perpetrator(nlp, text, expected):
    event = _reported(nlp, text)[0]
    assert (event.perpetrator.name if event.perpetrator else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police arrested four suspects and seized explosives and detonators in raids in the city.",
                     "Arrests", id="raid of arrests"),
        pytest.param("Troops raided a compound and killed three militants.", "Armed clash", id="deadly raid"),
    ],
)
def test_raids_with_arrests_are_arrests(nlp, text, expected):
    assert _reported(nlp, text)[0].sub_event_type == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Roadside mine kills two police officers near Turbat\nTURBAT, Pakistan - Two police officers "
                     "were killed when a mine exploded under their van on Sunday.", 2, id="headline and body"),
        pytest.param("QUETTA, May 5 (Hill Wire) - Three labourers were killed in a blast on Sunday.", 3,
                     id="day of the month in the dateline"),
    ],
)
def test_toll_is_not_counted_twice(nlp, text, expected):
    assert _reported(nlp, text)[0].killed == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested six suspects and seized rifles from them.", None),
        ("Gunmen abducted six travellers from a bus.", 6),
    ],
)
def test_arrested_people_are_not_also_abducted(text, expected):
    assert best_count(find_figure_groups(text), "abducted") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said the bombers had slipped across the border before the bomb went off.",
         "Remote explosive/landmine/IED"),
        ("Jet bombers struck hideouts in the valley.", "Air/drone strike"),
    ],
)
def test_bombers_alone_are_not_aircraft(text, expected):
    assert remote_violence_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUETTA - Two men died.", "Two men died."),
        ("Blast in city\nQUETTA, May 5 (Hill Wire) - Two men died.", "Two men died."),
        ("GWADAR: Two men died.", "Two men died."),
        ("Two men died - police said.", "Two men died - police said."),
    ],
)
def test_dateline_bounds(text, expected):
    assert text[dateline_bounds(text)[1]:] == expected
