"""The quality gate: `wirecoder extract --format eval` scored by the shared scorer must stay above pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.evaluate import SUITES, flatten_metrics, suite_scores

FLOORS_FILE = Path(__file__).with_name("quality_floors.json")
FLOORS = {name: spec for name, spec in json.loads(FLOORS_FILE.read_text()).items() if not name.startswith("_")}


def test_quality_floors_name_known_suites():
    assert set(FLOORS) <= set(SUITES)


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.parametrize("suite_name", sorted(FLOORS))
def test_quality_gate_scores_stay_above_floors(suite_name, shared_dir):
    spec = FLOORS[suite_name]
    scores = flatten_metrics(json.loads(suite_scores(shared_dir, SUITES[suite_name], limit=spec["limit"])))
    shortfalls = {
        metric: (scores.get(metric), floor)
        for metric, floor in spec["floors"].items()
        if scores.get(metric) is None or scores[metric] < floor
    }
    assert not shortfalls, f"{suite_name}: below the pinned floor (score, floor): {shortfalls}"
