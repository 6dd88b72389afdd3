"""The evaluation format of `../shared/eval/FORMAT.md`: one JSON object per article.

Each record carries the scored fields plus evidence spans and confidence, which the scorer ignores.
"""

from __future__ import annotations

from typing import Any

from wirecoder.models import ArticleResult, Event, PlaceMention, Statement, TextSpan


def eval_record(result: ArticleResult) -> dict[str, Any]:
    """The article's events and full statements in the scorer's shape."""
    article = result.article
    return {
        "doc_id": article.id,
        "published": article.published.isoformat() if article.published else None,
        "events": [event_record(event) for event in result.events if event.status == "happened"],
        "statements": [
            statement_record(statement, index)
            for index, statement in enumerate(result.statements)
            if statement.marker is None
        ],
    }


def full_record(result: ArticleResult) -> dict[str, Any]:
    """Everything extracted from the article, including non-events and marked attributions."""
    article = result.article
    return {
        "doc_id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "outlet": article.outlet,
        "content_hash": article.content_hash,
        "events": [event_record(event) for event in result.events],
        "statements": [statement_record(statement, index) for index, statement in enumerate(result.statements)],
        "places": [place_record(mention) for mention in result.places],
        "warnings": list(result.warnings),
    }


def event_record(event: Event) -> dict[str, Any]:
    """One event: FORMAT.md's fields first, then evidence."""
    place = event.place
    location_name = None
    # FORMAT.md's location is a district, city, town or village: a country or implied division is none.
    if event.location is not None and event.location.basis == "named" and (place is None or place.precision != "country"):
        location_name = _location_as_named(event.location)
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date.value if event.date else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "location": location_name,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "killed": event.killed,
        "wounded": event.wounded,
        "perpetrator": event.perpetrator.name if event.perpetrator else None,
        "target": event.target.name if event.target else None,
        "core": event.core,
        "status": event.status,
        "date_precision": event.date.precision if event.date else None,
        "date_defaulted": event.date.defaulted if event.date else None,
        "geo_precision": place.precision if place else None,
        "geonameid": place.geonameid if place else None,
        "admin2": place.admin2 if place else None,
        "confidence": round(event.confidence, 3),
        "evidence": {
            "trigger": span_record(event.trigger),
            "date": span_record(event.date.span if event.date else None),
            "location": span_record(event.location.span if event.location and event.location.span.end else None),
            "location_basis": event.location.basis if event.location else None,
            "perpetrator": span_record(event.perpetrator.span if event.perpetrator else None),
            "target": span_record(event.target.span if event.target else None),
            "casualties": [
                {"kind": figure.kind, "value": figure.value, "span": span_record(figure.span)}
                for figure in event.casualties
            ],
        },
    }


def statement_record(statement: Statement, index: int) -> dict[str, Any]:
    """One statement: FORMAT.md's fields first, then evidence."""
    first = statement.content_spans[0] if statement.content_spans else None
    return {
        "index": index,
        "speaker": statement.speaker,
        "speaker_title": statement.speaker_title,
        "cue": statement.cue,
        "kind": statement.kind,
        "content": statement.content,
        "act": statement.act,
        "target": statement.target,
        "content_span": [first.start, first.end] if first and len(statement.content_spans) == 1 else None,
        "source_chain": list(statement.source_chain),
        "marker": statement.marker,
        "responds_to": statement.responds_to,
        "confidence": round(statement.confidence, 3),
        "evidence": {
            "speaker": span_record(statement.speaker_span),
            "cue": span_record(statement.cue_span),
            "content": [span_record(span) for span in statement.content_spans],
            "target": span_record(statement.target_span),
        },
    }


def _location_as_named(mention: PlaceMention) -> str:
    """The event's place as the article names it ("Tirah Valley", "Dattakhel"): FORMAT.md's location is the place
    named for the event, and the gazetteer's spelling stays in the place record. A dateline in capitals
    ("QUETTA") takes the gazetteer's name, and a neighbourhood ("Korangi") its city's."""
    written = mention.span.text
    place = mention.place
    if place is not None and place.feature_code == "PPLX" and place.admin2:
        return _city_of(place.admin2)
    if place is not None and written.isupper() and len(written) > 3:
        return place.name
    return written


def _city_of(admin2: str) -> str:
    """The city a neighbourhood lies in, from its district's name ("Peshawar District" -> "Peshawar"):
    FORMAT.md's location is a district, city, town or village, so a neighbourhood is coded at its city."""
    words = admin2.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() == "district" else admin2


def place_record(mention: PlaceMention) -> dict[str, Any]:
    """One toponym mention in the shape `wirecoder places` prints."""
    place = mention.place
    return {
        "start": mention.span.start,
        "end": mention.span.end,
        "text": mention.span.text,
        "name": place.name if place else None,
        "geonameid": place.geonameid if place else None,
        "feature_class": place.feature_class if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "demonym": mention.is_demonym,
    }


def span_record(span: TextSpan | None) -> dict[str, Any] | None:
    """A span as `{"start", "end", "text"}`."""
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}
