"""Toponym resolution: the most probable gazetteer place for each toponym, given the whole article.

Each candidate gets a score from its own weight (population, kind of place, how its name matched) plus what
the article says: the countries and first-level divisions its other places and demonyms point to, the countries
of the curated actors it names (weaker evidence), the dateline, a qualifier right after the name ("Alexandria,
La."), and a division word ("Swat district"). Two passes let resolved places inform each other; a toponym whose
best candidate has no support in a clearly placed article is left unresolved rather than sent to the other side
of the world.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from wirecoder.models import Place, PlaceMention
from wirecoder.resolve.gazetteer import Candidate, Gazetteer
from wirecoder.resolve.geo_sources import ALTERNATE, PRIMARY
from wirecoder.resolve.geo_text import name_key
from wirecoder.resolve.toponyms import Toponym

ADMIN2_WORDS = {"county", "parish", "district", "agency", "borough", "tehsil", "township"}
ADMIN1_WORDS = {"province", "state", "governorate", "region"}
AREA_WORDS = {"valley", "region"}
TOWN_WORDS = {"city", "town", "village"}
# Hand-written regions and valleys carry no population: their prior stands in for one.
FEATURE_PRIOR = {"CONT": 9.0, "PCLI": 3.0, "ADM1": 2.0, "PPLC": 1.0, "ADM2": -0.5, "ADM3": -1.0, "RGN": 8.0, "VAL": 4.0,
                 "OCN": 10.5, "SEA": 9.0, "PEN": 8.0}
DATELINE_TOWN_BONUS = 3.0  # a dateline names a town ("NEW YORK —" is the city)
ACRONYM_MISMATCH = -4.0  # "EU" or "US" written in capitals is not the village Eu or Us
QUALIFYING_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                    "upper", "lower", "greater", "downtown", "northeast", "northwest", "southeast", "southwest",
                    "northeastern", "northwestern", "southeastern", "southwestern", "rural", "suburban"}
ALTERNATE_NAME_PENALTY = 2.5
QUALIFIER_BONUS, QUALIFIER_CONFLICT = 8.0, -4.0
PASSES = 3
# Words between two names that put the first inside the second ("Mach area of Bolan", "Chakothi sector in
# Muzaffarabad", "El Aguaje, a hamlet in Aguililla").
CONTAINMENT_WORDS = {",", "area", "areas", "of", "in", "sector", "district", "tehsil", "village", "town", "valley",
                     "region", "city", "province", "county", "agency", "subdivision", "a", "an", "the", "hamlet",
                     "settlement", "small", "remote", "municipality", "locality", "neighbourhood", "neighborhood"}
_GAP_WORD = re.compile(r"\w+|,")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")
# ", Utmankhel " between a town and its district: one capitalised word the gazetteer need not know (a tehsil).
_COMMA_AND_NAME = re.compile(r"\s*,\s*[A-Z][\w-]+\s+")
# "Pakistan's bordering town of ", "Syria's northern city of ": the owner holds the settlement named next.
_OWNER_OF_SETTLEMENT = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,3}(?:town|village|city|district|province|region|area|port|hamlet)\s+of\s+")
NEIGHBOUR_READINGS, NEIGHBOUR_BONUS = 12, 1.0
FAR_CONTEXT_MENTIONS, FAR_MAX_POPULATION = 3, 150_000
LOCAL_CODES = {"PPL", "PPLC", "ADM2", "ADM3", "VAL", "PPLX"}
# An actor's country ("FC personnel", "Hezbollah fighters") is weaker evidence than a toponym naming it: enough to
# choose between readings of similar weight, never enough to place a town in a country with no reading there.
ACTOR_COUNTRY_BONUS = 2.0
CITY_QUALIFIER_POPULATION = 100_000
FOCUS_COUNTRY_WEIGHT = 2
BOUNDARY_CODE = "ZNB"  # GeoNames' buffer zone: here a line of control with a reading on each side


@dataclass(slots=True)
class ArticleContext:
    """Where the article as a whole is: weights of countries and first-level divisions, points of its local
    places, and its dateline."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[str] = field(default_factory=Counter)
    points: list[tuple[float, float, str]] = field(default_factory=list)  # (lat, lon, name key) of local places
    dateline_countries: set[str] = field(default_factory=set)
    dateline_admin1s: set[str] = field(default_factory=set)
    actor_countries: Counter[str] = field(default_factory=Counter)  # countries of the curated actors named
    focus_country: str | None = None  # the country the collection is about

    def without(self, key: str, chosen: list[Candidate]) -> ArticleContext:
        """The context minus the votes of every mention of the same name, so a name never votes for itself."""
        if not chosen:
            return self
        countries, admin1s = Counter(self.countries), Counter(self.admin1s)
        for candidate in chosen:
            countries[candidate.place.country or ""] -= 1
            admin1s[candidate.admin1_code] -= 1
        points = [point for point in self.points if point[2] != key]
        return ArticleContext(+countries, +admin1s, points, self.dateline_countries, self.dateline_admin1s,
                              self.actor_countries, self.focus_country)


