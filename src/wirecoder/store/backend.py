"""The two databases the store runs on, behind one small interface: SQLite (embedded, the default) and PostgreSQL.

The store writes its SQL once, with `?` placeholders; the few things the two disagree on (placeholders, full-text
search, case-insensitive `LIKE`, starting a write transaction) are answered here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

POSTGRES_PREFIXES = ("postgresql://", "postgres://")
SQLITE = "sqlite"
POSTGRES = "postgresql"
# The PostgreSQL advisory lock that serialises the store's writers (any constant; this one spells "wire").
WRITE_LOCK_KEY = 0x77697265
# SQLite page cache per connection: a large store's indexes for the common queries stay in memory.
CACHE_KIB = 64 * 1024


class StoreUnavailable(RuntimeError):
    """The database cannot be opened: no server answers, the file cannot be created, the URL is wrong."""


class Cursor(Protocol):
    """What the store reads from a query: rows by index and by column name."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


@dataclass(frozen=True, slots=True)
class Dialect:
    """The SQL that differs between the backends."""

    name: str
    begin_write: str  # starts a transaction that will write
    like: str  # case-insensitive LIKE
    article_search: str  # `SELECT <article pk> ...` for articles whose title or text holds every word of `?`
    statement_search: str  # `SELECT <statement id> ...` for statements whose content holds every word of `?`

    def search_terms(self, words: Sequence[str]) -> str:
        """The parameter of `article_search` and `statement_search`: every word must appear, operators inert."""
        if self.name == SQLITE:
            return " ".join(f'"{word}"' for word in words)
        return " ".join(words)  # plainto_tsquery ANDs the words and reads no operators


SQLITE_DIALECT = Dialect(
    name=SQLITE, begin_write="BEGIN IMMEDIATE", like="LIKE",
    article_search="SELECT rowid FROM article_fts WHERE article_fts MATCH ?",
    statement_search="SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?",
)
POSTGRES_DIALECT = Dialect(
    name=POSTGRES, begin_write="BEGIN", like="ILIKE",
    article_search="SELECT pk FROM articles WHERE search @@ plainto_tsquery('simple', ?)",
    statement_search="SELECT id FROM statements WHERE search @@ plainto_tsquery('simple', ?)",
)


class Database:
    """A connection in autocommit mode: the store opens its own transactions with `begin`/`commit`/`rollback`."""

    dialect: Dialect

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Cursor:
        """Run one statement written with `?` placeholders."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        raise NotImplementedError

    def insert(self, table: str, values: dict[str, Any], key: str = "id") -> int:
        """Insert one row and return its generated key."""
        columns = ", ".join(f'"{column}"' for column in values)
        marks = ", ".join("?" * len(values))
        rows = self.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING {key}",
                            tuple(values.values())).fetchall()
        return rows[0][0]

    def begin(self) -> None:
        """Start a write transaction."""
        self.execute(self.dialect.begin_write)

    def commit(self) -> None:
        """Make the transaction's writes permanent."""
        self.execute("COMMIT")

    def rollback(self) -> None:
        """Undo the transaction's writes."""
        self.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError


class SqliteDatabase(Database):
    """SQLite in write-ahead-logging mode, so readers never wait for the ingest that writes."""

    dialect = SQLITE_DIALECT

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    @classmethod
    def connect(cls, path: str | Path) -> SqliteDatabase:
        """Open (creating when absent) the database file at `path`, or `:memory:`."""
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(str(path), isolation_level=None)
            connection.row_factory = sqlite3.Row
            for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "busy_timeout = 5000",
                           f"cache_size = -{CACHE_KIB}"):
                connection.execute(f"PRAGMA {pragma}")
        except (sqlite3.Error, OSError) as error:
            raise StoreUnavailable(f"cannot open the SQLite database {path}: {error}") from error
        return cls(connection)

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Cursor:
        return self.connection.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)

    def close(self) -> None:
        """Close, first letting SQLite refresh the statistics its query planner uses."""
        self.connection.execute("PRAGMA optimize")
        self.connection.close()


class PostgresDatabase(Database):
    """PostgreSQL through psycopg 3 (the `postgres` extra)."""

    dialect = POSTGRES_DIALECT

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    @classmethod
    def connect(cls, url: str) -> PostgresDatabase:
        """Connect to the database at `url` (`postgresql://user@host:port/name`)."""
        try:
            import psycopg
        except ImportError as error:  # an optional dependency: say how to get it
            raise RuntimeError("a PostgreSQL store needs psycopg: pip install 'wirecoder[postgres]'") from error
        try:
            return cls(psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10))
        except psycopg.Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise StoreUnavailable(f"cannot connect to PostgreSQL at {_without_password(url)}: {first_line}") from error

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Cursor:
        return self.connection.execute(postgres_sql(sql), _postgres_params(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(postgres_sql(sql), [_postgres_params(row) for row in rows])

    def begin(self) -> None:
        """Start a write transaction, one writer at a time as in SQLite: merging reads the clusters it then
        changes, so two concurrent ingests must not interleave (the lock ends with the transaction)."""
        self.execute("BEGIN")
        self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))

    def close(self) -> None:
        self.connection.close()


def connect(location: str | Path) -> Database:
    """The database at `location`: a `postgresql://` URL, or else an SQLite file path."""
    if str(location).startswith(POSTGRES_PREFIXES):
        return PostgresDatabase.connect(str(location))
    return SqliteDatabase.connect(location)


def is_postgres_url(location: str | Path) -> bool:
    """True when `location` names a PostgreSQL database rather than an SQLite file."""
    return str(location).startswith(POSTGRES_PREFIXES)


def _without_password(url: str) -> str:
    """`url` fit for an error message: a password in it is masked."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@")))


@lru_cache(maxsize=512)
def postgres_sql(sql: str) -> str:
    """`?` placeholders as psycopg's `%s` (the store's SQL has no `?` or `%` of its own inside literals)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _postgres_params(params: Iterable[Any]) -> tuple[Any, ...]:
    # SQLite stores booleans as 0/1 in INTEGER columns; PostgreSQL would refuse a boolean there.
    return tuple(int(value) if isinstance(value, bool) else value for value in params)


class Row:
    """A PostgreSQL row read like `sqlite3.Row`: by position, by column name, `dict(row)`, unpacking."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index, self._values = index, values

    def __getitem__(self, key: int | str) -> Any:
        return self._values[key if isinstance(key, int) else self._index[key]]

    def keys(self) -> list[str]:
        """Column names, in order."""
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _row_factory(cursor: Any) -> Any:
    index = {column.name: position for position, column in enumerate(cursor.description or ())}
    return lambda values: Row(index, values)
