"""Merged-event records as the store returns them, for the export tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def merged_events() -> list[dict]:
    """Three invented merged events: a located town, a district without coordinates, and a country-only claim."""
    return [
        {"id": 12, "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
         "date": "2024-03-16", "date_precision": "day", "country": "PK", "admin1": "Khyber Pakhtunkhwa",
         "admin2": "North Waziristan", "location": "Mir Ali", "lat": 32.97, "lon": 70.27,
         "geo_precision": "location", "killed": 8, "wounded": 4, "perpetrator": "TTP", "target": "soldiers",
         "sources": ["fw-1", "idp-2"], "outlets": ["Frontier Wire", "Indus Daily Post"],
         "notes": "A bomber struck a security post.", "conflicts": {"killed": [{"value": 7, "articles": ["fw-1"]}]}},
        {"id": 13, "event_type": "Protests", "sub_event_type": "Peaceful protest", "date": "2024-03",
         "date_precision": "month", "country": "PK", "admin1": "Khyber Pakhtunkhwa", "admin2": "Bannu",
         "location": "Bannu", "lat": None, "lon": None, "geo_precision": "admin2", "killed": 0, "wounded": None,
         "perpetrator": "protesters", "target": None, "sources": ["vt-9"], "outlets": [], "notes": None,
         "conflicts": {}},
        {"id": 14, "event_type": "Violence against civilians", "sub_event_type": "Attack", "date": "2023",
         "date_precision": "year", "country": "SO", "admin1": None, "admin2": None, "location": None,
         "lat": None, "lon": None, "geo_precision": "country", "killed": None, "wounded": None,
         "perpetrator": "gunmen", "target": "villagers", "sources": ["hb-3"], "outlets": ["Horn Bulletin"],
         "notes": "", "conflicts": {}},
    ]
