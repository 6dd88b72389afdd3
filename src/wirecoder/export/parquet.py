"""Parquet export via pyarrow: one row per merged event, FORMAT.md's fields with fixed types first.

Nested values (the `conflicts` and `basis` objects) are stored as JSON text; the schema's metadata names those
columns, and `read_parquet` decodes them, so rows read back equal to the records written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

BINARY = True
JSON_COLUMNS_KEY = b"wirecoder.json_columns"


def _known_types() -> dict[str, Any]:
    import pyarrow as pa

    text = pa.string()
    return {
        "event_type": text, "sub_event_type": text, "date": text, "date_precision": text, "country": text,
        "admin1": text, "admin2": text, "location": text, "lat": pa.float64(), "lon": pa.float64(),
        "geo_precision": text, "killed": pa.int64(), "wounded": pa.int64(), "perpetrator": text, "target": text,
        "sources": pa.list_(text), "outlets": pa.list_(text), "notes": text,
    }


def _column_names(rows: list[Mapping[str, Any]]) -> list[str]:
    """Every key of every row, in first-seen order."""
    return list(dict.fromkeys(key for row in rows for key in row))


def _is_nested(values: list[Any]) -> bool:
    """True when a column holds objects, or lists of anything but strings, which go to Parquet as JSON text."""
    for value in values:
        if isinstance(value, dict) or (isinstance(value, list | tuple) and any(not isinstance(v, str) for v in value)):
            return True
    return False


def records_table(records: Iterable[Mapping[str, Any]]):
    """The records as a `pyarrow.Table` (nested columns as JSON text, named in the schema metadata)."""
    import pyarrow as pa

    rows = [dict(record) for record in records]
    known = _known_types()
    arrays, fields, json_columns = [], [], []
    for name in _column_names(rows):
        values = [row.get(name) for row in rows]
        if name not in known and _is_nested(values):
            values = [None if value is None else json.dumps(value, ensure_ascii=False, default=str) for value in values]
            json_columns.append(name)
        if name in ("sources", "outlets"):
            values = [None if value is None else [str(item) for item in value] for value in values]
        array = _array(values, known.get(name))
        arrays.append(array)
        fields.append(pa.field(name, array.type))
    schema = pa.schema(fields, metadata={JSON_COLUMNS_KEY: json.dumps(json_columns).encode()})
    return pa.Table.from_arrays(arrays, schema=schema)


def _array(values: list[Any], arrow_type: Any):
    """The column as an Arrow array; a column of mixed scalar types (ids as int and str) falls back to text."""
    import pyarrow as pa

    try:
        return pa.array(values, type=arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if value is None else str(value) for value in values], type=pa.string())


def write(records: Iterable[Mapping[str, Any]], stream: IO[bytes]) -> int:
    """Write the records as one Parquet file to a binary stream; returns the row count."""
    import pyarrow.parquet as pq

    table = records_table(records)
    pq.write_table(table, stream)
    return table.num_rows


def read_parquet(source: str | Path | IO[bytes]) -> list[dict[str, Any]]:
    """Rows of a file written by `write`, JSON columns decoded: the records as they were given."""
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    metadata = table.schema.metadata or {}
    json_columns = set(json.loads(metadata.get(JSON_COLUMNS_KEY, b"[]")))
    rows = table.to_pylist()
    for row in rows:
        for name in json_columns:
            if row.get(name) is not None:
                row[name] = json.loads(row[name])
    return rows
