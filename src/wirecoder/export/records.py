"""Merged-event records as the store returns them: the fields every export format reads, and their defaults."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

# FORMAT.md's event fields, then the merged event's own: the column order of tabular exports.
EVENT_COLUMNS: tuple[str, ...] = (
    "id", "event_type", "sub_event_type", "date", "date_precision", "country", "admin1", "admin2", "location",
    "lat", "lon", "geo_precision", "killed", "wounded", "perpetrator", "target", "sources", "outlets", "notes",
)
GEO_LEVELS = ("location", "admin2", "admin1", "country")


def outlets_of(record: Mapping[str, Any]) -> list[str]:
    """The outlets that reported the event (`outlets`, or the store's `source_outlets`), in order, once each."""
    raw = record.get("outlets") or record.get("source_outlets") or record.get("source outlets") or []
    if isinstance(raw, str):
        raw = [part.strip() for part in raw.split(";")]
    return list(dict.fromkeys(str(outlet) for outlet in raw if outlet))


def sources_of(record: Mapping[str, Any]) -> list[str]:
    """The article ids behind the event."""
    raw = record.get("sources") or []
    if isinstance(raw, str):
        raw = [part.strip() for part in raw.split(";")]
    return [str(source) for source in raw if source not in (None, "")]


def date_precision_of(record: Mapping[str, Any]) -> str | None:
    """`date_precision` as stored, else read off the ISO date's length (`2024-03` is month)."""
    if record.get("date_precision") in ("day", "month", "year"):
        return record["date_precision"]
    date = record.get("date") or ""
    return {10: "day", 7: "month", 4: "year"}.get(len(date))


def geo_precision_of(record: Mapping[str, Any]) -> str | None:
    """`geo_precision` as stored, else the finest place field the record fills."""
    if record.get("geo_precision") in GEO_LEVELS:
        return record["geo_precision"]
    for level in GEO_LEVELS:
        if record.get(level):
            return level
    return None


def coordinate(value: Any, limit: float) -> float | None:
    """A finite number within +-`limit` as float, else None (strings of numbers are accepted)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def point_of(record: Mapping[str, Any]) -> tuple[float, float] | None:
    """`(lon, lat)` when both coordinates are valid, else None."""
    lat, lon = coordinate(record.get("lat"), 90.0), coordinate(record.get("lon"), 180.0)
    return (lon, lat) if lat is not None and lon is not None else None
