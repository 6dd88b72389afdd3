"""Canonical actors: one name for every way a report names the same group, person or government.

`canonical_actor(name, known_names=...)` tries, in order: the curated list (`data/actors.json`) by alias; the
article's own fuller names ("Asif" -> "Khawaja Asif" when the article named him in full); name rules for people
(middle names such as "Muhammad" and leading titles dropped: "Khawaja Muhammad Asif" = "Khawaja Asif");
transliteration variants by consonant skeleton ("Tehrik" = "Tehreek"); and generic words ("militants",
"police") for the kind of an unnamed actor. A name nothing matches is returned cleaned, as written.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Courtesy and rank words before a person's name, never part of it ("Gen. Asim Munir", "Dr Ali").
COURTESY_WORDS = frozenset(
    "mr mrs ms miss dr sir madam gen general lt lieutenant col colonel maj major brig brigadier capt captain "
    "justice senator sen prof professor maulana mufti qari field marshal".split()
)
# Words of an office before a name ("Defence Minister Khawaja Asif", "Chief of Army Staff Asim Munir"): dropped
# only when the office has one of OFFICE_HEADS, so that "Army Public School" keeps its first word.
OFFICE_WORDS = frozenset(
    "president vice premier prime minister chief pm spokesman spokesperson spokeswoman governor commander "
    "secretary ambassador envoy defence defense foreign interior information finance federal provincial "
    "minister's caretaker deputy former ex army staff of the state home affairs police officer inspector "
    "superintendent commissioner senior district official sho dpo sp dsp ssp".split()
)
OFFICE_HEADS = frozenset(
    "president premier minister pm spokesman spokesperson spokeswoman governor commander secretary "
    "ambassador envoy chief officer inspector superintendent commissioner official sho dpo sp dsp ssp".split()
)
# Given names Pakistani and Arabic reporting often adds or drops in the middle of a name.
DROPPABLE_NAME_PARTS = frozenset("muhammad mohammad mohammed muhammed mohamed mohd md m syed sayed mian".split())
# Joining particles in transliterated names ("Tehreek-e-Taliban", "Jamaat-ul-Ahrar", "al-Shabaab").
PARTICLES = frozenset("e i ul al el ud ad ur".split())
MIN_SKELETON_LENGTH = 6
GENERIC_KINDS: dict[str, str] = {
    **dict.fromkeys(
        "militant militants gunman gunmen insurgent insurgents terrorist terrorists attacker attackers assailant "
        "assailants rebels rebel miscreants miscreant bomber bombers khawarij kharijites fighters jihadists".split(),
        "rebel or militant group",
    ),
    **dict.fromkeys(
        "soldier soldiers troops army military police policeman policemen cops security forces personnel "
        "officials official guards paramilitary paramilitaries levies constable constables".split(),
        "state forces",
    ),
    **dict.fromkeys(
        "civilian civilians villagers passengers worshippers students children women people residents "
        "pilgrims labourers laborers workers shoppers".split(),
        "civilians",
    ),
    **dict.fromkeys("protesters protestors demonstrators marchers".split(), "protesters"),
    **dict.fromkeys("rioters mob".split(), "rioters"),
    **dict.fromkeys("journalist journalists reporter reporters".split(), "media"),
}


@dataclass(frozen=True, slots=True)
class ActorTitle:
    """An office held over a period: `to` is None while still held; ISO dates of day or month precision."""

    title: str
    start: str | None
    end: str | None

    def held_on(self, date: str) -> bool:
        """True when the office was held on the ISO date `date`."""
        day = _pad(date, "01")
        started = self.start is None or _pad(self.start, "01") <= day
        return started and (self.end is None or day <= _pad(self.end, "31"))


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the curated list."""

    canonical: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    family: str | None = None
    titles: tuple[ActorTitle, ...] = ()
    short_forms: tuple[str, ...] = ()  # names that mean this actor unless the article names a fuller one
    area: str | None = None  # the first-level division it acts in, when only one ("Sindh Police" -> "Sindh")
    alias_areas: tuple[tuple[str, str], ...] = ()  # (alias, division) when a name says more ("Punjab Rangers")


@dataclass(frozen=True, slots=True)
class ActorIdentity:
    """What a name in a report refers to: canonical name, kind, country, and how it was recognised."""

    canonical: str
    kind: str | None = None
    country: str | None = None
    known: bool = False  # True: an actor of the curated list
    matched_by: str = "none"  # alias, article, name rule, spelling, generic, none
    family: str | None = None  # the parent organisation, or the actor itself when it has none

    @property
    def type(self) -> str | None:
        """The kind under the name the issue uses (state forces, rebel or militant group, ...)."""
        return self.kind


@dataclass(frozen=True, slots=True)
class ActorCatalogue:
    """The curated actors with their lookup indexes."""

    entries: tuple[ActorEntry, ...]
    by_key: dict[str, ActorEntry]
    by_acronym: dict[str, ActorEntry]
    by_skeleton: dict[str, ActorEntry]
    by_canonical: dict[str, ActorEntry]
    by_short_form: dict[str, ActorEntry]


