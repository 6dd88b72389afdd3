"""GeoJSON export (RFC 7946): a FeatureCollection with one Point feature per merged event.

Coordinates are `[longitude, latitude]`. An event without valid coordinates keeps its place in the collection
with `"geometry": null` (RFC 7946 allows unlocated features), so no event is lost; pass `skip_unlocated=True`
to leave such events out. Properties are the record's fields, with `lat` and `lon` kept for convenience.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from wirecoder.export.records import point_of

BINARY = False


def feature(record: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a GeoJSON Feature (`geometry` null when it has no valid coordinates)."""
    point = point_of(record)
    geometry = {"type": "Point", "coordinates": [point[0], point[1]]} if point else None
    result: dict[str, Any] = {"type": "Feature", "geometry": geometry, "properties": dict(record)}
    if record.get("id") is not None:
        result["id"] = record["id"]
    return result


def write(records: Iterable[Mapping[str, Any]], stream: IO[str], *, skip_unlocated: bool = False) -> int:
    """Stream the FeatureCollection, one feature per line; returns how many features were written."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for record in records:
        if skip_unlocated and point_of(record) is None:
            continue
        separator = ",\n" if count else ""
        stream.write(separator + json.dumps(feature(record), ensure_ascii=False, default=str))
        count += 1
    stream.write("\n]}\n")
    return count
