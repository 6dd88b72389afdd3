"""Shared fixtures: the English model (loaded once), the shared evaluation data, hand-built docs."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIRECODER_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def nlp():
    """The pinned English model; tests that use it are marked `model`."""
    from wirecoder.nlp.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared`, or a skip when this checkout has none beside it."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"shared evaluation data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """One loaded pipeline for the whole session."""
    from wirecoder.pipeline import Pipeline

    return Pipeline().load()


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """`WIRECODER_TEST_POSTGRES_URL` when a server answers there; a skip otherwise, but a failure under `CI=true`,
    where the PostgreSQL tests must run."""
    url = os.environ.get("WIRECODER_TEST_POSTGRES_URL")
    reason = "WIRECODER_TEST_POSTGRES_URL is not set" if not url else _postgres_unreachable(url)
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    return url


def _postgres_unreachable(url: str) -> str | None:
    """Why the server at `url` cannot be used, or None when it answers."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as error:
        return f"cannot connect to {url}: {str(error).strip().splitlines()[0]}"
    return None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_location(request, tmp_path):
    """Where a fresh, empty store lives: an SQLite file, or a PostgreSQL schema of its own (dropped afterwards)."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    base = request.getfixturevalue("postgres_url")
    import psycopg  # postgres_url has checked it is there

    schema = f"wirecoder_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
