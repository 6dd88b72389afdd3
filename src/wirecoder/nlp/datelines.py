"""Datelines: the "PESHAWAR, March 7 (Indus Wire) -" that opens a wire report is not part of any sentence."""

from __future__ import annotations

import functools
import re

# The story's dateline as event places see it: the capitals before the first dash or colon of the body
# ("NAIROBI - ...", "MIR ALI: ..."), which may follow a headline line.
STORY_DATELINE_PATTERN = r"^(?=\W*[A-Z]{3,}\b)[^\n]{0,80}?(?:\s[-\u2013\u2014]+\s|\u2014|:\s)"
STORY_DATELINE_REACH = 400  # how far into the text the dateline may start (after a headline)


# The agencies' own form, in title case and with no dash: "Raipur, Apr 16 (PTI) Security forces ...".
AGENCY_DATELINE_PATTERN = (
    r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2},\s+"  # the place (any letters: "Bogotá")
    r"(?:[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*){0,2},\s+)?"  # its country ("Beni, DR Congo, Aug 27")
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"  # the date
    r"\s+\([A-Z][\w .&-]{1,30}\)\s*(?:[-\u2013\u2014]{1,2}\s+)?"  # "(PTI)", maybe a dash
    # or no date but a known agency and a dash: "Beirut (AFP) - ", "Erbil, Iraq (Reuters) - "
    r"|[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}(?:,\s+[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})?"
    r"\s+\((?:AFP|AP|Reuters|Xinhua|PTI|IANS|ANI|UNI|APP|dpa|DPA|EFE|Anadolu|Bernama|Kyodo|Yonhap|TASS|IRNA|UPI"
    r"|KUNA|WAM|SPA|NNA|MENA)\)\s*[-\u2013\u2014]{1,2}\s+"
)


@functools.cache
def dateline_pattern() -> re.Pattern[str]:
    """A dateline at the start of a paragraph: a place in capitals, then an optional country, date and outlet;
    or the agency form "Raipur, Apr 16 (PTI)"."""
    return re.compile(
        r"(?:[A-Z][A-Z.'\u2019 ]{2,}"  # the place, in capitals
        r"(?:,[^\n\u2013\u2014()-]{1,40})?"  # ", Nigeria" or ", March 7"
        r"(?:\s*\([^)\n]{1,40}\))?"  # "(Indus Wire)"
        r"\s*[-\u2013\u2014]{1,2}\s+"
        rf"|{AGENCY_DATELINE_PATTERN})"
    )


def dateline_end(text: str, start: int) -> int:
    """Where the text after a dateline opening at `start` begins; `start` itself when there is none."""
    if start > 0 and text[start - 1] not in "\n":
        return start
    match = dateline_pattern().match(text, start)
    return match.end() if match else start


@functools.cache
def _story_dateline() -> re.Pattern[str]:
    return re.compile(STORY_DATELINE_PATTERN, re.MULTILINE)


# A dateline run into the headline on one line ("Council cuts budget. TORRINGTON — The council ..."): only the
# strict form, all capitals with an optional qualifier and outlet, then a dash.
RUN_IN_DATELINE_PATTERN = (
    r"(?<=[.!?] )[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3})?"  # ", Ohio"
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:\u2014|\u2013|--|-)\s"  # "(AP) —"
)


@functools.cache
def _agency_dateline() -> re.Pattern[str]:
    return re.compile("^(?:" + AGENCY_DATELINE_PATTERN + ")", re.MULTILINE)


@functools.cache
def _run_in_dateline() -> re.Pattern[str]:
    return re.compile(RUN_IN_DATELINE_PATTERN)


@functools.lru_cache(maxsize=64)  # asked again for every sentence and mention of one article
def dateline_bounds(text: str) -> tuple[int, int]:
    """Where the story's dateline ("PESHAWAR, March 7 (Indus Wire) - ") starts and ends; (0, 0) when none."""
    for pattern in (_story_dateline(), _agency_dateline(), _run_in_dateline()):
        opening = pattern.search(text, 0, STORY_DATELINE_REACH)
        if opening is not None:
            return opening.start(), opening.end()
    return 0, 0


_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}")
_DATE_START = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def dateline_places(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the place names in the story's dateline: the town, and the country or state after its
    comma unless a date stands there ("DERA ISMAIL KHAN, Pakistan", "COLUMBUS, Ohio (AP)", "Raipur, Apr 16")."""
    start, end = dateline_bounds(text)
    if start == end:
        return []
    pieces = re.finditer(r"[^,(\u2013\u2014:]+", text[start:end])
    places = []
    for number, piece in enumerate(pieces):
        name = piece.group().strip().rstrip("-").strip()
        if number > 1 or not _NAME.fullmatch(name) or (number == 1 and _DATE_START.match(name)):
            break
        offset = start + piece.start() + piece.group().index(name)
        places.append((offset, offset + len(name)))
    return tuple(places)
