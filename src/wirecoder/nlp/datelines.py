"""Datelines: the "PESHAWAR, March 7 (Indus Wire) -" that opens a wire report is not part of any sentence."""

from __future__ import annotations

import functools
import re


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
