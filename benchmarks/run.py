"""`make bench`: the extraction benchmark, then the store's query benchmark when it exists."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extract_bench  # noqa: E402

QUERY_BENCH = HERE / "query_bench.py"
QUICK_ARTICLES = 60


def build_parser() -> argparse.ArgumentParser:
    """Options for the whole benchmark run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"a smoke run: {QUICK_ARTICLES} articles, one repeat, and the query benchmark's --quick")
    parser.add_argument("--repeat", type=int, default=extract_bench.DEFAULT_REPEAT,
                        help="repeats of each timing; the best counts (default %(default)s)")
    parser.add_argument("--articles", type=int, default=extract_bench.DEFAULT_SIZE,
                        help="synthetic articles for the extraction benchmark (default %(default)s)")
    parser.add_argument("--json", metavar="PATH", help="also write the extraction results as JSON to PATH")
    return parser


def extract_arguments(options: argparse.Namespace) -> list[str]:
    """The extraction benchmark's options for this run."""
    articles, repeat = options.articles, options.repeat
    if options.quick:
        articles, repeat = min(articles, QUICK_ARTICLES), 1
    arguments = ["--articles", str(articles), "--repeat", str(repeat)]
    return arguments + (["--json", options.json] if options.json else [])


def run_query_bench(quick: bool) -> int:
    """Run the store's benchmark in its own process; its absence is not an error."""
    if not QUERY_BENCH.exists():
        print(f"\n(no {QUERY_BENCH.name} yet: query benchmark skipped)")
        return 0
    print("\n== query benchmark ==", flush=True)
    command = [sys.executable, str(QUERY_BENCH), *(["--quick"] if quick else [])]
    return subprocess.run(command, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and return a non-zero status if one of them failed."""
    options = build_parser().parse_args(argv)
    print("== extraction benchmark ==", flush=True)
    extract_bench.main(extract_arguments(options))
    return run_query_bench(options.quick)


if __name__ == "__main__":
    sys.exit(main())
