"""Temporal resolution: time expressions in the text, normalised against the publication date (placeholder)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wirecoder.models import ResolvedDate, TextSpan


@dataclass(slots=True)
class TimeMention:
    """A time expression found in the text and the date it denotes (None when it cannot be resolved)."""

    span: TextSpan
    date: ResolvedDate | None


def find_time_expressions(text: str, anchor: dt.date | None) -> list[TimeMention]:
    """Every date expression in `text`, resolved against `anchor` (the publication date), in text order."""
    return []


def resolve_expression(expression: str, anchor: dt.date | None, *, reference: dt.date | None = None) -> ResolvedDate | None:
    """Normalise one expression ("on Saturday", "the previous day") against `anchor`, or `reference` when given
    (the date of an event already placed, for "the previous day")."""
    return None
