"""Whether two reported places can be the place of one event: names at the finest common level, then distance.

Rules, finest level first (a report's level is its `geo_precision`, else inferred from which fields it fills):
- two named locations: the same name (spelling variants allowed) within 30 km of each other is one place;
  different names are different places (two villages of one district), unless their coordinates lie within
  5 km (a neighbourhood and its town), one name is the other plus words ("Karachi Airport" and "Karachi"), or
  they lie in one district and give the same toll of ten or more (outlets place a massacre at the village, the
  nearest town or the victims' destination);
- a named location and a bare district: one place when the location lies in that district (its `admin2`, or its
  name is the district's name), or, without an `admin2`, within 40 km of the district's coordinates;
- two districts: the same name;
- a province-only report fits any place in that province, as weak evidence; a different province is apart.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from wirecoder.merge.verdict import FieldVerdict

SAME_NAME_MAX_KM = 30.0
NEAR_KM = 5.0
DISTRICT_RADIUS_KM = 40.0
SAME_LOCATION_SCORE = 3.0
NEAR_LOCATION_SCORE = 1.5
IN_DISTRICT_SCORE = 2.0
SAME_DISTRICT_SCORE = 2.0
SAME_PROVINCE_SCORE = 0.5
OTHER_LOCATION_SAME_DISTRICT_SCORE = -1.0
SPELLING_RATIO = 0.8  # "Bajaur"/"Bajour" pass; "North"/"South" Waziristan never get here (different initials)
# Words that name the kind of place, not the place (FORMAT.md's folded names, plus a few of our own).
PLACE_WORDS = frozenset(
    "district province city region state governorate division tehsil agency the town village area of".split()
)
LEVELS = ("location", "admin2", "admin1", "country")


@dataclass(frozen=True, slots=True)
class PlaceView:
    """The place of one report as merging sees it: its names, coordinates and finest level."""

    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    level: str | None  # location, admin2, admin1, country, or None for no place at all

    @property
    def has_point(self) -> bool:
        """True when both coordinates are known."""
        return self.lat is not None and self.lon is not None

    @property
    def district(self) -> str | None:
        """The district this report places the event in: its admin2, or its location when that is a district."""
        if self.admin2:
            return self.admin2
        return self.location if self.level == "admin2" else None


@lru_cache(maxsize=65536)
def place_view(country: str | None, admin1: str | None, admin2: str | None, location: str | None,
               lat: float | None, lon: float | None, geo_precision: str | None) -> PlaceView:
    """A report's place with its level: `geo_precision` when given, else the finest field it fills."""
    level = geo_precision if geo_precision in LEVELS else _inferred_level(country, admin1, admin2, location)
    return PlaceView(country, admin1, admin2, location, lat, lon, level)


def _inferred_level(country: str | None, admin1: str | None, admin2: str | None, location: str | None) -> str | None:
    if location:
        # A location that is the district's (or province's) own name stands for the whole division.
        if names_match(location, admin2):
            return "admin2"
        return "admin1" if names_match(location, admin1) else "location"
    if admin2:
        return "admin2"
    if admin1:
        return "admin1"
    return "country" if country else None


@cache
def _token_pattern() -> re.Pattern[str]:
    return re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def fold_place_name(name: str | None) -> tuple[str, ...]:
    """Tokens of a place name without accents, case or kind-of-place words (`"Bannu District"` -> `("bannu",)`)."""
    if not name:
        return ()
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    return tuple(token for token in _token_pattern().findall(plain) if token not in PLACE_WORDS)


@lru_cache(maxsize=65536)
def names_match(first: str | None, second: str | None) -> bool:
    """Same place name: equal folded tokens, initials (`D.I. Khan` = `Dera Ismail Khan`) or a spelling variant."""
    a, b = fold_place_name(first), fold_place_name(second)
    if not a or not b:
        return False
    if a == b or "".join(a) == "".join(b):
        return True
    return _initials_match(a, b) or _initials_match(b, a) or _spelling_variant(a, b)


