"""Datelines are recognised at the start of a paragraph only."""

from __future__ import annotations

import pytest

from wirecoder.nlp.datelines import dateline_bounds, dateline_end, dateline_places


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("KADUNA, Nigeria - Gunmen abducted 23 people.", "Gunmen abducted 23 people."),
        ("PESHAWAR, March 7 (Indus Wire) - Four soldiers died.", "Four soldiers died."),
        ("MOGADISHU (Coast Wire) \u2014 A bomb exploded.", "A bomb exploded."),
        ("DERA ISMAIL KHAN, PAKISTAN \u2014 Police said.", "Police said."),
        ("Police said - in a statement - that.", "Police said - in a statement - that."),
        ("UN officials - and others - said.", "UN officials - and others - said."),
    ],
)
def test_dateline_end_skips_the_dateline(text, rest):
    assert text[dateline_end(text, 0):] == rest


def test_dateline_end_only_at_a_paragraph_start():
    text = "Intro. KABUL - Something."
    assert dateline_end(text, 7) == 7


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("NAIROBI - Five police officers died.", "NAIROBI - "),
        ("Headline here\nMIR ALI: Four soldiers died.", "MIR ALI: "),
        ("Four soldiers died - officials said.", ""),
        ("Nagpur, Mar 3 (PTI) Police arrested two men.", "Nagpur, Mar 3 (PTI) "),
        ("Council cuts its budget. SPRINGVALE, Ohio (AP) — The council voted.", "SPRINGVALE, Ohio (AP) — "),
        ("He spoke. NATO officials said - in Brussels - that.", ""),
        ("Erbil, Iraq (Reuters) - A drone struck a car.", "Erbil, Iraq (Reuters) - "),
        ("Goma, DR Congo, Aug 27 (Reuters) - Rebels shelled the town.", "Goma, DR Congo, Aug 27 (Reuters) - "),
        ("He said. Police in Beirut (AFP) - said.", ""),
    ],
)
def test_dateline_bounds_of_the_story(text, dateline):
    start, end = dateline_bounds(text)
    assert text[start:end] == dateline


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("DERA ISMAIL KHAN, Pakistan \u2014 Police said.", ["DERA ISMAIL KHAN", "Pakistan"]),
        ("KANO, March 7 (Coast Wire) - A bomb.", ["KANO"]),
        ("Nagpur, Mar 3 (PTI) Police arrested two men.", ["Nagpur"]),
        ("Medellín, Aug 2 (EFE) Police arrested two men.", ["Medellín"]),
        ("Four soldiers died - officials said.", []),
    ],
)
def test_dateline_places(text, places):
    assert [text[start:end] for start, end in dateline_places(text)] == places
