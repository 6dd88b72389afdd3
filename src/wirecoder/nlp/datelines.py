"""Datelines: the "PESHAWAR, March 7 (Indus Wire) -" that opens a wire report is not part of any sentence."""

from __future__ import annotations

import functools
import re


# The story's dateline as event places see it: the capitals before the first dash or colon of the body
# ("NAIROBI - ...", "MIR ALI: ..."), which may follow a headline line.
STORY_DATELINE_PATTERN = r"^(?=\W*[A-Z]{3,}\b)[^\n]{0,80}?(?:\s[-\u2013\u2014]+\s|\u2014|:\s)"
STORY_DATELINE_REACH = 400  # how far into the text the dateline may start (after a headline)


@functools.cache
def dateline_pattern() -> re.Pattern[str]:
    """A dateline at the start of a paragraph: a place in capitals, then an optional country, date and outlet."""
    return re.compile(
        r"[A-Z][A-Z.'\u2019 ]{2,}"  # the place, in capitals
        r"(?:,[^\n\u2013\u2014()-]{1,40})?"  # ", Nigeria" or ", March 7"
        r"(?:\s*\([^)\n]{1,40}\))?"  # "(Indus Wire)"
        r"\s*[-\u2013\u2014]{1,2}\s+"
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


def dateline_bounds(text: str) -> tuple[int, int]:
    """Where the story's dateline ("PESHAWAR, March 7 (Indus Wire) - ") starts and ends; (0, 0) when none."""
    opening = _story_dateline().search(text, 0, STORY_DATELINE_REACH)
    return (opening.start(), opening.end()) if opening is not None else (0, 0)