@dataclass(slots=True)
class _Slot:
    """One toponym with its candidates and the current choice."""

    toponym: Toponym
    candidates: tuple[Candidate, ...]
    key: str = ""
    choice: Candidate | None = None
    voted: Candidate | None = None  # the choice counted in the current context
    margin: float = 0.0
    runners_up: tuple[Candidate, ...] = ()  # the other candidates, best first



def resolve_toponyms(
    toponyms: list[Toponym], gazetteer: Gazetteer, text: str = "", actor_countries: Counter[str] | None = None,
    focus_country: str | None = None,
) -> list[PlaceMention]:
    """One PlaceMention per toponym, in the same order, resolved against the article's own context (`text`, the
    article, lets "X area of Y" qualify X; `actor_countries` counts the countries of the actors it names;
    `focus_country` is the country the collection is about)."""
    actors = Counter(actor_countries or {})
    if focus_country:
        # The collection's country weighs like the actors': it tips ambiguous names and admits near spellings,
        # but never outweighs the places the text itself names. It outranks any one actor's country.
        actors[focus_country] += FOCUS_COUNTRY_WEIGHT
    slots = [_Slot(toponym, candidates_for(toponym, gazetteer), key=name_key(toponym.span.text))
             for toponym in toponyms]
    context = ArticleContext(actor_countries=actors, focus_country=focus_country)
    neighbours = _neighbour_support(slots)
    for number in range(PASSES):
        if number == 1:
            _respell_unknown_names(slots, context, gazetteer)
        for index, slot in enumerate(slots):
            own = _own_context(context, slots, slot.key)
            slot.choice, slot.margin, slot.runners_up = _choose(slot, own, _qualifier(slots, index, text), neighbours)
        context = _context_of(slots, actors, focus_country)
    return [_mention(slot, _own_context(context, slots, slot.key), _qualifier(slots, index, text))
            for index, slot in enumerate(slots)]


def _respell_unknown_names(slots: list[_Slot], context: ArticleContext, gazetteer: Gazetteer) -> None:
    """Names the index does not know get the near spellings found in the article's main country ("Mastang" in a
    story placed in Pakistan is Mastung), else in the country of its actors or collection; never any other."""
    countries = [votes.most_common(1)[0][0] for votes in (context.countries, context.actor_countries) if votes]
    for slot in slots:
        if slot.candidates or slot.toponym.is_demonym:
            continue
        for country in dict.fromkeys(country for country in countries if country):
            slot.candidates = tuple(Candidate(c.place, c.admin1_code, ALTERNATE)
                                    for c in gazetteer.similar(slot.toponym.span.text, country))
            if slot.candidates:
                break


