"""Shared output options: JSON Lines by default, `--csv` or `--table` on request."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

import click


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--csv` and `--table` to a command that prints records."""

    @click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values with a header row.")
    @click.option("--table", "as_table", is_flag=True, help="An aligned text table.")
    @functools.wraps(command)
    def wrapper(*args: Any, as_csv: bool, as_table: bool, **kwargs: Any) -> Any:
        fmt = "csv" if as_csv else "table" if as_table else "jsonl"
        return command(*args, output_format=fmt, **kwargs)

    return wrapper


def write_records(records: Iterable[dict[str, Any]], output_format: str, out: IO[str] | None = None) -> int:
    """Print records in the chosen format; returns how many were printed."""
    out = out or sys.stdout
    if output_format == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    rows = [_flatten(record) for record in records]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    if output_format == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _write_table(rows, columns, out)
    return len(rows)


def _flatten(record: dict[str, Any]) -> dict[str, Any]:
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        for key, value in record.items()
    }


def _write_table(rows: list[dict[str, Any]], columns: list[str], out: IO[str], width: int = 40) -> None:
    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(row.get(column)) for column in columns] for row in rows]
    widths = [max([len(column), *(len(line[i]) for line in cells)]) for i, column in enumerate(columns)]
    out.write("  ".join(column.ljust(w) for column, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for line in cells:
        out.write("  ".join(value.ljust(w) for value, w in zip(line, widths, strict=True)).rstrip() + "\n")
