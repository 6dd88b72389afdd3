"""The offline gazetteer: GeoNames data from PyPI packages, built into a local index (placeholder)."""

from __future__ import annotations

import argparse


def build(*, quiet: bool = False) -> None:
    """Build the gazetteer index (nothing to build yet)."""


def main(argv: list[str] | None = None) -> None:
    """`python -m wirecoder.resolve.gazetteer build`."""
    parser = argparse.ArgumentParser(prog="python -m wirecoder.resolve.gazetteer")
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    build(quiet=args.quiet)


if __name__ == "__main__":
    main()
