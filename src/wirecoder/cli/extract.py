"""`wirecoder extract` and `wirecoder places`: articles in, records on standard output, nothing stored."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from wirecoder.batch import describe_failure, process_inputs
from wirecoder.export.evalformat import eval_record, full_record, place_record
from wirecoder.ingest.readers import country_code
from wirecoder.models import ArticleResult
from wirecoder.pipeline import Pipeline


class DateParam(click.ParamType):
    """A `YYYY-MM-DD` date."""

    name = "date"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


DATE = DateParam()


class CountryParam(click.ParamType):
    """A two-letter ISO 3166-1 country code, in capitals."""

    name = "CODE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        code = country_code(value)
        if code is None:
            self.fail(f"{value!r} is not a two-letter country code such as PK", param, ctx)
        return code


COUNTRY = CountryParam()
inputs_argument = click.argument("inputs", nargs=-1, required=True, metavar="ARTICLES...")
published_option = click.option(
    "--published", type=DATE, help="Publication date for articles whose input gives none (YYYY-MM-DD)."
)
country_option = click.option(
    "--country", type=COUNTRY, help="ISO country code (e.g. PK) for articles whose input names none: a hint "
    "for ambiguous or misspelt places when the collection is about one country.",
)
workers_option = click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
                              help="Worker processes for the pipeline.")


@click.command("extract")
@inputs_argument
@click.option("--format", "output_format", type=click.Choice(["eval", "json"]), default="eval", show_default=True,
              help="eval: the scorer's format (../shared/eval/FORMAT.md); json: full records with places.")
@published_option
@country_option
@workers_option
def extract_cli(
    inputs: tuple[str, ...], output_format: str, published: dt.date | None, country: str | None, workers: int
) -> None:
    """Extract events and statements from ARTICLES (files, folders, globs, or - for stdin), one JSON per line."""
    render = eval_record if output_format == "eval" else full_record
    _run(inputs, published, country, workers, lambda result: render(result))


@click.command("places")
@inputs_argument
@click.option("--format", "output_format", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@published_option
@country_option
@workers_option
def places_cli(
    inputs: tuple[str, ...], output_format: str, published: dt.date | None, country: str | None, workers: int
) -> None:
    """Every toponym in ARTICLES resolved to a gazetteer place: {"doc_id", "places": [...]} per line."""
    _run(inputs, published, country, workers,
         lambda result: {"doc_id": result.article.id, "places": [place_record(m) for m in result.places]})


def _run(  # noqa: ANN001
    inputs: tuple[str, ...], published: dt.date | None, country: str | None, workers: int, render
) -> None:
    pipeline = Pipeline(workers=workers)
    failures = 0
    for outcome in process_inputs(inputs, pipeline=pipeline, published=published, country=country):
        if isinstance(outcome, ArticleResult):
            for warning in outcome.warnings:
                click.echo(f"warning: {warning}", err=True)
            sys.stdout.write(json.dumps(render(outcome), ensure_ascii=False) + "\n")
        else:
            failures += 1
            click.echo(describe_failure(outcome), err=True)
    if failures:
        click.echo(f"{failures} input(s) failed", err=True)
        sys.exit(1)
