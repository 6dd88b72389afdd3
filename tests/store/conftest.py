"""Hand-built article results for the store tests: an invented attack report, changed field by field per test."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from wirecoder.models import (
    Actor,
    Article,
    ArticleResult,
    CasualtyFigure,
    Event,
    Place,
    PlaceMention,
    ResolvedDate,
    Statement,
    TextSpan,
)
from wirecoder.store import Store

ATTACK_TEXT = (
    "Gunmen killed five police officers at a checkpoint in Lakki Marwat on Tuesday, officials said. "
    "The provincial governor said the attackers would be hunted down."
)
PROTEST_TEXT = (
    "Hundreds of traders marched through Kano on Friday to demand lower fuel prices. "
    "The market association said the march was peaceful."
)
LAKKI = Place(name="Lakki Marwat", geonameid=1001, feature_class="P", feature_code="PPL", country="PK",
              admin1="Khyber Pakhtunkhwa", admin2="Lakki Marwat District", lat=32.6, lon=70.9)
KANO = Place(name="Kano", geonameid=2002, feature_class="P", feature_code="PPLA", country="NG", admin1="Kano",
             admin2="Kano Municipal", lat=12.0, lon=8.5)


def span(text: str, needle: str) -> TextSpan:
    """The span of the first `needle` in `text`."""
    start = text.index(needle)
    return TextSpan.of(text, start, start + len(needle))


def attack_result(article_id: str = "wire-1", *, outlet: str = "Frontier Wire", url: str | None = None,
                  text: str = ATTACK_TEXT, date: str = "2025-03-04", published: dt.date = dt.date(2025, 3, 5),
                  place: Place = LAKKI, killed: int = 5) -> ArticleResult:
    """An article reporting one attack on police, and the governor's threat against the attackers."""
    article = Article(id=article_id, text=text, title="Checkpoint attack", published=published,
                      url=url or f"https://{outlet.lower().replace(' ', '')}.example/{article_id}", outlet=outlet)
    location = PlaceMention(span(text, "Lakki Marwat"), place, confidence=0.9)
    event = Event(
        event_type="Battles", sub_event_type="Armed clash",
        trigger=span(text, "killed"), date=ResolvedDate(date, "day", span(text, "Tuesday")), location=location,
        killed=killed, casualties=[CasualtyFigure("killed", killed, span(text, "five"))],
        perpetrator=Actor("Gunmen", span(text, "Gunmen")),
        target=Actor("police officers", span(text, "police officers")),
        confidence=0.8,
    )
    threat = Statement(
        content="the attackers would be hunted down", content_spans=[span(text, "the attackers would be hunted down")],
        kind="indirect", speaker="provincial governor", speaker_span=span(text, "provincial governor"), cue="said",
        cue_span=span(text, "said the"), act="threaten", target="attackers",
        target_span=span(text, "attackers would"),
    )
    return ArticleResult(article=article, events=[event], statements=[threat], places=[location])


def protest_result(article_id: str = "wire-2", *, outlet: str = "Sahel Post") -> ArticleResult:
    """An article reporting one peaceful protest in Kano, and the association's statement."""
    text = PROTEST_TEXT
    article = Article(id=article_id, text=text, title="Traders march", published=dt.date(2025, 6, 7),
                      url=f"https://sahel.example/{article_id}", outlet=outlet)
    location = PlaceMention(span(text, "Kano"), KANO, confidence=0.9)
    event = Event(event_type="Protests", sub_event_type="Peaceful protest", trigger=span(text, "marched"),
                  date=ResolvedDate("2025-06-06", "day", span(text, "Friday")), location=location, killed=0,
                  perpetrator=Actor("traders", span(text, "traders")))
    statement = Statement(content="the march was peaceful", content_spans=[span(text, "the march was peaceful")],
                          kind="indirect", speaker="market association", speaker_span=span(text, "market association"),
                          cue="said", cue_span=span(text, "said the march"))
    return ArticleResult(article=article, events=[event], statements=[statement], places=[location])


def with_article(result: ArticleResult, **changes) -> ArticleResult:
    """The same extraction with article metadata changed (another outlet, url or id)."""
    return dataclasses.replace(result, article=dataclasses.replace(result.article, **changes))


@pytest.fixture
def store(store_location):
    """An empty store, on each backend."""
    opened = Store.open(store_location)
    yield opened
    opened.close()


@pytest.fixture
def backend(store) -> str:
    """The dialect name of the `store` under test: sqlite or postgresql."""
    return store.dialect.name


@pytest.fixture
def make_attack():
    """`make_attack(article_id, **changes)`: the attack article (see `attack_result`)."""
    return attack_result


@pytest.fixture
def make_protest():
    """`make_protest(article_id, **changes)`: the protest article (see `protest_result`)."""
    return protest_result


@pytest.fixture
def republish():
    """`republish(result, **article_changes)`: the same extraction under other article metadata."""
    return with_article
