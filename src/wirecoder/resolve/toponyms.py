"""Toponym recognition: place names and demonyms in a parsed article, before any resolution.

Three sources, in order of trust: spaCy's GPE/LOC entities (and FAC, PERSON or ORG entities that the gazetteer
and their context show to be places), the article's dateline, and a gazetteer scan of capitalised words the model
left untagged. Demonyms ("Afghan soil") come from NORP entities and the same scan.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirecoder.models import TextSpan
from wirecoder.nlp.datelines import dateline_places
from wirecoder.nlp.model import TITLE_ABBREVIATIONS
from wirecoder.nlp.text import doc_text
from wirecoder.resolve.gazetteer import Candidate, Gazetteer
from wirecoder.resolve.geo_sources import ABBREVIATION, ALTERNATE, PRIMARY
from wirecoder.resolve.geo_text import name_key

PLACE_LABELS = {"GPE", "LOC"}
CITY_POPULATION = 100_000
MAX_BOUNDARY_WORDS = 3  # "Line of Control"
HOLDING_WORDS = frozenset({"administered", "controlled", "held", "occupied", "ruled"})
# Lower-case words and marks inside place names ("Mocimboa da Praia", "Rio de Janeiro", "Bandar-e Abbas").
NAME_PARTICLES = {"-", "of", "da", "de", "do", "dos", "das", "del", "di", "du", "des", "la", "el", "al", "e", "ul"}
NOT_PLACE_LABELS = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "northeast", "northwest", "southeast", "southwest"}
CLOSED_LABELS = {"PERSON", "NORP", "FAC", "GPE", "LOC"}
# Words that follow a name and say what kind of division it is ("Caddo Parish", "Swat district").
DIVISION_WORDS = {"county", "parish", "district", "province", "agency", "borough", "governorate", "valley", "region",
                  "tehsil", "state", "township"}
ADMINISTRATIVE_DIVISION_WORDS = {"district", "agency", "tehsil", "province", "governorate"}
# Prepositions that put the next name in a place role.
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "outside", "across", "into", "toward", "towards", "around"}
# Adjectives that keep the place role of the preposition before them ("in neighbouring Tepalcatepec").
ADJACENT_WORDS = {"neighbouring", "neighboring", "nearby", "adjoining", "adjacent"}
# "30 km southeast of Manbij": a bearing from a place.
BEARING_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west"}
PERSON_TITLES = {"coach", "mr", "mrs", "ms", "dr", "sen", "senator", "gov", "governor", "rep", "president", "judge",
                 "officer", "sgt", "lt", "capt", "col", "gen", "pastor", "rev", "father", "sister", "brother", "uncle",
                 "aunt", "mother", "son", "daughter", "wife", "husband", "minister", "chief", "deputy", "prof"}
# Nouns that a town name modifies ("an Alexandria man", "the Gainesville area").
PLACE_NOUNS = {"man", "woman", "men", "women", "resident", "residents", "area", "native", "natives", "couple",
               "family", "teen", "teenager", "boy", "girl", "youth", "home", "homes", "neighborhood", "suburb"}
# Words that open a local body's name after its town ("Gainesville Police", "Dublin City Council").
ORGANISATION_HEADS = {"police", "policemen", "policeman", "fire", "city", "county", "public", "school", "schools",
                      "high", "middle", "elementary", "council", "sheriff", "board", "municipal", "regional", "area",
                      "township",
                      "town", "village", "water", "utilities", "housing", "parks", "community", "district",
                      "chamber", "metropolitan", "state", "university", "college", "airport", "hospital", "memorial",
                      "library", "zoo", "museum", "convention", "county's", "city's", "mayor", "planning", "bureau",
                      "office", "offices", "press", "jail", "prison", "cantonment", "bar", "working",
                      "border"}
# Capitalised words that make the name before them a neighbourhood or street of a town ("Nishtar Colony", "Kohat
# Road"), not the town of that name; the town itself may follow ("Nishtar Colony Lahore").
NEIGHBOURHOOD_WORDS = {"colony", "bazaar", "bazar", "chowk", "goth", "mohalla", "mandi", "town", "road", "market"}
# Of those, the words after which a city's name may follow the neighbourhood's ("Nishtar Colony Lahore").
LOCALITY_WORDS = {"colony", "bazaar", "bazar", "chowk", "goth", "mohalla", "mandi"}
# Verbs whose object is a place when the gazetteer knows the name ("jets pounded Mir Ali").
BOMBARDING_VERBS = {"pound", "bomb", "shell", "bombard", "blitz", "raid", "storm", "overrun", "besiege", "strafe"}
# Nouns that call the name after "of" a settlement ("the town of Boni").
SETTLEMENT_NOUNS = {"town", "village", "city", "hamlet", "settlement", "township", "outskirts", "port"}
# Lower-case words for natural features or divisions that follow their name ("the Sambisa forest", "the Barmal
# district"); not "state", which follows many names that are no place ("the Islamic state").
FEATURE_NOUNS = {"forest", "forests", "mountains", "hills", "valley", "desert", "river", "lake", "plains",
                 "district", "province", "region", "county", "tehsil", "governorate", "subdistrict", "municipality"}
# Lower-case words that put the name before them inside the place named after "of" or "in" ("Sangan area of
# Sibi").
AREA_PART_NOUNS = {"area", "areas", "village", "locality", "sector", "neighbourhood", "neighborhood", "suburb"}
# Words for part of a place, before "of" and its name ("areas of Dera Bugti", "the outskirts of Quetta").
PART_OF_PLACE_WORDS = {"area", "areas", "outskirts", "suburbs", "suburb", "vicinity", "district", "town", "village",
                       "city", "province", "region", "parts", "part", "tehsil", "sector", "neighbourhood",
                       "neighborhood", "capital", "heart", "centre", "center", "streets", "residents"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "highway",
                "hwy", "way", "court", "place", "plaza", "square", "bridge", "park", "hall", "center", "centre",
                "school", "hospital", "church", "airport", "station", "building", "mall", "stadium"}
# Capitalised words that are also place names but mostly something else in news prose.
COMMON_WORDS = frozenset("""
a about after all also an and april are as at august be before but by can center central city come day december
during east even every fall february first for friday from general god good great he her here his home hope house
i if in is it its january july june just king lake last liberty lincoln long made march may mayor mercy monday
more most mount my new news no north not november now october of on one or our over page park people police
post power president read said saturday say see september she so south spring state street summer sunday that
the their then there they this thursday today tuesday union university up us victoria village wednesday we well
west what when where who why will winter with you young story hospital court center obama bush clinton
valley bazar bazaar colony area sector town village district county province agency western eastern northern
southern gulf capital coast delta lakes islands upper lower middle national federal christmas metro justice
commerce chamber college bank federal titan forest eagle superior western leader reserve
""".split())


@dataclass(slots=True)
class Toponym:
    """A place name or demonym found in the text, with the hints resolution needs."""

    span: TextSpan
    token_start: int
    token_end: int
    source: str  # "ner", "dateline", "gazetteer"
    is_demonym: bool = False
    division_hint: str | None = None  # "county", "district", ... when the text names the kind of division
    in_dateline: bool = False


def find_toponyms(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Every toponym and demonym occurrence in `doc`, in text order, none overlapping."""
    found: list[Toponym] = []
    taken = [False] * len(doc)
    surnames = _surnames(doc)
    for toponym in _dateline_toponyms(doc, gazetteer):
        _keep(toponym, found, taken)
    for toponym in _boundary_lines(doc, gazetteer) + _administered_regions(doc, gazetteer):
        _keep(toponym, found, taken)
    for ent in doc.ents:
        for toponym in _entity_toponyms(ent, gazetteer, surnames):
            _keep(toponym, found, taken)
    for toponym in _same_name_elsewhere(doc, found, taken, surnames):
        _keep(toponym, found, taken)
    # Names inside people's names or facilities ("Dublin Road") are not places; inside organisations ("Gainesville
    # Police") they are, and the scan looks there with its own rules, as it does in entities the model mislabelled
    # as dates or products.
    closed = list(taken)
    for ent in doc.ents:
        if ent.label_ in CLOSED_LABELS:
            for index in range(ent.start, ent.end):
                closed[index] = True
    for toponym in _scan_untagged(doc, gazetteer, closed):
        _keep(_extend_toponym(toponym, doc, gazetteer, taken), found, taken)
    for toponym in _named_settlements(doc, taken):
        _keep(toponym, found, taken)
    return sorted(found, key=lambda toponym: toponym.span.start)


