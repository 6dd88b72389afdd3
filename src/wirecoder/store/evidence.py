"""Evidence for a reader: the sentence around each evidence span of a stored report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)
class EvidenceSentence:
    """One field's evidence: the span as stored and the sentence of the article it sits in."""

    field: str
    start: int
    end: int
    text: str
    sentence: str
    matches_article: bool  # False: the stored span no longer points at these words (the text changed)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text,
                "sentence": self.sentence, "matches_article": self.matches_article}


@cache
def _sentence_end() -> re.Pattern[str]:
    # A full stop, question or exclamation mark (maybe closed by a quote or bracket) before white space, or a
    # blank line: good enough to show a reader where a span sits, not a sentence splitter for extraction.
    return re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds `text[start:end]` (several when the span crosses a boundary)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    boundaries = [match.end() for match in _sentence_end().finditer(text)]
    first = max((b for b in boundaries if b <= start), default=0)
    last = min((b for b in boundaries if b >= end), default=len(text))
    return " ".join(text[first:last].split())


def evidence_sentences(evidence: dict[str, Any], text: str) -> list[EvidenceSentence]:
    """Every span in a stored evidence object (`{"trigger": span, "casualties": [{"span": ...}], ...}`)."""
    found = []
    for field, span in _spans(evidence):
        start, end = span["start"], span["end"]
        found.append(EvidenceSentence(field, start, end, span["text"], sentence_around(text, start, end),
                                      text[start:end] == span["text"]))
    return found


def evidence_spans(evidence: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(field, span) for every span in a stored evidence object, outermost field names first."""
    return _spans(evidence)


def _spans(evidence: Any, field: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(evidence, dict):
        if {"start", "end", "text"} <= set(evidence):
            yield field, evidence
            return
        for key, value in evidence.items():
            yield from _spans(value, key if key != "span" else field)
    elif isinstance(evidence, list):
        for item in evidence:
            yield from _spans(item, field)
