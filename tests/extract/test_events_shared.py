"""The event extractor scored on the shared development sets with the shared scorer (reads ../shared)."""

from __future__ import annotations

import json

import pytest

from wirecoder.evaluate import SUITES, suite_scores

pytestmark = [pytest.mark.model, pytest.mark.shared]


def test_seed_attack_found_once_with_type_and_toll(shared_dir):
    events = json.loads(suite_scores(shared_dir, SUITES["seed"]))["events"]
    assert (events["f1"], events["fields"]["event_type"]["accuracy"], events["fields"]["killed"]["accuracy"]) == (
        1.0, 1.0, 1.0)


def test_acled_dev_meets_targets(shared_dir):
    events = json.loads(suite_scores(shared_dir, SUITES["acled-pk-2015"]))["events"]
    fields = events["fields"]
    assert events["f1"] >= 0.85
    assert fields["killed"]["accuracy"] >= 0.9
    assert fields["event_type"]["accuracy"] >= 0.8
