"""wirecoder.store: articles, events merged across sources, statements and actors in SQLite or PostgreSQL."""

from wirecoder.store.backend import StoreUnavailable
from wirecoder.store.filters import EventFilter, StatementFilter
from wirecoder.store.schema import Migration, apply
from wirecoder.store.store import DEFAULT_DB, AddOutcome, ReprocessOutcome, Store

__all__ = ["DEFAULT_DB", "AddOutcome", "EventFilter", "Migration", "ReprocessOutcome", "StatementFilter", "Store",
           "StoreUnavailable", "apply"]
