"""resolve_expression: each construction normalised against the publication date (or a reference date)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.resolve.time import resolve_expression

MONDAY = dt.date(2024, 3, 18)
SATURDAY = dt.date(2024, 3, 16)
SUNDAY = dt.date(2024, 3, 17)
THURSDAY = dt.date(2024, 3, 21)


@pytest.mark.parametrize(("expression", "anchor", "expected_value", "expected_precision"), [
    # weekdays: the last one on or before publication; the publication day itself when it matches
    ("Saturday", MONDAY, "2024-03-16", "day"),
    ("on Saturday", MONDAY, "2024-03-16", "day"),
    ("Saturday", SATURDAY, "2024-03-16", "day"),
    ("Monday", MONDAY, "2024-03-18", "day"),
    ("Tuesday", MONDAY, "2024-03-12", "day"),
    ("last Saturday", SATURDAY, "2024-03-09", "day"),
    ("last Friday", MONDAY, "2024-03-15", "day"),
    ("next Saturday", MONDAY, "2024-03-23", "day"),
    ("next Monday", MONDAY, "2024-03-25", "day"),
    ("this Saturday", MONDAY, "2024-03-23", "day"),
    ("this coming Friday", THURSDAY, "2024-03-22", "day"),
    ("Tuesday night", MONDAY, "2024-03-12", "day"),
    ("Tuesday morning", MONDAY, "2024-03-12", "day"),
    ("Sunday evening", MONDAY, "2024-03-17", "day"),
    ("late Sunday night", MONDAY, "2024-03-17", "day"),
    ("early Monday", MONDAY, "2024-03-18", "day"),
    # days named from publication
    ("today", MONDAY, "2024-03-18", "day"),
    ("tonight", MONDAY, "2024-03-18", "day"),
    ("this morning", MONDAY, "2024-03-18", "day"),
    ("yesterday", MONDAY, "2024-03-17", "day"),
    ("yesterday afternoon", MONDAY, "2024-03-17", "day"),
    ("last night", MONDAY, "2024-03-17", "day"),
    ("tomorrow", MONDAY, "2024-03-19", "day"),
    ("the day before yesterday", MONDAY, "2024-03-16", "day"),
    # anaphoric days, without a reference: from publication
    ("the previous day", MONDAY, "2024-03-17", "day"),
    ("a day earlier", MONDAY, "2024-03-17", "day"),
    ("the day before", MONDAY, "2024-03-17", "day"),
    ("the following day", MONDAY, "2024-03-19", "day"),
    ("the next day", MONDAY, "2024-03-19", "day"),
    ("a day later", MONDAY, "2024-03-19", "day"),
    ("that day", MONDAY, "2024-03-18", "day"),
    ("the same day", MONDAY, "2024-03-18", "day"),
    ("earlier that day", MONDAY, "2024-03-18", "day"),
    ("later in the day", MONDAY, "2024-03-18", "day"),
    # counted back or ahead
    ("two days ago", MONDAY, "2024-03-16", "day"),
    ("3 days ago", MONDAY, "2024-03-15", "day"),
    ("about two weeks ago", MONDAY, "2024-03", "month"),
    ("three months ago", MONDAY, "2023-12", "month"),
    ("two years ago", MONDAY, "2022", "year"),
    ("a year ago", MONDAY, "2023", "year"),
    ("nearly a decade ago", MONDAY, "2014", "year"),
    ("five days from now", MONDAY, "2024-03-23", "day"),
    # weeks: the month holding most of the week's days
    ("last week", MONDAY, "2024-03", "month"),
    ("this week", MONDAY, "2024-03", "month"),
    ("earlier this week", MONDAY, "2024-03", "month"),
    ("next week", MONDAY, "2024-03", "month"),
    ("the past week", MONDAY, "2024-03", "month"),
    ("last week", dt.date(2024, 4, 2), "2024-03", "month"),  # 25 to 31 March
    ("last week", dt.date(2024, 2, 5), "2024-02", "month"),  # 29 January to 4 February: four days in February
    # weekends: the Saturday
    ("the weekend", MONDAY, "2024-03-16", "day"),
    ("over the weekend", SUNDAY, "2024-03-16", "day"),
    ("the weekend", SATURDAY, "2024-03-16", "day"),
    ("last weekend", MONDAY, "2024-03-16", "day"),
    ("this weekend", THURSDAY, "2024-03-23", "day"),
    ("next weekend", MONDAY, "2024-03-30", "day"),
    ("this past weekend", MONDAY, "2024-03-16", "day"),
    # months
    ("earlier this month", MONDAY, "2024-03", "month"),
    ("later this month", MONDAY, "2024-03", "month"),
    ("last month", MONDAY, "2024-02", "month"),
    ("last month", dt.date(2024, 1, 10), "2023-12", "month"),
    ("next month", MONDAY, "2024-04", "month"),
    ("the end of this month", MONDAY, "2024-03", "month"),
    # years
    ("this year", MONDAY, "2024", "year"),
    ("earlier this year", MONDAY, "2024", "year"),
    ("last year", MONDAY, "2023", "year"),
    ("next year", MONDAY, "2025", "year"),
    ("the end of last year", MONDAY, "2023", "year"),
    ("this fiscal year", MONDAY, "2024", "year"),
    ("in 2023", MONDAY, "2023", "year"),
    ("early 2011", MONDAY, "2011", "year"),
    ("the year 2000", MONDAY, "2000", "year"),
    # days of a month
    ("on March 5", MONDAY, "2024-03-05", "day"),
    ("March 5, 2024", MONDAY, "2024-03-05", "day"),
    ("March 5 2024", MONDAY, "2024-03-05", "day"),
    ("5 March", MONDAY, "2024-03-05", "day"),
    ("5 March 2023", MONDAY, "2023-03-05", "day"),
    ("the 4th of July", MONDAY, "2023-07-04", "day"),
    ("Tuesday, March 5, 2024", MONDAY, "2024-03-05", "day"),
    ("Sept. 28", MONDAY, "2023-09-28", "day"),
    ("Dec. 28", dt.date(2024, 1, 10), "2023-12-28", "day"),
    ("Jan 3", dt.date(2023, 12, 20), "2024-01-03", "day"),  # a date just ahead of publication
    ("April 7", MONDAY, "2024-04-07", "day"),
    ("June 1st", MONDAY, "2024-06-01", "day"),
    # months named without a day
    ("in November last year", MONDAY, "2023-11", "month"),
    ("November last year", MONDAY, "2023-11", "month"),
    ("in November", MONDAY, "2023-11", "month"),
    ("November 2023", MONDAY, "2023-11", "month"),
    ("March of 2021", MONDAY, "2021-03", "month"),
    ("last May", MONDAY, "2023-05", "month"),
    ("next May", MONDAY, "2024-05", "month"),
    ("this May", MONDAY, "2024-05", "month"),
    ("in June", MONDAY, "2024-06", "month"),  # up to three months ahead: this year
    ("in July", MONDAY, "2023-07", "month"),  # further ahead: last year
    ("early December", MONDAY, "2023-12", "month"),
    ("mid-March", MONDAY, "2024-03", "month"),
    ("late last July", MONDAY, "2023-07", "month"),
    ("the end of August", MONDAY, "2023-08", "month"),
    # written dates
    ("on 2024-03-16", MONDAY, "2024-03-16", "day"),
    ("03/16/2024", MONDAY, "2024-03-16", "day"),
    ("3/5/2024", MONDAY, "2024-03-05", "day"),
    ("16/03/2024", MONDAY, "2024-03-16", "day"),  # 16 cannot be a month
    ("16.03.2024", MONDAY, "2024-03-16", "day"),
    ("9/17/16", MONDAY, "2016-09-17", "day"),
    # seasons, quarters, the present
    ("last summer", MONDAY, "2023", "year"),
    ("this summer", MONDAY, "2024", "year"),
    ("the summer of 2010", MONDAY, "2010", "year"),
    ("the third quarter", dt.date(2024, 10, 20), "2024", "year"),
    ("the fourth quarter", MONDAY, "2023", "year"),
    ("now", MONDAY, "2024-03-18", "day"),
    ("currently", MONDAY, "2024-03-18", "day"),
])
def test_time_resolve_expression_value_and_precision(expression, anchor, expected_value, expected_precision):
    resolved = resolve_expression(expression, anchor)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (expected_value, expected_precision)


@pytest.mark.parametrize("expression", [
    "recently", "in recent weeks", "the 1990s", "the mid-1990s", "the 20th century", "a few days ago",
    "several years ago", "the future",
])
def test_time_resolve_expression_vague_gives_no_date(expression):
    assert resolve_expression(expression, MONDAY) is None


@pytest.mark.parametrize("expression", ["", "the meeting", "a march on the capital", "2000 people", "quarterly"])
def test_time_resolve_expression_not_a_time(expression):
    assert resolve_expression(expression, MONDAY) is None


@pytest.mark.parametrize("expression", [
    "Saturday", "yesterday", "last week", "in November", "on March 5", "two days ago", "the weekend",
    "the previous day", "this year", "now",
])
def test_time_resolve_expression_relative_without_anchor_is_none(expression):
    assert resolve_expression(expression, None) is None


@pytest.mark.parametrize(("expression", "expected_value"), [
    ("March 5, 2024", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    ("in 2023", "2023"),
    ("on 2024-03-16", "2024-03-16"),
    ("03/16/2024", "2024-03-16"),
    ("November 2023", "2023-11"),
])
def test_time_resolve_expression_absolute_without_anchor(expression, expected_value):
    resolved = resolve_expression(expression, None)
    assert resolved is not None and resolved.value == expected_value


@pytest.mark.parametrize(("expression", "expected_value"), [
    ("the previous day", "2024-03-09"),
    ("a day earlier", "2024-03-09"),
    ("the day before", "2024-03-09"),
    ("the next day", "2024-03-11"),
    ("two days later", "2024-03-12"),
    ("that day", "2024-03-10"),
    ("three days earlier", "2024-03-07"),
    ("yesterday", "2024-03-17"),  # deictic: still from publication
])
def test_time_resolve_expression_counts_from_reference(expression, expected_value):
    resolved = resolve_expression(expression, MONDAY, reference=dt.date(2024, 3, 10))
    assert resolved is not None and resolved.value == expected_value


def test_time_resolve_expression_span_indexes_the_expression():
    resolved = resolve_expression("on Saturday night", MONDAY)
    assert resolved is not None and resolved.span is not None
    assert (resolved.span.start, resolved.span.end, resolved.span.text) == (3, 17, "Saturday night")


@pytest.mark.parametrize(("expression", "anchor", "expected"), [
    ("yesterday", dt.datetime(2024, 3, 18, 23, 30), "2024-03-17"),  # a datetime anchor counts as its day
    ("yesterday", dt.date.min, None),  # before the calendar starts: no date, no crash
    (None, MONDAY, None),
])
def test_time_resolve_expression_odd_input(expression, anchor, expected):
    resolved = resolve_expression(expression, anchor)
    assert (resolved.value if resolved else None) == expected
