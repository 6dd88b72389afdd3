"""Export: the evaluation format, full JSON records, and (with the store) ACLED CSV, GeoJSON, Parquet and JSONL.

`write_export(records, fmt, out)` writes merged-event records (dicts as the store returns them) in one format:
`acled-csv` (alias `acled`, `csv`), `geojson`, `parquet` or `jsonl`. `out` is a path, an open stream, or None
for standard output. Writers are imported on first use, so `wirecoder extract` never loads pyarrow.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

EXPORT_FORMATS: dict[str, str] = {
    "acled-csv": "wirecoder.export.acled_csv",
    "geojson": "wirecoder.export.geojson",
    "parquet": "wirecoder.export.parquet",
    "jsonl": "wirecoder.export.jsonl",
}
FORMAT_ALIASES = {"acled": "acled-csv", "csv": "acled-csv", "json-lines": "jsonl", "ndjson": "jsonl"}


class ExportError(ValueError):
    """An export that cannot be written: an unknown format, or a binary format sent to a text stream."""


def export_format(name: str) -> str:
    """The canonical name of an export format (`acled` -> `acled-csv`); ExportError when unknown."""
    key = name.strip().lower()
    key = FORMAT_ALIASES.get(key, key)
    if key not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {name!r}; choose one of {', '.join(sorted(EXPORT_FORMATS))}")
    return key


def write_export(records: Iterable[Mapping[str, Any]], fmt: str, out: str | Path | IO | None = None,
                 **options: Any) -> int:
    """Write merged events in format `fmt` to `out` (path, stream, or None for stdout); returns the count written.

    `options` go to the format's writer: `date_style="export-tool"` (acled-csv), `skip_unlocated=True` (geojson).
    """
    writer = importlib.import_module(EXPORT_FORMATS[export_format(fmt)])
    with _output(out, binary=writer.BINARY) as stream:
        return writer.write(records, stream, **options)


@contextlib.contextmanager
def _output(out: str | Path | IO | None, *, binary: bool) -> Iterator[IO]:
    """The stream to write to: a file opened (and closed) for a path, else the given stream or stdout."""
    if isinstance(out, str | Path):
        mode = "wb" if binary else "w"
        with open(out, mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as stream:
            yield stream
        return
    stream = out if out is not None else sys.stdout
    if binary and isinstance(stream, io.TextIOBase):
        if not hasattr(stream, "buffer"):
            raise ExportError("a binary format (parquet) needs a binary stream or a file path")
        stream.flush()
        stream = stream.buffer
    yield stream
    stream.flush()
