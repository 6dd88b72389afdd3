"""The statement network: who accused, denied, threatened, demanded of or supported whom, counted per month.

Speakers and targets are canonical actors (`resolve.actors`), so "TTP" and "Pakistani Taliban" are one node.
Statements without a target, or whose speaker is their own target, make no edge.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wirecoder.resolve.actors import canonical_actor


@dataclass(frozen=True, slots=True)
class StatementLink:
    """The parts of one statement the network needs."""

    speaker: str | None
    act: str
    target: str | None
    date: str | None = None  # ISO date of the statement (the article's publication date when nothing better)
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    """Statements of one act from one actor to another in one month (`month` is None for undated ones)."""

    source: str
    target: str
    act: str
    month: str | None
    count: int
    articles: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The edge as a JSON-ready dict."""
        return {"source": self.source, "target": self.target, "act": self.act, "month": self.month,
                "count": self.count, "articles": list(self.articles)}


def link_from_mapping(row: Mapping[str, Any]) -> StatementLink:
    """A stored statement row (`speaker`, `act`, `target`, `date` or `published`, `article_id`) as a link."""
    return StatementLink(
        speaker=row.get("speaker"),
        act=row.get("act") or "state",
        target=row.get("target"),
        date=row.get("date") or row.get("published"),
        article_id=row.get("article_id") or row.get("doc_id"),
    )


def month_of(date: str | None) -> str | None:
    """`2024-03-16` -> `2024-03`; a year-only or missing date has no month."""
    if not date or len(date) < 7:
        return None
    return date[:7]


def statement_edges(statements: Iterable[StatementLink | Mapping[str, Any]], *,
                    acts: Iterable[str] | None = None) -> list[NetworkEdge]:
    """Edges counted per (speaker, target, act, month), sorted by month, count (highest first) and names.

    `acts` keeps only those acts (e.g. `{"accuse", "deny", "threaten"}`); by default every act with a target counts.
    """
    wanted = set(acts) if acts is not None else None
    counts: Counter[tuple[str, str, str, str | None]] = Counter()
    articles: dict[tuple[str, str, str, str | None], set[str]] = {}
    for item in statements:
        link = item if isinstance(item, StatementLink) else link_from_mapping(item)
        key = _edge_key(link)
        if key is None or (wanted is not None and link.act not in wanted):
            continue
        counts[key] += 1
        if link.article_id:
            articles.setdefault(key, set()).add(link.article_id)
    edges = [NetworkEdge(*key, count, tuple(sorted(articles.get(key, ())))) for key, count in counts.items()]
    return sorted(edges, key=lambda edge: (edge.month or "", -edge.count, edge.source, edge.target, edge.act))


def _edge_key(link: StatementLink) -> tuple[str, str, str, str | None] | None:
    if not link.speaker or not link.target:
        return None
    source = canonical_actor(link.speaker).canonical
    target = canonical_actor(link.target).canonical
    if not source or not target or source == target:
        return None
    return (source, target, link.act, month_of(link.date))


def node_degrees(edges: Iterable[NetworkEdge]) -> dict[str, dict[str, int]]:
    """Per actor: statements made (`out`) and received (`in`), summed over acts and months."""
    degrees: dict[str, dict[str, int]] = {}
    for edge in edges:
        degrees.setdefault(edge.source, {"out": 0, "in": 0})["out"] += edge.count
        degrees.setdefault(edge.target, {"out": 0, "in": 0})["in"] += edge.count
    return dict(sorted(degrees.items()))