def _named_settlements(doc: Doc, taken: list[bool]) -> list[Toponym]:
    """ "The central town of Boni", "the village of Tal Abyad": a capitalised name that the text itself calls a
    town or village (in lower case: "the Town of Hempstead" is a name of its own), known to the gazetteer or not,
    whatever the model tagged it as."""
    found = []
    for token in doc:
        if token.lower_ != "of" or token.i < 1 or doc[token.i - 1].text not in SETTLEMENT_NOUNS:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and _capitalised(doc[end]) and not taken[end]:
            end += 1
        if end > token.i + 1:
            found.append(_toponym(doc[token.i + 1:end], "pattern"))
    return found + _named_features(doc, taken) + _named_areas(doc, taken)


def _named_areas(doc: Doc, taken: list[bool]) -> list[Toponym]:
    """ "In Sangan area of Sibi district", "the Dhirkot village in Bagh": a capitalised name that the
    text places, by a lower-case word for part of a place, inside a capitalised place named next."""
    found = []
    for token in doc[1:-2]:
        following = doc[token.i + 2] if doc[token.i + 2].lower_ != "the" else doc[min(token.i + 3, len(doc) - 1)]
        if token.text not in AREA_PART_NOUNS or doc[token.i + 1].lower_ not in {"of", "in"} or not following.is_title:
            continue
        start = token.i
        while (start > 0 and token.i - start < 3 and _capitalised(doc[start - 1]) and not taken[start - 1]
               and doc[start - 1].ent_type_ not in NOT_PLACE_LABELS):
            start -= 1
        if start < token.i and doc[token.i - 1].lower_ not in STREET_WORDS | COMMON_WORDS:
            found.append(_toponym(doc[start:token.i], "pattern"))
    return found


