"""A statement that opens its paragraph never carries the dateline in its content."""

from __future__ import annotations

import pytest

from wirecoder.extract.statements import extract_statements


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("GAROWE, Somalia - Two guards were shot dead at the port, police said.",
         "Two guards were shot dead at the port"),
        ("QUETTA, June 3 (Frontier Wire) - The road will stay closed until Friday, officials said.",
         "The road will stay closed until Friday"),
    ],
)
def test_statements_content_skips_the_dateline(nlp, text, content):
    [statement] = extract_statements(nlp(text))
    assert statement.content == content
