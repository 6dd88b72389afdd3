"""Ingest: articles from files, folders, globs and standard input."""

from wirecoder.ingest.readers import IngestError, expand_input, parse_date, read_articles

__all__ = ["IngestError", "expand_input", "parse_date", "read_articles"]
