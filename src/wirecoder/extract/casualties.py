"""Casualty figures: who was killed, wounded, abducted or arrested, and how many, from the text alone.

Pure regular expressions over a sentence, no model. Numbers are digits or number words ("seven", "a dozen",
"two dozen"); "dozens", "several", "scores" are not numbers. Conventions:

- A list of counts before one verb is summed ("five police and two civilians were killed" = 7), a breakdown
  after "including" is not added ("seven soldiers, including two officers" = 7).
- A singular subject with "was killed" ("a policeman was shot dead", "he was killed") counts one.
- "the death toll rose to 30" is a toll update: it wins over every other killed figure of the event.
- Explicit zeroes ("no casualties", "no one was killed") give 0.
- "beat a man to death" counts one killed; "wounded 12, one of whom later died" one killed (and 12 wounded).

How `best_count` picks an event's value (ACLED counts everyone, and is conservative when sources conflict):
1. the last toll update in text order, if any;
2. otherwise figures are split by side (attackers: militants, gunmen; victims: everyone named otherwise;
   unknown: "people", "others", bare numbers). Within a side, figures from different named sources that
   disagree give the lowest (ACLED's conservative rule); otherwise the highest (a restated toll is not added).
   The event's value is the sum of the attacker and victim sides, or the unknown side when that is larger,
   plus figures told as additional ("another died", "six militants were also killed");
3. a suicide bomber's own death is never a figure (the group "bomber" is dropped).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Literal

from wirecoder.models import CasualtyFigure, TextSpan

CasualtyKind = Literal["killed", "wounded", "abducted", "arrested"]
Side = Literal["attackers", "victims", "unknown", "mixed"]

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}

ATTACKER_WORDS = frozenset(
    "militant militants terrorist terrorists attacker attackers assailant assailants gunman gunmen insurgent "
    "insurgents rebel rebels fighter fighters extremist extremists bomber bombers suspect suspects kidnapper "
    "kidnappers miscreant miscreants dacoit dacoits commander commanders accomplice accomplices aides".split()
)
UNKNOWN_WORDS = frozenset("people persons person others other more individuals".split())

_NUMBER_WORD = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dozen|hundred)"
    r"|a\s+dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five"
    r"|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_QUALIFIER = r"(?:at\s+least|as\s+many\s+as|up\s+to|more\s+than|over|about|around|nearly|some|almost|roughly)"
_KILL_PASSIVE = (
    r"(?:killed|dead|died|martyred|shot\s+dead|gunned\s+down|slain|murdered|lost\s+(?:their|his|her)\s+li(?:ves|fe)"
    r"|perished|beheaded|lynched|executed|eliminated|burnt\s+alive|burned\s+to\s+death|succumbed"
    r"|(?:beaten|stoned|hacked|stabbed|tortured|clubbed)\s+to\s+death)"
)
_WOUND_PASSIVE = (
    r"(?:injured|wounded|hurt|sustained\s+(?:\w+\s+)?injur(?:y|ies)|received\s+(?:\w+\s+)?injur(?:y|ies)"
    r"|suffered\s+(?:\w+\s+)?injur(?:y|ies)|sustained\s+(?:\w+\s+)?wounds|critically\s+injured)"
)
_ABDUCT_PASSIVE = r"(?:kidnapped|abducted|taken\s+hostage|taken\s+captive|seized)"
_ARREST_PASSIVE = r"(?:arrested|detained|apprehended|taken\s+into\s+custody|nabbed|held|rounded\s+up)"
_AUX = r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|reportedly|also|later|allegedly|all|both)\s+)*"
_ACTIVE_VERBS: dict[str, CasualtyKind] = {
    "killing": "killed", "killed": "killed", "kills": "killed", "kill": "killed", "martyring": "killed",
    "martyred": "killed", "shot dead": "killed", "gunned down": "killed", "claiming the lives of": "killed",
    "claimed the lives of": "killed", "left": "killed", "leaving": "killed", "injuring": "wounded",
    "injured": "wounded", "wounding": "wounded", "wounded": "wounded", "kidnapped": "abducted",
    "abducted": "abducted", "kidnapping": "abducted", "abducting": "abducted", "arrested": "arrested",
    "arresting": "arrested", "detained": "arrested", "apprehended": "arrested", "gun down": "killed",
    "guns down": "killed", "shoot dead": "killed", "shoots dead": "killed", "murdered": "killed",
    "murdering": "killed", "eliminated": "killed", "eliminating": "killed", "neutralised": "killed",
    "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed", "beat to death": "killed",
    "beats to death": "killed", "beating to death": "killed", "stoned to death": "killed",
    "hacked to death": "killed", "stabbed to death": "killed", "tortured to death": "killed",
    "beheaded": "killed", "beheading": "killed", "executed": "killed", "executing": "killed",
    "massacred": "killed", "massacring": "killed", "slaughtered": "killed", "slaughtering": "killed",
}
# "Beat a man to death": the victim sits between the verb and "to death".
_TO_DEATH_VERBS = r"(?:beat|beats|beating|stoned|stoning|hacked|hacking|stabbed|stabbing|tortured|torturing|clubbed)"
# Last words of a subject that is not one person ("the people ... getting killed", "who were shot").
NOT_A_SINGULAR_SUBJECT = frozenset(
    "people police personnel men women children others that who which they we you it this there get got getting "
    "be been being become the a an and or of in on at".split()
)
# Singular-looking words after "the" that name no single victim ("killed the same day", "the police").
_NOT_ONE_VICTIM = ("same|next|following|other|rest|last|first|day|night|morning|evening|afternoon|momentum|process"
                   "|police|people|personnel|staff|crew|family|public|youth|entire|whole|two|three|four|five|six"
                   "|seven|eight|nine|ten|one|dozen")
# A companion named with a possessive in a counted subject ("a commander and his driver were killed").
_COMPANION = (r"\b(?:and|along\s+with|together\s+with)\s+(?P<one>(?:his|her|their)\s+(?!(?:one|two|three|four|five"
              r"|six|seven|eight|nine|ten|\d)\b)[a-z]+\b(?<!s))(?![-\w])")
# Pronoun and quantifier objects that count people: "killing him", "killing both".
PRONOUN_COUNTS = {"him": 1, "her": 1, "both": 2, "his": 1, "its": 1, "their": 1}
# "killing its driver", "injuring his son": a possessive before a singular noun is one person, after an active verb.
_POSSESSIVE_ONE = (
    r"(?:his|her|its|their)(?=\s+(?!\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b"
    r"|(?:children|men|women|people|police|folk|kin|youth|staff|personnel|cattle|livestock)\b)\w+\b(?<!s))"
)


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """Figures given together (one list before one verb): their values are summed."""

    kind: CasualtyKind
    figures: tuple[CasualtyFigure, ...]
    toll_update: bool = False
    additive: bool = False  # "another died", "six militants were also killed": adds to the toll told before

    @property
    def total(self) -> int:
        """Sum of the listed counts."""
        return sum(figure.value for figure in self.figures)


def parse_number(words: str) -> int | None:
    """The integer a count phrase denotes ("seven", "twenty-one", "a dozen", "1,200"), or None ("dozens")."""
    text = re.sub(r"\s+", " ", words.strip().lower().replace("-", " "))
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    total = 0
    current = 0
    seen = False
    for word in text.split(" "):
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
        elif word == "and":
            continue
        else:
            return None
        seen = True
    total += current
    return total if seen else None


def side_of(group: str | None) -> Side:
    """Whether a counted group is the attackers, the victims, or not said ("people", "others", nothing)."""
    words = re.findall(r"[a-z]+", (group or "").lower())
    if not words:
        return "unknown"
    if any(word in ATTACKER_WORDS for word in words):
        return "attackers"
    if all(word in UNKNOWN_WORDS or word in {"of", "the", "them", "their", "those", "more"} for word in words):
        return "unknown"
    return "victims"


def is_suicide_bomber(group: str | None) -> bool:
    """The bomber's own death, which ACLED never adds to the toll."""
    lowered = (group or "").lower()
    return "bomber" in lowered or "suicide" in lowered