def _neighbour_support(slots: list[_Slot]) -> dict[int, int]:
    """For each local candidate, how many other names in the article could be a place within 100 km of it.

    "Paris" and "Henry County" together mean the Paris inside Henry County: the readings that sit close to some
    reading of the other names are the likely ones, before anything is chosen."""
    readings: dict[str, list[Place]] = {}
    for slot in slots:
        if slot.key in readings or slot.toponym.is_demonym:
            continue
        local = [c.place for c in slot.candidates if c.place.feature_code in LOCAL_CODES and c.place.lat is not None]
        readings[slot.key] = sorted(local, key=lambda place: place.population, reverse=True)[:NEIGHBOUR_READINGS]
    support: dict[int, int] = {}
    for key, places in readings.items():
        others = [(other_key, other) for other_key, group in readings.items() if other_key != key for other in group]
        for place in places:
            near = {other_key for other_key, other in others
                    if _km(place.lat or 0.0, place.lon or 0.0, other.lat or 0.0, other.lon or 0.0) < 100}
            support[id(place)] = len(near)
    return support


def _own_context(context: ArticleContext, slots: list[_Slot], key: str) -> ArticleContext:
    return context.without(key, [other.voted for other in slots if other.key == key and other.voted is not None])


def candidates_for(toponym: Toponym, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """Gazetteer places the toponym may name: with its division word first ("Swat district"), then without."""
    text = toponym.span.text
    if toponym.is_demonym:
        return gazetteer.lookup(text, demonyms=True)
    words = text.split()
    found: list[Candidate] = []
    if toponym.division_hint and words[-1].lower() != toponym.division_hint:
        found.extend(gazetteer.lookup(f"{text} {toponym.division_hint}"))
    found.extend(gazetteer.lookup(text))
    if not found and len(words) > 1 and words[-1].lower() in ADMIN2_WORDS | ADMIN1_WORDS | AREA_WORDS:
        found.extend(gazetteer.lookup(" ".join(words[:-1])))
    if not found and len(words) > 1 and words[-1].lower() in TOWN_WORDS:
        # "Kandahar city": the town itself.
        found.extend(c for c in gazetteer.lookup(" ".join(words[:-1])) if c.place.feature_class == "P")
    if not found and len(words) > 1 and words[0].lower() in QUALIFYING_WORDS:
        # "Eastern Europe", "northern Sindh": the part of a place is placed at the place.
        found.extend(c for c in gazetteer.lookup(" ".join(words[1:])) if c.place.feature_code != "PPL")
    unique = {candidate.place.geonameid or id(candidate): candidate for candidate in found}
    return tuple(unique.values())


@dataclass(frozen=True, slots=True)
class _Qualifier:
    """The toponym that says where the one before it lies: "Alexandria, La." or "Manglawar area of Swat"."""

    slot: _Slot
    explicit: bool  # the words between say "lies in" ("area of", "sector in"), not just a comma
    listed: bool = False  # more names follow ("Lahore, Karachi and Quetta"): a list, where a city holds nothing


def _qualifier(slots: list[_Slot], index: int, text: str) -> _Qualifier | None:
    """The toponym that says where this one lies: the next across a comma or words like "area of", else the
    owner before it ("Afghanistan's border town of Spin Boldak")."""
    if index + 1 >= len(slots) or slots[index + 1].toponym.is_demonym:
        return _owner(slots, index, text)
    here, following = slots[index].toponym, slots[index + 1].toponym
    if following.token_start - here.token_end == 1 and text[here.span.end:following.span.start].strip() == ",":
        listed = _LIST_GOES_ON.match(text, following.span.end) is not None
        return _Qualifier(slots[index + 1], explicit=False, listed=listed)
    gap = text[here.span.end:following.span.start]
    between = _GAP_WORD.findall(gap.lower())
    if 0 < len(between) <= 5 and set(between) <= CONTAINMENT_WORDS and set(between) & {"of", "in"}:
        return _Qualifier(slots[index + 1], explicit=True)
    if _COMMA_AND_NAME.fullmatch(gap) and any(c.place.feature_code in {"ADM1", "ADM2"}
                                               for c in slots[index + 1].candidates):
        return _Qualifier(slots[index + 1], explicit=False)
    return _owner(slots, index, text)


def _owner(slots: list[_Slot], index: int, text: str) -> _Qualifier | None:
    """The country or division that owns the settlement named after it ("Syria's northern town of Kobani")."""
    if index == 0 or slots[index - 1].toponym.is_demonym:
        return None
    owner, here = slots[index - 1].toponym, slots[index].toponym
    if _OWNER_OF_SETTLEMENT.fullmatch(text[owner.span.end:here.span.start]):
        return _Qualifier(slots[index - 1], explicit=False)
    return None


def _choose(
    slot: _Slot, context: ArticleContext, qualifier: _Qualifier | None, neighbours: dict[int, int]
) -> tuple[Candidate | None, float, tuple[Candidate, ...]]:
    if not slot.candidates:
        return None, 0.0, ()
    if all(candidate.place.feature_code == BOUNDARY_CODE for candidate in slot.candidates):
        return _boundary_side(slot.candidates, context), 0.0, ()
    has_division_twin = _capitals_with_division_twins(slot.candidates)
    scored = sorted(
        ((score(c, slot.toponym, context, qualifier, c.place.geonameid in has_division_twin)
          + (NEIGHBOUR_BONUS * min(neighbours.get(id(c.place), 0), 3) if c.name_kind != ALTERNATE else 0.0), c)
         for c in slot.candidates),
        key=lambda pair: pair[0], reverse=True,
    )
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 5.0
    return scored[0][1], margin, tuple(candidate for _score, candidate in scored[1:])


def _boundary_side(candidates: tuple[Candidate, ...], context: ArticleContext) -> Candidate | None:
    """A line between two countries ("the Line of Control") is on the collection's side, else the dateline's,
    else the side whose division the article names ("near Bagh"): who fired across it says nothing about where
    it hit, so demonyms never choose."""
    sides = {candidate.place.country: candidate for candidate in candidates}
    country = context.focus_country if context.focus_country in sides else next(
        (country for country in context.dateline_countries if country in sides), None)
    if country is None:
        named = {candidate.place.country for candidate in candidates if context.admin1s[candidate.admin1_code] > 0}
        country = next(iter(named)) if len(named) == 1 else None
    return sides.get(country) if country else None


def _capitals_with_division_twins(candidates: tuple[Candidate, ...]) -> set[int | None]:
    """National capitals that share their name with a division of their own country ("Washington"), and big
    cities whose name is only another name of their division ("Kharkiv" for Kharkiv Oblast): the city is what
    news means unless the text says otherwise ("Kharkiv region")."""
    divisions = {(c.place.country, c.place.name) for c in candidates if c.place.feature_code == "ADM1"}
    aliased = {c.place.country for c in candidates if c.place.feature_code == "ADM1" and c.name_kind == ALTERNATE}
    return {c.place.geonameid for c in candidates
            if (c.place.feature_code == "PPLC" and (c.place.country, c.place.name) in divisions)
            or (c.place.feature_class == "P" and c.name_kind == PRIMARY and c.place.country in aliased
                and c.place.population >= CITY_QUALIFIER_POPULATION)}


def score(
    candidate: Candidate, toponym: Toponym, context: ArticleContext, qualifier: _Qualifier | None, capital_twin: bool
) -> float:
    """How likely this candidate is the place meant, on a log-ish scale."""
    place = candidate.place
    value = math.log10(place.population + 1) + FEATURE_PRIOR.get(place.feature_code or "", 0.0)
    value += 2.5 if capital_twin else 0.0
    if candidate.name_kind == ALTERNATE:
        # Packaged country and division aliases are curated; a town's alternate names are anyone's spelling.
        value -= ALTERNATE_NAME_PENALTY / 2 if place.feature_code in {"PCLI", "ADM1"} else ALTERNATE_NAME_PENALTY
    value += _division_hint_score(place, toponym.division_hint)
    if toponym.in_dateline and (place.feature_code or "").startswith("PPL"):
        value += DATELINE_TOWN_BONUS
    if _acronym_of_ordinary_name(toponym.span.text, place.name):
        value += ACRONYM_MISMATCH
    value += _context_score(candidate, context)
    value += _qualifier_score(candidate, qualifier)
    return value


def _acronym_of_ordinary_name(text: str, name: str) -> bool:
    letters = text.replace(".", "")
    return 1 < len(letters) <= 4 and letters.isupper() and name.upper() == letters and name != letters


def _division_hint_score(place: Place, hint: str | None) -> float:
    if hint is None:
        return 0.0
    if hint in ADMIN2_WORDS:
        return 3.0 if place.feature_code in {"ADM2", "ADM3"} else -1.0
    if hint in AREA_WORDS and place.feature_code in {"RGN", "VAL"}:
        return 3.0
    if hint in ADMIN1_WORDS:
        # "Kaduna state": the text says which; a big city of the same name must not outweigh it.
        return 4.5 if place.feature_code == "ADM1" else -1.5
    return 0.0


def _context_score(candidate: Candidate, context: ArticleContext) -> float:
    place = candidate.place
    value = 0.0
    total = sum(context.countries.values())
    if total and context.countries[place.country or ""] > 0:
        value += 1.5 + 3.0 * context.countries[place.country or ""] / total
    if candidate.admin1_code and context.admin1s[candidate.admin1_code] > 0:
        value += 2.5 if place.feature_code != "ADM1" else 1.0
    if context.actor_countries[place.country or ""] > 0:
        value += ACTOR_COUNTRY_BONUS
    if place.country in context.dateline_countries:
        value += 2.0
    if candidate.admin1_code and candidate.admin1_code in context.dateline_admin1s:
        value += 2.0
    if place.feature_code in LOCAL_CODES and context.points and candidate.name_kind != ALTERNATE:
        value += _proximity_score(place, context.points)
    return value


def _proximity_score(place: Place, points: list[tuple[float, float, str]]) -> float:
    """Local news names places near each other: reward a candidate close to the article's other places."""
    nearest = min(_km(place.lat or 0.0, place.lon or 0.0, lat, lon) for lat, lon, _key in points)
    if nearest < 50:
        return 2.5
    if nearest < 150:
        return 1.5
    return 0.5 if nearest < 400 else 0.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = (math.sin((phi2 - phi1) / 2) ** 2
            + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(half)))


