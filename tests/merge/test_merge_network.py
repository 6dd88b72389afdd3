"""The statement network: edges per speaker, target, act and month, over canonical actors."""

from __future__ import annotations

import pytest

from wirecoder.merge.network import NetworkEdge, StatementLink, month_of, node_degrees, statement_edges


@pytest.mark.parametrize(("date", "expected"), [("2024-03-16", "2024-03"), ("2024-03", "2024-03"), ("2024", None),
                                                (None, None)])
def test_merge_network_month_of(date, expected):
    assert month_of(date) == expected


def test_merge_network_counts_per_month_over_aliases():
    links = [
        StatementLink("Khawaja Asif", "accuse", "TTP", "2024-03-16", "a1"),
        StatementLink("Khawaja Muhammad Asif", "accuse", "Pakistani Taliban", "2024-03-20", "a2"),
        StatementLink("Khawaja Asif", "accuse", "TTP", "2024-04-02", "a3"),
    ]
    assert statement_edges(links) == [
        NetworkEdge("Khawaja Asif", "Tehreek-e-Taliban Pakistan", "accuse", "2024-03", 2, ("a1", "a2")),
        NetworkEdge("Khawaja Asif", "Tehreek-e-Taliban Pakistan", "accuse", "2024-04", 1, ("a3",)),
    ]


@pytest.mark.parametrize("link", [
    StatementLink("Pakistan", "state", None, "2024-03-16"),
    StatementLink(None, "accuse", "India", "2024-03-16"),
    StatementLink("TTP", "threaten", "Tehreek-e-Taliban Pakistan", "2024-03-16"),
])
def test_merge_network_no_edge_without_two_distinct_actors(link):
    assert statement_edges([link]) == []


def test_merge_network_reads_store_rows():
    rows = [{"speaker": "Pakistan", "act": "deny", "target": "India", "published": "2024-05-01", "article_id": "x"}]
    [edge] = statement_edges(rows)
    assert (edge.source, edge.target, edge.act, edge.month, edge.count) == ("Pakistan", "India", "deny", "2024-05", 1)


def test_merge_network_filters_acts():
    links = [StatementLink("Pakistan", "deny", "India", "2024-05-01"),
             StatementLink("Pakistan", "support", "China", "2024-05-01")]
    assert [edge.act for edge in statement_edges(links, acts={"deny"})] == ["deny"]


def test_merge_network_node_degrees():
    edges = [NetworkEdge("Pakistan", "India", "deny", "2024-05", 2),
             NetworkEdge("India", "Pakistan", "accuse", None, 3)]
    assert node_degrees(edges) == {"India": {"out": 3, "in": 2}, "Pakistan": {"out": 2, "in": 3}}


def test_merge_network_edge_as_dict():
    edge = NetworkEdge("Pakistan", "India", "deny", "2024-05", 2, ("a",))
    assert edge.as_dict() == {"source": "Pakistan", "target": "India", "act": "deny", "month": "2024-05",
                              "count": 2, "articles": ["a"]}