def _pad(date: str, day: str) -> str:
    """`2024` -> `2024-01-01` (or `-12-31` when `day` is "31"); `2024-03` -> `2024-03-01`/`2024-03-31`."""
    parts = date.strip().split("-")
    if len(parts) == 1:
        parts.append("12" if day == "31" else "01")
    if len(parts) == 2:
        parts.append(day)
    return "-".join(parts)


@cache
def _word_pattern() -> re.Pattern[str]:
    return re.compile(r"[^\W_]+")


def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-case tokens without accents or punctuation ("Tehreek-e-Taliban" -> tehreek, e, taliban)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    return tuple(_word_pattern().findall(plain.replace("'s ", " ").replace("'", "")))


def _key(name: str) -> str:
    return " ".join(name_tokens(name))


def _skeleton(tokens: tuple[str, ...]) -> str:
    """Consonants of the words without particles, doubled letters once: Tehrik/Tehreek/Tahrik -> thrk."""
    words = []
    for token in tokens:
        if token in PARTICLES:
            continue
        consonants = re.sub(r"[aeiouyw]", "", token[1:])
        word = re.sub(r"(.)\1+", r"\1", token[0] + consonants)
        words.append(word)
    return " ".join(words)


def _is_short_acronym(alias: str) -> bool:
    """`IS`, `US`, `UN`, `FC`: upper-case forms short enough to be ordinary words in lower case."""
    letters = alias.replace(".", "").replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3


def _acronym_form(name: str) -> str:
    return name.replace(".", "").replace("-", "").strip()


@cache
def load_actors() -> ActorCatalogue:
    """The curated actor list with its indexes, read once."""
    raw = json.loads(resources.files("wirecoder.resolve").joinpath("data/actors.json").read_text(encoding="utf-8"))
    entries = tuple(_entry(record) for record in raw["actors"])
    return _index(entries)


def _entry(record: dict) -> ActorEntry:
    titles = tuple(ActorTitle(item["title"], item.get("from"), item.get("to")) for item in record.get("titles", ()))
    return ActorEntry(record["canonical"], record["kind"], record.get("country"), tuple(record.get("aliases", ())),
                      record.get("family"), titles, tuple(record.get("short_forms", ())), record.get("area"),
                      tuple(record.get("alias_areas", {}).items()))


def _index(entries: tuple[ActorEntry, ...]) -> ActorCatalogue:
    by_key: dict[str, ActorEntry] = {}
    by_acronym: dict[str, ActorEntry] = {}
    skeletons: dict[str, set[str]] = defaultdict(set)
    by_canonical = {entry.canonical: entry for entry in entries}
    for entry in entries:
        for name in (entry.canonical, *entry.aliases):
            if _is_short_acronym(name):
                by_acronym.setdefault(_acronym_form(name), entry)
                continue
            by_key.setdefault(_key(name), entry)
            by_key.setdefault(_key(name).replace(" ", ""), entry)
            skeleton = _skeleton(name_tokens(name))
            if len(skeleton.replace(" ", "")) >= MIN_SKELETON_LENGTH:
                skeletons[skeleton].add(entry.canonical)
    # A skeleton shared by two actors decides nothing, so only unambiguous ones are kept.
    by_skeleton = {key: by_canonical[next(iter(names))] for key, names in skeletons.items() if len(names) == 1}
    by_short_form = {_key(short): entry for entry in entries for short in entry.short_forms}
    return ActorCatalogue(entries, by_key, by_acronym, by_skeleton, by_canonical, by_short_form)


