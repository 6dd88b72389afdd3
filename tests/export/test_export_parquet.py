"""Parquet: rows read back equal to the merged events written."""

from __future__ import annotations

import io

import pyarrow.parquet as pq

from wirecoder.export import write_export
from wirecoder.export.parquet import read_parquet


def test_export_parquet_round_trip(tmp_path, merged_events):
    path = tmp_path / "events.parquet"
    assert write_export(merged_events, "parquet", path) == 3
    assert read_parquet(path) == merged_events


def test_export_parquet_to_binary_stream(merged_events):
    buffer = io.BytesIO()
    write_export(merged_events, "parquet", buffer)
    buffer.seek(0)
    assert read_parquet(buffer) == merged_events


def test_export_parquet_typed_columns(tmp_path, merged_events):
    path = tmp_path / "events.parquet"
    write_export(merged_events, "parquet", path)
    schema = pq.read_schema(path)
    sources = schema.field("sources").type
    assert (str(schema.field("killed").type), str(schema.field("lat").type), str(sources.value_type)) == (
        "int64", "double", "string")


def test_export_parquet_mixed_id_types_fall_back_to_text(tmp_path):
    path = tmp_path / "events.parquet"
    write_export([{"id": 1}, {"id": "e-2"}], "parquet", path)
    assert read_parquet(path) == [{"id": "1"}, {"id": "e-2"}]


def test_export_parquet_rows_missing_keys_read_back_as_null(tmp_path):
    path = tmp_path / "events.parquet"
    write_export([{"id": 1, "killed": 3}, {"id": 2}], "parquet", path)
    assert read_parquet(path) == [{"id": 1, "killed": 3}, {"id": 2, "killed": None}]
