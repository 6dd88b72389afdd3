"""Shared fixtures: the English model (loaded once), the shared evaluation data, hand-built docs."""

from __future__ import annotations

import os
from pathlib import Path

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
