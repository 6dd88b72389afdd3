"""Typed records that every stage of wirecoder produces and consumes.

Every field that comes from the article carries its evidence as a `TextSpan`: character offsets into
`Article.text` (Python indices, end exclusive) and the surface text found there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

StatementKind = Literal["direct", "indirect", "mixed"]
StatementAct = Literal["state", "accuse", "deny", "threaten", "demand", "claim", "support"]
DatePrecision = Literal["day", "month", "year"]
GeoPrecision = Literal["location", "admin2", "admin1", "country"]
PlaceBasis = Literal["named", "actor", "operation", "collection"]
EventStatus = Literal["happened", "denied", "alleged", "threatened", "planned", "hypothetical"]

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_PARENT: dict[str, str] = {sub: parent for parent, subs in EVENT_TYPES.items() for sub in subs}


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of the article: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> TextSpan:
        """Build the span of `source[start:end]`."""
        return cls(start, end, source[start:end])


@dataclass(slots=True)
class Article:
    """One news report as ingested: its text and the metadata that came with it."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    source_path: str | None = None
    # The country the collection says the report is about (ISO 3166-1 alpha-2), as ACLED's files are kept per
    # country: a hint for ambiguous and misspelt place names, never stronger than the places the text names.
    country: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same text is the same article content."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def source_key(self) -> str:
        """Identity of this copy: the same text from the same outlet and url is stored once."""
        key = "\x1f".join((self.content_hash, self.outlet or "", self.url or ""))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Place:
    """A real place from the gazetteer."""

    name: str
    geonameid: int | None = None
    feature_class: str | None = None  # GeoNames class: A (division/country), P (populated place), ...
    feature_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # GeoNames English name of the first-level division
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0

    @property
    def precision(self) -> GeoPrecision:
        """How fine this place is, in ACLED's terms."""
        code = self.feature_code or ""
        if code == "PCLI" or (self.feature_class == "A" and code.startswith("PCL")):
            return "country"
        if self.feature_code in {"ADM1", "ZNB"}:
            # A line between two countries ("the Line of Control") runs through a whole region.
            return "admin1"
        if self.feature_code == "ADM2":
            return "admin2"
        return "location"


@dataclass(slots=True)
class PlaceMention:
    """A toponym (or demonym) in the text and what it resolved to (`place` is None when unresolved)."""

    span: TextSpan
    place: Place | None
    is_demonym: bool = False
    confidence: float = 0.0
    # "named": the text names the place; "actor" or "operation": the division of a regional actor or a military
    # operation the text names (the span is its name); "collection": the collection's country (an empty span).
    basis: PlaceBasis = "named"


@dataclass(slots=True)
class ResolvedDate:
    """A date in the world, as precise as the text allows."""

    value: str  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    precision: DatePrecision
    span: TextSpan | None = None  # the expression it came from; None when defaulted
    defaulted: bool = False  # True: the text gave no date, the publication date stands in


@dataclass(slots=True)
class CasualtyFigure:
    """One count the report gives: "at least seven soldiers were killed"."""

    kind: Literal["killed", "wounded", "abducted", "arrested"]
    value: int
    span: TextSpan  # the number as written
    qualifier: str | None = None  # "at least", "up to", "range" ...
    group: str | None = None  # who: "army personnel", "attackers"
    includes_attackers: bool = False
    source: str | None = None  # who gave the figure, when the text says


@dataclass(slots=True)
class Actor:
    """Someone named in the text as doing, suffering or saying something."""

    name: str
    span: TextSpan | None = None
    title: str | None = None
    kind: str | None = None  # person, organisation, state, state forces, militant group, civilians, ...
    canonical: str | None = None


@dataclass(slots=True)
class Statement:
    """One attribution: who said what, with one statement per cue."""

    content: str
    content_spans: list[TextSpan]
    kind: StatementKind
    speaker: str | None = None  # canonical name in the article
    speaker_span: TextSpan | None = None  # the mention next to the cue ("he", "Asif")
    speaker_title: str | None = None
    cue: str | None = None
    cue_span: TextSpan | None = None
    act: StatementAct = "state"
    target: str | None = None
    target_span: TextSpan | None = None
    source_chain: list[str] = field(default_factory=list)  # outlets that relay it, nearest first
    marker: str | None = None  # None: a full statement; "noun" or "relay": kept but not in eval output
    responds_to: int | None = None  # index of the statement in this article that it answers
    confidence: float = 0.5


@dataclass(slots=True)
class Event:
    """Something that happened, coded as ACLED would, with evidence for each field."""

    event_type: str
    sub_event_type: str
    trigger: TextSpan
    date: ResolvedDate | None = None
    location: PlaceMention | None = None
    killed: int | None = None
    wounded: int | None = None
    casualties: list[CasualtyFigure] = field(default_factory=list)
    perpetrator: Actor | None = None
    target: Actor | None = None
    status: EventStatus = "happened"
    core: bool = True  # False: a background event mentioned in passing
    confidence: float = 0.5

    @property
    def place(self) -> Place | None:
        """The resolved place of the event, if any."""
        return self.location.place if self.location else None


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record above (dates as ISO strings)."""
    return _jsonable(asdict(record))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
