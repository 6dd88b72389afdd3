"""Evidence that holds: every span is `text[start:end]` and is the field's own surface form, not a sentence."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from wirecoder.models import Article, ArticleResult, TextSpan

OWN_ARTICLES = [
    Article(
        id="evidence-1",
        published=dt.date(2024, 8, 12),
        text=(
            "Gunmen stormed a police checkpoint in Lakki Marwat district on Sunday, killing five policemen and "
            "wounding three others, officials said.\n"
            "\u201cThe attackers came from across the border,\u201d provincial police chief Akhtar Hayat told "
            "reporters. He said that the search operation would continue.\n"
            "The Pakistani Taliban claimed responsibility for the attack in a statement."
        ),
    ),
    Article(
        id="evidence-2",
        published=dt.date(2023, 11, 30),
        text=(
            "A roadside bomb struck a bus carrying pilgrims near Kirkuk on Wednesday, killing at least twelve "
            "people, according to the health ministry. Interior Minister Abdul Amir al-Shammari accused "
            "remnants of Islamic State of planting the device."
        ),
    ),
]
MAX_FIELD_SPAN = 120  # a field's surface form; anything longer is a sentence passed off as evidence


def _articles(shared_dir=None):
    articles = list(OWN_ARTICLES)
    if shared_dir is not None:
        for line in (shared_dir / "eval" / "dev" / "seed_articles.jsonl").read_text().splitlines():
            record = json.loads(line)
            articles.append(Article(id=record["id"], text=record["text"],
                                    published=dt.date.fromisoformat(record["published"])))
    return articles


def _check_span(text: str, span: TextSpan | None, surface: str | None, field: str) -> list[str]:
    if span is None:
        return []
    problems = []
    if text[span.start:span.end] != span.text:
        problems.append(f"{field}: span [{span.start}:{span.end}] text {span.text!r} is not the article's")
    if surface is not None and span.text != surface:
        problems.append(f"{field}: span text {span.text!r} differs from the field {surface!r}")
    if field != "content" and len(span.text) > MAX_FIELD_SPAN:
        problems.append(f"{field}: span of {len(span.text)} characters is not a surface form")
    return problems


def evidence_problems(result: ArticleResult) -> list[str]:
    """Every evidence span in the result that is not the field's own surface form in the article."""
    text = result.article.text
    problems = []
    for s in result.statements:
        problems += _check_span(text, s.cue_span, s.cue, "cue")
        problems += _check_span(text, s.speaker_span, None, "speaker")
        problems += _check_span(text, s.target_span, None, "target")
        for span in s.content_spans:
            problems += _check_span(text, span, None, "content")
        if len(s.content_spans) == 1:
            problems += _check_span(text, s.content_spans[0], s.content, "content")
    for e in result.events:
        problems += _check_span(text, e.trigger, None, "trigger")
        problems += _check_span(text, e.date.span if e.date else None, None, "date")
        problems += _check_span(text, e.location.span if e.location else None, None, "location")
        problems += _check_span(text, e.perpetrator.span if e.perpetrator else None, None, "perpetrator")
        problems += _check_span(text, e.target.span if e.target else None, None, "event target")
        for figure in e.casualties:
            problems += _check_span(text, figure.span, None, f"{figure.kind} figure")
    for mention in result.places:
        problems += _check_span(text, mention.span, None, "place")
    return problems


@pytest.mark.model
@pytest.mark.parametrize("article", OWN_ARTICLES, ids=lambda a: a.id)
def test_evidence_spans_are_surface_forms_in_own_articles(pipeline, article):
    assert evidence_problems(pipeline.analyse(article)) == []


@pytest.mark.model
@pytest.mark.shared
def test_evidence_spans_are_surface_forms_in_seed_article(pipeline, shared_dir):
    for article in _articles(shared_dir)[len(OWN_ARTICLES):]:
        assert evidence_problems(pipeline.analyse(article)) == []


def test_evidence_checker_flags_a_sentence_passed_off_as_a_cue():
    text = "He said it. " * 20
    assert _check_span(text, TextSpan.of(text, 0, len(text)), None, "cue")
    assert _check_span(text, TextSpan(0, 2, "Xe"), None, "cue")
    assert not _check_span(text, TextSpan.of(text, 3, 7), "said", "cue")
