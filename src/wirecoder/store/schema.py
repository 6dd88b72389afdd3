"""The store's schema as named migrations: `apply(database)` runs those not yet applied, so running it twice is a
no-op. A migration is never edited once released; a change is a new migration appended to the list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wirecoder.store.backend import POSTGRES, Database


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
        """CREATE TABLE event_clusters (
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
        "CREATE INDEX clusters_by_country_date ON event_clusters(country, date_first, date_last)",
        "CREATE INDEX clusters_by_date ON event_clusters(date_first, date_last)",
        "CREATE INDEX clusters_by_admin1 ON event_clusters(admin1)",
        "CREATE INDEX clusters_coarse_dates ON event_clusters(date_precision) WHERE date_precision != 'day'",
        "CREATE INDEX clusters_by_location ON event_clusters(location)",
        "CREATE INDEX clusters_by_perpetrator ON event_clusters(perpetrator_key)",
        "CREATE INDEX clusters_by_target ON event_clusters(target_key)",
        "CREATE INDEX clusters_by_type ON event_clusters(event_type, sub_event_type)",
        """CREATE TABLE events (
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
            cluster_id INTEGER REFERENCES event_clusters(id))""",
        "CREATE INDEX events_by_article ON events(article_pk)",
        "CREATE INDEX events_by_merged ON events(cluster_id)",
        "CREATE INDEX events_by_window ON events(date_first, country)",
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
        # One row per evidence span of an event report or a statement (also kept whole, as JSON, on its row).
        """CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
            statement_id INTEGER REFERENCES statements(id) ON DELETE CASCADE,
            field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
        "CREATE INDEX evidence_by_article ON evidence(article_pk)",
        "CREATE INDEX evidence_by_event ON evidence(event_id)",
        "CREATE INDEX evidence_by_statement ON evidence(statement_id)",
        # Which reports, from which articles, make up each event cluster.
        """CREATE VIEW membership AS
            SELECT e.cluster_id AS cluster_id, e.id AS event_id, a.id AS article_id, a.outlet AS outlet, a.url AS url
            FROM events e JOIN articles a ON a.pk = e.article_pk WHERE e.cluster_id IS NOT NULL""",
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
    Migration("0003_filter_indexes", (
        # A type within a province, and a toll within a country and period: the index holds every filtered column,
        # so rows that fail the filter are never read from the table.
        "CREATE INDEX clusters_by_admin1_type ON event_clusters(admin1, event_type, sub_event_type)",
        "CREATE INDEX clusters_by_country_date_killed ON event_clusters(country, date_first, date_last, killed)",
        "DROP INDEX clusters_by_country_date",  # the new index's prefix serves its queries
    )),
    # The country a collection is about (`--country`), kept so that reprocessing reads the articles as before.
    Migration("0004_article_country", (
        "ALTER TABLE articles ADD COLUMN country TEXT",
    )),
)


# PostgreSQL runs the same migrations, translated (`postgres_migrations`), except those whose SQLite form has no
# translation: full-text search is a generated tsvector column with a GIN index there, not an FTS5 table.
POSTGRES_ONLY: dict[str, tuple[str, ...]] = {
    "0002_full_text_search": (
        "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
        "CREATE INDEX articles_search ON articles USING gin(search)",
        "ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', content)) STORED",
        "CREATE INDEX statements_search ON statements USING gin(search)",
    ),
}
# SQLite's NOCASE, as a case-insensitive ICU collation of the same name (an unquoted name folds to lower case).
POSTGRES_NOCASE = ("CREATE COLLATION IF NOT EXISTS nocase "
                   "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
POSTGRES_TYPES = (("INTEGER PRIMARY KEY", "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
                  (" REAL", " DOUBLE PRECISION"))


def postgres_migrations(migrations: tuple[Migration, ...] = SQLITE_MIGRATIONS) -> tuple[Migration, ...]:
    """The same named migrations in PostgreSQL's dialect."""
    translated = []
    for migration in migrations:
        statements = POSTGRES_ONLY.get(migration.name) or tuple(postgres_statement(sql)
                                                                for sql in migration.statements)
        if any("COLLATE NOCASE" in sql for sql in migration.statements):
            statements = (POSTGRES_NOCASE, *statements)
        translated.append(Migration(migration.name, statements))
    return tuple(translated)


def postgres_statement(sql: str) -> str:
    """One SQLite schema statement in PostgreSQL's column types."""
    for sqlite_form, postgres_form in POSTGRES_TYPES:
        sql = sql.replace(sqlite_form, postgres_form)
    return sql


def migrations_for(database: Database) -> tuple[Migration, ...]:
    """The migrations in the database's dialect."""
    return postgres_migrations() if database.dialect.name == POSTGRES else SQLITE_MIGRATIONS


def apply(database: Database, migrations: tuple[Migration, ...] | None = None) -> list[str]:
    """Run the migrations not yet recorded, each in its own transaction; returns the names it applied."""
    migrations = migrations_for(database) if migrations is None else migrations
    with transaction(database):
        database.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = set(applied_migrations(database))
    applied: list[str] = []
    for migration in migrations:
        if migration.name in done:
            continue
        with transaction(database):
            # Asked again inside the write transaction: another process may have applied it meanwhile.
            if database.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.name,)).fetchone():
                continue
            for statement in migration.statements:
                database.execute(statement)
            database.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (migration.name, utc_now()))
        applied.append(migration.name)
    return applied


def applied_migrations(database: Database) -> list[str]:
    """The names of the migrations this database has, in order (names start with their number)."""
    return [name for (name,) in database.execute("SELECT name FROM migrations ORDER BY name")]


class transaction:  # noqa: N801 - used like the `with` statement it is
    """`with transaction(database):` BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def __enter__(self) -> Database:
        self.database.begin()
        return self.database

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if kind is not None:
            self.database.rollback()
        else:
            self.database.commit()


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
