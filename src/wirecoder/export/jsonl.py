"""JSON Lines export: one merged event per line, every field as the store returns it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

BINARY = False


def write(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    """Write each record as one JSON line; returns how many were written."""
    count = 0
    for record in records:
        stream.write(json.dumps(dict(record), ensure_ascii=False, default=str) + "\n")
        count += 1
    return count
