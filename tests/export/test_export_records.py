"""Reading merged-event records: outlets, sources, precisions and coordinates with their defaults."""

from __future__ import annotations

import pytest

from wirecoder.export.records import date_precision_of, geo_precision_of, outlets_of, point_of, sources_of


@pytest.mark.parametrize(("record", "expected"), [
    ({"outlets": ["A", "B", "A"]}, ["A", "B"]),
    ({"source_outlets": "A; B"}, ["A", "B"]),
    ({"outlets": [], "source outlets": ["C"]}, ["C"]),
    ({}, []),
])
def test_export_records_outlets(record, expected):
    assert outlets_of(record) == expected


@pytest.mark.parametrize(("record", "expected"), [({"sources": ["a", 2, None]}, ["a", "2"]),
                                                  ({"sources": "a; b"}, ["a", "b"]), ({}, [])])
def test_export_records_sources(record, expected):
    assert sources_of(record) == expected


@pytest.mark.parametrize(("record", "expected"), [
    ({"date": "2024-03-16"}, "day"), ({"date": "2024-03"}, "month"), ({"date": "2024"}, "year"),
    ({"date": "2024-03-16", "date_precision": "month"}, "month"), ({"date": None}, None),
])
def test_export_records_date_precision(record, expected):
    assert date_precision_of(record) == expected


@pytest.mark.parametrize(("record", "expected"), [
    ({"location": "Bannu", "admin1": "Khyber Pakhtunkhwa"}, "location"), ({"admin2": "Bannu"}, "admin2"),
    ({"country": "PK"}, "country"), ({"geo_precision": "admin1", "location": "Bannu"}, "admin1"), ({}, None),
])
def test_export_records_geo_precision(record, expected):
    assert geo_precision_of(record) == expected


@pytest.mark.parametrize(("record", "expected"), [
    ({"lat": 32.9, "lon": 70.6}, (70.6, 32.9)), ({"lat": "32.9", "lon": "70.6"}, (70.6, 32.9)),
    ({"lat": 32.9, "lon": None}, None), ({"lat": -91, "lon": 70}, None), ({"lat": "x", "lon": 1}, None),
])
def test_export_records_point(record, expected):
    assert point_of(record) == expected
