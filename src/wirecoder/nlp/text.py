"""The text of a parsed article, read once: spaCy's `Doc.text` rebuilds the whole string on every access."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "wirecoder.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built on the first call and kept in the doc's `user_data` after that."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
