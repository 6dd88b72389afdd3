"""Events: what happened (placeholder until the event extractor lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.models import Article, Event, PlaceMention, Statement


def extract_events(
    doc: Doc, *, article: Article, places: list[PlaceMention], statements: list[Statement]
) -> list[Event]:
    """Events the article reports, in text order."""
    return []