# Words that end a counted group: the predicate, a clause, a preposition of place or time.
_STOP = (
    r"(?:left|leaving|killing|killed|injuring|wounding|were|was|have|has|had|are|is|and|or|including|while|when|as"
    r"|after|in|on|at|near|during|by|with|from|into|inside|outside|dead|also|reportedly|all|both|but|who|which|that"
    r"|got|sustained|received|suffered)"
)
_COUNT_WORD = rf"(?:{_NUMBER_WORD}|an?|another|other\s+one|him|her|both|{_POSSESSIVE_ONE})"
# A count: "at least 25", "five to seven", "7-8", or a singular article; up to five words of its group follow.
_COUNT = rf"(?:{_QUALIFIER}\s+)?{_COUNT_WORD}\b(?:\s*(?:-|to|or)\s*{_NUMBER_WORD})?"
_ITEM = rf"{_COUNT}(?:\s+(?!{_STOP}\b)[\w/'’.&()-]+){{0,5}}"
_ITEMS = rf"(?P<list>{_ITEM}(?:\s*(?:,\s*and|,|and|as\s+well\s+as)\s+{_ITEM})*)"


@functools.cache
def _active_pattern() -> re.Pattern[str]:
    """A casualty verb followed by its counted object: "killing seven", "injuring 12 others"."""
    verbs = "|".join(sorted((re.escape(verb).replace(r"\ ", r"\s+") for verb in _ACTIVE_VERBS), key=len,
                            reverse=True))
    return re.compile(rf"\b(?P<verb>{verbs})\s+[\"“]?(?:(?:all|some|also)\s+)?{_ITEMS}(?:\s+(?P<dead>dead)\b)?",
                      re.IGNORECASE)


