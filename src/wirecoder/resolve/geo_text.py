"""Name keys for the gazetteer: one folded form for a place name, whatever its accents, case or abbreviations."""

from __future__ import annotations

import functools
import re
import unicodedata

# Abbreviations that English text and GeoNames spell both ways ("St. Louis" / "Saint Louis").
_TOKEN_EXPANSIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Consonants the Arabic article assimilates to, as romanised ("ash-Shaykh", "as-Suwayda", "adh-Dhahab").
_SUN_LETTERS = frozenset({"t", "th", "d", "dh", "r", "z", "s", "sh", "n"})
_APOSTROPHES = re.compile(r"['’‘ʼʻʾʿ`´]")


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a place name: accents dropped, lower case, abbreviations expanded, no leading "the"."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_ish = "".join(char for char in decomposed if not unicodedata.combining(char))
    lowered = _APOSTROPHES.sub("", ascii_ish.lower()).replace("&", " and ")
    tokens = _NON_ALNUM.sub(" ", lowered).split()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    following = [*tokens[1:], ""][:len(tokens)]  # no tokens at all: nothing follows either
    tokens = [_arabic_article(token, after) for token, after in zip(tokens, following, strict=True)]
    return " ".join(_TOKEN_EXPANSIONS.get(token, token) for token in tokens)


def _arabic_article(token: str, following: str) -> str:
    """The Arabic article however it is spelled: "el", or assimilated to the next word ("ash Shughur", "ar
    Raqqah", "ad Dawr"), is "al"; "as", "an" or "at" before a word of another sound stay English words."""
    if token == "el" and following:
        return "al"
    if len(token) >= 2 and token[0] == "a" and following.startswith(token[1:]) and token[1:] in _SUN_LETTERS:
        return "al"
    return token


def is_latin_name(name: str) -> bool:
    """True when the name is written in Latin letters (after dropping accents), so English text can contain it."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = [char for char in decomposed if char.isalpha()]
    return bool(letters) and all("a" <= char.lower() <= "z" for char in letters)


def looks_like_code(name: str) -> bool:
    """Short all-capital alternate names ("LA", "NYC") are codes that collide with ordinary words and abbreviations."""
    compact = name.replace(".", "").replace(" ", "")
    return compact.isupper() and len(compact) <= 4
