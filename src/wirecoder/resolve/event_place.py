"""Event location: which of the article's places is where an event happened (placeholder)."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.models import PlaceMention, TextSpan


def event_location(doc: Doc, trigger: TextSpan, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place tied to the event whose trigger is `trigger`, or None; never a demonym."""
    return None
