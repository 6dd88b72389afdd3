"""Run the pipeline over inputs named on a command line: files, folders, globs or standard input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import IO

from wirecoder.ingest.readers import IngestError, read_articles
from wirecoder.models import Article, ArticleResult
from wirecoder.pipeline import Pipeline, PipelineError

Outcome = ArticleResult | IngestError | PipelineError


def process_inputs(
    inputs: Iterable[str], *, pipeline: Pipeline, published: dt.date | None = None, country: str | None = None,
    stdin: IO[str] | None = None,
) -> Iterator[Outcome]:
    """Each input article's result, or an error naming the input that failed; the batch always goes on."""
    errors: list[IngestError] = []

    def articles() -> Iterator[Article]:
        for item in read_articles(inputs, published=published, country=country, stdin=stdin):
            if isinstance(item, IngestError):
                errors.append(item)
            else:
                yield item

    for outcome in pipeline.process(articles()):
        yield from _drain(errors)
        yield outcome
    yield from _drain(errors)


def describe_failure(outcome: IngestError | PipelineError) -> str:
    """One line naming the input and what is wrong with it."""
    if isinstance(outcome, IngestError):
        return f"error: {outcome.where}: {outcome.reason}"
    where = outcome.article.source_path or outcome.article.id
    return f"error: {where} ({outcome.article.id}): {outcome.reason}"


def _drain(errors: list[IngestError]) -> Iterator[IngestError]:
    while errors:
        yield errors.pop(0)
