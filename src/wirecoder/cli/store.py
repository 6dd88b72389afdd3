"""Commands over the store: ingest, events, statements, show, actors, network, export, reprocess.

Each is a thin layer over `wirecoder.store.Store`; `--db PATH` names the database (default `wirecoder.db`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import click

from wirecoder.cli.extract import country_option, inputs_argument, published_option, workers_option
from wirecoder.cli.output import output_options, write_records
from wirecoder.store import DEFAULT_DB, AddOutcome, EventFilter, StatementFilter, Store, StoreUnavailable
from wirecoder.store.backend import is_postgres_url
from wirecoder.store.filters import period_bound

EXPORT_CHOICES = ("acled-csv", "geojson", "jsonl", "parquet")
STATEMENT_ACTS = ("state", "accuse", "deny", "threaten", "demand", "claim", "support")
# A table is for reading in a terminal: the fields that tell events and statements apart; JSON has everything.
EVENT_TABLE_COLUMNS = ("id", "date", "sub_event_type", "country", "location", "killed", "wounded", "perpetrator",
                       "target", "sources")
STATEMENT_TABLE_COLUMNS = ("id", "published", "speaker", "cue", "act", "target", "content", "article_id")


class PeriodParam(click.ParamType):
    """A date of any ISO precision: `2024`, `2024-03` or `2024-03-16`."""

    name = "date"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            period_bound(str(value), start=True)
        except ValueError:
            self.fail(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", param, ctx)
        return str(value)


PERIOD = PeriodParam()
db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, metavar="PATH",
                         help="The SQLite database file, or a postgresql://user@host/name URL.")
limit_option = click.option("--limit", type=click.IntRange(min=0), help="At most this many records.")
since_option = click.option("--since", type=PERIOD, help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
until_option = click.option("--until", type=PERIOD, help="Up to this date.")


def event_filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The merged-event filters, collected into one `criteria: EventFilter` argument."""

    @click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. PK.")
    @click.option("--admin1", help="First-level division (province, state).")
    @click.option("--place", help="Location, district or province name.")
    @since_option
    @until_option
    @click.option("--type", "event_type", help="Event type or sub-event type, e.g. Battles or 'Armed clash'.")
    @click.option("--actor", help="Perpetrator or target, by any of its names.")
    @click.option("--min-killed", type=click.IntRange(min=0), help="At least this many killed.")
    @click.option("--text", help="Words in the text of an article that reports the event.")
    @limit_option
    @functools.wraps(command)
    def wrapper(*args: Any, country: str | None, admin1: str | None, place: str | None, since: str | None,
                until: str | None, event_type: str | None, actor: str | None, min_killed: int | None,
                text: str | None, limit: int | None, **kwargs: Any) -> Any:
        criteria = EventFilter(country=country, admin1=admin1, place=place, since=since, until=until,
                               event_type=event_type, actor=actor, min_killed=min_killed, text=text, limit=limit)
        return command(*args, criteria=criteria, **kwargs)

    return wrapper


@dataclass(slots=True)
class IngestTally:
    """Running totals of an ingest, for the summary line."""

    stored: int = 0
    duplicates: int = 0
    events: int = 0
    joined: int = 0
    statements: int = 0
    errors: int = 0

    def record(self, outcome: AddOutcome) -> None:
        """Count one article's outcome."""
        self.stored += outcome.article_stored
        self.duplicates += outcome.duplicate
        self.events += outcome.events
        self.joined += outcome.merged_into_existing
        self.statements += outcome.statements

    def summary(self, merged_events: int) -> str:
        """One line: articles stored, duplicates, events, merged events, statements, errors."""
        return (f"{self.stored} articles stored, {self.duplicates} duplicates, {self.events} events "
                f"({self.joined} joined an earlier report), {merged_events} merged events in the store, "
                f"{self.statements} statements, {self.errors} errors")


@click.command("ingest")
@inputs_argument
@db_option
@published_option
@country_option
@workers_option
def ingest_cli(
    inputs: tuple[str, ...], db_path: str, published: dt.date | None, country: str | None, workers: int
) -> None:
    """Extract ARTICLES (files, folders, globs, or - for stdin) and store them; one transaction per article."""
    from wirecoder.batch import describe_failure, process_inputs  # the pipeline loads spaCy: only here
    from wirecoder.models import ArticleResult
    from wirecoder.pipeline import Pipeline

    tally = IngestTally()
    with _open(db_path) as store, _progress(inputs) as progress:
        try:
            for outcome in process_inputs(inputs, pipeline=Pipeline(workers=workers), published=published,
                                          country=country):
                if isinstance(outcome, ArticleResult):
                    _store_one(store, outcome, tally, progress)
                else:
                    tally.errors += 1
                    progress.write(describe_failure(outcome))
                progress.update()
        except KeyboardInterrupt:
            progress.write("interrupted: every article stored so far is kept")
            tally.errors += 1
        merged = store.counts()["merged_events"]
    click.echo(tally.summary(merged), err=True)
    if tally.errors:
        sys.exit(1)


