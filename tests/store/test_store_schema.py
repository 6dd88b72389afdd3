"""Named migrations: applied once, recorded, and safe to run again."""

from __future__ import annotations

import sqlite3

from wirecoder.store import Store
from wirecoder.store.schema import SQLITE_MIGRATIONS, applied_migrations, apply


def test_open_applies_every_migration(store):
    assert applied_migrations(store.connection) == [migration.name for migration in SQLITE_MIGRATIONS]


def test_apply_again_is_a_no_op(store):
    assert apply(store.connection) == []


def test_apply_twice_on_a_fresh_database(tmp_path):
    connection = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    first, second = apply(connection), apply(connection)
    assert (len(first), second) == (len(SQLITE_MIGRATIONS), [])


def test_reopening_keeps_data_and_schema(tmp_path, make_attack):
    path = tmp_path / "kept.db"
    with Store.open(path) as store:
        store.add(make_attack())
    with Store.open(path) as store:
        assert store.counts()["articles"] == 1 and apply(store.connection) == []


def test_indexes_serve_the_country_and_date_query(store):
    plan = " ".join(row[3] for row in store.connection.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM merged_events WHERE country = 'PK' AND date_first >= '2024-01-01'"))
    assert "merged_by_country_date" in plan
