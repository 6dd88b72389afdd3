"""Speed of wirecoder's extraction against the bare spaCy pass it is built on, on the same synthetic texts.

Each measurement runs in its own child process so that the peak memory of one (ru_maxrss) is not hidden by
another's. Times are the best of N repeats, because a shared machine only ever makes a run slower, and every
ratio divides by a bare spaCy pass timed in the same process, interleaved with what it is compared to, so that
a burst of load from elsewhere slows both sides alike.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_SIZE, corpus_fingerprint, generate_corpus, word_count  # noqa: E402

DEFAULT_REPEAT = 3
DEFAULT_BATCH_SIZE = 16
STATEMENT_TARGET = 0.10  # the target: statement extraction adds at most 10% to the spaCy pass
MODES = ("spacy", "wirecoder", "stages")
STAGES = ("places", "statements", "events", "all stages")


@dataclass(slots=True)
class Settings:
    """What to measure: how many articles, how many repeats, spaCy's batch size."""

    articles: int = DEFAULT_SIZE
    repeat: int = DEFAULT_REPEAT
    batch_size: int = DEFAULT_BATCH_SIZE

    def child_arguments(self) -> list[str]:
        """The same settings as command-line options for a child process."""
        return ["--articles", str(self.articles), "--repeat", str(self.repeat), "--batch-size", str(self.batch_size)]


@dataclass(slots=True)
class Measurement:
    """One child process's result: the best time of each thing it timed, and its memory."""

    mode: str
    corpus: str
    articles: int
    words: int
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    rss_growth_mb: float = 0.0  # peak RSS after the timed runs minus RSS once the model was loaded
    errors: int = 0  # articles that failed (in any stage, for the stage measurement)
    stage_errors: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    """All measurements of one benchmark run, and the ratios read off them."""

    settings: Settings
    measurements: dict[str, Measurement]

    def ratio(self, mode: str, timed: str) -> float:
        """A time as a fraction of the spaCy pass timed in the same process."""
        seconds = self.measurements[mode].seconds
        return seconds[timed] / seconds["spacy"] if seconds["spacy"] > 0 else float("nan")

    def to_json(self) -> dict:
        """A JSON-ready summary, for keeping results between runs."""
        stages = self.measurements["stages"].seconds
        return {
            "settings": asdict(self.settings),
            "measurements": {mode: asdict(m) for mode, m in self.measurements.items()},
            "ratio_wirecoder_to_spacy": self.ratio("wirecoder", "wirecoder"),
            "stage_ratio_to_spacy": {stage: self.ratio("stages", stage) for stage in STAGES if stage in stages},
        }


