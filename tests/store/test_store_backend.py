"""The backend layer: placeholders, rows read like sqlite3.Row, search terms, and how a location picks a backend."""

from __future__ import annotations

import pytest

from wirecoder.store.backend import (
    POSTGRES_DIALECT,
    SQLITE_DIALECT,
    Row,
    SqliteDatabase,
    StoreUnavailable,
    _without_password,
    connect,
    is_postgres_url,
    postgres_sql,
)


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT * FROM events WHERE id = ?", "SELECT * FROM events WHERE id = %s"),
    ("INSERT INTO t (a, b) VALUES (?, ?)", "INSERT INTO t (a, b) VALUES (%s, %s)"),
    ("SELECT 100 % 7", "SELECT 100 %% 7"),
])
def test_postgres_sql(sql, expected):
    assert postgres_sql(sql) == expected


@pytest.mark.parametrize(("location", "expected"), [
    ("postgresql://postgres@127.0.0.1/db", True),
    ("postgres://user:secret@host/db", True),
    ("wirecoder.db", False),
    ("/tmp/postgresql/store.db", False),
])
def test_is_postgres_url(location, expected):
    assert is_postgres_url(location) is expected


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://user:secret@host:5432/db", "postgresql://user:***@host:5432/db"),
    ("postgresql://user@host/db", "postgresql://user@host/db"),
])
def test_error_messages_hide_the_password(url, expected):
    assert _without_password(url) == expected


def test_row_reads_like_sqlite_row():
    row = Row({"pk": 0, "id": 1}, (7, "wire-1"))
    assert (row[0], row["id"], dict(row), list(row), len(row)) == (7, "wire-1", {"pk": 7, "id": "wire-1"},
                                                                   [7, "wire-1"], 2)


@pytest.mark.parametrize(("dialect", "expected"), [
    (SQLITE_DIALECT, '"fuel" "prices"'),
    (POSTGRES_DIALECT, "fuel prices"),
])
def test_search_terms_per_dialect(dialect, expected):
    assert dialect.search_terms(["fuel", "prices"]) == expected


def test_a_plain_path_opens_sqlite(tmp_path):
    database = connect(tmp_path / "plain.db")
    try:
        assert isinstance(database, SqliteDatabase) and database.dialect.name == "sqlite"
    finally:
        database.close()


def test_an_unopenable_sqlite_path_is_store_unavailable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreUnavailable, match="cannot open the SQLite database"):
        connect(blocker / "store.db")
