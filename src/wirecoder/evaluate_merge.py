"""Merge evaluation: pairwise precision and recall of event merging on hand-labelled multi-outlet reports.

Each fixture line (`tests/fixtures/merge/*.jsonl`) is one report's event in FORMAT.md's shape, with `event_id`,
`article_id`, `outlet`, `published` and its `gold_cluster`. The reports are merged as the store merges them
(`merge.cluster_reports`: one at a time, against reports of the same country within three days), then every pair
of reports counts: a true positive when both gold and system put them in one event, a false positive when only
the system does, a false negative when only gold does.

`python -m wirecoder.evaluate_merge [--fixtures DIR]` prints the table; `evaluate_merge()` returns the numbers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.merge.events import MergeCandidate, cluster_reports

DEFAULT_FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "merge"


@dataclass(frozen=True, slots=True)
class LabelledReport:
    """One fixture report: what merging sees, and the gold event it belongs to."""

    candidate: MergeCandidate
    gold_cluster: str


@dataclass(frozen=True, slots=True)
class PairCounts:
    """Pairwise agreement between system and gold clusters."""

    true_positive: int
    false_positive: int
    false_negative: int
    pairs: int

    @property
    def precision(self) -> float | None:
        """Share of system same-event pairs that gold agrees with (None with no system pairs)."""
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else None

    @property
    def recall(self) -> float | None:
        """Share of gold same-event pairs the system found (None with no gold pairs)."""
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None


def candidate_from_record(record: dict[str, Any]) -> MergeCandidate:
    """A fixture line (an event record with `event_id`, `article_id`, `outlet`, `published`) as a candidate."""
    return MergeCandidate.from_event_record(record, event_id=int(record["event_id"]),
                                            article_id=str(record["article_id"]), source=record.get("outlet"),
                                            published=record.get("published"))


def load_reports(fixtures: Path) -> list[LabelledReport]:
    """Every report of every `*.jsonl` fixture file, in file-name and line order."""
    reports = []
    for path in sorted(fixtures.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                reports.append(LabelledReport(candidate_from_record(record), str(record["gold_cluster"])))
    return reports


def pair_counts(reports: Iterable[LabelledReport], assignment: dict[int, int]) -> PairCounts:
    """Compare system clusters (`{event_id: merged id}`) with gold clusters over every pair of reports."""
    tp = fp = fn = pairs = 0
    for first, second in itertools.combinations(list(reports), 2):
        pairs += 1
        gold = first.gold_cluster == second.gold_cluster
        system = assignment[first.candidate.event_id] == assignment[second.candidate.event_id]
        tp += gold and system
        fp += system and not gold
        fn += gold and not system
    return PairCounts(tp, fp, fn, pairs)


def merge_errors(reports: list[LabelledReport], assignment: dict[int, int]) -> list[str]:
    """One line per wrongly merged or wrongly split pair of reports."""
    errors = []
    for first, second in itertools.combinations(reports, 2):
        gold = first.gold_cluster == second.gold_cluster
        system = assignment[first.candidate.event_id] == assignment[second.candidate.event_id]
        if gold != system:
            kind = "split" if gold else "merged"
            errors.append(f"wrongly {kind}: {first.candidate.article_id} ({first.gold_cluster}) / "
                          f"{second.candidate.article_id} ({second.gold_cluster})")
    return errors


def evaluate_merge(fixtures: Path = DEFAULT_FIXTURES, *, verbose: bool = True) -> dict[str, Any]:
    """Merge the fixture reports, print the pairwise table (when `verbose`) and return its numbers."""
    reports = load_reports(fixtures)
    assignment = cluster_reports([report.candidate for report in reports])
    counts = pair_counts(reports, assignment)
    errors = merge_errors(reports, assignment)
    result = {
        "reports": len(reports),
        "gold_events": len({report.gold_cluster for report in reports}),
        "system_events": len(set(assignment.values())),
        "pairs": counts.pairs,
        "true_positive": counts.true_positive,
        "false_positive": counts.false_positive,
        "false_negative": counts.false_negative,
        "precision": counts.precision,
        "recall": counts.recall,
        "f1": counts.f1,
        "errors": errors,
    }
    if verbose:
        print(format_table(result))
    return result


def format_table(result: dict[str, Any]) -> str:
    """The evaluation as a small text table, errors listed after it."""
    def ratio(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [
        f"{'reports':<16}{result['reports']:>8}",
        f"{'gold events':<16}{result['gold_events']:>8}",
        f"{'system events':<16}{result['system_events']:>8}",
        f"{'pairs':<16}{result['pairs']:>8}",
        f"{'tp / fp / fn':<16}{result['true_positive']:>3} / {result['false_positive']} / {result['false_negative']}",
        f"{'precision':<16}{ratio(result['precision']):>8}",
        f"{'recall':<16}{ratio(result['recall']):>8}",
        f"{'f1':<16}{ratio(result['f1']):>8}",
    ]
    return "\n".join(lines + result["errors"])


def main(argv: list[str] | None = None) -> int:
    """Print the merge evaluation on the fixtures."""
    parser = argparse.ArgumentParser(prog="python -m wirecoder.evaluate_merge", description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="folder of labelled *.jsonl reports")
    args = parser.parse_args(argv)
    if not args.fixtures.is_dir():
        print(f"no merge fixtures at {args.fixtures}", file=sys.stderr)
        return 1
    evaluate_merge(args.fixtures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