def _store_one(store: Store, result: Any, tally: IngestTally, progress: Any) -> None:
    for warning in result.warnings:
        progress.write(f"warning: {warning}")
    try:
        tally.record(store.add(result))
    except Exception as error:  # noqa: BLE001 - the article's transaction is rolled back; the batch goes on
        tally.errors += 1
        where = result.article.source_path or result.article.id
        progress.write(f"error: {where} ({result.article.id}): not stored: {type(error).__name__}: {error}")


@click.command("events")
@event_filter_options
@db_option
@output_options
def events_cli(criteria: EventFilter, db_path: str, output_format: str) -> None:
    """Stored events, merged across the reports of every source, filtered; JSON Lines unless --csv/--table."""
    with _open_existing(db_path) as store:
        records = _checked(lambda: list(store.events(criteria)))
        write_records(_for_display(records, output_format, EVENT_TABLE_COLUMNS), output_format)


@click.command("statements")
@click.option("--speaker", help="Who spoke, by any of their names.")
@click.option("--target", help="Whom the statement is about.")
@click.option("--act", type=click.Choice(STATEMENT_ACTS), help="What the statement does.")
@since_option
@until_option
@click.option("--text", help="Words in the statement's content.")
@limit_option
@db_option
@output_options
def statements_cli(speaker: str | None, target: str | None, act: str | None, since: str | None,
                   until: str | None, text: str | None, limit: int | None, db_path: str, output_format: str) -> None:
    """Stored statements (who said what about whom), filtered; JSON Lines unless --csv/--table."""
    criteria = StatementFilter(speaker=speaker, target=target, act=act, since=since, until=until, text=text,
                               limit=limit)
    with _open_existing(db_path) as store:
        records = _checked(lambda: list(store.statements(criteria)))
        write_records(_for_display(records, output_format, STATEMENT_TABLE_COLUMNS), output_format)


@click.command("show")
@click.argument("event_id", type=int)
@db_option
def show_cli(event_id: int, db_path: str) -> None:
    """One merged event as JSON: its fields, every report behind it, and the sentence of each piece of evidence."""
    with _open_existing(db_path) as store:
        record = store.event(event_id)
    if record is None:
        click.echo(f"error: no event {event_id} in {db_path}", err=True)
        sys.exit(1)
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


@click.command("actors")
@db_option
@output_options
def actors_cli(db_path: str, output_format: str) -> None:
    """Canonical actors with their aliases and counts: statements made and received, events as each party."""
    with _open_existing(db_path) as store:
        write_records(_for_display(store.actors(), output_format), output_format)


@click.command("network")
@since_option
@until_option
@db_option
@output_options
def network_cli(since: str | None, until: str | None, db_path: str, output_format: str) -> None:
    """Who accuses, denies, threatens, demands of or supports whom: one edge per actor pair, act and month."""
    with _open_existing(db_path) as store:
        write_records(_for_display(store.network(since=since, until=until), output_format), output_format)


