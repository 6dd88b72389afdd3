"""find_time_expressions: spans, text order, sentence tense and references, on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.resolve.time import find_time_expressions

MONDAY = dt.date(2024, 3, 18)


def found(text: str, anchor: dt.date | None = MONDAY) -> list[tuple[str, str | None]]:
    """(span text, date value) of every mention, checking each span against the text."""
    mentions = find_time_expressions(text, anchor)
    for mention in mentions:
        assert text[mention.span.start:mention.span.end] == mention.span.text
        if mention.date is not None:
            assert mention.date.span == mention.span
    return [(mention.span.text, mention.date.value if mention.date else None) for mention in mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen raided a checkpoint on Saturday night, officials said on Sunday.",
     [("Saturday night", "2024-03-16"), ("Sunday", "2024-03-17")]),
    ("Two guards died on Sunday. The previous day, a convoy was ambushed near the border.",
     [("Sunday", "2024-03-17"), ("The previous day", "2024-03-16")]),
    # "The following day" counts from the raid, not from the day the officials spoke.
    ("Gunmen raided a post on Friday night, officials said on Sunday. The following day, troops hit back.",
     [("Friday night", "2024-03-15"), ("Sunday", "2024-03-17"), ("The following day", "2024-03-16")]),
    ("The river flooded on March 5, 2024 and again two days ago.",
     [("March 5, 2024", "2024-03-05"), ("two days ago", "2024-03-16")]),
    ("Traders reported losses over the weekend.", [("the weekend", "2024-03-16")]),
    ("On Tuesday, March 5, 2024, a bridge collapsed.", [("Tuesday, March 5, 2024", "2024-03-05")]),
    ("The council met last week and will meet again next month.",
     [("last week", "2024-03"), ("next month", "2024-04")]),
    ("Rebels took the town in November last year, and lost it in 2023.",
     [("November last year", "2023-11"), ("2023", "2023")]),
    ("On March 7 last year, gunmen seized 130 pupils.", [("March 7 last year", "2023-03-07")]),
    ("A blast on 2024-03-16 (reported as 03/16/2024) shook the market.",
     [("2024-03-16", "2024-03-16"), ("03/16/2024", "2024-03-16")]),
    ("Earlier this month the mayor resigned; yesterday her deputy followed.",
     [("Earlier this month", "2024-03"), ("yesterday", "2024-03-17")]),
])
def test_time_find_spans_and_values(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks will resume on Thursday.", [("Thursday", "2024-03-21")]),
    ("The talks resumed on Thursday.", [("Thursday", "2024-03-14")]),
    ("The ministry said on Thursday that talks would resume.", [("Thursday", "2024-03-14")]),
    ("Voters are expected to go to the polls on Saturday.", [("Saturday", "2024-03-23")]),
])
def test_time_find_weekday_follows_sentence_tense(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The depot was attacked in November.", [("November", "2023-11")]),
    ("Elections will be held in November.", [("November", "2024-11")]),
    ("The depot was looted on November 3.", [("November 3", "2023-11-03")]),
])
def test_time_find_month_follows_sentence_tense(text, expected):
    assert found(text, dt.date(2024, 10, 10)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They may march on the capital.", []),
    ("More than 2000 people fled the fighting.", []),
    ("The army said the operation would last.", []),
    ("Witnesses heard a loud blast and saw smoke.", []),
    ("The fall of the city was swift.", []),
    ("Crowds gathered in May to protest.", [("May", "2023-05")]),
    ("Crowds plan to gather in May.", [("May", "2024-05")]),
    ("", []),
])
def test_time_find_ignores_lookalikes(text, expected):
    assert found(text) == expected


def test_time_find_anaphor_counts_from_the_last_day_named():
    text = "The strike hit a village on March 10. A day earlier, leaflets had warned residents."
    assert found(text) == [("March 10", "2024-03-10"), ("A day earlier", "2024-03-09")]


def test_time_find_anaphor_without_earlier_day_counts_from_anchor():
    assert found("The day before, the road was closed.") == [("The day before", "2024-03-17")]


def test_time_find_kinds_of_vague_and_present_mentions():
    mentions = find_time_expressions("Police are now questioning a man who recently returned.", MONDAY)
    assert [(m.span.text, m.kind, m.date.value if m.date else None) for m in mentions] == [
        ("now", "present", "2024-03-18"), ("recently", "unresolved", None)]


def test_time_find_without_anchor_keeps_relative_mentions_undated():
    assert found("The siege began on Saturday, a year after the March 5, 2023 raid.", None) == [
        ("Saturday", None), ("March 5, 2023", "2023-03-05")]


def test_time_find_mentions_are_in_text_order_and_disjoint():
    text = "Last year, on 5 March, and again last month and on Friday, the plant shut; it reopens next Monday."
    mentions = find_time_expressions(text, MONDAY)
    starts = [mention.span.start for mention in mentions]
    assert starts == sorted(starts)
    assert all(first.span.end <= second.span.start for first, second in zip(mentions, mentions[1:]))
    assert [m.span.text for m in mentions] == ["Last year", "5 March", "last month", "Friday", "next Monday"]
