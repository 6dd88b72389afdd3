"""Quotation-mark scanning on plain strings: curly and straight marks, runs over paragraphs, stray marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.extract.quotes import QuoteIndex, find_quotations


def _quoted(text: str) -> list[list[str]]:
    return [[text[piece.start:piece.end] for piece in quote.pieces] for quote in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said, \u201cWe will rebuild the school.\u201d", [["We will rebuild the school."]]),
        ('She said "no deal" twice.', [["no deal"]]),
        ("He called it ''a sham'' again.", [["a sham"]]),
        ("The voters\u2019 mood was \u2018grim\u2019, he said.", [["grim"]]),
        ("They don't know and won't say.", []),
        ("\u201cWe are ready,\u201d he said, \u201cto talk.\u201d", [["We are ready,"], ["to talk."]]),
    ],
    ids=["curly", "straight", "doubled-apostrophes", "single-curly-with-apostrophe", "apostrophes-only", "two"],
)
def test_quotes_find_quotations_in_one_paragraph(text, expected):
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cThe first part\n\u201cThe second part.\u201d\nPlain text.", [["The first part", "The second part."]]),
        ('"Opened here\n"and reopened."', [["Opened here", "and reopened."]]),
        ("\u201cLeft open\nNot reopened here.", [["Left open"]]),
    ],
    ids=["curly-run", "straight-run", "unmatched-closes-at-paragraph-end"],
)
def test_quotes_runs_over_paragraphs_only_when_reopened(text, expected):
    assert _quoted(text) == expected


def test_quotes_curly_marks_nest_inside_a_typewriter_block():
    text = '"He told me \u201cnever\u201d and left," she said.'
    assert _quoted(text) == [["He told me \u201cnever\u201d and left,"]]


def test_quotes_typewriter_mark_closes_a_curly_quotation_without_curly_closer():
    text = '\u201cWe cooperate fully," the chairman said, adding it was "routine."'
    assert _quoted(text) == [["We cooperate fully,"], ["routine."]]


@pytest.mark.parametrize("text", ['"', "\u201d\u201c", "'''", "\u201c\n\u201c\n", "a \u2019 b \u2018", ""])
def test_quotes_never_fail_on_stray_marks(text):
    find_quotations(text)


def test_quotes_index_reports_covering_quotation_and_quoted_share():
    text = "He said \u201cyes indeed\u201d and left."
    index = QuoteIndex(find_quotations(text))
    inside = text.index("yes")
    assert index.covering(inside) == 0
    assert index.covering(0) is None
    assert index.quoted_share(text, 0, len(text)) == (9, 22)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .,\n"\'`\u201c\u201d\u2018\u2019\u00ab\u00bb')), max_size=80))
def test_quotes_pieces_are_ordered_and_inside_the_text(text):
    pieces = [piece for quote in find_quotations(text) for piece in quote.pieces]
    assert all(0 <= piece.start < piece.end <= len(text) for piece in pieces)
    assert all(earlier.end <= later.start for earlier, later in zip(pieces, pieces[1:]))