def _initials_match(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`("d", "i", "khan")` against `("dera", "ismail", "khan")`: single letters stand for whole words."""
    if len(short) != len(full) or not any(len(token) == 1 for token in short):
        return False
    return all(s == f if len(s) > 1 else f.startswith(s) for s, f in zip(short, full, strict=True))


def _spelling_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Transliterations (`Bajaur`/`Bajour`): same words in number and initials, and nearly the same letters."""
    if len(a) != len(b) or any(x[0] != y[0] for x, y in zip(a, b, strict=True)):
        return False
    return difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= SPELLING_RATIO


def _names_within(first: str | None, second: str | None) -> bool:
    """One name is the other plus words ("Karachi Airport", "Mir Ali Bazaar", "Lower Kurram" and the bare town)."""
    a, b = fold_place_name(first), fold_place_name(second)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not short or len(short) == len(long):
        return False
    return any(long[start:start + len(short)] == short for start in range(len(long) - len(short) + 1))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _distance(first: PlaceView, second: PlaceView) -> float | None:
    if not (first.has_point and second.has_point):
        return None
    return haversine_km(first.lat, first.lon, second.lat, second.lon)


def compare_places(first: PlaceView, second: PlaceView, *, same_large_toll: bool = False) -> FieldVerdict:
    """Evidence that two reports name the same place, or a veto when they name different ones.

    `same_large_toll`: both reports give the same (or a close) toll of at least ten, which lets two different
    locations of one district be one event.
    """
    if first.country and second.country and first.country.upper() != second.country.upper():
        return FieldVerdict.apart("place", "different countries")
    if first.admin1 and second.admin1 and not names_match(first.admin1, second.admin1):
        return FieldVerdict.apart("place", "different provinces")
    if first.level is None or second.level is None or "country" in (first.level, second.level):
        return FieldVerdict("place", 0.0, "no finer place to compare")
    levels = {first.level, second.level}
    if levels == {"location"}:
        return _compare_locations(first, second, same_large_toll)
    if levels == {"location", "admin2"}:
        town, district = (first, second) if first.level == "location" else (second, first)
        return _compare_town_district(town, district)
    if levels == {"admin2"}:
        if names_match(first.district, second.district):
            return FieldVerdict("place", SAME_DISTRICT_SCORE, "same district")
        return FieldVerdict.apart("place", "different districts")
    if first.admin1 and second.admin1:
        return FieldVerdict("place", SAME_PROVINCE_SCORE, "only the province is common")
    return FieldVerdict("place", 0.0, "no common named level")


def _compare_locations(first: PlaceView, second: PlaceView, same_large_toll: bool) -> FieldVerdict:
    distance = _distance(first, second)
    if names_match(first.location, second.location):
        if distance is not None and distance > SAME_NAME_MAX_KM:
            return FieldVerdict.apart("place", f"same name {distance:.0f} km apart: namesakes")
        return FieldVerdict("place", SAME_LOCATION_SCORE, "same location")
    if distance is not None and distance <= NEAR_KM:
        return FieldVerdict("place", NEAR_LOCATION_SCORE, f"different names {distance:.1f} km apart")
    if _names_within(first.location, second.location) and (distance is None or distance <= SAME_NAME_MAX_KM):
        return FieldVerdict("place", NEAR_LOCATION_SCORE, "a place named after the other (Karachi Airport, Karachi)")
    if same_large_toll and names_match(first.admin2, second.admin2):
        # Outlets place one massacre at the village, the nearest town or the victims' destination; two attacks
        # with the same large toll in one district on one day are too unlikely to keep apart.
        return FieldVerdict("place", OTHER_LOCATION_SAME_DISTRICT_SCORE, "different locations, one large toll")
    return FieldVerdict.apart("place", "different named locations")


def _compare_town_district(town: PlaceView, district: PlaceView) -> FieldVerdict:
    if names_match(town.admin2, district.district) or names_match(town.location, district.district):
        return FieldVerdict("place", IN_DISTRICT_SCORE, "location lies in the named district")
    if town.admin2:
        return FieldVerdict.apart("place", "location lies in another district")
    distance = _distance(town, district)
    if distance is None:
        return FieldVerdict("place", SAME_PROVINCE_SCORE if town.admin1 else 0.0, "district of the location unknown")
    if distance <= DISTRICT_RADIUS_KM:
        return FieldVerdict("place", IN_DISTRICT_SCORE - 0.5, f"location {distance:.0f} km from the district")
    return FieldVerdict.apart("place", f"location {distance:.0f} km from the district")
