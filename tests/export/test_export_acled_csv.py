"""ACLED-style CSV: ACLED's columns and value conventions, readable with the csv module."""

from __future__ import annotations

import csv
import io

import pytest

from wirecoder.export import write_export
from wirecoder.export.acled_csv import ACLED_COLUMNS, acled_actor, acled_date, acled_row, interaction

REQUIRED = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
            "notes", "fatalities")


def _rows(records, **options):
    buffer = io.StringIO()
    write_export(records, "acled-csv", buffer, **options)
    buffer.seek(0)
    reader = csv.DictReader(buffer)
    return reader.fieldnames, list(reader)


def test_export_acled_csv_header_is_acled_columns(merged_events):
    header, rows = _rows(merged_events)
    assert tuple(header) == ACLED_COLUMNS and set(REQUIRED) <= set(header) and len(rows) == 3


def test_export_acled_csv_located_event(merged_events):
    _, rows = _rows(merged_events)
    row = rows[0]
    assert {key: row[key] for key in ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                                      "country", "iso", "region", "latitude", "longitude", "geo_precision",
                                      "source", "fatalities", "actor1", "inter1", "actor2", "inter2",
                                      "interaction")} == {
        "event_id_cnty": "PAK12", "event_date": "2024-03-16", "year": "2024", "time_precision": "1",
        "disorder_type": "Political violence", "country": "Pakistan", "iso": "586", "region": "Southern Asia",
        "latitude": "32.9700", "longitude": "70.2700", "geo_precision": "1",
        "source": "Frontier Wire; Indus Daily Post", "fatalities": "8",
        "actor1": "Tehreek-e-Taliban Pakistan", "inter1": "2", "actor2": "Military Forces of Pakistan", "inter2": "1",
        "interaction": "12"}


def test_export_acled_csv_coarse_event(merged_events):
    _, rows = _rows(merged_events)
    protest, claim = rows[1], rows[2]
    assert (protest["event_date"], protest["time_precision"], protest["geo_precision"], protest["latitude"],
            protest["source"], protest["fatalities"], protest["interaction"]) == (
        "2024-03-15", "3", "2", "", "vt-9", "0", "60")
    assert (claim["event_id_cnty"], claim["country"], claim["geo_precision"], claim["fatalities"],
            claim["actor1"], claim["actor2"], claim["civilian_targeting"]) == (
        "SOM14", "Somalia", "3", "0", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)",
        "Civilian targeting")


@pytest.mark.parametrize(("date", "style", "expected"), [
    ("2024-03-16", "iso", "2024-03-16"),
    ("2024-03-06", "export-tool", "06 March 2024"),
    ("2024-03", "iso", "2024-03-15"),
    ("2024", "iso", "2024-07-01"),
    ("2024-02-30", "iso", ""),
    (None, "iso", ""),
])
def test_export_acled_csv_event_date(date, style, expected):
    assert acled_date(date, style=style) == expected


def test_export_acled_csv_export_tool_dates(merged_events):
    _, rows = _rows(merged_events, date_style="export-tool")
    assert rows[0]["event_date"] == "16 March 2024"


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("policemen", "Pakistan", ("Police Forces of Pakistan", 1)),
    ("security forces", "Pakistan", ("Military Forces of Pakistan", 1)),
    ("unknown assailants", "Pakistan", ("Unidentified Armed Group (Pakistan)", 3)),
    ("protesters", "Pakistan", ("Protesters (Pakistan)", 6)),
    ("Pakistani Taliban", "Pakistan", ("Tehreek-e-Taliban Pakistan", 2)),
    ("a shopkeeper", "Pakistan", ("a shopkeeper", None)),
    (None, "Pakistan", ("", None)),
])
def test_export_acled_csv_actor_names(name, country, expected):
    actor = acled_actor(name, country)
    assert (actor.name, actor.inter) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [(2, 1, "12"), (6, None, "60"), (None, None, "")])
def test_export_acled_csv_interaction(first, second, expected):
    assert interaction(first, second) == expected


def test_export_acled_csv_unknown_country_and_id():
    row = acled_row({"id": "abc", "event_type": "Riots", "sub_event_type": "Mob violence", "country": None}, 7)
    assert (row["event_id_cnty"], row["country"], row["disorder_type"]) == ("UNK7", "", "Political violence")


def test_export_acled_csv_country_by_name():
    row = acled_row({"id": 1, "country": "Pakistan", "event_type": "Battles", "sub_event_type": "Armed clash"})
    assert (row["event_id_cnty"], row["iso"]) == ("PAK1", 586)
