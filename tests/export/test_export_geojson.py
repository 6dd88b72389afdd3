"""GeoJSON: a valid FeatureCollection of [lon, lat] Points, unlocated events with null geometry."""

from __future__ import annotations

import io
import json
import math

import pytest

from wirecoder.export import write_export


def _collection(records, **options):
    buffer = io.StringIO()
    count = write_export(records, "geojson", buffer, **options)
    return count, json.loads(buffer.getvalue())


def _valid_point(geometry):
    lon, lat = geometry["coordinates"]
    return (geometry["type"] == "Point" and all(isinstance(v, float) and math.isfinite(v) for v in (lon, lat))
            and -180 <= lon <= 180 and -90 <= lat <= 90)


def test_export_geojson_is_a_feature_collection(merged_events):
    count, collection = _collection(merged_events)
    assert collection["type"] == "FeatureCollection" and count == len(collection["features"]) == 3
    assert all(feature["type"] == "Feature" and isinstance(feature["properties"], dict)
               for feature in collection["features"])


def test_export_geojson_points_are_lon_lat(merged_events):
    _, collection = _collection(merged_events)
    geometry = collection["features"][0]["geometry"]
    assert _valid_point(geometry) and geometry["coordinates"] == [70.27, 32.97]


def test_export_geojson_unlocated_events_have_null_geometry(merged_events):
    _, collection = _collection(merged_events)
    assert [feature["geometry"] for feature in collection["features"][1:]] == [None, None]


def test_export_geojson_skip_unlocated(merged_events):
    count, collection = _collection(merged_events, skip_unlocated=True)
    assert count == 1 and [feature["id"] for feature in collection["features"]] == [12]


def test_export_geojson_properties_keep_the_event(merged_events):
    _, collection = _collection(merged_events)
    assert collection["features"][0]["properties"] == merged_events[0]


@pytest.mark.parametrize(("lat", "lon"), [(95.0, 70.0), (30.0, 200.0), ("x", 70.0), (float("nan"), 70.0)])
def test_export_geojson_invalid_coordinates_give_null_geometry(lat, lon):
    _, collection = _collection([{"id": 1, "lat": lat, "lon": lon}])
    assert collection["features"][0]["geometry"] is None


def test_export_geojson_empty_collection():
    count, collection = _collection([])
    assert count == 0 and collection == {"type": "FeatureCollection", "features": []}
