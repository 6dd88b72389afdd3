"""The store: articles, their event reports merged across sources, statements, actors and places, in SQLite (the
default, one file) or PostgreSQL (a `postgresql://` URL); `wirecoder.store.backend` hides the difference.

Tables: `articles`; `events` (one row per event report of one article) grouped into `event_clusters` (the merged
events, with best values) by `events.cluster_id` (the `membership` view lists each cluster's articles);
`statements`; `actors` and `actor_aliases`; `places` (toponym mentions); `evidence` (one row per evidence span).

Each article is written in one transaction, so a failure rolls back that article only. The same copy of an article
(`Article.source_key`: same text, outlet and url) is stored once; the same text from another outlet is another
source, whose events merge into the events already stored (`wirecoder.merge`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.merge import MergeCandidate, best_values, find_match, statement_edges
from wirecoder.merge.dates import parse_date_span
from wirecoder.models import Article, ArticleResult
from wirecoder.store import schema
from wirecoder.store.backend import Database, Dialect, connect
from wirecoder.store.evidence import evidence_sentences, evidence_spans
from wirecoder.store.filters import LONGEST_DATE_SPAN, SPAN_OF_PRECISION, EventFilter, StatementFilter, actor_keys
from wirecoder.store.rows import (
    actor_key,
    actor_mentions,
    article_row,
    column_values,
    event_report_rows,
    place_rows,
    statement_rows,
)
from wirecoder.store.schema import transaction, utc_now

DEFAULT_DB = "wirecoder.db"
# Only reports of events that happened are merged into events; denied, alleged or threatened ones stay reports.
MERGED_STATUSES = ("happened",)
EVENT_FIELDS = ("event_type", "sub_event_type", "date", "date_precision", "country", "admin1", "admin2", "location",
                "lat", "lon", "geo_precision", "killed", "wounded", "perpetrator", "target")
# The columns `events` reads, in the order of its records (not `basis` or `conflicts`, which only `event` shows).
MERGED_COLUMNS = ("id", *EVENT_FIELDS, "report_count", "sources", "outlets")
MERGED_SELECT = ", ".join(MERGED_COLUMNS)
REPORT_FIELDS = (*EVENT_FIELDS, "status", "core", "date_defaulted", "geonameid", "confidence")


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What `Store.add` did with one article."""

    article_stored: bool
    duplicate: bool
    events: int = 0  # event reports stored
    merged_into_existing: int = 0  # of those, reports that joined an event already in the store
    statements: int = 0


@dataclass(slots=True)
class ReprocessOutcome:
    """What `Store.reprocess` did: articles re-extracted, their new reports, and the articles that failed."""

    articles: int = 0
    events: int = 0
    statements: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)


