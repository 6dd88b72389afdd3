"""The sentence shown around a piece of evidence."""

from __future__ import annotations

import pytest

from wirecoder.store.evidence import evidence_sentences, sentence_around

TEXT = "Rain fell on Monday. Two bridges collapsed near the river! Was anyone hurt? Nobody knows.\n\nA new paragraph"


@pytest.mark.parametrize(("needle", "expected"), [
    ("Rain", "Rain fell on Monday."),
    ("bridges", "Two bridges collapsed near the river!"),
    ("hurt", "Was anyone hurt?"),
    ("Nobody", "Nobody knows."),
    ("new paragraph", "A new paragraph"),
    ("river! Was", "Two bridges collapsed near the river! Was anyone hurt?"),
])
def test_sentence_around(needle, expected):
    start = TEXT.index(needle)
    assert sentence_around(TEXT, start, start + len(needle)) == expected


def test_evidence_sentences_name_each_field():
    start = TEXT.index("bridges")
    evidence = {"trigger": {"start": start, "end": start + 7, "text": "bridges"}, "date": None,
                "casualties": [{"kind": "killed", "value": 2, "span": {"start": start - 4, "end": start - 1,
                                                                        "text": "Two"}}]}
    found = [(item.field, item.text, item.matches_article) for item in evidence_sentences(evidence, TEXT)]
    assert found == [("trigger", "bridges", True), ("casualties", "Two", True)]


def test_evidence_sentence_flags_a_span_that_no_longer_matches():
    [item] = evidence_sentences({"trigger": {"start": 0, "end": 4, "text": "Snow"}}, TEXT)
    assert not item.matches_article
