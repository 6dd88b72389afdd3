"""Across reports: the same event from many sources becomes one event."""
