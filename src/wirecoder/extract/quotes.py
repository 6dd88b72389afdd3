"""Quotation marks in raw article text: where each quotation opens and closes, tolerant of news conventions.

News quotations that run over several paragraphs leave each paragraph open and reopen the next one, straight
and curly marks mix, and an unmatched mark is common: the scanner never fails, it closes a dangling quotation
at the end of its paragraph.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

DOUBLE_OPENERS = frozenset("\u201c\u201e\u00ab")  # “ „ «
DOUBLE_CLOSERS = frozenset("\u201d\u00bb")  # ” »
STRAIGHT_DOUBLE = '"'
SINGLE_OPENER = "\u2018"  # ‘
SINGLE_CLOSER = "\u2019"  # ’ (also the apostrophe, so only a closer at a word's end)
ALL_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | {STRAIGHT_DOUBLE, SINGLE_OPENER, SINGLE_CLOSER, "'", "`"}


@dataclass(frozen=True, slots=True)
class QuotePiece:
    """The inside of one quotation within one paragraph: `text[start:end]`, marks excluded."""

    start: int
    end: int
    closed: bool  # False: the paragraph ended with the quotation still open


@dataclass(slots=True)
class Quotation:
    """One quotation, possibly running over several paragraphs (one piece per paragraph)."""

    pieces: list[QuotePiece] = field(default_factory=list)
    straight: bool = False  # opened with a typewriter mark

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.pieces[0].start

    @property
    def end(self) -> int:
        """Offset just past the last quoted character."""
        return self.pieces[-1].end


@dataclass(frozen=True, slots=True)
class _Mark:
    """A quotation mark found in a paragraph: where, how wide, and whether it can open and/or close."""

    position: int
    width: int
    can_open: bool
    can_close: bool
    single: bool
    straight: bool = False  # a typewriter mark: only another typewriter mark closes what it opened


def find_quotations(text: str) -> list[Quotation]:
    """Every top-level quotation in `text`, in order, with runs over paragraphs joined into one quotation."""
    quotations: list[Quotation] = []
    running: Quotation | None = None
    for para_start, para_end in _paragraphs(text):
        found = _paragraph_pieces(text, para_start, para_end)
        if not found:
            running = None
            continue
        first, first_straight = found[0]
        opens_paragraph = not text[para_start:first.start].strip(" \t\u00a0" + "".join(ALL_MARKS))
        for index, (piece, straight) in enumerate(found):
            # A paragraph continues the open quotation only when it reopens with the same kind of mark.
            if index == 0 and running is not None and opens_paragraph and running.straight == straight:
                running.pieces.append(piece)
            else:
                running = Quotation([piece], straight)
                quotations.append(running)
        pieces = [piece for piece, _ in found]
        # Only a quotation left open at the end of a paragraph may run on into the next one.
        running = running if not pieces[-1].closed else None
    return quotations


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of `text`."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _paragraph_pieces(text: str, start: int, end: int) -> list[tuple[QuotePiece, bool]]:
    """The top-level quotations inside one paragraph (with whether a typewriter mark opened each); one left
    open is closed at the paragraph's end."""
    pieces: list[tuple[QuotePiece, bool]] = []
    open_at: int | None = None
    opener: _Mark | None = None
    marks = _marks(text, start, end)
    last_curly_close = max((m.position for m in marks if m.can_close and not m.straight and not m.single), default=-1)
    for mark in marks:
        if open_at is None:
            if mark.can_open:
                open_at, opener = mark.position + mark.width, mark
            continue
        # Inside a quotation only a closer of the same family ends it; the other family nests (curly marks
        # inside a typewriter-quoted block are quotations within it). A typewriter mark may still end a
        # curly quotation that no curly closer ends ("“mixed marks," he said).
        assert opener is not None
        same_family = mark.single == opener.single and mark.straight == opener.straight
        mixed_close = (not opener.single and not opener.straight and mark.straight and not mark.single
                       and mark.position > last_curly_close)
        if (same_family or mixed_close) and mark.can_close:
            pieces.append((_piece(text, open_at, mark.position, closed=True), opener.straight))
            open_at = None
    if open_at is not None and opener is not None:
        pieces.append((_piece(text, open_at, end, closed=False), opener.straight))
    return [(piece, straight) for piece, straight in pieces if piece.end > piece.start]