def _qualifier_score(candidate: Candidate, qualifier: _Qualifier | None) -> float:
    """ "Alexandria, La.", "Boi, Balochistan", "Jamrud, Khyber Agency", "Mach area of Bolan": the following
    name, if it is a division or country (or any place, when the words say so), should contain this place."""
    containers = _containers(qualifier)
    if not containers or candidate.place.feature_code == "PCLI":
        return 0.0
    return max((_containment(candidate, container) for container in containers), default=0.0) or QUALIFIER_CONFLICT


def _containers(qualifier: _Qualifier | None) -> list[Candidate]:
    if qualifier is None:
        return []
    codes = {"ADM1", "ADM2", "ADM3", "PCLI"} | (LOCAL_CODES if qualifier.explicit else set())
    return [c for c in qualifier.slot.candidates
            if c.place.feature_code in codes or (not qualifier.listed and _city(c))]


def _city(candidate: Candidate) -> bool:
    """A city big enough to stand after a comma for the district it holds ("Sadar, Karachi")."""
    return candidate.place.feature_class == "P" and candidate.place.population >= CITY_QUALIFIER_POPULATION


def _containment(candidate: Candidate, container: Candidate) -> float:
    """How strongly `container` holds `candidate`: the bonus for a qualifier naming it, 0 when it does not."""
    code = container.place.feature_code
    if code == "ADM1" and container.admin1_code == candidate.admin1_code:
        return QUALIFIER_BONUS
    if code == "PCLI" and container.place.country == candidate.place.country:
        return QUALIFIER_BONUS * 0.75
    if code != "PCLI" and container.admin1_code == candidate.admin1_code and candidate.place is not container.place:
        return QUALIFIER_BONUS * 0.5  # a district or town of the same province
    return 0.0


