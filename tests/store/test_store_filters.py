"""Each filter of `Store.events` and `Store.statements`, over a store of three events from four articles."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.store.filters import fts_query, period_bound


@pytest.fixture
def filled(store, make_attack, make_protest, republish):
    attack = make_attack("wire-1")
    store.add(attack)
    store.add(republish(attack, id="ledger-1", outlet="Northern Ledger", url="https://ledger.example/1"))
    store.add(make_attack("wire-3", date="2025-05-20", published=dt.date(2025, 5, 21), killed=12))
    store.add(make_protest("sahel-1"))
    return store


def sources(store, **filters) -> list[list[str]]:
    return [event["sources"] for event in store.events(**filters)]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [["ledger-1", "wire-1"], ["wire-3"], ["sahel-1"]]),
    ({"country": "ng"}, [["sahel-1"]]),
    ({"admin1": "khyber pakhtunkhwa"}, [["ledger-1", "wire-1"], ["wire-3"]]),
    ({"place": "Kano"}, [["sahel-1"]]),
    ({"place": "Lakki Marwat District"}, [["ledger-1", "wire-1"], ["wire-3"]]),
    ({"since": "2025-05-01"}, [["wire-3"], ["sahel-1"]]),
    ({"until": "2025-03"}, [["ledger-1", "wire-1"]]),
    ({"since": "2025-05", "until": "2025-05"}, [["wire-3"]]),
    ({"event_type": "Protests"}, [["sahel-1"]]),
    ({"event_type": "armed clash"}, [["ledger-1", "wire-1"], ["wire-3"]]),
    ({"event_type": "  PROTESTS "}, [["sahel-1"]]),
    ({"event_type": "peaceful protest"}, [["sahel-1"]]),
    ({"event_type": "not an ACLED type"}, []),
    ({"actor": "gunmen"}, [["ledger-1", "wire-1"], ["wire-3"]]),
    ({"actor": "police officers"}, [["ledger-1", "wire-1"], ["wire-3"]]),
    ({"min_killed": 6}, [["wire-3"]]),
    ({"text": "fuel prices"}, [["sahel-1"]]),
    ({"text": "checkpoint", "min_killed": 10}, [["wire-3"]]),
    ({"limit": 1}, [["ledger-1", "wire-1"]]),
])
def test_event_filter(filled, filters, expected):
    assert sources(filled, **filters) == expected


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["wire-1", "ledger-1", "wire-3", "sahel-1"]),
    ({"speaker": "Provincial Governor"}, ["wire-1", "ledger-1", "wire-3"]),
    ({"target": "attackers"}, ["wire-1", "ledger-1", "wire-3"]),
    ({"act": "threaten"}, ["wire-1", "ledger-1", "wire-3"]),
    ({"since": "2025-06-01"}, ["sahel-1"]),
    ({"until": "2025-03-31"}, ["wire-1", "ledger-1"]),
    ({"text": "peaceful"}, ["sahel-1"]),
    ({"limit": 2}, ["wire-1", "ledger-1"]),
])
def test_statement_filter(filled, filters, expected):
    assert [statement["article_id"] for statement in filled.statements(**filters)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("fuel prices", '"fuel" "prices"'),
    ('NEAR(a b) OR "x', '"NEAR" "a" "b" "OR" "x"'),
    ("Kābul*", '"Kābul"'),
])
def test_fts_query_makes_operators_plain_words(text, expected):
    assert fts_query(text) == expected


def test_fts_query_without_words_is_an_error():
    with pytest.raises(ValueError, match="no words"):
        fts_query("*** ---")


@pytest.mark.parametrize(("value", "start", "expected"), [
    ("2025-03", True, "2025-03-01"),
    ("2025-03", False, "2025-03-31"),
    ("2024", False, "2024-12-31"),
    (dt.date(2025, 1, 2), True, "2025-01-02"),
])
def test_period_bound(value, start, expected):
    assert period_bound(value, start=start) == expected


def test_period_bound_rejects_a_non_date():
    with pytest.raises(ValueError, match="not a date"):
        period_bound("last week", start=True)
