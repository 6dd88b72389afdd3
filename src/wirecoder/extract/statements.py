"""Statements: who said what (placeholder until the statement extractor lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.models import Statement


def extract_statements(doc: Doc) -> list[Statement]:
    """Every attribution in the article, one statement per cue, in text order."""
    return []
