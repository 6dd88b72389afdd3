"""What is asked of a parsed article again and again, computed once and kept on the doc: its text (`Doc.text`
rebuilds the whole string on every access) and each token's sentence."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "wirecoder.text"
_SENTENCES_KEY = "wirecoder.sentences"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built on the first call and kept in the doc's `user_data` after that."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentence_starts(doc: Doc) -> list[int]:
    """For each token, the index of its sentence's first token (`token.sent` walks the doc on every call)."""
    return _sentence_table(doc)[0]


def sentence_numbers(doc: Doc) -> list[int]:
    """For each token, the number of its sentence in the doc (0 for the first)."""
    return _sentence_table(doc)[1]


def _sentence_table(doc: Doc) -> tuple[list[int], list[int]]:
    table = doc.user_data.get(_SENTENCES_KEY)
    if table is None:
        starts, numbers = [0] * len(doc), [0] * len(doc)
        for number, sentence in enumerate(doc.sents):
            starts[sentence.start:sentence.end] = [sentence.start] * len(sentence)
            numbers[sentence.start:sentence.end] = [number] * len(sentence)
        table = doc.user_data[_SENTENCES_KEY] = (starts, numbers)
    return table
