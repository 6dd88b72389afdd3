"""`write_export`: format names, outputs (path, stream, stdout), JSON Lines."""

from __future__ import annotations

import io
import json

import pytest

from wirecoder.export import ExportError, export_format, write_export


@pytest.mark.parametrize(("name", "expected"), [("acled", "acled-csv"), ("CSV", "acled-csv"), ("geojson", "geojson"),
                                                ("parquet", "parquet"), ("ndjson", "jsonl")])
def test_write_export_format_names(name, expected):
    assert export_format(name) == expected


def test_write_export_unknown_format():
    with pytest.raises(ExportError, match="unknown export format"):
        write_export([], "xlsx", io.StringIO())


def test_write_export_jsonl_round_trip(merged_events):
    buffer = io.StringIO()
    assert write_export(merged_events, "jsonl", buffer) == 3
    assert [json.loads(line) for line in buffer.getvalue().splitlines()] == merged_events


def test_write_export_to_path(tmp_path, merged_events):
    path = tmp_path / "events.csv"
    write_export(merged_events, "acled", str(path))
    assert path.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year,")


def test_write_export_to_stdout(capsys, merged_events):
    write_export(merged_events[:1], "jsonl", None)
    assert json.loads(capsys.readouterr().out)["id"] == 12


def test_write_export_parquet_refuses_text_stream_without_buffer(merged_events):
    with pytest.raises(ExportError, match="binary"):
        write_export(merged_events, "parquet", io.StringIO())


def test_write_export_accepts_a_generator(merged_events):
    buffer = io.StringIO()
    assert write_export((event for event in merged_events), "geojson", buffer) == 3
