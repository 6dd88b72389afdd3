"""Across reports: the same event from many sources becomes one event.

The store calls `find_match(new, candidates)` for each new event report and `best_values(members)` for the
merged event's fields; `cluster_reports` replays that over a batch (the merge evaluation uses it);
`statement_edges` counts who said what about whom per month.

The store's loop, per new event report (`MergeCandidate.from_event_record(event, event_id=..., article_id=...,
source=outlet, published=...)`):
    candidates = stored reports of the same country dated within 3 days, with `merged_event_id` set
    match = find_match(report, candidates)
    merged id = match.merged_event_id if match else a new merged event
    the merged event's row = best_values(all reports of that merged event)
"""

from wirecoder.merge.best import best_values
from wirecoder.merge.events import (
    MergeCandidate,
    MergeDecision,
    cluster_reports,
    find_match,
    pairwise_same_event,
)
from wirecoder.merge.network import NetworkEdge, StatementLink, statement_edges

__all__ = ["MergeCandidate", "MergeDecision", "NetworkEdge", "StatementLink", "best_values", "cluster_reports",
           "find_match", "pairwise_same_event", "statement_edges"]