@functools.cache
def _to_death_pattern() -> re.Pattern[str]:
    """ "beat a man to death", "stoned two women to death"."""
    return re.compile(rf"\b{_TO_DEATH_VERBS}\s+{_ITEMS}\s+to\s+death\b", re.IGNORECASE)


@functools.cache
def _shot_dead_pattern() -> re.Pattern[str]:
    """ "shot a customs officer, Inspector Tariq Mehmood, dead": the victim between the verb and "dead"."""
    return re.compile(rf"\bshot\s+{_ITEMS}(?:\s*,[^,.;]{{1,40}},)?\s+dead\b", re.IGNORECASE)


@functools.cache
def _body_found_pattern() -> re.Pattern[str]:
    """ "The body of an abducted engineer was found", "bodies of two men were recovered": the dead found later."""
    return re.compile(rf"\bbod(?:y|ies)\s+of\s+{_ITEMS}(?:\s*,[^,.;]{{1,40}},?)?\s+(?:was|were|had\s+been|have\s+been"
                      rf"|has\s+been)\s+(?:found|recovered|discovered|dumped)\b", re.IGNORECASE)


@functools.cache
def _the_victim_pattern() -> re.Pattern[str]:
    """ "shot and killed the principal of the school": one victim, named by a singular noun after "the"."""
    return re.compile(
        rf"\b(?:killed|killing|kills|gunned\s+down|murdered|murdering|assassinated|assassinating|shot\s+dead)"
        rf"\s+(?P<list>the\s+(?!(?:{_NOT_ONE_VICTIM})\b)[a-z]+\b(?<!s))(?![-\w])", re.IGNORECASE)


@functools.cache
def _later_died_pattern() -> re.Pattern[str]:
    """ "wounded 12 people, one of whom later died": deaths among people counted as hurt."""
    return re.compile(
        rf"\b(?P<list>{_NUMBER_WORD})\s+of\s+(?:whom|them|those)\s+(?:(?:later|subsequently|also|had|has|have)\s+)*"
        rf"(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)


@functools.cache
def _toll_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?dead|fatalities)\s+(?:[\w-]+\s+){{0,6}}?(?:has\s+|had\s+)?"
        rf"(?:(?P<update>rose|risen|climbed|jumped|reached|increased|rising|climbing|went\s+up|has\s+reached)"
        rf"|stood|stands|now\s+stands|is|was)\s+(?:at\s+|to\s+)?(?P<list>(?:{_QUALIFIER}\s+)?(?P<n>{_NUMBER_WORD}))"
        rf"|(?P<source>\b(?:[\w-]+,?\s+){{1,3}}?)(?:put|puts|putting|placed|gave)\s+the\s+(?:death\s+)?toll\s+at\s+"
        rf"(?P<list2>(?:{_QUALIFIER}\s+)?{_NUMBER_WORD})",
        re.IGNORECASE,
    )


@functools.cache
def _nominal_pattern() -> re.Pattern[str]:
    """ "the loss of seven soldiers", "the deaths of 3 people", "martyrdom of two"."""
    return re.compile(
        rf"\b(?:loss|deaths?|killings?|martyrdom|lives)\s+of\s+(?P<list>(?:{_QUALIFIER}\s+)?(?:{_NUMBER_WORD}|an?)"
        rf"(?:\s+(?:(?!(?:in|on|and|including|while|when|after)\b)[\w/'’.&()-]+\s*){{0,4}})?)",
        re.IGNORECASE,
    )


@functools.cache
def _zero_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?:no\s*(?:one|body)|no\s+(?:person|people|soldiers?|personnel|civilians?))"
        r"\s+(?:was|were|has\s+been|had\s+been)\s+(?P<v1>killed|injured|hurt|wounded)"
        r"|no\s+(?:immediate\s+|reported\s+|human\s+)?(?P<v2>casualties|causalit(?:y|ies)|deaths|fatalities|injuries"
        r"|loss\s+of\s+(?:life|lives))|without\s+(?:any\s+)?(?P<v3>casualties|loss\s+of\s+life)"
        r"|(?P<v4>escaped|survived)\s+(?:unhurt|unharmed|the\s+attack))",
        re.IGNORECASE,
    )


