"""What is asked of a parsed article again and again, computed once and kept on the doc: its text (`Doc.text`
rebuilds the whole string on every access) and each token's sentence."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "wirecoder.text"
_SENTENCE_STARTS_KEY = "wirecoder.sentence_starts"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built on the first call and kept in the doc's `user_data` after that."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentence_starts(doc: Doc) -> list[int]:
    """For each token, the index of its sentence's first token (`token.sent` walks the doc on every call)."""
    starts = doc.user_data.get(_SENTENCE_STARTS_KEY)
    if starts is None:
        starts = [0] * len(doc)
        for sentence in doc.sents:
            starts[sentence.start:sentence.end] = [sentence.start] * len(sentence)
        doc.user_data[_SENTENCE_STARTS_KEY] = starts
    return starts