def _piece(text: str, start: int, end: int, *, closed: bool) -> QuotePiece:
    """A piece trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotePiece(start, end, closed)


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quotation marks of `text[start:end]` with what each can do, judged from its neighbours."""
    marks = []
    index = start
    while index < end:
        char = text[index]
        if char in ALL_MARKS:
            mark = _classify(text, index, start, end)
            if mark is not None:
                marks.append(mark)
                index += mark.width
                continue
        index += 1
    return marks


def _classify(text: str, index: int, start: int, end: int) -> _Mark | None:
    """What the mark at `index` can do, or None when it is an apostrophe or a stray accent."""
    char = text[index]
    before = text[index - 1] if index > start else " "
    following = text[index + 1] if index + 1 < end else " "
    if char in ("'", "`") and following == char:  # '' and `` stand for double marks in some wire copy
        return _Mark(index, 2, char == "`" or _opens(text, index, start), char == "'", single=False, straight=True)
    if char in DOUBLE_OPENERS:
        return _Mark(index, 1, True, False, single=False)
    if char in DOUBLE_CLOSERS:
        # A right mark at the start of a word is a mistyped opener (common in pasted copy).
        return _Mark(index, 1, not before.isalnum() and following.isalnum(), True, single=False)
    if char == STRAIGHT_DOUBLE:
        return _Mark(index, 1, _opens(text, index, start), True, single=False, straight=True)
    if char == SINGLE_OPENER or (char == "'" and not before.isalnum()):
        return _Mark(index, 1, following.isalnum() or following in "\"\u201c", False, single=True)
    if char in (SINGLE_CLOSER, "'"):
        # Inside or after a word's letters it is an apostrophe ("don't", "leaders'") unless punctuation
        # or a space follows it.
        if following.isalnum():
            return None
        return _Mark(index, 1, False, True, single=True)
    return None


def _opens(text: str, index: int, start: int) -> bool:
    """A straight mark opens when nothing word-like is glued to its left."""
    return index == start or not (text[index - 1].isalnum() or text[index - 1] in ".,;:!?%")


@dataclass(slots=True)
class QuoteIndex:
    """Fast lookups of which quotation covers an offset (bisect over the sorted pieces)."""

    quotations: list[Quotation]
    _starts: list[int] = field(init=False, repr=False)
    _owners: list[tuple[QuotePiece, int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._owners = sorted(
            ((piece, number) for number, quote in enumerate(self.quotations) for piece in quote.pieces),
            key=lambda item: item[0].start,
        )
        self._starts = [piece.start for piece, _ in self._owners]

    def covering(self, offset: int) -> int | None:
        """Number of the quotation whose inside holds `offset`, if any."""
        position = bisect.bisect_right(self._starts, offset) - 1
        if position < 0:
            return None
        piece, number = self._owners[position]
        return number if piece.start <= offset < piece.end else None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Numbers of the quotations with a piece overlapping `[start, end)`, in order."""
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        last = bisect.bisect_left(self._starts, end)
        found: list[int] = []
        for piece, number in self._owners[first:last]:
            if piece.start < end and start < piece.end and number not in found:
                found.append(number)
        return found

    def quoted_share(self, text: str, start: int, end: int) -> tuple[int, int]:
        """(letters and digits inside quotations, all letters and digits) within `text[start:end]`."""
        total = sum(1 for char in text[start:end] if char.isalnum())
        inside = 0
        for number in self.overlapping(start, end):
            for piece in self.quotations[number].pieces:
                low, high = max(piece.start, start), min(piece.end, end)
                if low < high:
                    inside += sum(1 for char in text[low:high] if char.isalnum())
        return inside, total