@functools.cache
def _item_pattern() -> re.Pattern[str]:
    count = rf"(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>{_COUNT_WORD})(?:\s*(?:-|to|or)\s*(?P<m>{_NUMBER_WORD}))?"
    return re.compile(rf"\b{count}\b(?P<g>(?:\s+(?!{_STOP}\b)[\w/'’.&()-]+){{0,5}})", re.IGNORECASE)


def _items(text: str, offset: int, list_start: int, list_end: int, kind: CasualtyKind,
           source: str | None) -> list[CasualtyFigure]:
    """Each counted group in a matched list, as a figure with the number's own span."""
    figures: list[CasualtyFigure] = []
    for match in _item_pattern().finditer(text, list_start, list_end):
        word = match.group("n").lower()
        value = 1 if word in {"a", "an", "another", "other one"} else PRONOUN_COUNTS.get(word) or parse_number(word)
        if value is None:
            continue
        group = match.group("g").strip().rstrip(".,;:)") or None
        if is_suicide_bomber(group) or (figures and _is_breakdown(group)) or _not_a_head_count(text, match):
            continue
        if figures and (_SOURCE_FOLLOWS.match(text, match.end()) or _SOURCE_FOLLOWS.search(group or "")):
            continue  # "killing seven fighters, a military source said": the last item is who said it
        qualifier = match.group("q").lower() if match.group("q") else ("range" if match.group("m") else None)
        start, end = match.span("n")
        span = TextSpan(offset + start, offset + end, text[start:end])
        figures.append(CasualtyFigure(kind=kind, value=value, span=span, qualifier=qualifier, group=group,
                                      includes_attackers=side_of(group) == "attackers", source=source))
    return figures


# A speech verb right after a listed item ("..., a military officer and residents said").
_SOURCE_FOLLOWS = re.compile(r"(?:^|\s)(?:and\s+(?:\w+\s+){1,2})?(?:said|say|says|told|reported|added)\b", re.IGNORECASE)


def _not_a_head_count(text: str, match: re.Match[str]) -> bool:
    """An age, a time, a measure, a date or a year ("a 13-year-old", "4.8 million jobs", "in 2013", "on
    February 24")."""
    return bool(_not_a_count().match(text, match.end("n")) or re.fullmatch(r"(?:19|20)\d\d", match.group("n"))
                or _DAY_AFTER_MONTH.search(text, 0, match.start("n")))


# A month's name right before a number makes the number a day of the month ("February 24", "Feb. 3").
_DAY_AFTER_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)\.?\s+$", re.IGNORECASE)


def _is_breakdown(group: str | None) -> bool:
    """ "three militants, two with ties to the group": the second count is part of the first."""
    return bool(group and re.match(r"(?:of|with|from|who|whom|among|belonging)\b", group, re.IGNORECASE))


def find_figure_groups(text: str, offset: int = 0, source: str | None = None) -> list[FigureGroup]:
    """Every casualty count stated in `text` (a sentence), spans shifted by `offset` into the article."""
    groups: list[FigureGroup] = []
    taken: list[tuple[int, int]] = []
    for match in _toll_pattern().finditer(text):
        if match.group("list2"):
            given_by = re.sub(r"^(?:while|and|but|as|whereas)\s+", "", match.group("source").strip().rstrip(","),
                              flags=re.IGNORECASE)
            figures = _items(text, offset, *match.span("list2"), "killed", given_by)
            groups.append(FigureGroup("killed", tuple(figures)))
        else:
            figures = _items(text, offset, *match.span("list"), "killed", source)
            groups.append(FigureGroup("killed", tuple(figures), toll_update=bool(match.group("update"))))
        taken.append(match.span())
    groups.extend(_predicate_groups(text, offset, source, taken))
    for match in _active_pattern().finditer(text):
        if _overlaps(match.span("list"), taken):
            continue
        verb = re.sub(r"\s+", " ", match.group("verb").lower())
        kind = _ACTIVE_VERBS[verb]
        if _counted_clause_follows(text, match.start("list") - 1):
            continue  # "1 soldier killed 5 injured": the 5 are the injured
        if verb in {"left", "leaving"} and not match.group("dead"):
            continue
        figures = _items(text, offset, *match.span("list"), kind, source)
        if figures:
            groups.append(FigureGroup(kind, tuple(figures)))
            taken.append(match.span("list"))
    for match in _the_victim_pattern().finditer(text):
        if not _overlaps(match.span("list"), taken):
            start, end = match.span("list")
            figure = CasualtyFigure(kind="killed", value=1, span=TextSpan(offset + start, offset + end, text[start:end]),
                                    group=text[start:end], source=source)
            groups.append(FigureGroup("killed", (figure,)))
            taken.append(match.span("list"))
    for pattern in (_to_death_pattern(), _shot_dead_pattern(), _body_found_pattern(), _later_died_pattern()):
        for match in pattern.finditer(text):
            # "wounded 12 people, one of whom later died": the wounded list took the span; the death is new
            if pattern is _later_died_pattern() or not _overlaps(match.span("list"), taken):
                value = parse_number(match.group("list"))
                figures = _items(text, offset, *match.span("list"), "killed", source) if value is None or (
                    pattern is not _later_died_pattern()) else [_bare_figure(text, offset, match, value, source)]
                if figures:
                    groups.append(FigureGroup("killed", tuple(figures)))
                    taken.append(match.span("list"))
    for match in _nominal_pattern().finditer(text):
        if not _overlaps(match.span("list"), taken):
            figures = _items(text, offset, *match.span("list"), "killed", source)
            if figures:
                groups.append(FigureGroup("killed", tuple(figures)))
    groups.extend(_zero_groups(text, offset, source))
    return _arrests_not_abductions(groups)


