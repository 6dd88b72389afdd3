"""Paragraph breaks end sentences before the parser runs; wrapped lines, introducing colons and the full stops of
abbreviated titles do not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param('"We will rebuild," the mayor wrote.\nHours later, troops clashed with rebels.', 2,
                     id="line break after a sentence's end"),
        pytest.param("Headline without a full stop\n\nThe council met on Monday.", 2, id="blank line"),
        pytest.param("The army said it\nkilled three militants.", 1, id="line wrapped in mid-sentence"),
        pytest.param('The coach added:\n\n"We trained hard all week."', 1, id="colon introducing a paragraph"),
        pytest.param("The convoy was hit, according to Brig. Gen. Saad Malik, a spokesman.", 1,
                     id="abbreviated titles"),
    ],
)
def test_paragraph_breaks(nlp, text, sentences):
    assert len([sentence for sentence in nlp(text).sents if sentence.text.strip()]) == sentences
