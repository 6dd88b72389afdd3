"""The merge evaluation on the invented multi-outlet fixtures (`tests/fixtures/merge`)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from wirecoder.evaluate_merge import evaluate_merge, load_reports, main, pair_counts
from wirecoder.merge import best_values, cluster_reports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "merge"


def _system_events(reports):
    assignment = cluster_reports([report.candidate for report in reports])
    events = defaultdict(list)
    for report in reports:
        events[assignment[report.candidate.event_id]].append(report)
    return list(events.values())


def test_evaluate_merge_fixtures_have_gold_labels():
    reports = load_reports(FIXTURES)
    assert len(reports) >= 20 and all(report.gold_cluster for report in reports)


def test_evaluate_merge_four_outlets_become_one_event_with_four_sources():
    reports = [report for report in load_reports(FIXTURES) if report.gold_cluster == "mirali-2024-03-16"]
    [event] = _system_events(reports)
    values = best_values([report.candidate for report in event])
    assert (len(values["sources"]), len(values["outlets"])) == (4, 4)


def test_evaluate_merge_two_attacks_one_day_one_province_stay_two():
    same_day = [r for r in load_reports(FIXTURES) if r.gold_cluster in ("bannu-2024-05-02", "dik-2024-05-02")]
    events = _system_events(same_day)
    assert sorted(sorted({r.gold_cluster for r in event}) for event in events) == [
        ["bannu-2024-05-02"], ["dik-2024-05-02"]]


def test_evaluate_merge_pair_counts_of_a_perfect_clustering():
    reports = load_reports(FIXTURES)
    gold_ids = {label: index for index, label in enumerate(sorted({r.gold_cluster for r in reports}))}
    perfect = {report.candidate.event_id: gold_ids[report.gold_cluster] for report in reports}
    counts = pair_counts(reports, perfect)
    assert (counts.false_positive, counts.false_negative, counts.precision, counts.recall) == (0, 0, 1.0, 1.0)


def test_evaluate_merge_reports_precision_and_recall(capsys):
    result = evaluate_merge(FIXTURES)
    printed = capsys.readouterr().out
    assert "precision" in printed and "recall" in printed
    assert set(result) >= {"precision", "recall", "f1", "true_positive", "false_positive", "false_negative"}
    assert result["gold_events"] == len({report.gold_cluster for report in load_reports(FIXTURES)})


def test_evaluate_merge_main_without_fixtures_fails(tmp_path):
    assert main(["--fixtures", str(tmp_path / "missing")]) == 1