def _bare_figure(text: str, offset: int, match: re.Match[str], value: int, source: str | None) -> CasualtyFigure:
    """A count whose people were named before it ("one of whom"): no group of its own."""
    start, end = match.span("list")
    return CasualtyFigure(kind="killed", value=value, span=TextSpan(offset + start, offset + end, text[start:end]),
                          group="of whom", source=source)


def _arrests_not_abductions(groups: list[FigureGroup]) -> list[FigureGroup]:
    """ "Arrested five suspects and seized arms": people counted as arrested are not also abducted by the
    verb that follows."""
    arrested = {(figure.span.start, figure.span.end) for group in groups if group.kind == "arrested"
                for figure in group.figures}
    return [group for group in groups if group.kind != "abducted" or not group.figures
            or not all((figure.span.start, figure.span.end) in arrested for figure in group.figures)]


@functools.cache
def _predicate_pattern() -> re.Pattern[str]:
    """A casualty predicate with its auxiliaries: "were killed", "sustained injuries", "died"."""
    verbs = (rf"(?P<killed>{_KILL_PASSIVE})|(?P<wounded>{_WOUND_PASSIVE})|(?P<abducted>{_ABDUCT_PASSIVE})"
             rf"|(?P<arrested>{_ARREST_PASSIVE})")
    return re.compile(rf"(?P<aux>\b{_AUX}(?:been\s+)?)(?:{verbs})\b", re.IGNORECASE)


@functools.cache
def _object_follows() -> re.Pattern[str]:
    """An object right after the verb makes it active ("shot dead a policeman"), handled by `_active_pattern`."""
    return re.compile(rf"\s+[\"“]?(?:{_QUALIFIER}\s+)?(?:a|an|the|his|her|their|him|them|it|this|that|both"
                      rf"|dozens|scores|several|many|hundreds|thousands|{_NUMBER_WORD})\b", re.IGNORECASE)


@functools.cache
def _clause_boundary() -> re.Pattern[str]:
    """Where a subject's clause starts: a conjunction, a relative, or another clause's finished verb."""
    return re.compile(
        r"[;:]|\b(?:while|when|whereas|however|although|though|after|(?<!well\s)as(?!\s+(?:well|many|much))"
        r"|but|because|since|before|where|who|which|whom|whose|then|whereby"
        r"|said|says|told|added|reported|confirmed|stated"  # "a rights group said two men were killed"
        r"|(?:were|was|is|are|had|has|have)(?:\s+been)?\s+\w+(?:ed|en|wn|ne))\b",
        re.IGNORECASE,
    )


@functools.cache
def _not_a_count() -> re.Pattern[str]:
    """What follows a number that is an age, a time, a measure or a date rather than a head count."""
    months = "january|february|march|april|may|june|july|august|september|october|november|december"
    return re.compile(rf"\.\d|\s*-?\s*(?:years?|yrs?|-year|hours?|days?|weeks?|months?|km|kg|am|pm|%|percent|feet|foot"
                      rf"|inch|inches|kilo\w*|kva|million|billion|rupees|rs|dollars|o'clock|times|{months})\b",
                      re.IGNORECASE)