def max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_times(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The fastest of `repeat` rounds of each run, in seconds; each round runs them all, one after another."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(max(1, repeat)):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def measure_spacy(settings: Settings) -> Measurement:
    """The bare spaCy pass: `nlp.pipe` over every text, with the model wirecoder loads."""
    from wirecoder.nlp import load_nlp

    articles = generate_corpus(settings.articles)
    texts = [article.text for article in articles]
    nlp = load_nlp()
    _consume(nlp.pipe(texts[:4], batch_size=settings.batch_size))  # warm up caches outside the timing
    measurement = _new_measurement("spacy", articles)
    loaded_rss = max_rss_mb()
    measurement.seconds = best_times({"spacy": _spacy_pass(nlp, texts, settings)}, settings.repeat)
    _finish_memory(measurement, loaded_rss)
    return measurement


def measure_wirecoder(settings: Settings) -> Measurement:
    """The full extraction: `wirecoder.Pipeline().process(...)` over the same articles."""
    from wirecoder import Pipeline
    from wirecoder.models import ArticleResult

    articles = generate_corpus(settings.articles)
    pipeline = Pipeline(batch_size=settings.batch_size).load()
    list(pipeline.process(articles[:4]))
    measurement = _new_measurement("wirecoder", articles)
    loaded_rss = max_rss_mb()
    outcomes: list = []

    def run() -> None:
        outcomes[:] = list(pipeline.process(articles))

    assert pipeline.nlp is not None
    spacy_pass = _spacy_pass(pipeline.nlp, [article.text for article in articles], settings)
    measurement.seconds = best_times({"spacy": spacy_pass, "wirecoder": run}, settings.repeat)
    _finish_memory(measurement, loaded_rss)
    results = [outcome for outcome in outcomes if isinstance(outcome, ArticleResult)]
    measurement.errors = len(outcomes) - len(results)
    measurement.found = {
        "events": sum(len(result.events) for result in results),
        "statements": sum(len(result.statements) for result in results),
        "places": sum(len(result.places) for result in results),
    }
    return measurement


def measure_stages(settings: Settings) -> Measurement:
    """Each extraction stage alone, over documents parsed once beforehand."""
    from wirecoder import Pipeline
    from wirecoder.extract.events import extract_events
    from wirecoder.extract.statements import extract_statements

    articles = generate_corpus(settings.articles)
    pipeline = Pipeline(batch_size=settings.batch_size).load()
    assert pipeline.nlp is not None and pipeline.geoparser is not None
    geoparser = pipeline.geoparser
    docs = list(pipeline.nlp.pipe((article.text for article in articles), batch_size=settings.batch_size))
    pairs = list(zip(articles, docs, strict=True))
    measurement = _new_measurement("stages", articles)
    loaded_rss = max_rss_mb()
    # A stage that raises is counted per article: a stage failing everywhere would otherwise time as instant.
    errors: dict[str, set[str]] = {stage: set() for stage in STAGES}

    # The events stage takes the earlier stages' output: compute it once, outside its timing.
    places = [_guarded(errors["places"], a.id, lambda: geoparser.find(d, a)) or [] for a, d in pairs]
    statements = [_guarded(errors["statements"], a.id, lambda: extract_statements(d)) or [] for a, d in pairs]
    stage_runs: dict[str, Callable[[], object]] = {
        "places": lambda: [_guarded(errors["places"], a.id, lambda: geoparser.find(d, a)) for a, d in pairs],
        "statements": lambda: [_guarded(errors["statements"], a.id, lambda: extract_statements(d)) for a, d in pairs],
        "events": lambda: [
            _guarded(errors["events"], a.id, lambda: extract_events(d, article=a, places=p, statements=s))
            for (a, d), p, s in zip(pairs, places, statements, strict=True)
        ],
        "all stages": lambda: [
            _guarded(errors["all stages"], a.id, lambda: pipeline.run_stages(a, d)) for a, d in pairs
        ],
    }
    for run in stage_runs.values():
        run()  # warm up: first-use caches (compiled patterns, gazetteer pages) are not what we time
    spacy_pass = _spacy_pass(pipeline.nlp, [article.text for article in articles], settings)
    measurement.seconds = best_times({"spacy": spacy_pass, **stage_runs}, settings.repeat)
    _finish_memory(measurement, loaded_rss)
    measurement.stage_errors = {stage: len(failed) for stage, failed in errors.items()}
    measurement.errors = len(set().union(*errors.values()))
    return measurement


MEASURERS: dict[str, Callable[[Settings], Measurement]] = {
    "spacy": measure_spacy,
    "wirecoder": measure_wirecoder,
    "stages": measure_stages,
}


def run_child(mode: str, settings: Settings) -> Measurement:
    """Run one measurement in a fresh Python process and read its JSON result."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, *settings.child_arguments()]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    last_line = next((line for line in reversed(completed.stdout.splitlines()) if line.startswith("{")), None)
    if completed.returncode != 0 or last_line is None:
        failure = f"benchmark child {mode!r} failed (exit {completed.returncode})"
        raise RuntimeError(f"{failure}:\n{completed.stderr[-3000:]}")
    return Measurement(**json.loads(last_line))


def run_benchmark(settings: Settings, *, progress: Callable[[str], None] = print) -> Report:
    """Measure every mode, each in its own process, and check they all saw the same corpus."""
    measurements: dict[str, Measurement] = {}
    for mode in MODES:
        progress(f"measuring {mode} ({settings.articles} articles, best of {settings.repeat}) ...")
        measurements[mode] = run_child(mode, settings)
    corpora = {m.corpus for m in measurements.values()}
    if len(corpora) != 1:
        raise RuntimeError(f"the child processes measured different corpora: {sorted(corpora)}")
    return Report(settings, measurements)


def format_report(report: Report) -> str:
    """The results as a plain-text table."""
    spacy = report.measurements["spacy"]
    wirecoder = report.measurements["wirecoder"]
    stages = report.measurements["stages"]
    header = (
        f"wirecoder extraction benchmark: {spacy.articles} synthetic articles, {spacy.words:,} words "
        f"(corpus {spacy.corpus}), best of {report.settings.repeat}, batch size {report.settings.batch_size}"
    )
    rows = [("", "seconds", "articles/s", "x spaCy", "spaCy s alongside", "peak RSS MB", "RSS growth MB")]
    rows.append(_timed_row("spaCy nlp.pipe", spacy, "spacy", report))
    rows.append(_timed_row("wirecoder Pipeline.process", wirecoder, "wirecoder", report))
    rows.extend(_timed_row(f"  {stage} (on parsed docs)", stages, stage, report) for stage in STAGES
                if stage in stages.seconds)
    lines = [header, "", *_align(rows), ""]
    lines.append("x spaCy: the time over the bare spaCy pass timed alongside it, interleaved, in the same process")
    lines.append(
        f"found by the full pipeline: {wirecoder.found.get('events', 0)} events, "
        f"{wirecoder.found.get('statements', 0)} statements, {wirecoder.found.get('places', 0)} place mentions; "
        f"{wirecoder.errors} article errors"
    )
    failing = {stage: count for stage, count in stages.stage_errors.items() if count}
    if failing:
        lines.append(f"WARNING: stages raised on some articles, so their times are not comparable: {failing}")
    lines.append(_target_line(report))
    return "\n".join(lines)


def _timed_row(label: str, measurement: Measurement, timed: str, report: Report) -> tuple:
    seconds = measurement.seconds[timed]
    rate = measurement.articles / seconds if seconds > 0 else float("inf")
    # Memory belongs to a process, not a stage: show it once per child, on the row that process is about.
    memory = timed in ("spacy", "wirecoder", "all stages")
    return (
        label,
        f"{seconds:.3f}",
        f"{rate:,.1f}",
        f"{report.ratio(measurement.mode, timed):.3f}",
        f"{measurement.seconds['spacy']:.3f}" if timed != "spacy" else "",
        f"{measurement.peak_rss_mb:.0f}" if memory else "",
        f"{measurement.rss_growth_mb:.0f}" if memory and measurement.mode != "stages" else "",
    )


def _target_line(report: Report) -> str:
    stages = report.measurements["stages"]
    if "statements" not in stages.seconds or stages.stage_errors.get("statements"):
        return "statement target: not measured (the statements stage did not run cleanly)"
    share = report.ratio("stages", "statements")
    verdict = "met" if share <= STATEMENT_TARGET else "NOT met"
    return (
        f"target 'statement extraction adds at most {STATEMENT_TARGET:.0%} to the spaCy pass': "
        f"statements add {share:.1%} -> {verdict}"
    )


def _align(rows: list[tuple]) -> list[str]:
    widths = [max(len(str(row[column])) for row in rows) for column in range(len(rows[0]))]
    return [
        "  ".join(str(cell).ljust(widths[0]) if i == 0 else str(cell).rjust(widths[i]) for i, cell in enumerate(row))
        for row in rows
    ]


def _new_measurement(mode: str, articles: list) -> Measurement:
    return Measurement(
        mode=mode,
        corpus=corpus_fingerprint(articles),
        articles=len(articles),
        words=sum(word_count(article.text) for article in articles),
    )


def _finish_memory(measurement: Measurement, loaded_rss: float) -> None:
    measurement.peak_rss_mb = max_rss_mb()
    measurement.rss_growth_mb = measurement.peak_rss_mb - loaded_rss


def _guarded(errors: set[str], article_id: str, run: Callable[[], object]) -> object:
    # A stage that fails on one article is counted, not allowed to end the benchmark.
    try:
        return run()
    except Exception:  # noqa: BLE001
        errors.add(article_id)
        return None


def _spacy_pass(nlp: object, texts: list[str], settings: Settings) -> Callable[[], None]:
    return lambda: _consume(nlp.pipe(texts, batch_size=settings.batch_size))  # type: ignore[attr-defined]


def _consume(items: object) -> None:
    for _ in items:  # type: ignore[attr-defined]
        pass


def build_parser() -> argparse.ArgumentParser:
    """Command-line options (shared by the parent run and its child processes)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_SIZE, help="synthetic articles to process")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="repeats; the best time counts")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="spaCy batch size for both")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> Report | None:
    """Run the benchmark (or, with --child, one measurement) and print the table."""
    options = build_parser().parse_args(argv)
    settings = Settings(articles=options.articles, repeat=options.repeat, batch_size=options.batch_size)
    if options.child:
        measurement = MEASURERS[options.child](settings)
        sys.stdout.write(json.dumps(asdict(measurement)) + "\n")
        return None
    report = run_benchmark(settings, progress=lambda message: print(message, file=sys.stderr))
    print(format_report(report))
    if options.json:
        Path(options.json).write_text(json.dumps(report.to_json(), indent=2) + "\n")
    return report


if __name__ == "__main__":
    main()
