"""Field comparisons behind merge decisions: dates, places, event types, tolls."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.merge.dates import compare_dates, parse_date_span
from wirecoder.merge.fields import compare_killed, compare_perpetrators, compare_types, compare_victims
from wirecoder.merge.places import compare_places, haversine_km, names_match, place_view


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-16", (dt.date(2024, 3, 16), dt.date(2024, 3, 16), "day")),
    ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month")),
    ("2023", (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")),
    ("2024-02-30", None),
    ("16 March 2024", None),
    (None, None),
])
def test_merge_dates_parse_span(text, expected):
    span = parse_date_span(text)
    assert (None if span is None else (span.first, span.last, span.precision)) == expected


@pytest.mark.parametrize(("first", "second", "score", "veto"), [
    ("2024-03-16", "2024-03-16", 2.0, False),
    ("2024-03-16", "2024-03-17", 1.0, False),
    ("2024-03-16", "2024-03-18", 0.0, True),
    ("2024-03", "2024-03-31", 0.5, False),
    ("2024-03", "2024-04-01", 0.5, False),
    ("2024-03", "2024-05-02", 0.0, True),
])
def test_merge_dates_compare(first, second, score, veto):
    verdict = compare_dates(parse_date_span(first), parse_date_span(second))
    assert (verdict.score, verdict.veto) == (score, veto)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Bannu District", "bannu", True),
    ("D.I. Khan", "Dera Ismail Khan", True),
    ("Bajaur", "Bajour", True),
    ("Tehsil Mir Ali", "Mir Ali", True),
    ("North Waziristan", "South Waziristan", False),
    ("Jamrud", "Landi Kotal", False),
    ("Karak", "Karachi", False),
    (None, "Bannu", False),
])
def test_merge_places_names_match(first, second, expected):
    assert names_match(first, second) is expected


def test_merge_places_haversine_one_degree_of_latitude():
    assert haversine_km(30.0, 70.0, 31.0, 70.0) == pytest.approx(111.2, abs=0.2)


def _view(location=None, admin2=None, admin1="Khyber Pakhtunkhwa", lat=None, lon=None, level=None):
    return place_view("PK", admin1, admin2, location, lat, lon, level)


@pytest.mark.parametrize(("first", "second", "score", "veto"), [
    (_view("Wana", "South Waziristan"), _view("Wana", "South Waziristan"), 3.0, False),
    (_view("Wana", "South Waziristan"), _view("South Waziristan", "South Waziristan"), 2.0, False),
    (_view("Wana", None, lat=32.3, lon=69.57), _view("South Waziristan", level="admin2", lat=32.3, lon=69.8),
     1.5, False),
    (_view("Wana", None, lat=32.3, lon=69.57), _view("Bannu", level="admin2", lat=32.99, lon=70.6), 0.0, True),
    (_view("Wana", "South Waziristan"), _view("Bannu", "Bannu", level="admin2"), 0.0, True),
    (_view(admin2="Bannu"), _view(admin2="Bannu District"), 2.0, False),
    (_view("Wana", "South Waziristan"), _view(), 0.5, False),
    (_view("Wana", "South Waziristan"), _view("Quetta", "Quetta", admin1="Balochistan"), 0.0, True),
    (_view("Wana"), place_view("PK", None, None, None, None, None, None), 0.0, False),
    (_view("Karachi Airport", "Karachi", "Sindh", 24.9065, 67.1608),
     _view("Karachi", "Karachi", "Sindh", 24.86, 67.01, level="location"), 1.5, False),
    (_view("Karachi Airport", "Karachi", "Sindh"), _view("Karachi", "Karachi", "Sindh"), 2.0, False),
    (_view("Upper Dir"), _view("Lower Dir"), 0.0, True),
    (_view("Mir Ali Bazaar", lat=32.97, lon=70.27), _view("Mir Ali", lat=34.0, lon=71.5), 0.0, True),
])
def test_merge_places_compare_levels(first, second, score, veto):
    verdict = compare_places(first, second)
    assert (verdict.score, verdict.veto) == (score, veto), verdict.reason


@pytest.mark.parametrize(("first", "second", "score", "veto"), [
    (("Battles", "Armed clash"), ("Battles", "Armed clash"), 2.0, False),
    (("Explosions/Remote violence", "Suicide bomb"), ("Explosions/Remote violence", "Grenade"), 1.0, False),
    (("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Grenade"), -2.0, False),
    (("Battles", "Armed clash"), ("Explosions/Remote violence", "Suicide bomb"), 0.0, False),
    (("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
     0.0, False),
    (("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Air/drone strike"), -2.0, False),
    (("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"), 0.0, False),
    (("Riots", "Mob violence"), ("Violence against civilians", "Attack"), 0.0, False),
    (("Protests", "Peaceful protest"), ("Explosions/Remote violence", "Grenade"), 0.0, True),
    (("Strategic developments", "Arrests"), ("Strategic developments", "Looting/property destruction"), 0.0, True),
])
def test_merge_fields_compare_types(first, second, score, veto):
    verdict = compare_types(*first, *second)
    assert (verdict.score, verdict.veto) == (score, veto)


@pytest.mark.parametrize(("first", "second", "second_is_later", "score"), [
    (7, 7, None, 2.0),
    (0, 0, None, 0.5),
    (None, 7, None, 0.0),
    (0, 7, None, 0.0),
    (10, 12, None, 1.0),
    (4, 11, True, 0.5),
    (11, 4, False, 0.5),
    (4, 11, False, -2.0),
    (4, 11, None, -2.0),
])
def test_merge_fields_compare_killed(first, second, second_is_later, score):
    assert compare_killed(first, second, second_is_later=second_is_later).score == score


@pytest.mark.parametrize(("first", "second", "score"), [
    ("TTP", "Tehrik-i-Taliban Pakistan", 0.5),
    ("TTP", "BLA", -3.0),
    ("militants", "TTP", 0.0),
    (None, "TTP", 0.0),
])
def test_merge_fields_compare_perpetrators(first, second, score):
    assert compare_perpetrators(first, second).score == score


@pytest.mark.parametrize(("first", "second", "small_tolls", "score", "veto"), [
    (("Violence against civilians", "shopkeeper"), ("Violence against civilians", "police constable"), True, 0.0, True),
    (("Violence against civilians", None), ("Explosions/Remote violence", "police mobile"), False, -3.0, False),
    (("Explosions/Remote violence", "villagers"), ("Battles", "soldiers"), False, -3.0, False),
    (("Explosions/Remote violence", "soldiers"), ("Battles", "army post"), True, 0.0, False),
    (("Violence against civilians", "restaurant"), ("Explosions/Remote violence", "restaurant"), True, 0.0, False),
])
def test_merge_fields_compare_victims(first, second, small_tolls, score, veto):
    verdict = compare_victims(*first, *second, small_tolls=small_tolls)
    assert (verdict.score, verdict.veto) == (score, veto)


@pytest.mark.parametrize(("first", "second", "score"), [
    ("Pakistan Air Force", "Pakistani military", 0.0),
    ("Pakistan Air Force", "Indian Army", -3.0),
    ("ISKP", "Islamic State", 0.5),
])
def test_merge_fields_compare_state_and_family_perpetrators(first, second, score):
    assert compare_perpetrators(first, second).score == score