def _predicate_groups(text: str, offset: int, source: str | None, taken: list[tuple[int, int]]) -> list[FigureGroup]:
    """Counts in the subject of each casualty predicate: "1 FC man and 4 militants were killed" (5)."""
    groups: list[FigureGroup] = []
    window_start = 0
    for match in _predicate_pattern().finditer(text):
        previous_end, start = window_start, _subject_start(text, window_start, match.start())
        window_start = match.end()
        aux = match.group("aux").lower()
        kind: CasualtyKind = next(name for name in ("killed", "wounded", "abducted", "arrested") if match.group(name))
        passive = bool(re.search(r"\b(?:were|was|been|is|are|got)\b", aux))
        if _not_a_predicate(text, match, kind, passive) or _overlaps((start, match.start()), taken):
            continue
        if groups and previous_end > 0 and _same_subject(text[previous_end:match.start()]):
            # "were kidnapped and later shot dead": the same people, counted again under the new verb
            groups.append(FigureGroup(kind, tuple(replace(figure, kind=kind) for figure in groups[-1].figures)))
            continue
        if match.group(kind).lower() == "dead" and re.search(r"\b(?:left|leaving)\b", text[start:match.start()]):
            continue  # "left 13 militants dead" is the active pattern's
        figures = _window_figures(text, offset, start, match.start(), kind, source)
        if figures:
            figures += _subject_companions(text, offset, start, match.start(), figures, kind, source)
        figures += _along_with(text, offset, match.end(), kind, source)
        if not figures and kind in {"killed", "wounded"} and (passive or match.group(kind).lower() != "dead"):
            figures = _uncounted_subject(text, offset, start, match.start(), kind, aux, source)
        if figures:
            additive = "also" in aux or any(_adds_to_told(figure) for figure in figures)
            groups.append(FigureGroup(kind, tuple(figures), additive=additive))
    return groups


def _subject_start(text: str, window_start: int, predicate_start: int) -> int:
    """Where the predicate's subject begins: after the last clause boundary since the previous predicate."""
    boundaries = [window_start, *(found.end() for found in _clause_boundary().finditer(text, window_start,
                                                                                        predicate_start))]
    start = max(boundaries)
    if len(boundaries) > 1 and _same_subject(text[start:predicate_start]) and re.search(
            r"(?:ed|en|wn|ne)$", text[:start].rstrip()):
        return max(boundaries[:-1])  # "three men were targeted and killed": the subject before both verbs
    return start


def _not_a_predicate(text: str, match: re.Match[str], kind: CasualtyKind, passive: bool) -> bool:
    """ "carrying the wounded" (a noun), "shot dead a policeman" (active: its object is counted elsewhere),
    "a dead heat" (an attribute)."""
    if not match.group("aux").strip() and re.search(r"\bthe\s*$", text[max(0, match.start() - 5):match.start()],
                                                    re.IGNORECASE):
        return True
    if not passive and _object_follows().match(text, match.end()) and not _counted_clause_follows(text, match.end()):
        return True
    return match.group(kind).lower() == "dead" and _attributive(text, match.end())


def _attributive(text: str, position: int) -> bool:
    """ "dead" before a noun ("a dead heat", "dead bodies") describes it; it does not count deaths."""
    return bool(re.match(r"\s+(?!(?:in|on|at|and|after|while|when|as|near|inside|outside|by|during|including|with"
                         r"|from|of|or|but|since|following)\b)[a-z]+\b", text[position:]))


def _adds_to_told(figure: CasualtyFigure) -> bool:
    """ "another", "one more", "two other soldiers": people beyond those already counted."""
    words = f"{figure.span.text} {figure.group or ''}".lower().split()
    return bool(words) and (words[0] in {"another", "other"} or (len(words) > 1 and words[1] in {"more", "other"}))


def _same_subject(window: str) -> bool:
    """ "were kidnapped and later shot dead": the second verb shares the first one's subject."""
    return bool(re.fullmatch(r"\s*(?:by\s+[^,]{0,60}?)?\s*(?:,|and)?\s*(?:later|then|subsequently|were|was)?\s*",
                             window, re.IGNORECASE))


def _counted_clause_follows(text: str, position: int) -> bool:
    """ "1 soldier killed 5 injured": the number after the verb opens the next count, not an object."""
    # "killed three children and wounded their mother": a conjunction starts a new clause with its own verb.
    return bool(re.match(rf"\s+{_NUMBER_WORD}\s+(?:(?!(?:and|or|but)\b)\w+\s+){{0,2}}?(?:injured|wounded|hurt)\b",
                         text[position:], re.IGNORECASE))


