"""Country evidence from actors: a report naming the Frontier Corps or Hezbollah is probably set in their country.

Curated actors (`wirecoder.resolve.actors`) with a known country count as weak context for place resolution,
weaker than a toponym or demonym. Governments and media are left out: a government is named after its country
or capital (already a toponym), and a news agency's home says nothing about where the news happened. Regional
actors ("Sindh Police") and named military operations (`data/geo_operations.tsv`) also say which division.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from wirecoder.resolve.actors import ActorEntry, load_actors, name_tokens
from wirecoder.resolve.geo_sources import data_table

# Kinds whose country says where they act.
PLACED_KINDS = {"rebel or militant group", "state forces", "political party", "government official", "politician"}
# Short one-word aliases ("FC", "TTP", "LeJ") match only as written: in lower case they are ordinary words.
CASE_SENSITIVE_MAX_LENGTH = 5
_SEPARATOR = r"[\s\-]+"


@dataclass(frozen=True, slots=True)
class _ActorMatcher:
    """Two alternations over the aliases of placed actors, and the actor each folded alias names."""

    exact: re.Pattern[str] | None
    folded: re.Pattern[str] | None
    actor_by_alias: dict[str, ActorEntry]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A curated actor named in the text, with its country and, for a regional actor, its division."""

    start: int
    end: int
    canonical: str
    country: str
    area: str | None = None


def find_actors(text: str) -> list[ActorMention]:
    """Every mention of a curated actor whose country says where it acts."""
    matcher = _matcher()
    found: list[ActorMention] = []
    for pattern in (matcher.exact, matcher.folded):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            entry = matcher.actor_by_alias.get(_alias_key(match.group(0)))
            if entry is not None and entry.country:
                found.append(ActorMention(match.start(), match.end(), entry.canonical, entry.country,
                                          _area_named(entry, match.group(0))))
    return found


@dataclass(frozen=True, slots=True)
class OperationMention:
    """A named military operation in the text, with the country and first-level division it was fought in."""

    start: int
    end: int
    name: str
    country: str
    area: str


def find_operations(text: str) -> list[OperationMention]:
    """Every mention of a named military operation of `data/geo_operations.tsv` ("operation Zarb-e-Azb")."""
    pattern, operation_by_alias = _operations()
    if pattern is None:
        return []
    return [OperationMention(match.start(), match.end(), *operation_by_alias[_alias_key(match.group(0))])
            for match in pattern.finditer(text)]


def countries_of(mentions: list[ActorMention]) -> Counter[str]:
    """For each country, how many distinct actors of it are named."""
    return Counter({mention.canonical: mention.country for mention in mentions}.values())


def actor_countries(text: str) -> Counter[str]:
    """Countries of the curated actors the text names: for each country, how many distinct actors."""
    return countries_of(find_actors(text))


def _area_named(entry: ActorEntry, alias: str) -> str | None:
    """The division this name of the actor says it acts in: the alias's own ("Punjab Rangers"), else the actor's."""
    key = _alias_key(alias)
    return next((area for name, area in entry.alias_areas if _alias_key(name) == key), entry.area)


def _alias_key(alias: str) -> str:
    return " ".join(name_tokens(alias))


def _is_case_sensitive(alias: str) -> bool:
    return " " not in alias and len(alias) <= CASE_SENSITIVE_MAX_LENGTH


def _alias_pattern(alias: str) -> str:
    words = [re.escape(word) for word in re.split(_SEPARATOR, alias.strip()) if word]
    return _SEPARATOR.join(words)


@functools.cache
def _matcher() -> _ActorMatcher:
    exact: list[str] = []
    folded: list[str] = []
    actor_by_alias: dict[str, ActorEntry] = {}
    for entry in load_actors().entries:
        if entry.country is None or entry.kind not in PLACED_KINDS:
            continue
        for alias in (entry.canonical, *entry.aliases):
            key = _alias_key(alias)
            if not key or key in actor_by_alias:
                continue
            actor_by_alias[key] = entry
            (exact if _is_case_sensitive(alias) else folded).append(_alias_pattern(alias))
    return _ActorMatcher(_alternation(exact, 0), _alternation(folded, re.IGNORECASE), actor_by_alias)


def _alternation(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # Longest first, so "Pakistan Army" is not cut short by a shorter alias sharing its start.
    ordered = sorted(set(patterns), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", flags)


@functools.cache
def _operations() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str, str]]]:
    operation_by_alias: dict[str, tuple[str, str, str]] = {}
    patterns = []
    for name, aliases, country, area in data_table("geo_operations.tsv"):
        for alias in (name, *(alias for alias in aliases.split("|") if alias)):
            operation_by_alias.setdefault(_alias_key(alias), (name, country, area))
            patterns.append(_alias_pattern(alias))
    return _alternation(patterns, re.IGNORECASE), operation_by_alias