def _contradicted(choice: Candidate, qualifier: _Qualifier | None) -> bool:
    """A town whose qualifier was resolved to a division or country that does not hold it: no such town is
    known there, so the town is left unresolved rather than placed abroad."""
    if qualifier is None or qualifier.slot.choice is None or choice.place.feature_code not in LOCAL_CODES:
        return False
    code = qualifier.slot.choice.place.feature_code
    across_border = qualifier.slot.choice.place.country != choice.place.country
    city_holds = _city(qualifier.slot.choice) and not _city(choice) and not qualifier.listed
    if across_border and (code in {"ADM2", "ADM3"} or city_holds):
        return True  # "Dasht, Kech", "Sadar, Karachi": a district or city across a border never holds the town
    named_division = code == "ADM2" and qualifier.slot.toponym.division_hint is not None  # "Bara, Khyber Agency"
    if code not in {"ADM1", "PCLI"} and not named_division and not qualifier.explicit:
        return False
    return _containment(choice, qualifier.slot.choice) == 0.0


def _context_of(slots: list[_Slot], actor_countries: Counter[str], focus_country: str | None) -> ArticleContext:
    """The article's countries and divisions, from every chosen place (demonyms count for their country)."""
    context = ArticleContext(actor_countries=actor_countries, focus_country=focus_country)
    for slot in slots:
        slot.voted = slot.choice
        if slot.choice is None:
            continue
        place = slot.choice.place
        context.countries[place.country or ""] += 1
        if slot.choice.admin1_code:
            context.admin1s[slot.choice.admin1_code] += 1
        if place.feature_code in LOCAL_CODES and place.lat is not None and place.lon is not None:
            context.points.append((place.lat, place.lon, slot.key))
        if slot.toponym.in_dateline:
            context.dateline_countries.add(place.country or "")
            if slot.choice.admin1_code:
                context.dateline_admin1s.add(slot.choice.admin1_code)
    return context