def _window_figures(text: str, offset: int, start: int, end: int, kind: CasualtyKind,
                    source: str | None) -> list[CasualtyFigure]:
    """The counted items of a subject, without "including ..." breakdowns, ages, dates and measures."""
    figures = []
    window = text[start:end]
    excluded = [(m.start() + start, _breakdown_end(window, m.end()) + start)
                for m in re.finditer(r"\bincluding\b|\bamong\s+them\b", window, re.IGNORECASE)]
    leading = len(window) - len(window.lstrip())
    # "A bomb hit the bus, and several people were killed": the subject is the vague count, nothing before it.
    vague = re.search(r"\b(?:several|many|dozens|scores|hundreds|numerous|some)\b(?!\s+\d)", window, re.IGNORECASE)
    for figure in _items(text, offset, start, end, kind, source):
        local = figure.span.start - offset
        if vague and local < start + vague.start():
            continue
        word = figure.span.text.lower()
        if any(low <= local < high for low, high in excluded):
            continue
        listed = re.search(r"(?:,|\band)\s*$", text[max(start, local - 6):local])
        if (word in {"a", "an"} and local != start + leading and not listed) or word in {"his", "her", "its"}:
            continue
        if re.search(r"\b(?:with|on|of|since|over|from|killing|injuring|wounding)\s*$",
                     text[max(0, local - 10):local], re.IGNORECASE) and not _after_along_with(text, local):
            continue  # a partitive, a date, or the object of another casualty verb
        if re.search(r"\bbetween\s+\S+\s+and\s*$", text[max(0, local - 30):local], re.IGNORECASE):
            continue  # "between 10 and 12": the range's first figure stands
        figures.append(figure)
    return figures


def _after_along_with(text: str, position: int) -> bool:
    return bool(re.search(r"\b(?:along|together)\s+with\s*$", text[max(0, position - 16):position], re.IGNORECASE))


def _subject_companions(text: str, offset: int, start: int, end: int, figures: list[CasualtyFigure],
                        kind: CasualtyKind, source: str | None) -> list[CasualtyFigure]:
    """Uncounted people beside the counted ones: "a commander and his driver" (one more), "the founder, along
    with three other militants," (the founder)."""
    extra = []
    for match in re.finditer(_COMPANION, text[start:end], re.IGNORECASE):
        one_start, one_end = start + match.start("one"), start + match.end("one")
        extra.append(CasualtyFigure(kind=kind, value=1, span=TextSpan(offset + one_start, offset + one_end,
                                    text[one_start:one_end]), group="companion", source=source))
    first = min(figure.span.start - offset for figure in figures)
    head = re.sub(r"[\s,]*\b(?:along|together)\s+with\s*$", "", text[start:first], flags=re.IGNORECASE).strip()
    if _after_along_with(text, first) and re.search(r"[A-Za-z]", head):
        head_start = start + text[start:first].index(head)
        extra.append(CasualtyFigure(kind=kind, value=1, span=TextSpan(offset + head_start, offset + head_start
                                    + len(head), head), group=head, source=source))
    return extra


def _breakdown_end(window: str, position: int) -> int:
    """An "including ..." breakdown runs to the next comma or the end of the subject."""
    comma = window.find(",", position + 1)
    return len(window) if comma < 0 else comma


def _along_with(text: str, offset: int, position: int, kind: CasualtyKind, source: str | None) -> list[CasualtyFigure]:
    """ "was killed along with two of his aides": the companions count too."""
    match = re.match(rf"\s+along\s+with\s+(?P<n>{_NUMBER_WORD})\b", text[position:], re.IGNORECASE)
    if not match:
        return []
    value = parse_number(match.group("n"))
    start = position + match.start("n")
    return [CasualtyFigure(kind=kind, value=value, span=TextSpan(offset + start, offset + position + match.end("n"),
                           match.group("n")), group="companions", source=source)] if value else []


def _uncounted_subject(text: str, offset: int, start: int, end: int, kind: CasualtyKind, aux: str,
                       source: str | None) -> list[CasualtyFigure]:
    """A subject with no number: one person ("the driver died"), or named conjuncts ("X and his driver were
    killed": two); the subject itself is the evidence."""
    window = text[start:end]
    words = window.strip()
    if not words or is_suicide_bomber(words) or re.match(r"(?:no\s*one|nobody|none|no)\b", words, re.IGNORECASE):
        return []
    span_start = start + len(window) - len(window.lstrip())
    span = TextSpan(offset + span_start, offset + span_start + len(words), words)
    if _singular_subject(window, aux):
        return [CasualtyFigure(kind=kind, value=1, span=span, group=words, source=source)]
    if re.search(r"\b(?:were|have\s+been)\b", aux) and re.search(_COMPANION, words, re.IGNORECASE):
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+(?:along|together)\s+with\s+", words)
        return [CasualtyFigure(kind=kind, value=len(parts), span=span, group=words, source=source)]
    return []


