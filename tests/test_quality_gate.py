"""The quality gate: every evaluation must stay above the floors pinned in `quality_floors.json`.

The extraction suites run the evaluated command line, `wirecoder extract --format eval`, and score it with the
shared scorer; places run `wirecoder places` through the shared `geo_eval.py`; dates run the TempEval-3 platinum
set; merging runs on our own multi-outlet fixtures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.evaluate import SUITES, flatten_metrics, suite_scores

FLOORS_FILE = Path(__file__).with_name("quality_floors.json")
FLOORS = {name: spec for name, spec in json.loads(FLOORS_FILE.read_text()).items() if not name.startswith("_")}
OTHER_EVALUATIONS = {"lgl", "tempeval3", "merge-fixtures"}


def _scores(name: str, spec: dict, shared: Path | None) -> dict[str, float]:
    if name in SUITES:
        return flatten_metrics(json.loads(suite_scores(shared, SUITES[name], limit=spec["limit"])))
    if name == "lgl":
        from wirecoder.evaluate_places import corpus_scores

        return flatten_metrics(corpus_scores(shared, "lgl"))
    if name == "tempeval3":
        from wirecoder.evaluate_time import evaluate_time

        return flatten_metrics(evaluate_time(shared))
    from wirecoder.evaluate_merge import evaluate_merge

    return flatten_metrics(evaluate_merge(verbose=False))


def _shortfalls(scores: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float | None, float]]:
    return {
        metric: (scores.get(metric), floor)
        for metric, floor in floors.items()
        if scores.get(metric) is None or scores[metric] < floor
    }


def test_quality_floors_name_known_evaluations():
    assert set(FLOORS) <= set(SUITES) | OTHER_EVALUATIONS


def test_quality_gate_merge_stays_above_floors():
    spec = FLOORS["merge-fixtures"]
    assert not _shortfalls(_scores("merge-fixtures", spec, None), spec["floors"])


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(set(FLOORS) - {"merge-fixtures", "tempeval3"}))
def test_quality_gate_scores_stay_above_floors(name, shared_dir):
    spec = FLOORS[name]
    shortfalls = _shortfalls(_scores(name, spec, shared_dir), spec["floors"])
    assert not shortfalls, f"{name}: below the pinned floor (score, floor): {shortfalls}"


@pytest.mark.shared
def test_quality_gate_dates_stay_above_floors(shared_dir):
    spec = FLOORS["tempeval3"]
    assert not _shortfalls(_scores("tempeval3", spec, shared_dir), spec["floors"])
