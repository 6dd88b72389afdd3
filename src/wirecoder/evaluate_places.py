"""Geoparsing evaluation: `wirecoder places` on LGL, scored by the shared `geo_eval.py`, beside published figures.

`python -m wirecoder.evaluate_places --shared ../shared` prints recognition precision/recall/F1 and accuracy
within 161 km, then the gazetteer's load time and memory. Skips (exit 0 with a note) when `../shared` is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Accuracy within 161 km on LGL as published (Mordecai3: Halterman 2023; CamCoder and CLAVIN: Gritta et al.).
PUBLISHED_ACC161_LGL = {"Mordecai3": 0.827, "CamCoder": 0.76, "CLAVIN": 0.70}
CORPORA = {"lgl": "datasets/lgl/lgl.xml"}


@dataclass(frozen=True, slots=True)
class LoadCost:
    """What opening the gazetteer costs in a fresh process."""

    seconds: float
    resident_mb: float


def run_places(articles: Path, output: Path) -> None:
    """Run the evaluated command line, `wirecoder places ARTICLES --format jsonl`, into `output`."""
    with output.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "wirecoder", "places", str(articles), "--format", "jsonl"],
                       stdout=out, check=True)


def geo_eval(shared: Path, *args: str) -> str:
    """Run the shared `geo_eval.py` with `args` and return its standard output."""
    command = [sys.executable, str(shared / "eval" / "geo_eval.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def corpus_scores(shared: Path, corpus: str) -> dict[str, Any]:
    """geo_eval's JSON scores of `wirecoder places` on one corpus."""
    gold = shared / CORPORA[corpus]
    with tempfile.TemporaryDirectory(prefix="wirecoder-geo-") as folder:
        articles, system = Path(folder) / "articles.jsonl", Path(folder) / "places.jsonl"
        geo_eval(shared, "articles", str(gold), str(articles))
        run_places(articles, system)
        return json.loads(geo_eval(shared, "score", str(gold), str(system)))


def measure_load() -> LoadCost:
    """Load time and resident memory of `load_gazetteer()` in a fresh interpreter (nothing else loaded)."""
    probe = (
        "import resource, time\n"
        "start = time.perf_counter()\n"
        "from wirecoder.resolve.gazetteer import load_gazetteer\n"
        "load_gazetteer().lookup('Peshawar')\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    load_gazetteer_once()  # build outside the timing when the index is missing
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    seconds, max_rss_kb = output.split()
    return LoadCost(float(seconds), int(max_rss_kb) / 1024)


def load_gazetteer_once() -> None:
    """Make sure the index exists (building it if needed) before anything is timed."""
    from wirecoder.resolve.gazetteer import load_gazetteer

    load_gazetteer()


def render(corpus: str, scores: dict[str, Any], cost: LoadCost, seconds: float) -> str:
    """The results table, with published figures beside ours."""
    recognition = scores["recognition"]
    lines = [
        f"== {corpus}: wirecoder places ({seconds:.0f} s) ==",
        f"recognition  P {recognition['precision']:.3f}  R {recognition['recall']:.3f}  F1 {recognition['f1']:.3f}"
        f"  (tp {recognition['tp']}, fp {recognition['fp']}, fn {recognition['fn']})",
        "",
        f"{'system':<12} {'acc@161 (recognised)':>22} {'acc@161 (end to end)':>22}",
        f"{'wirecoder':<12} {scores['acc161_matched']:>22.3f} {scores['acc161_end_to_end']:>22.3f}",
    ]
    if corpus == "lgl":
        lines += [f"{name:<12} {value:>22.3f} {'-':>22}" for name, value in PUBLISHED_ACC161_LGL.items()]
    lines += ["", f"gazetteer load: {cost.seconds:.2f} s, peak resident memory {cost.resident_mb:.0f} MB"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """`python -m wirecoder.evaluate_places --shared ../shared [--corpus lgl]`."""
    parser = argparse.ArgumentParser(prog="python -m wirecoder.evaluate_places")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="lgl")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "geo_eval.py").exists():
        print(f"skipped: no geo_eval.py under {args.shared}")
        return
    cost = measure_load()
    started = time.perf_counter()
    scores = corpus_scores(args.shared, args.corpus)
    print(render(args.corpus, scores, cost, time.perf_counter() - started))


if __name__ == "__main__":
    main()
