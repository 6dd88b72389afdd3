"""The `wirecoder` command group; each subcommand lives in the module for its area."""

from __future__ import annotations

import logging

import click

from wirecoder import __version__
from wirecoder.cli.extract import extract_cli, places_cli
from wirecoder.cli.store import STORE_COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecoder")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Turn news reports into structured, verifiable events and statements."""
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


main.add_command(extract_cli)
main.add_command(places_cli)
for command in STORE_COMMANDS:
    main.add_command(command)
