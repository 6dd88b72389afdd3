"""Extractors: one module per kind of record, each a function from a parsed article to typed records."""
