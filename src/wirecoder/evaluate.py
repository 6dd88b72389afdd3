"""The evaluation command: run `wirecoder extract --format eval` on the development sets and score it.

`python -m wirecoder.evaluate --shared ../shared` prints the shared scorer's tables for each suite; the quality
gate in the tests reads the same numbers (`suite_scores`) and compares them with pinned floors.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The project's own invented evaluation sets live beside its tests (the scorer still comes from `../shared`).
PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Suite:
    """One scored development set: its articles and gold (under `../shared`, or the project's own when `own`),
    what it scores, and the collection's country when a user would give it."""

    name: str
    articles: str
    gold: str
    only: str | None = None
    own: bool = False
    country: str | None = None  # passed as `--country`: the country the whole collection is about

    def paths(self, shared: Path) -> tuple[Path, Path]:
        """The suite's articles and gold files."""
        root = PROJECT_ROOT if self.own else shared
        return root / self.articles, root / self.gold


SUITES: dict[str, Suite] = {
    suite.name: suite
    for suite in (
        Suite("seed", "eval/dev/seed_articles.jsonl", "eval/dev/seed_gold.jsonl"),
        # ACLED keeps its data by country and its coders know which country a note is from, as a user running a
        # Pakistani collection does (`--country PK`); the same notes are also scored without that hint.
        Suite("acled-pk-2015", "datasets/acled-pk-2015/articles.jsonl", "datasets/acled-pk-2015/gold.jsonl", "events",
              country="PK"),
        Suite("acled-pk-2015-unhinted", "datasets/acled-pk-2015/articles.jsonl", "datasets/acled-pk-2015/gold.jsonl",
              "events"),
        Suite("polnear-dev", "datasets/polnear-dev/articles.jsonl", "datasets/polnear-dev/gold.jsonl", "statements"),
        Suite("heldout-proxy", "tests/fixtures/heldout/articles.jsonl", "tests/fixtures/heldout/gold.jsonl",
              own=True),
        Suite("heldout-blind", "tests/fixtures/heldout2/articles.jsonl", "tests/fixtures/heldout2/gold.jsonl",
              own=True),
        Suite("heldout-proxy-3", "tests/fixtures/heldout3/articles.jsonl", "tests/fixtures/heldout3/gold.jsonl",
              own=True),
        Suite("heldout-proxy-4", "tests/fixtures/heldout4/articles.jsonl", "tests/fixtures/heldout4/gold.jsonl",
              own=True),
        Suite("heldout-proxy-5", "tests/fixtures/heldout5/articles.jsonl", "tests/fixtures/heldout5/gold.jsonl",
              own=True),
        Suite("heldout-proxy-6", "tests/fixtures/heldout6/articles.jsonl", "tests/fixtures/heldout6/gold.jsonl",
              own=True),
    )
}


def run_extract(articles: Path, output: Path, country: str | None = None) -> None:
    """Run the evaluated command line, `wirecoder extract ARTICLES --format eval [--country CODE]`, into `output`."""
    command = [sys.executable, "-m", "wirecoder", "extract", str(articles), "--format", "eval"]
    if country:
        command += ["--country", country]
    with output.open("w", encoding="utf-8") as out:
        subprocess.run(command, stdout=out, check=True)


def score(shared: Path, suite: Suite, gold: Path, system: Path, texts: Path, *, as_json: bool) -> str:
    """The shared scorer's output (its table, or its JSON object) for one system file."""
    command = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--system", str(system),
               "--texts", str(texts)]
    if suite.only:
        command += ["--only", suite.only]
    if as_json:
        command.append("--json")
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def suite_scores(shared: Path, suite: Suite, *, limit: int | None = None, as_json: bool = True) -> str:
    """Extract and score one suite, on its first `limit` articles when given."""
    with tempfile.TemporaryDirectory(prefix=f"wirecoder-eval-{suite.name}-") as tmp:
        workdir = Path(tmp)
        articles, gold = suite.paths(shared)
        if limit is not None:
            articles, gold = _slice(articles, gold, limit, workdir)
        system = workdir / "system.jsonl"
        run_extract(articles, system, suite.country)
        return score(shared, suite, gold, system, articles, as_json=as_json)


def flatten_metrics(report: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """`{"statements": {"f1": 0.9, "fields": {"cue": {"accuracy": 1}}}}` -> `{"statements.f1": 0.9, ...}`."""
    flat: dict[str, float] = {}
    for key, value in report.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_metrics(value, f"{name}."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            flat[name] = float(value)
    return flat


def _slice(articles: Path, gold: Path, limit: int, workdir: Path) -> tuple[Path, Path]:
    kept_articles = list(_first_lines(articles, limit))
    ids = {json.loads(line)["id"] for line in kept_articles}
    kept_gold = [line for line in _first_lines(gold, None) if json.loads(line)["doc_id"] in ids]
    sliced_articles, sliced_gold = workdir / "articles.jsonl", workdir / "gold.jsonl"
    sliced_articles.write_text("".join(kept_articles), encoding="utf-8")
    sliced_gold.write_text("".join(kept_gold), encoding="utf-8")
    return sliced_articles, sliced_gold


def _first_lines(path: Path, limit: int | None) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate((line for line in lines if line.strip()), start=1):
            if limit is not None and count > limit:
                return
            yield line if line.endswith("\n") else line + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the scorer's table for each suite (and the other evaluations when their modules are present)."""
    parser = argparse.ArgumentParser(prog="python -m wirecoder.evaluate", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (../shared)")
    parser.add_argument("--suite", action="append", choices=sorted(SUITES), help="only these suites")
    parser.add_argument("--limit", type=int, help="only the first N articles of each suite")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        print(f"no shared evaluation data at {args.shared}; nothing to evaluate", file=sys.stderr)
        return 0
    for name in args.suite or list(SUITES):
        hint = f" (--country {SUITES[name].country})" if SUITES[name].country else ""
        print(f"== {name}{hint} ==")
        print(suite_scores(args.shared, SUITES[name], limit=args.limit, as_json=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