@click.command("export")
@click.option("--format", "export_format", type=click.Choice(EXPORT_CHOICES), required=True,
              help="acled-csv, geojson, jsonl, or parquet (needs -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@event_filter_options
@db_option
def export_cli(export_format: str, output: str | None, criteria: EventFilter, db_path: str) -> None:
    """Merged events (filtered as `wirecoder events`) as ACLED-style CSV, GeoJSON, JSON Lines or Parquet."""
    from wirecoder.export import write_export

    if export_format == "parquet" and output is None:
        raise click.UsageError("parquet is a binary format: name a file with -o FILE")
    with _open_existing(db_path) as store:
        count = write_export(_checked(lambda: list(store.events(criteria))), export_format, output)
    if output is not None:
        click.echo(f"{count} events written to {output}", err=True)


@click.command("reprocess")
@db_option
@workers_option
def reprocess_cli(db_path: str, workers: int) -> None:
    """Run the current pipeline again over every stored article, replacing its events and statements."""
    from wirecoder.pipeline import Pipeline

    with _open_existing(db_path) as store:
        outcome = store.reprocess(Pipeline(workers=workers))
        merged = store.counts()["merged_events"]
    for error in outcome.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(f"{outcome.articles} articles reprocessed, {outcome.events} events, {merged} merged events, "
               f"{outcome.statements} statements, {len(outcome.errors)} errors", err=True)
    if outcome.errors:
        sys.exit(1)


STORE_COMMANDS: list[click.Command] = [ingest_cli, events_cli, statements_cli, show_cli, actors_cli, network_cli,
                                       export_cli, reprocess_cli]


def _open_existing(db_path: str) -> Store:
    """The store at `db_path`; a usage error (exit 2) when there is none, rather than a new empty database."""
    if not is_postgres_url(db_path) and not Path(db_path).is_file():
        raise click.UsageError(f"no database at {db_path} (create one with `wirecoder ingest ... --db {db_path}`)")
    return _open(db_path)


def _open(db_path: str) -> Store:
    """The store at `db_path`, created when absent; a clear error (exit 1) when it cannot be opened."""
    try:
        return Store.open(db_path)
    except StoreUnavailable as error:
        raise click.ClickException(str(error)) from error


def _checked(query: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Run a query; a filter the store cannot use (no words to search for, ...) is a usage error."""
    try:
        return query()
    except ValueError as error:
        raise click.UsageError(str(error)) from error


def _for_display(records: Iterable[dict[str, Any]], output_format: str,
                 columns: tuple[str, ...] | None = None) -> Iterator[dict[str, Any]]:
    """JSON records as they are; for a table, the chosen columns with lists joined and control characters gone."""
    for record in records:
        if output_format == "jsonl":
            yield record
            continue
        if output_format == "table" and columns is not None:
            record = {column: record.get(column) for column in columns}
        yield {key: _display_value(value) for key, value in record.items()}


def _display_value(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "; ".join(value)
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict | list):
        return printable(json.dumps(value, ensure_ascii=False))
    return value


@cache
def _space_pattern() -> re.Pattern[str]:
    return re.compile(r"\s+")


def printable(text: str) -> str:
    """`text` safe for a terminal: line breaks and tabs become spaces; control and bidi-override characters
    (which article text may carry to garble or spoof a table) are dropped."""
    kept = "".join(char for char in _space_pattern().sub(" ", text) if unicodedata.category(char) not in ("Cc", "Cf"))
    return kept.strip()


class _Progress:
    """A tqdm bar on stderr (rate and ETA) when stderr is a terminal; otherwise, a run that lasts gets a plain
    progress line every `LOG_EVERY_SECONDS` (a log has no use for a redrawn bar), and short runs stay quiet."""

    LOG_EVERY_SECONDS = 30.0

    def __init__(self, total: int | None, *, interactive: bool) -> None:
        self.bar = None
        self.total, self.done = total, 0
        self.started = self.last_line = time.monotonic()
        if interactive:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)

    def update(self) -> None:
        """Count one article done."""
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
            return
        now = time.monotonic()
        if now - self.last_line >= self.LOG_EVERY_SECONDS:
            self.last_line = now
            click.echo(progress_line(self.done, self.total, now - self.started), err=True)

    def write(self, line: str) -> None:
        """A message line on stderr that does not break the bar."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()


def progress_line(done: int, total: int | None, seconds: float) -> str:
    """`120/400 articles, 3.1/s, ETA 1m30s` (no ETA when the total is unknown)."""
    rate = done / seconds if seconds > 0 else 0.0
    line = f"{done}/{total} articles" if total else f"{done} articles"
    line += f", {rate:.1f}/s"
    if total and rate > 0 and done < total:
        remaining = round((total - done) / rate)
        line += f", ETA {remaining // 60}m{remaining % 60:02d}s"
    return line


def _progress(inputs: Iterable[str]) -> _Progress:
    # Counting the inputs costs a read of each JSON Lines file: worth it for the ETA, not for nothing.
    return _Progress(_count_articles(inputs), interactive=sys.stderr.isatty())


def _count_articles(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold, cheaply (a JSON Lines line each, one per other file); None for stdin."""
    from wirecoder.ingest.readers import JSONL_SUFFIXES, STDIN, expand_input

    total = 0
    for source in inputs:
        if source == STDIN:
            return None
        for path in expand_input(source):
            if path.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with path.open("rb") as lines:
                        total += sum(1 for line in lines if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