def _mention(slot: _Slot, context: ArticleContext, qualifier: _Qualifier | None) -> PlaceMention:
    choice = slot.choice
    if choice is not None and (_far_fetched(choice, context) or _contradicted(choice, qualifier)):
        choice = _supported_runner_up(slot, context, qualifier)
    confidence = 0.0 if choice is None else round(1 - math.exp(-max(slot.margin, 0.0) - 0.5), 3)
    return PlaceMention(slot.toponym.span, choice.place if choice else None, slot.toponym.is_demonym, confidence)


def _supported_runner_up(slot: _Slot, context: ArticleContext, qualifier: _Qualifier | None) -> Candidate | None:
    """When the best reading is a guess, the next one in a country the article or its actors are about ("Sui"
    in a story of Frontier Corps troops is the Pakistani town, not a Chinese city's old name)."""
    for candidate in slot.runners_up:
        country = candidate.place.country or ""
        supported = context.countries[country] > 0 or context.actor_countries[country] > 0
        if supported and not _far_fetched(candidate, context) and not _contradicted(candidate, qualifier):
            return candidate
    return None


def _far_fetched(choice: Candidate, context: ArticleContext) -> bool:
    """A small place, in a country the rest of the article never mentions, known only by an alternate name (unless
    a city in an article naming no other place) or standing against a clearly placed article: a guess, not a
    resolution. A country the article's actors belong
    to counts as mentioned."""
    place = choice.place
    if place.feature_code not in LOCAL_CODES:
        return False
    total = sum(context.countries.values())
    if context.countries[place.country or ""] > 0 or context.actor_countries[place.country or ""] > 0:
        return False
    if choice.name_kind == ALTERNATE:
        # A city's common other spelling ("Sadiqabad") stands in an article that names no other place and no
        # actor of another country.
        return total > 0 or bool(+context.actor_countries) or place.population < CITY_QUALIFIER_POPULATION
    return total >= FAR_CONTEXT_MENTIONS and place.population < FAR_MAX_POPULATION
