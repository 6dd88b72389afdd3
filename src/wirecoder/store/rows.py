"""Rows the store writes: an `ArticleResult` taken apart into typed rows, one per table."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from wirecoder.export.evalformat import event_record, place_record, statement_record
from wirecoder.merge.dates import report_date_span
from wirecoder.models import Article, ArticleResult, PlaceMention
from wirecoder.resolve.actors import canonical_actor


@dataclass(slots=True)
class ArticleRow:
    """One stored copy of an article."""

    id: str
    content_hash: str
    source_key: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None
    source_path: str | None
    text: str
    pipeline_version: str
    ingested_at: str
    country: str | None = None


@dataclass(slots=True)
class EventReportRow:
    """One event as one article reports it (FORMAT.md's fields, precision, evidence)."""

    position: int
    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    date_defaulted: bool | None
    date_first: str | None
    date_last: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    geonameid: int | None
    killed: int | None
    wounded: int | None
    perpetrator: str | None
    target: str | None
    perpetrator_key: str | None
    target_key: str | None
    status: str
    core: bool
    confidence: float
    evidence: str  # JSON
    pipeline_version: str


@dataclass(slots=True)
class StatementRow:
    """One statement of one article, with its evidence."""

    position: int
    speaker: str | None
    speaker_title: str | None
    cue: str | None
    kind: str
    content: str
    act: str
    target: str | None
    speaker_key: str | None
    target_key: str | None
    source_chain: str  # JSON list
    marker: str | None
    responds_to: int | None  # position of the answered statement in the same article
    confidence: float
    evidence: str  # JSON
    published: str | None
    pipeline_version: str


@dataclass(slots=True)
class PlaceRow:
    """One toponym mention of one article."""

    start: int
    end: int
    text: str
    name: str | None
    geonameid: int | None
    feature_class: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    demonym: bool


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A name the article uses for an actor, and the canonical actor it stands for."""

    alias: str
    canonical: str
    kind: str | None
    country: str | None


def column_values(row: Any) -> dict[str, Any]:
    """A row dataclass as `{column: value}`."""
    return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}


def article_row(article: Article, *, pipeline_version: str, ingested_at: str) -> ArticleRow:
    """The article's row."""
    return ArticleRow(
        id=article.id, content_hash=article.content_hash, source_key=article.source_key, title=article.title,
        published=article.published.isoformat() if article.published else None, url=article.url,
        outlet=article.outlet, source_path=article.source_path, text=article.text,
        pipeline_version=pipeline_version, ingested_at=ingested_at, country=article.country,
    )


def event_report_rows(result: ArticleResult, *, pipeline_version: str) -> list[EventReportRow]:
    """One row per event the article reports, in the article's order."""
    published = result.article.published.isoformat() if result.article.published else None
    known = article_names(result)
    rows = []
    for position, event in enumerate(result.events):
        record = event_record(event)
        span = report_date_span(record["date"], published)
        rows.append(EventReportRow(
            position=position, event_type=record["event_type"], sub_event_type=record["sub_event_type"],
            date=record["date"], date_precision=record["date_precision"], date_defaulted=record["date_defaulted"],
            date_first=span.first.isoformat() if span else None, date_last=span.last.isoformat() if span else None,
            country=record["country"], admin1=record["admin1"], admin2=record["admin2"],
            location=record["location"], lat=record["lat"], lon=record["lon"],
            geo_precision=record["geo_precision"], geonameid=record["geonameid"], killed=record["killed"],
            wounded=record["wounded"], perpetrator=record["perpetrator"], target=record["target"],
            perpetrator_key=actor_key(record["perpetrator"], known), target_key=actor_key(record["target"], known),
            status=record["status"], core=bool(record["core"]), confidence=record["confidence"],
            evidence=json.dumps(record["evidence"], ensure_ascii=False), pipeline_version=pipeline_version,
        ))
    return rows


def statement_rows(result: ArticleResult, *, pipeline_version: str) -> list[StatementRow]:
    """One row per statement of the article (marked attributions included), in the article's order."""
    published = result.article.published.isoformat() if result.article.published else None
    known = article_names(result)
    rows = []
    for position, statement in enumerate(result.statements):
        record = statement_record(statement, position)
        rows.append(StatementRow(
            position=position, speaker=record["speaker"], speaker_title=record["speaker_title"],
            cue=record["cue"], kind=record["kind"], content=record["content"], act=record["act"],
            target=record["target"], speaker_key=actor_key(record["speaker"], known),
            target_key=actor_key(record["target"], known),
            source_chain=json.dumps(record["source_chain"], ensure_ascii=False), marker=record["marker"],
            responds_to=record["responds_to"], confidence=record["confidence"],
            evidence=json.dumps(record["evidence"], ensure_ascii=False), published=published,
            pipeline_version=pipeline_version,
        ))
    return rows


def place_rows(places: list[PlaceMention]) -> list[PlaceRow]:
    """One row per toponym mention."""
    rows = []
    for mention in places:
        record = place_record(mention)
        rows.append(PlaceRow(
            start=record["start"], end=record["end"], text=record["text"], name=record["name"],
            geonameid=record["geonameid"], feature_class=record["feature_class"], admin1=record["admin1"],
            country=record["country"], lat=record["lat"], lon=record["lon"], demonym=bool(record["demonym"]),
        ))
    return rows


def article_names(result: ArticleResult) -> tuple[str, ...]:
    """Every actor name the article uses: the fuller forms `canonical_actor` prefers for short mentions."""
    names = [statement.speaker for statement in result.statements]
    names += [statement.target for statement in result.statements]
    for event in result.events:
        names += [actor.name for actor in (event.perpetrator, event.target) if actor is not None]
    return tuple(dict.fromkeys(name for name in names if name))


def actor_mentions(result: ArticleResult) -> list[ActorMention]:
    """The actors the article names (speakers, targets, perpetrators), each alias once."""
    known = article_names(result)
    mentions = []
    for name in known:
        identity = canonical_actor(name, known_names=known)
        if identity.canonical:
            mentions.append(ActorMention(name, identity.canonical, identity.kind, identity.country))
    return mentions


def actor_key(name: str | None, known_names: tuple[str, ...] = ()) -> str | None:
    """The canonical actor of `name`, case-folded: what actor filters compare."""
    if not name:
        return None
    canonical = canonical_actor(name, known_names=known_names).canonical
    return canonical.casefold() if canonical else None