def clean_name(name: str) -> str:
    """The name without surrounding quotes, spaces, a leading "the" or a trailing possessive."""
    text = re.sub(r"\s+", " ", name.strip().strip("\"'“”‘’").strip())
    text = re.sub(r"(?i)^the\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


def strip_honorifics(name: str) -> str:
    """"Gen. Asim Munir" -> "Asim Munir", "Defence Minister Khawaja Asif" -> "Khawaja Asif"; the last word stays."""
    words = name.split()
    dropped: list[str] = []
    while len(words) > 1 and _bare_word(words[0]) in COURTESY_WORDS | OFFICE_WORDS:
        dropped.append(_bare_word(words.pop(0)))
    if any(word in OFFICE_WORDS and word not in COURTESY_WORDS for word in dropped):
        if not any(word in OFFICE_HEADS for word in dropped):
            return _strip_courtesy(name)
    return " ".join(words)


def _strip_courtesy(name: str) -> str:
    words = name.split()
    while len(words) > 1 and _bare_word(words[0]) in COURTESY_WORDS:
        words.pop(0)
    return " ".join(words)


def _bare_word(word: str) -> str:
    return word.lower().strip(".,:;")


def canonical_actor(name: str, *, known_names: Iterable[str] = ()) -> ActorIdentity:
    """The canonical identity of `name`, using the article's own fuller names in `known_names` first."""
    cleaned = clean_name(name or "")
    if not cleaned:
        return ActorIdentity("")
    catalogue = load_actors()
    found = _exact_alias(cleaned, catalogue)
    if found is not None:
        return found
    bare = strip_honorifics(cleaned)
    fuller = _fuller_article_name(bare, known_names)
    if fuller is not None:
        resolved = _lookup(fuller, catalogue) or _lookup(strip_honorifics(fuller), catalogue)
        if resolved is not None:
            return ActorIdentity(resolved.canonical, resolved.kind, resolved.country, True, "article", resolved.family)
        return ActorIdentity(fuller, _generic_kind(fuller), matched_by="article")
    short_form = catalogue.by_short_form.get(_key(bare))
    if short_form is not None:
        return _identity(short_form, "alias")
    found = _lookup(cleaned, catalogue) or _lookup(bare, catalogue)
    return found or ActorIdentity(bare, _generic_kind(bare), matched_by=_generic_label(bare))


def _identity(entry: ActorEntry, matched_by: str) -> ActorIdentity:
    return ActorIdentity(entry.canonical, entry.kind, entry.country, True, matched_by, entry.family or entry.canonical)


def _exact_alias(name: str, catalogue: ActorCatalogue) -> ActorIdentity | None:
    """The curated actor `name` is a canonical name, alias or acronym of (acronyms such as `IS` match by case)."""
    acronym = catalogue.by_acronym.get(_acronym_form(name))
    if acronym is not None:
        return _identity(acronym, "alias")
    key = _key(name)
    entry = catalogue.by_key.get(key) or catalogue.by_key.get(key.replace(" ", ""))
    return _identity(entry, "alias") if entry is not None else None


def _lookup(name: str, catalogue: ActorCatalogue) -> ActorIdentity | None:
    """The curated actor `name` is an alias, person-name variant or spelling of, if any."""
    found = _exact_alias(name, catalogue)
    if found is not None:
        return found
    person = _person_variant(name_tokens(strip_honorifics(name)))
    if person is not None:
        return _identity(person, "name rule")
    skeleton = catalogue.by_skeleton.get(_skeleton(name_tokens(name)))
    return _identity(skeleton, "spelling") if skeleton is not None else None


def _core_name(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without the middle or leading parts reporting adds and drops."""
    core = tuple(token for token in tokens if token not in DROPPABLE_NAME_PARTS)
    return core or tokens


@cache
def _people_by_core() -> dict[tuple[str, ...], ActorEntry]:
    catalogue = load_actors()
    people: dict[tuple[str, ...], ActorEntry] = {}
    for entry in catalogue.entries:
        if entry.kind in {"government official", "politician"}:
            for name in (entry.canonical, *entry.aliases):
                people.setdefault(_core_name(name_tokens(name)), entry)
    return people


def _person_variant(tokens: tuple[str, ...]) -> ActorEntry | None:
    """"Khawaja Muhammad Asif" = "Khawaja Asif": same name once the droppable parts are gone (two words at least)."""
    core = _core_name(tokens)
    if len(core) < 2:
        return None
    return _people_by_core().get(core)


def _fuller_article_name(name: str, known_names: Iterable[str]) -> str | None:
    """The one name in the article that `name` shortens ("Asif" -> "Khawaja Asif"); surnames win over given names."""
    tokens = _core_name(name_tokens(name))
    if not tokens:
        return None
    fuller = sorted({strip_honorifics(clean_name(known)) for known in known_names if known and known.strip()})
    candidates = [known for known in fuller if _shortens(tokens, _core_name(name_tokens(known)))]
    if not candidates:
        return None
    by_surname = [known for known in candidates if _core_name(name_tokens(known))[-1] == tokens[-1]]
    chosen = by_surname if by_surname else candidates
    distinct = {_person_or_self(known) for known in chosen}
    return chosen[0] if len(distinct) == 1 else None


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when `short` is fewer words than `full`, all of them in it in order."""
    if len(short) >= len(full):
        return False
    position = 0
    for token in full:
        if position < len(short) and token == short[position]:
            position += 1
    return position == len(short)


def _person_or_self(name: str) -> str:
    """The canonical person a known name is, so that two spellings of one person are not ambiguous."""
    entry = _person_variant(name_tokens(name))
    return entry.canonical if entry is not None else _key(name)


def _generic_kind(name: str) -> str | None:
    """The kind an unnamed actor's head word gives ("unidentified gunmen" -> rebel or militant group)."""
    tokens = name_tokens(name)
    if len(tokens) >= 2 and " ".join(tokens[-2:]) == "security forces":
        return "state forces"
    return GENERIC_KINDS.get(tokens[-1]) if tokens else None


def _generic_label(name: str) -> str:
    return "generic" if _generic_kind(name) else "none"


def actor_titles(canonical: str) -> tuple[ActorTitle, ...]:
    """The offices the curated list records for an actor, oldest first."""
    entry = load_actors().by_canonical.get(canonical)
    return entry.titles if entry is not None else ()


def title_on(name: str, date: str | None) -> str | None:
    """The office `name` held on the ISO date `date` ("Khawaja Asif", "2024-06-01" -> "Defence Minister")."""
    if not date:
        return None
    identity = canonical_actor(name)
    held = [title for title in actor_titles(identity.canonical) if title.held_on(date)]
    return held[-1].title if held else None
