"""Commands over the store: ingest, events, statements, show (placeholder until the store lands)."""

from __future__ import annotations

import click

STORE_COMMANDS: list[click.Command] = []
