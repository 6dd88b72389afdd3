"""The store's schema as named migrations: `apply(connection)` runs those not yet applied, so running it twice is a
no-op. A migration is never edited once released; a change is a new migration appended to the list.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One named step of the schema: statements run in one transaction, recorded in `migrations`."""

    name: str
    statements: tuple[str, ...]


SQLITE_MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core_tables", (
        """CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            source_key TEXT NOT NULL UNIQUE,
            title TEXT, published TEXT, url TEXT, outlet TEXT, source_path TEXT,
            text TEXT NOT NULL,
            pipeline_version TEXT,
            ingested_at TEXT NOT NULL)""",
        "CREATE INDEX articles_by_id ON articles(id)",
        "CREATE INDEX articles_by_hash ON articles(content_hash)",
        """CREATE TABLE merged_events (
            id INTEGER PRIMARY KEY,
            event_type TEXT, sub_event_type TEXT,
            date TEXT, date_precision TEXT, date_first TEXT, date_last TEXT,
            country TEXT, admin1 TEXT COLLATE NOCASE, admin2 TEXT COLLATE NOCASE, location TEXT COLLATE NOCASE,
            lat REAL, lon REAL, geo_precision TEXT,
            killed INTEGER, wounded INTEGER,
            perpetrator TEXT, target TEXT, perpetrator_key TEXT, target_key TEXT,
            report_count INTEGER NOT NULL DEFAULT 0,
            sources TEXT NOT NULL DEFAULT '[]', outlets TEXT NOT NULL DEFAULT '[]',
            basis TEXT, conflicts TEXT)""",
        "CREATE INDEX merged_by_country_date ON merged_events(country, date_first, date_last)",
        "CREATE INDEX merged_by_date ON merged_events(date_first)",
        "CREATE INDEX merged_by_admin1 ON merged_events(admin1)",
        "CREATE INDEX merged_by_location ON merged_events(location)",
        "CREATE INDEX merged_by_perpetrator ON merged_events(perpetrator_key)",
        "CREATE INDEX merged_by_target ON merged_events(target_key)",
        "CREATE INDEX merged_by_type ON merged_events(event_type, sub_event_type)",
        """CREATE TABLE event_reports (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            date TEXT, date_precision TEXT, date_defaulted INTEGER, date_first TEXT, date_last TEXT,
            country TEXT, admin1 TEXT, admin2 TEXT, location TEXT, lat REAL, lon REAL,
            geo_precision TEXT, geonameid INTEGER,
            killed INTEGER, wounded INTEGER, perpetrator TEXT, target TEXT,
            perpetrator_key TEXT, target_key TEXT,
            status TEXT NOT NULL, core INTEGER NOT NULL, confidence REAL,
            evidence TEXT NOT NULL, pipeline_version TEXT,
            merged_event_id INTEGER REFERENCES merged_events(id))""",
        "CREATE INDEX reports_by_article ON event_reports(article_pk)",
        "CREATE INDEX reports_by_merged ON event_reports(merged_event_id)",
        "CREATE INDEX reports_by_window ON event_reports(date_first, country)",
        """CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker TEXT, speaker_title TEXT, cue TEXT, kind TEXT NOT NULL, content TEXT NOT NULL,
            act TEXT NOT NULL, target TEXT,
            speaker_key TEXT, target_key TEXT,
            source_chain TEXT NOT NULL DEFAULT '[]', marker TEXT, responds_to INTEGER,
            confidence REAL, evidence TEXT NOT NULL, published TEXT, pipeline_version TEXT)""",
        "CREATE INDEX statements_by_article ON statements(article_pk)",
        "CREATE INDEX statements_by_speaker ON statements(speaker_key)",
        "CREATE INDEX statements_by_target ON statements(target_key)",
        "CREATE INDEX statements_by_published ON statements(published)",
        """CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            name_key TEXT NOT NULL,
            kind TEXT, country TEXT)""",
        "CREATE INDEX actors_by_key ON actors(name_key)",
        """CREATE TABLE actor_aliases (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            PRIMARY KEY (actor_id, alias))""",
        "CREATE INDEX aliases_by_key ON actor_aliases(alias_key)",
        """CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            name TEXT, geonameid INTEGER, feature_class TEXT, admin1 TEXT, country TEXT,
            lat REAL, lon REAL, demonym INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX places_by_article ON places(article_pk)",
        "CREATE INDEX places_by_geonameid ON places(geonameid)",
    )),
    Migration("0002_full_text_search", (
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='pk')",
        """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END""",
        """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
            END""",
        "CREATE VIRTUAL TABLE statement_fts USING fts5(content, content='statements', content_rowid='id')",
        """CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
            INSERT INTO statement_fts(rowid, content) VALUES (new.id, new.content); END""",
        """CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
            INSERT INTO statement_fts(statement_fts, rowid, content) VALUES ('delete', old.id, old.content); END""",
    )),
)


def apply(connection: sqlite3.Connection, migrations: tuple[Migration, ...] = SQLITE_MIGRATIONS) -> list[str]:
    """Run the migrations not yet recorded, each in its own transaction; returns the names it applied."""
    connection.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {name for (name,) in connection.execute("SELECT name FROM migrations")}
    applied: list[str] = []
    for migration in migrations:
        if migration.name in done:
            continue
        with transaction(connection):
            for statement in migration.statements:
                connection.execute(statement)
            connection.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                               (migration.name, utc_now()))
        applied.append(migration.name)
    return applied


def applied_migrations(connection: sqlite3.Connection) -> list[str]:
    """The names of the migrations this database has, in the order they were applied."""
    return [name for (name,) in connection.execute("SELECT name FROM migrations ORDER BY rowid")]


class transaction:  # noqa: N801 - used like the `with` statement it is
    """`with transaction(connection):` BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        self.connection.execute("ROLLBACK" if kind is not None else "COMMIT")


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