def _named_features(doc: Doc, taken: list[bool]) -> list[Toponym]:
    """ "Near the Sambisa forest", "in the Barmal district": a capitalised name before a lower-case word for a
    natural feature or a division, after "the"."""
    found = []
    for token in doc:
        if token.text not in FEATURE_NOUNS or token.i < 2 or taken[token.i - 1]:
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and _capitalised(doc[start - 1]) and not taken[start - 1]:
            start -= 1
        if start < token.i and start > 0 and doc[start - 1].lower_ == "the":
            found.append(_toponym(doc[start:token.i + 1], "pattern"))
    return found


def _keep(toponym: Toponym, found: list[Toponym], taken: list[bool]) -> None:
    if any(taken[toponym.token_start:toponym.token_end]):
        return
    for index in range(toponym.token_start, toponym.token_end):
        taken[index] = True
    found.append(toponym)


def _dateline_toponyms(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """The "CITY, COUNTRY —" opening of a wire story, whatever the model tagged it as."""
    toponyms = []
    for start, end in dateline_places(doc_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and gazetteer.lookup(span.text):
            toponyms.append(_toponym(span, "dateline", in_dateline=True))
    return toponyms


def _boundary_lines(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Lines between two countries ("the Line of Control", "LoC"), as written with capitals: the model tags them
    as facilities or people, often with a bracket inside ("the Line of Control (LoC")."""
    names = gazetteer.boundary_names
    first_words = {name.split()[0] for name in names}
    found: list[Toponym] = []
    start = 0
    while start < len(doc):
        end = None
        if doc[start].text[:1].isupper() and doc[start].lower_ in first_words:
            end = next((end for end in range(min(len(doc), start + MAX_BOUNDARY_WORDS), start, -1)
                        if _capitalised_ends(doc[start:end]) and name_key(doc[start:end].text) in names), None)
        if end is None:
            start += 1
            continue
        found.append(_toponym(doc[start:end], "gazetteer"))
        start = end
    return found


def _administered_regions(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """ "Pakistan-administered Kashmir", "Indian-controlled Kashmir": one division of a contested region, named
    with the country that holds it; the model sees a country and a region."""
    found = []
    for token in doc[:-3]:
        words = doc[token.i:token.i + 4]
        if (_capitalised(token) and words[1].text == "-" and words[2].lower_ in HOLDING_WORDS
                and _capitalised(words[3]) and gazetteer.lookup(words.text)):
            found.append(_toponym(words, "gazetteer"))
    return found


def _capitalised_ends(span: Span) -> bool:
    return span[0].text[:1].isupper() and span[-1].text[:1].isupper()


def _entity_toponyms(ent: Span, gazetteer: Gazetteer, surnames: set[str]) -> list[Toponym]:
    if ent.label_ == "NORP":
        return _demonym_toponyms(ent, gazetteer)
    if ent.label_ == "ORG":
        return _leading_country(ent, gazetteer)
    if ent.label_ not in PLACE_LABELS | {"FAC", "PERSON"}:
        return []
    toponyms = []
    for part in _entity_parts(ent, gazetteer):
        part = _trim(part)
        if part is None or not _named(part) or _title_abbreviation(part):
            continue
        if _titled_person(part, surnames) and not (_country_or_division(part, gazetteer) and (
                len(ent) > 1 or ent.label_ in PLACE_LABELS or _after_place_preposition(part))):
            continue  # "Abdullahi Osman Farah ... Farah said": the man, not the province, unless "in Farah"
        part = _extend_over_cut_name(part, gazetteer)
        if _is_demonym_only(part, gazetteer):
            toponyms.append(_toponym(part, "ner", is_demonym=True))
        elif ent.label_ in PLACE_LABELS or _place_like(part, ent.label_, gazetteer) or (
            ent.label_ == "PERSON" and len(part) == 1 and _major_place(part, gazetteer)
        ):
            toponyms.append(_toponym(part, "ner"))
    return toponyms


def _title_abbreviation(span: Span) -> bool:
    """ "Brig." before "Gen. Kyaw": a rank the model took for a place."""
    return len(span) == 1 and span.text.endswith(".") and span.text.rstrip(".") in TITLE_ABBREVIATIONS


def _named(span: Span) -> bool:
    """A proper name: capitalised ("bush" or "the north" tagged as a place is not a toponym), and more than a
    compass word ("Northern" alone)."""
    return span.text[:1].isupper() and not (len(span) == 1 and span.text.lower() in COMPASS_WORDS)


def _extend_over_cut_name(span: Span, gazetteer: Gazetteer) -> Span:
    """ "Dera" + "Ismail Khan": a place name the model cut in two is the longer name the gazetteer knows."""
    doc = span.doc
    for extra in (3, 2, 1):
        end = span.end + extra
        if end > len(doc) or not _name_words(doc[span.end:end]):
            continue
        longer = doc[span.start:end]
        if any(c.name_kind == PRIMARY or _names_a_state(c) for c in gazetteer.lookup(longer.text)):
            return longer  # also a country by another name: "DR" + "Congo"
    return span


def _is_demonym_only(span: Span, gazetteer: Gazetteer) -> bool:
    """ "Sri Lankan" tagged as a place or person: a demonym, not a place name."""
    return bool(gazetteer.lookup(span.text, demonyms=True)) and not gazetteer.lookup(span.text)


def _titled_person(span: Span, surnames: set[str]) -> bool:
    """ "coach Ripley": a title before the name, or the name being the surname of a person named in full
    elsewhere in the article ("Tom Jones ... Jones said"), makes it a person whatever the tag."""
    if _word_before(span).lower().rstrip(".") in PERSON_TITLES:
        return True
    return len(span) == 1 and span.text in surnames


def _country_or_division(span: Span, gazetteer: Gazetteer) -> bool:
    return any(c.place.feature_code in {"PCLI", "ADM1"} for c in gazetteer.lookup(span.text))


def _surnames(doc: Doc) -> set[str]:
    """Last words of people named in full: "Jones" after "Tom Jones" is a person."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}


def _same_name_elsewhere(doc: Doc, found: list[Toponym], taken: list[bool], surnames: set[str]) -> list[Toponym]:
    """One sense per article: a PERSON or ORG entity spelled exactly like a toponym found elsewhere in the
    article ("an Alexandria man" beside "in Alexandria") is that place too."""
    known = {name_key(toponym.span.text) for toponym in found if not toponym.is_demonym}  # "QUETTA" is Quetta
    extra = []
    for ent in doc.ents:
        trimmed = _trim(ent)
        if ent.label_ not in {"PERSON", "ORG", "FAC"} or trimmed is None or any(taken[trimmed.start:trimmed.end]):
            continue
        if name_key(trimmed.text) in known and not _titled_person(trimmed, surnames):
            extra.append(_toponym(trimmed, "ner"))
        elif ent.label_ in {"ORG", "FAC"}:
            # "Oxford Crown Court" in an article that names Oxford: the organisation's home town.
            widths = (width for width in (3, 2, 1) if width < len(trimmed) and name_key(trimmed[:width].text) in known)
            head = next((trimmed[:width] for width in widths), None)
            if head is not None:
                extra.append(_toponym(head, "ner"))
    return extra


def _leading_country(ent: Span, gazetteer: Gazetteer) -> list[Toponym]:
    """ "U.S. Army", "Pakistan Army": an organisation named after its country names that country; an
    organisation that is only a place name in a place role ("in Sialkot") is the place."""
    whole = _trim(ent)
    if whole is None:
        return []
    parts = [part for part in map(_trim, _entity_parts(whole, gazetteer)) if part is not None and _named(part)]
    if parts and all(_place_like(part, "ORG", gazetteer) or _major_place(part, gazetteer) for part in parts):
        return [_toponym(part, "ner") for part in parts]
    for width in (2, 1):
        head = whole[:width]
        if len(whole) > width and _named(head) and any(_names_a_state(c) for c in gazetteer.lookup(head.text)):
            return [_toponym(head, "ner")]
    return []


def _names_a_state(candidate: Candidate) -> bool:
    """A country, or a first-level division by its name or abbreviation ("S.C. Highway Patrol")."""
    code = candidate.place.feature_code
    return code == "PCLI" or (code == "ADM1" and candidate.name_kind in {PRIMARY, ABBREVIATION})


def _major_place(span: Span, gazetteer: Gazetteer) -> bool:
    """A whole entity that is the name of a country, a first-level division or a city of half a million."""
    return any(c.name_kind == PRIMARY and (c.place.feature_code in {"PCLI", "ADM1"} or c.place.population >= 500_000)
               for c in gazetteer.lookup(span.text))


def _entity_parts(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """The names inside an entity: its comma parts, each cut further when the gazetteer knows its pieces but not
    the whole ("tehsil Jamrud of Khyber Agency", "Bagh Azad Kashmir")."""
    return [piece for part in _comma_parts(ent) for piece in _known_pieces(part, gazetteer)]


def _known_pieces(part: Span, gazetteer: Gazetteer) -> list[Span]:
    trimmed = _trim(part)
    if trimmed is None or gazetteer.lookup(trimmed.text):
        return [part]
    runs = _capitalised_runs(trimmed)
    if len(runs) > 1 and all(gazetteer.lookup(run.text) for run in runs):
        return runs
    if len(runs) == 1:
        return _town_then_division(runs[0], gazetteer) or _town_after_neighbourhood(runs[0], gazetteer) or [part]
    return [part]


def _town_after_neighbourhood(run: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "Nishtar Colony Lahore" tagged as one place: the city after the neighbourhood's name."""
    for token in run[:-1]:
        if token.lower_ in LOCALITY_WORDS and token.i > run.start:
            town = run.doc[token.i + 1:run.end]
            if any(c.place.population >= CITY_POPULATION for c in gazetteer.lookup(town.text)):
                return [town]
    return []


def _capitalised_runs(span: Span) -> list[Span]:
    """The runs of capitalised words in a span, split at its lower-case words ("of", "tehsil")."""
    runs, start = [], None
    for token in span:
        if token.text[:1].isupper() and start is None:
            start = token.i
        elif not token.text[:1].isupper() and start is not None:
            runs.append(span.doc[start:token.i])
            start = None
    if start is not None:
        runs.append(span.doc[start:span.end])
    return runs


def _town_then_division(run: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "Hyderabad Sindh", "Bagh Azad Kashmir", "Utmankhel Bajaur": a place followed, with no comma, by the
    division or country it lies in; an unknown one-word head (a tehsil the index lacks) is left out."""
    for cut in range(len(run) - 1, 0, -1):
        head, tail = run.doc[run.start:run.start + cut], run.doc[run.start + cut:run.end]
        containers = [c for c in gazetteer.lookup(tail.text) if c.place.feature_code in {"ADM1", "PCLI"}]
        districts = [c for c in gazetteer.lookup(tail.text) if c.place.feature_code == "ADM2"]
        heads = gazetteer.lookup(head.text)
        if any(c.admin1_code == container.admin1_code or c.place.country == container.place.country
               and container.place.feature_code == "PCLI" for c in heads for container in containers):
            return [head, tail]
        if (containers or districts) and not heads and cut == 1 and _after_place_and_name(tail):
            return [tail]
    return []


def _comma_parts(ent: Span) -> list[Span]:
    """ "Alexandria, Va." tagged as one entity is two toponyms."""
    parts, start = [], ent.start
    for token in ent:
        if token.text in {",", ";"}:
            if token.i > start:
                parts.append(ent.doc[start:token.i])
            start = token.i + 1
    if start < ent.end:
        parts.append(ent.doc[start:ent.end])
    return parts


def _trim(span: Span) -> Span | None:
    """Drop a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    if start < end and span.doc[start].lower_ == "the":
        start += 1
    if end > start and span.doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    return span.doc[start:end] if end > start else None


def _place_like(span: Span, label: str, gazetteer: Gazetteer) -> bool:
    """A FAC, PERSON or ORG entity that is a place: a known name in a place role ("in Sialkot", "Caddo Parish")."""
    if label == "FAC" and span[-1].lower_.rstrip(".") in STREET_WORDS:
        return False
    candidates = [c for c in gazetteer.lookup(span.text)
                  if c.name_kind != ALTERNATE or label == "FAC" or c.place.feature_code in {"ADM1", "ADM2"}]
    if not candidates:
        return False
    if span[-1].lower_ in DIVISION_WORDS and label != "FAC":
        return True
    previous = _word_before(span).lower()
    if _bombarded(span) and any(c.name_kind == PRIMARY for c in candidates):
        return True
    if label == "PERSON" and any(t.is_title and t.lower_ not in DIVISION_WORDS for t in span[1:]):
        # A two-word "person" is a place only after a locative preposition (or "areas of") and under a name the
        # gazetteer knows as a division or town ("near a village in Qila Saifullah").
        return (previous in PLACE_PREPOSITIONS or _after_area_of(span) or previous == ",") and (
            _followed_by_division_or_qualifier(span, gazetteer)
            or any(c.name_kind == PRIMARY and (c.place.feature_code in {"ADM1", "ADM2"} or c.place.population >= 10_000)
                   for c in candidates))
    division_first = previous in ADMINISTRATIVE_DIVISION_WORDS and _word_before(span).islower()  # "tehsil Jamrud"
    return (_after_place_preposition(span) or previous == "of" or division_first
            or _followed_by_division_or_qualifier(span, gazetteer) or _before_place_noun(span) or _in_address(span)
            or _qualifying(span, candidates) or _after_place_possessive(span, gazetteer)
            or _described_as_settlement(span))


def _described_as_settlement(span: Span) -> bool:
    """ "El Aguaje, a hamlet in Aguililla municipality": a name the apposition after it calls a settlement."""
    return bool(_SETTLEMENT_APPOSITION.match(doc_text(span.doc), span.end_char))


_SETTLEMENT_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:village|town|hamlet|city|settlement|district|suburb|neighbou?rhood"
    r"|township|municipality|locality|port|border\s+town)\b")


def _bombarded(span: Span) -> bool:
    """ "Jets pounded Mir Ali": the object of a verb of bombardment is a place, whatever the tag."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_ in BOMBARDING_VERBS


def _qualifying(span: Span, candidates: list[Candidate]) -> bool:
    """ "Momond, Bajaur", "Katlang tehsil Mardan": after a comma or a division word that follows a name, a
    known division or town is the place that name lies in."""
    after_name = _after_comma_place(span) or (
        _word_before(span).lower() in DIVISION_WORDS and _word_before(span, 2)[:1].isupper())
    return after_name and any(
        c.place.feature_code in {"ADM1", "ADM2", "VAL", "RGN"} or c.place.population >= 10_000 for c in candidates)


def _before_place_noun(span: Span) -> bool:
    """ "an Alexandria man", "the Gainesville area": a name used as a modifier of a people or place noun."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in PLACE_NOUNS


def _in_address(span: Span) -> bool:
    """ "1935 Orchard St., Alexandria, was": the town of a street address, between commas."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].text == "," and span.end < len(doc) and doc[span.end].text == ","
            and doc[span.start - 2].lower_.rstrip(".") in STREET_WORDS)


def _followed_by_division_or_qualifier(span: Span, gazetteer: Gazetteer) -> bool:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in DIVISION_WORDS:
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        # "Datu Piang, Maguindanao del Sur": the next name, up to four words, is a province or country
        names = [doc[span.end + 1:end] for end in range(min(len(doc), span.end + 5), span.end + 1, -1)]
        return any(c.place.feature_code in {"ADM1", "ADM2", "PCLI"} and c.name_kind == PRIMARY
                   for name in names if _name_words(name) for c in gazetteer.lookup(name.text))
    return False


def _demonym_toponyms(ent: Span, gazetteer: Gazetteer) -> list[Toponym]:
    """ "Pakistani", "Afghans": a NORP entity, or its first word ("Pakistani Taliban"), that names a people."""
    ent = _trim(ent) or ent
    for width in range(min(len(ent), 3), 0, -1):
        head = ent[:width]
        if gazetteer.lookup(head.text, demonyms=True):
            return [_toponym(head, "ner", is_demonym=True)]
    if _country_or_division(ent, gazetteer) or (
            (_before_division_word(ent) or _bombarded(ent)) and gazetteer.lookup(ent.text)):
        # "Punjab", "Kakching district" or "jets pounded Razmak" tagged as a people: the place
        return [_toponym(ent, "ner")]
    return []


def _extend_toponym(toponym: Toponym, doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> Toponym:
    """A scanned name whose rest the model tagged as a person ("Dera" + "Ismail Khan") is the whole name."""
    if toponym.is_demonym:
        return toponym
    span = doc[toponym.token_start:toponym.token_end]
    longer = _extend_over_cut_name(span, gazetteer)
    if longer.end == span.end or any(taken[span.end:longer.end]):
        return toponym
    return _toponym(longer, toponym.source)


def _scan_untagged(doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> list[Toponym]:
    """Capitalised names the model missed that the gazetteer knows as a country, division or sizeable town."""
    found = []
    index = 0
    while index < len(doc):
        match = _longest_known_name(doc, index, gazetteer, taken)
        if match is None:
            index += 1
            continue
        found.append(match)
        index = match.token_end
    return found


def _longest_known_name(doc: Doc, start: int, gazetteer: Gazetteer, taken: list[bool]) -> Toponym | None:
    if taken[start] or not _capitalised(doc[start]):
        return None
    for end in range(min(len(doc), start + 4), start, -1):
        tokens = doc[start:end]
        if any(taken[start:end]) or not _name_words(tokens):
            continue
        if not _capitalised(tokens[-1]) or (end - start == 1 and tokens[0].lower_ in COMMON_WORDS):
            continue
        if _sentence_initial_common(tokens) or _names_neighbourhood(tokens):
            continue
        if end - start == 1 and gazetteer.lookup(tokens.text, demonyms=True):
            return _toponym(tokens, "gazetteer", is_demonym=True)
        candidates = gazetteer.lookup(tokens.text)
        if any(_scan_worthy(c, tokens, gazetteer) for c in candidates):
            return _toponym(tokens, "gazetteer")
    return None


def _scan_worthy(candidate: Candidate, tokens: Span, gazetteer: Gazetteer) -> bool:
    """A country or first-level division by its own name anywhere; anything smaller only in a place role."""
    place = candidate.place
    if candidate.name_kind == ABBREVIATION:
        return _after_comma_place(tokens)
    if candidate.name_kind != PRIMARY:
        return False
    if place.feature_code in {"PCLI", "ADM1", "CONT", "RGN", "OCN", "SEA", "PEN", "VAL"}:
        # Inside an organisation's name a division counts where it names the body's home ("Sindh Police",
        # "Government of Sindh"), not as a word of the name ("the National Unity Government").
        return place.feature_code == "PCLI" or tokens[0].ent_type_ != "ORG" or _opens_or_owns(tokens)
    if place.feature_code == "ADM2" and tokens[-1].lower_ in DIVISION_WORDS:
        return True
    sizeable = place.feature_code in {"ADM2", "PPLC"} or place.population >= 5_000
    if tokens[0].ent_type_ == "ORG":
        # "Karachi's Korangi area" tagged as one organisation: only a big city's possessive, or a city after a
        # neighbourhood's name ("Nishtar Colony Lahore"), is trusted there.
        return ((sizeable and _names_organisation_home(tokens)) or (place.population >= 500_000 and _possessive(tokens))
                or (place.population >= CITY_POPULATION and _after_neighbourhood(tokens)))
    in_place_role = (_after_place_preposition(tokens) or _after_area_of(tokens) or _after_comma_place(tokens)
                     or _before_place_noun(tokens)
                     or (place.population >= CITY_POPULATION and _after_neighbourhood(tokens))
                     or _after_place_possessive(tokens, gazetteer)
                     or _before_division_word(tokens) or (sizeable and _possessive(tokens)))
    return in_place_role and (place.feature_code in {"ADM2", "PPLC", "VAL"} or place.population >= 1_000)


def _opens_or_owns(tokens: Span) -> bool:
    """The name opens or ends its organisation's name ("Punjab Police", "University of Florida"), or follows "of"
    in it; not a word in its middle ("the National Unity Government")."""
    doc = tokens.doc
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    after = doc[tokens.end] if tokens.end < len(doc) else None
    # "Northern Illinois University": a part of the division, named by a compass word, still names it.
    inside_before = before is not None and before.ent_type_ == "ORG" and tokens[0].ent_iob_ != "B" \
        and before.lower_ not in {"the", "of"} | COMPASS_WORDS
    inside_after = after is not None and after.ent_type_ == "ORG" and after.ent_iob_ == "I"
    return not (inside_before and inside_after)


def _names_organisation_home(tokens: Span) -> bool:
    """ "Gainesville Police", "the Alexandria City Council": a town name opening a local body's name."""
    doc = tokens.doc
    opens = tokens.start == 0 or doc[tokens.start - 1].ent_type_ != "ORG" or doc[tokens.start - 1].lower_ == "the"
    return opens and tokens.end < len(doc) and doc[tokens.end].lower_ in ORGANISATION_HEADS


def _possessive(tokens: Span) -> bool:
    """ "Karachi's eastern district": a town that owns the next name is a place (only sizeable towns are asked)."""
    doc = tokens.doc
    return tokens.end < len(doc) and doc[tokens.end].text in {"'s", "’s"}


def _before_division_word(tokens: Span) -> bool:
    """ "area of Gwadar district": a name the next word calls an administrative division (not "state" or
    "valley", which follow many names that are no place: "Penn State", "Silicon Valley")."""
    doc = tokens.doc
    return tokens.end < len(doc) and doc[tokens.end].lower_ in ADMINISTRATIVE_DIVISION_WORDS


def _after_area_of(tokens: Span) -> bool:
    """ "Rustam areas of Dera Bugti", "the outskirts of Quetta": a name after "of" and a word for part of a place."""
    return _word_before(tokens).lower() == "of" and _word_before(tokens, 2).lower() in PART_OF_PLACE_WORDS


def _after_comma_place(tokens: Span) -> bool:
    """ "Columbia, S.C.", "Loisam, Utmankhel Bajaur": the name follows a comma (and at most one capitalised word
    the gazetteer need not know, such as a tehsil) that follows a capitalised name."""
    return (_word_before(tokens) == "," and _word_before(tokens, 2)[:1].isupper()) or _after_place_and_name(tokens)


def _after_place_and_name(tokens: Span) -> bool:
    """ "Loisam, Utmankhel Bajaur": one capitalised word between the comma and the name, and the name before the
    comma tagged a place ("Smith, Bob Jones" is a list of people)."""
    doc, start = tokens.doc, tokens.start
    return (start >= 3 and doc[start - 1].is_title and doc[start - 1].lower_ not in COMMON_WORDS
            and doc[start - 2].text == "," and doc[start - 3].ent_type_ in {"GPE", "LOC", "ORG"})


def _after_place_possessive(tokens: Span, gazetteer: Gazetteer) -> bool:
    """ "Sindh's Larkana", "Syria's Idlib": a name owned by a country, province or city (not a county:
    county names are surnames)."""
    doc = tokens.doc
    if tokens.start < 2 or doc[tokens.start - 1].text not in {"'s", "’s"}:
        return False
    if tokens.end < len(doc) and doc[tokens.end].is_title:
        return False  # "Richmond's Bo Kong Restaurant": the start of a longer name
    if doc[tokens.start - 2].ent_type_ in {"PERSON", "FAC", "EVENT", "NORP", "WORK_OF_ART"}:
        return False  # "St. Patrick's Day"
    return any(c.name_kind == PRIMARY and (c.place.feature_code in {"PCLI", "ADM1"}
                                           or c.place.population >= CITY_POPULATION)
               for c in gazetteer.lookup(doc[tokens.start - 2].text))


def _names_neighbourhood(tokens: Span) -> bool:
    """ "Nishtar Colony", "Kohat Road": a name followed by a capitalised word for a neighbourhood or street."""
    doc = tokens.doc
    return tokens.end < len(doc) and doc[tokens.end].is_title and doc[tokens.end].lower_ in NEIGHBOURHOOD_WORDS


def _after_neighbourhood(tokens: Span) -> bool:
    """ "Nishtar Colony Lahore": the town right after a neighbourhood's name."""
    previous = _word_before(tokens)
    return previous.istitle() and previous.lower() in LOCALITY_WORDS


def _after_place_preposition(span: Span) -> bool:
    """ "in Sialkot", "in neighbouring Kakching", "southeast of Manbij": a locative preposition, perhaps with an
    adjective between, or a bearing."""
    previous = _word_before(span).lower()
    return previous in PLACE_PREPOSITIONS or (previous in ADJACENT_WORDS
                                              and _word_before(span, 2).lower() in PLACE_PREPOSITIONS) or (
        previous == "of" and _word_before(span, 2).lower() in BEARING_WORDS)


def _word_before(span: Span, distance: int = 1) -> str:
    """The `distance`-th word before the span, skipping whitespace tokens ("of  Khyber"); "" at the start."""
    window = span.doc[max(0, span.start - 2 * distance - 4):span.start]
    words = (token.text for token in reversed(window) if not token.is_space)
    return next(itertools.islice(words, distance - 1, None), "")


def _name_words(tokens: Span) -> bool:
    """Capitalised words, with lower-case particles inside ("Mocimboa da Praia", "Dera Ismail Khan"), ending on a
    capitalised word."""
    return bool(len(tokens)) and _capitalised(tokens[-1]) and all(
        _capitalised(token) or token.lower_ in NAME_PARTICLES for token in tokens)


def _capitalised(token) -> bool:  # noqa: ANN001 - a spaCy Token
    letters = token.text.replace(".", "")
    return letters.isalpha() and token.text[0].isupper() and (token.pos_ in {"PROPN", "ADJ"} or token.is_title)


def _sentence_initial_common(tokens: Span) -> bool:
    """A sentence's first word is capitalised anyway: trust it only when the tagger calls it a proper noun."""
    return tokens[0].is_sent_start and tokens[0].pos_ != "PROPN"


def _toponym(span: Span, source: str, *, is_demonym: bool = False, in_dateline: bool = False) -> Toponym:
    doc = span.doc
    hint = None
    if span[-1].lower_ in DIVISION_WORDS:
        hint = span[-1].lower_
    elif span.end < len(doc) and doc[span.end].lower_ in DIVISION_WORDS:
        hint = doc[span.end].lower_
    # span.text equals doc.text[start:end] and does not rebuild the whole text for each toponym.
    text_span = TextSpan(span.start_char, span.end_char, span.text)
    return Toponym(text_span, span.start, span.end, source, is_demonym, hint, in_dateline)