def _singular_subject(subject: str, aux: str) -> bool:
    """One person: "was killed", or a singular noun or name before the verb ("the driver died")."""
    words = re.findall(r"[A-Za-z][\w'-]*", subject)
    if not words:
        return False
    if re.search(r"\b(?:was|has\s+been)\b", aux):
        return True
    if re.search(r"\b(?:were|have\s+been|are)\b", aux):
        return False
    while len(words) > 1 and (words[-1].lower() in {"and", "was", "were", "then", "later", "also", "had", "has"}
                              or words[-1].lower().endswith("ed")):
        words.pop()  # "he was targeted and [killed]": the subject is before the first verb
    last = words[-1].lower()
    if last in {"he", "she"}:
        return True
    if last.endswith(("s", "ing")) or last in NOT_A_SINGULAR_SUBJECT:
        return False
    return True


@functools.cache
def _vague_pattern() -> re.Pattern[str]:
    """A toll told without a number ("several were killed", "killing dozens") or said to be unknown."""
    vague = r"(?:several|dozens|scores|hundreds|thousands|many|numerous|multiple|a\s+number|some|an\s+unknown\s+number)"
    return re.compile(
        rf"\b{vague}\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:were|have\s+been|had\s+been|are)\s+)?"
        rf"(?:(?P<killed>{_KILL_PASSIVE})|(?P<wounded>{_WOUND_PASSIVE}))\b"
        rf"|\b(?:killing|killed|kills|left|leaving|neutrali[sz](?:ing|ed))\s+{vague}\b(?P<killed2>)"
        rf"|\b(?:injuring|wounding)\s+{vague}\b(?P<wounded2>)"
        rf"|\b(?:heavy|many|several|mass)\s+casualties(?P<killed3>)"
        rf"|\b(?:death\s+toll|toll|casualties|number\s+of\s+(?:the\s+)?(?:dead|victims))\s+(?:was|is|were|are|remains?"
        rf"|remained)\s+(?:not\s+(?:yet\s+)?known|unknown|unclear|not\s+clear)(?P<killed4>)",
        re.IGNORECASE,
    )


def vague_kinds(text: str) -> set[CasualtyKind]:
    """The kinds of casualty the text reports without a number: for these a missing figure is unknown, not 0."""
    kinds: set[CasualtyKind] = set()
    for match in _vague_pattern().finditer(text):
        groups = {name for name, value in match.groupdict().items() if value is not None}
        if groups & {"killed", "killed2", "killed3", "killed4"}:
            kinds.add("killed")
        if groups & {"wounded", "wounded2"}:
            kinds.add("wounded")
    return kinds


def _zero_groups(text: str, offset: int, source: str | None) -> list[FigureGroup]:
    """ "no casualties", "no one was hurt": an explicit zero, its span the negating phrase."""
    groups = []
    for match in _zero_pattern().finditer(text):
        word = next(match.group(name) for name in ("v1", "v2", "v3", "v4") if match.group(name)).lower()
        span = TextSpan(offset + match.start(), offset + match.end(), match.group(0))
        kinds = _zero_kinds(word)
        for kind in kinds:
            groups.append(FigureGroup(kind, (CasualtyFigure(kind=kind, value=0, span=span, source=source),)))
    return groups


def _zero_kinds(word: str) -> tuple[CasualtyKind, ...]:
    """ "no casualties" is neither dead nor hurt; "no injuries" only not hurt; "no deaths" only not dead."""
    if word.startswith(("casual", "causal", "escaped", "survived")):
        return ("killed", "wounded")
    return ("wounded",) if word.startswith(("injur", "hurt", "wound")) else ("killed",)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def best_count(groups: list[FigureGroup], kind: CasualtyKind) -> int | None:
    """The event's value for `kind` by the rule in the module docstring; None when no figure is given."""
    relevant = [group for group in groups if group.kind == kind and group.figures]
    if not relevant:
        return None
    updates = [group for group in relevant if group.toll_update]
    if updates:
        return updates[-1].total
    by_side: dict[Side, list[FigureGroup]] = {"attackers": [], "victims": [], "unknown": [], "mixed": []}
    added = sum(group.total for group in relevant if group.additive)
    for group in relevant:
        if not group.additive:
            by_side[_group_side(group)].append(group)
    known = sum(_side_value(by_side[side]) for side in ("attackers", "victims"))
    return max(known, _side_value(by_side["unknown"]), _side_value(by_side["mixed"])) + added


def _group_side(group: FigureGroup) -> Side:
    """A list of several sides ("one soldier and four militants") is "mixed": summed as given."""
    sides = {side_of(figure.group) for figure in group.figures}
    return sides.pop() if len(sides) == 1 else "mixed"


def _side_value(groups: list[FigureGroup]) -> int:
    """One side's toll: the lowest when named sources disagree, else the highest (a restatement adds nothing)."""
    if not groups:
        return 0
    sources = {group.figures[0].source for group in groups if group.figures[0].source}
    totals = [group.total for group in groups]
    return min(totals) if len(sources) > 1 and len(set(totals)) > 1 else max(totals)