class Store:
    """A wirecoder database: `Store.open(path)`, then `add` results and query events and statements."""

    def __init__(self, connection: Database) -> None:
        self.connection = connection

    @classmethod
    def open(cls, location: str | Path = DEFAULT_DB) -> Store:
        """Open (creating when absent) the database at `location`, an SQLite file path or a `postgresql://` URL,
        and bring its schema up to date."""
        database = connect(location)
        try:
            schema.apply(database)
        except Exception:
            database.close()
            raise
        return cls(database)

    @property
    def dialect(self) -> Dialect:
        """The SQL dialect of the database underneath."""
        return self.connection.dialect

    def close(self) -> None:
        """Close the database."""
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Writing

    def add(self, result: ArticleResult, *, pipeline_version: str | None = None) -> AddOutcome:
        """Store one article and what was extracted from it, in one transaction; a known copy is a duplicate."""
        version = pipeline_version or _pipeline_version()
        with transaction(self.connection):
            if self._article_pk(result.article.source_key) is not None:
                return AddOutcome(article_stored=False, duplicate=True)
            row = article_row(result.article, pipeline_version=version, ingested_at=utc_now())
            pk = self._insert("articles", column_values(row))
            return self._store_extraction(pk, result, version)

    def split(self, event_id: int, article_id: str) -> int:
        """Move the reports of `article_id` out of merged event `event_id` into a new event; returns its id."""
        with transaction(self.connection):
            moving = [row["id"] for row in self.connection.execute(
                "SELECT r.id FROM events r JOIN articles a ON a.pk = r.article_pk "
                "WHERE r.cluster_id = ? AND a.id = ?", (event_id, article_id))]
            if not moving:
                raise KeyError(f"event {event_id} has no report from article {article_id!r}")
            total = self.connection.execute("SELECT count(*) FROM events WHERE cluster_id = ?",
                                            (event_id,)).fetchone()[0]
            if total == len(moving):
                raise ValueError(f"event {event_id} has no report from another article: nothing to split")
            new_id = self._new_merged_event()
            marks = ", ".join("?" * len(moving))
            self.connection.execute(f"UPDATE events SET cluster_id = ? WHERE id IN ({marks})",
                                    (new_id, *moving))
            self._refresh_merged(event_id)
            self._refresh_merged(new_id)
            return new_id

    def reprocess(self, pipeline: Any) -> ReprocessOutcome:
        """Re-extract every stored article with `pipeline`, replacing its reports and statements and re-merging."""
        from wirecoder.pipeline import PipelineError  # the pipeline loads spaCy: only when reprocessing

        version = _pipeline_version()
        by_key = dict(self.connection.execute("SELECT source_key, pk FROM articles").fetchall())
        outcome = ReprocessOutcome()
        for result in pipeline.process(self._stored_articles()):
            if isinstance(result, PipelineError):
                outcome.errors.append(f"{result.article.id}: {result.reason}")
                continue
            with transaction(self.connection):
                pk = by_key[result.article.source_key]
                self._clear_extraction(pk)
                self.connection.execute("UPDATE articles SET pipeline_version = ? WHERE pk = ?", (version, pk))
                added = self._store_extraction(pk, result, version)
            outcome.articles += 1
            outcome.events += added.events
            outcome.statements += added.statements
        return outcome

    def _store_extraction(self, pk: int, result: ArticleResult, version: str) -> AddOutcome:
        for place in place_rows(result.places):
            self._insert("places", {"article_pk": pk, **column_values(place)})
        self._store_actors(result)
        statements = self._store_statements(pk, result, version)
        report_ids = []
        for report in event_report_rows(result, pipeline_version=version):
            report_id = self._insert("events", {"article_pk": pk, **column_values(report)})
            self._store_evidence(pk, report.evidence, event_id=report_id)
            if report.status in MERGED_STATUSES:
                report_ids.append(report_id)
        joined = sum(self._merge_report(report_id) for report_id in report_ids)
        return AddOutcome(article_stored=True, duplicate=False, events=len(result.events),
                          merged_into_existing=joined, statements=statements)

    def _store_statements(self, pk: int, result: ArticleResult, version: str) -> int:
        rows = statement_rows(result, pipeline_version=version)
        ids = [self._insert("statements", {"article_pk": pk, **column_values(row), "responds_to": None})
               for row in rows]
        for row, statement_id in zip(rows, ids, strict=True):
            self._store_evidence(pk, row.evidence, statement_id=statement_id)
        for row, statement_id in zip(rows, ids, strict=True):
            # Stored as the answered statement's id, so it stays meaningful outside the article.
            if row.responds_to is not None and 0 <= row.responds_to < len(ids):
                self.connection.execute("UPDATE statements SET responds_to = ? WHERE id = ?",
                                        (ids[row.responds_to], statement_id))
        return len(rows)

    def _store_evidence(self, pk: int, evidence_json: str, *, event_id: int | None = None,
                        statement_id: int | None = None) -> None:
        """One `evidence` row per span of a report's or a statement's evidence."""
        rows = [(pk, event_id, statement_id, field or "evidence", span["start"], span["end"], span["text"])
                for field, span in evidence_spans(json.loads(evidence_json))]
        if rows:
            self.connection.executemany(
                'INSERT INTO evidence (article_pk, event_id, statement_id, field, start, "end", text) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def _store_actors(self, result: ArticleResult) -> None:
        for mention in actor_mentions(result):
            self.connection.execute(
                "INSERT INTO actors (name, name_key, kind, country) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE "
                "SET kind = coalesce(actors.kind, excluded.kind), country = coalesce(actors.country, excluded.country)",
                (mention.canonical, mention.canonical.casefold(), mention.kind, mention.country))
            self.connection.execute(
                "INSERT INTO actor_aliases (actor_id, alias, alias_key) "
                "SELECT id, ?, ? FROM actors WHERE name = ? ON CONFLICT DO NOTHING",
                (mention.alias, mention.alias.casefold(), mention.canonical))

    def _clear_extraction(self, pk: int) -> None:
        affected = [row[0] for row in self.connection.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE article_pk = ? AND cluster_id IS NOT NULL",
            (pk,))]
        for table in ("evidence", "events", "statements", "places"):
            self.connection.execute(f"DELETE FROM {table} WHERE article_pk = ?", (pk,))
        for merged_id in affected:
            self._refresh_merged(merged_id)

    # Merging

    def _merge_report(self, report_id: int) -> bool:
        """Give a new report its merged event; True when it joined an event already stored."""
        new = self._candidates("r.id = ?", (report_id,))[0]
        match = find_match(new, self._window_candidates(report_id))
        merged_id = match.merged_event_id if match is not None else self._new_merged_event()
        self.connection.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (merged_id, report_id))
        self._refresh_merged(merged_id)
        return match is not None

    def _window_candidates(self, report_id: int) -> list[MergeCandidate]:
        """Every report of every merged event with a report in the new one's window (same country or unknown,
        dates within `CANDIDATE_WINDOW_DAYS`), so that a join is checked against all of an event's reports."""
        from wirecoder.merge.events import CANDIDATE_WINDOW_DAYS

        new = self.connection.execute("SELECT date_first, date_last, country FROM events WHERE id = ?",
                                      (report_id,)).fetchone()
        if new["date_first"] is None:
            return []
        window = dt.timedelta(days=CANDIDATE_WINDOW_DAYS)
        low = (dt.date.fromisoformat(new["date_first"]) - window).isoformat()
        high = (dt.date.fromisoformat(new["date_last"]) + window).isoformat()
        sql = ("SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL "
               "AND date_first <= ? AND date_last >= ? AND date_first >= ? AND id != ?")
        params: list[Any] = [high, low, (dt.date.fromisoformat(low) - LONGEST_DATE_SPAN).isoformat(), report_id]
        if new["country"]:
            sql += " AND (country = ? OR country IS NULL)"
            params.append(new["country"])
        merged_ids = [row[0] for row in self.connection.execute(sql, params)]
        if not merged_ids:
            return []
        marks = ", ".join("?" * len(merged_ids))
        return self._candidates(f"r.cluster_id IN ({marks})", merged_ids)

    def _candidates(self, condition: str, params: Iterable[Any]) -> list[MergeCandidate]:
        rows = self.connection.execute(
            "SELECT r.*, a.outlet AS outlet, a.published AS published FROM events r "
            f"JOIN articles a ON a.pk = r.article_pk WHERE {condition} ORDER BY r.id", tuple(params))
        # Merging tells articles apart by their row key: two articles may share the id they were given.
        return [MergeCandidate.from_event_record(dict(row), event_id=row["id"], article_id=str(row["article_pk"]),
                                                 source=row["outlet"], published=row["published"],
                                                 merged_event_id=row["cluster_id"])
                for row in rows]

    def _new_merged_event(self) -> int:
        return self.connection.insert("event_clusters", {"report_count": 0})

    def _refresh_merged(self, merged_id: int) -> None:
        """Recompute a merged event's best values from its reports; delete it when none is left."""
        members = self._candidates("r.cluster_id = ?", (merged_id,))
        if not members:
            self.connection.execute("DELETE FROM event_clusters WHERE id = ?", (merged_id,))
            return
        values = best_values(members)
        given_ids = self._given_ids({member.article_id for member in members})
        span = parse_date_span(values["date"])
        row = {field: values.get(field) for field in EVENT_FIELDS}
        row.update(
            date_first=span.first.isoformat() if span else None, date_last=span.last.isoformat() if span else None,
            perpetrator_key=actor_key(values["perpetrator"]), target_key=actor_key(values["target"]),
            report_count=values["report_count"],
            sources=json.dumps(sorted({given_ids[pk] for pk in values["sources"]}), ensure_ascii=False),
            outlets=json.dumps(values["outlets"], ensure_ascii=False),
            basis=json.dumps(values["basis"], ensure_ascii=False),
            conflicts=json.dumps(_conflicts_by_given_id(values["conflicts"], given_ids), ensure_ascii=False),
        )
        assignments = ", ".join(f"{column} = ?" for column in row)
        self.connection.execute(f"UPDATE event_clusters SET {assignments} WHERE id = ?", (*row.values(), merged_id))

    def _given_ids(self, pks: Iterable[str]) -> dict[str, str]:
        keys = list(pks)
        marks = ", ".join("?" * len(keys))
        rows = self.connection.execute(f"SELECT pk, id FROM articles WHERE pk IN ({marks})", [int(k) for k in keys])
        return {str(pk): given for pk, given in rows}

    # Reading

    def events(self, criteria: EventFilter | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """Merged events matching the filters (see `EventFilter`), by date then id."""
        criteria = criteria or EventFilter(**filters)
        clause = criteria.clause(self._actor_keys(criteria.actor) if criteria.actor else [],
                                 self._longest_date_span() if criteria.since else LONGEST_DATE_SPAN,
                                 dialect=self.dialect)
        # With a date filter no undated event qualifies, and plain date order can walk the date index.
        order = "date_first, id" if criteria.since or criteria.until else "date_first IS NULL, date_first, id"
        sql = f"SELECT {MERGED_SELECT} FROM event_clusters {clause.sql} ORDER BY {order}"
        params = list(clause.params)
        if criteria.limit is not None:
            sql += " LIMIT ?"
            params.append(criteria.limit)
        for row in self.connection.execute(sql, params):
            yield merged_event_dict(row)

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One merged event with its reports: each report's article, fields and evidence sentences."""
        row = self.connection.execute(f"SELECT {MERGED_SELECT}, basis, conflicts FROM event_clusters WHERE id = ?",
                                      (event_id,)).fetchone()
        if row is None:
            return None
        record = merged_event_dict(row)
        record["basis"] = json.loads(row["basis"] or "{}")
        record["conflicts"] = json.loads(row["conflicts"] or "{}")
        reports = self.connection.execute(
            "SELECT r.*, a.id AS article_id, a.title AS title, a.outlet AS outlet, a.url AS url, "
            "a.published AS published, a.text AS article_text FROM events r "
            "JOIN articles a ON a.pk = r.article_pk WHERE r.cluster_id = ? ORDER BY r.id", (event_id,))
        record["reports"] = [report_dict(report) for report in reports]
        return record

    def statements(self, criteria: StatementFilter | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """Statements matching the filters (see `StatementFilter`), by publication date then id."""
        criteria = criteria or StatementFilter(**filters)
        clause = criteria.clause(self._actor_keys(criteria.speaker) if criteria.speaker else [],
                                 self._actor_keys(criteria.target) if criteria.target else [], dialect=self.dialect)
        sql = ("SELECT s.*, a.id AS article_id, a.outlet AS outlet FROM statements s "
               f"JOIN articles a ON a.pk = s.article_pk {clause.sql} ORDER BY s.published IS NULL, s.published, s.id")
        params = list(clause.params)
        if criteria.limit is not None:
            sql += " LIMIT ?"
            params.append(criteria.limit)
        for row in self.connection.execute(sql, params):
            yield statement_dict(row)

    def actors(self) -> list[dict[str, Any]]:
        """Every canonical actor named in the store, with its aliases and how often it speaks, is addressed,
        attacks and is attacked."""
        counts = {
            "statements_made": self._key_counts("SELECT speaker_key FROM statements WHERE marker IS NULL"),
            "statements_about": self._key_counts("SELECT target_key FROM statements WHERE marker IS NULL"),
            "events_as_perpetrator": self._key_counts("SELECT perpetrator_key FROM event_clusters"),
            "events_as_target": self._key_counts("SELECT target_key FROM event_clusters"),
        }
        aliases: dict[int, list[str]] = {}
        for actor_id, alias in self.connection.execute("SELECT actor_id, alias FROM actor_aliases ORDER BY alias"):
            aliases.setdefault(actor_id, []).append(alias)
        found = []
        for row in self.connection.execute("SELECT * FROM actors ORDER BY name"):
            tallies = {name: counter[row["name_key"]] for name, counter in counts.items()}
            if any(tallies.values()):
                found.append({"name": row["name"], "kind": row["kind"], "country": row["country"], **tallies,
                              "aliases": [alias for alias in aliases.get(row["id"], []) if alias != row["name"]]})
        return found

    def network(self, since: str | dt.date | None = None, until: str | dt.date | None = None) -> list[dict[str, Any]]:
        """Who accused, denied, threatened, demanded of or supported whom: edges per (speaker, target, act, month)."""
        clause = StatementFilter(since=since, until=until).clause([], [], dialect=self.dialect)
        rows = self.connection.execute(
            "SELECT s.speaker, s.act, s.target, s.published AS date, a.id AS article_id FROM statements s "
            f"JOIN articles a ON a.pk = s.article_pk {clause.sql} AND s.target IS NOT NULL", clause.params)
        return [edge.as_dict() for edge in statement_edges(dict(row) for row in rows)]

    def counts(self) -> dict[str, int]:
        """Rows per main table: articles, event reports, merged events, statements."""
        tables = {"articles": "articles", "event_reports": "events", "merged_events": "event_clusters",
                  "statements": "statements"}
        return {name: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for name, table in tables.items()}

    def _longest_date_span(self) -> dt.timedelta:
        """How many days the coarsest stored event date covers (a partial index makes this two lookups)."""
        for precision in ("year", "month"):
            if self.connection.execute("SELECT 1 FROM event_clusters WHERE date_precision != 'day' "
                                       "AND date_precision = ? LIMIT 1", (precision,)).fetchone():
                return SPAN_OF_PRECISION[precision]
        return SPAN_OF_PRECISION["day"]

    def _actor_keys(self, name: str) -> list[str]:
        """The keys `name` can stand for: its canonical actor's, and the actors stored with it as an alias."""
        keys = actor_keys(name)
        rows = self.connection.execute(
            "SELECT a.name_key FROM actor_aliases l JOIN actors a ON a.id = l.actor_id WHERE l.alias_key = ?",
            (name.strip().casefold(),))
        return list(dict.fromkeys([*keys, *(row[0] for row in rows)]))

    def _key_counts(self, sql: str) -> Counter[str]:
        return Counter(key for (key,) in self.connection.execute(sql) if key)

    def _stored_articles(self) -> Iterator[Article]:
        for row in self.connection.execute("SELECT * FROM articles ORDER BY pk").fetchall():
            yield Article(id=row["id"], text=row["text"], title=row["title"], url=row["url"], outlet=row["outlet"],
                          published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
                          source_path=row["source_path"], country=row["country"])

    def _article_pk(self, source_key: str) -> int | None:
        row = self.connection.execute("SELECT pk FROM articles WHERE source_key = ?", (source_key,)).fetchone()
        return row[0] if row else None

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        return self.connection.insert(table, values, key="pk" if table == "articles" else "id")


def merged_event_dict(row: Any) -> dict[str, Any]:
    """A merged event as the API returns it: `id`, FORMAT.md's fields, `report_count`, `sources`, `outlets`, from
    a row that starts with `MERGED_COLUMNS` (by position: a million-row export spends its time here)."""
    record = dict(zip(MERGED_COLUMNS, row, strict=False))
    record["sources"] = json.loads(record["sources"])
    record["outlets"] = json.loads(record["outlets"])
    return record


def report_dict(row: Any) -> dict[str, Any]:
    """One report of a merged event: its article, its own fields and the sentence behind each evidence span."""
    evidence = json.loads(row["evidence"])
    return {
        "report_id": row["id"],
        "article": {"id": row["article_id"], "title": row["title"], "outlet": row["outlet"], "url": row["url"],
                    "published": row["published"]},
        **{field: row[field] for field in REPORT_FIELDS},
        "core": bool(row["core"]),
        "date_defaulted": None if row["date_defaulted"] is None else bool(row["date_defaulted"]),
        "pipeline_version": row["pipeline_version"],
        "evidence": [sentence.as_dict() for sentence in evidence_sentences(evidence, row["article_text"])],
    }


def statement_dict(row: Any) -> dict[str, Any]:
    """One statement as the API returns it, with the article it comes from and its evidence spans."""
    return {
        "id": row["id"], "article_id": row["article_id"], "published": row["published"], "outlet": row["outlet"],
        "speaker": row["speaker"], "speaker_title": row["speaker_title"], "cue": row["cue"], "kind": row["kind"],
        "act": row["act"], "target": row["target"], "content": row["content"],
        "source_chain": json.loads(row["source_chain"]), "responds_to": row["responds_to"],
        "marker": row["marker"], "confidence": row["confidence"], "evidence": json.loads(row["evidence"]),
    }


def _conflicts_by_given_id(conflicts: dict[str, list[dict[str, Any]]],
                           given_ids: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    return {field: [{"value": item["value"], "articles": sorted({given_ids[pk] for pk in item["articles"]})}
                    for item in values]
            for field, values in conflicts.items()}


def _pipeline_version() -> str:
    # Imported late: wirecoder.pipeline imports spaCy, which reading a store never needs.
    from wirecoder.pipeline import PIPELINE_VERSION

    return PIPELINE_VERSION
