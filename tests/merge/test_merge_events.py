"""Merge decisions: which pairs of reports are one event, and which stored event a new report joins."""

from __future__ import annotations

import random

import pytest

from wirecoder.merge.events import cluster_reports, find_match, pairwise_same_event

DISTRICT_ONLY = {"location": "North Waziristan", "geo_precision": "admin2", "lat": 32.95, "lon": 70.05}

DECISIONS = [
    ("same town, day, type and toll", {}, {}, True),
    ("toll updated the next day", {"killed": 5}, {"killed": 11, "published": "2024-03-17"}, True),
    ("undated follow-up takes its publication day", {}, {"date": None, "published": "2024-03-17"}, True),
    ("town in one report, only its district in the other", {}, DISTRICT_ONLY, True),
    ("district only, and no district of the town known", {"admin2": None},
     {**DISTRICT_ONLY, "admin2": "North Waziristan"}, True),
    ("initials of a place name", {"location": "D.I. Khan", "admin2": None, "lat": None, "lon": None},
     {"location": "Dera Ismail Khan", "admin2": None, "lat": None, "lon": None}, True),
    ("suicide bomb and IED are one blast told two ways", {"sub_event_type": "Suicide bomb"}, {}, True),
    ("armed clash and bombing of one post", {"event_type": "Battles", "sub_event_type": "Armed clash"}, {}, True),
    ("month-precise date overlapping the day", {"date": "2024-03", "date_precision": "month"}, {}, True),
    ("neighbourhood within 5 km of the town", {"location": "Mir Ali Bazaar", "lat": 32.99}, {}, True),
    ("one actor under two names", {"perpetrator": "TTP"}, {"perpetrator": "Pakistani Taliban"}, True),
    ("a branch and its parent group", {"perpetrator": "ISKP"}, {"perpetrator": "Islamic State"}, True),
    ("one massacre placed at two villages of a district", {"location": "Datta Khel", "lat": 32.96, "lon": 69.88,
                                                            "killed": 40}, {"killed": 42}, True),
    ("protests on the same day", {"event_type": "Protests", "sub_event_type": "Peaceful protest", "killed": 0},
     {"event_type": "Protests", "sub_event_type": "Peaceful protest", "killed": 0}, True),
    ("protests on consecutive days", {"event_type": "Protests", "sub_event_type": "Peaceful protest", "killed": 0},
     {"event_type": "Protests", "sub_event_type": "Peaceful protest", "killed": 0, "date": "2024-03-17",
      "published": "2024-03-17"}, False),
    ("different villages of one district on one day",
     {"location": "Datta Khel", "lat": 32.96, "lon": 69.88}, {}, False),
    ("same town a year apart", {"date": "2023-03-16", "published": "2023-03-16"}, {}, False),
    ("same district three days apart", DISTRICT_ONLY,
     {**DISTRICT_ONLY, "date": "2024-03-19", "published": "2024-03-19"}, False),
    ("two days apart", {}, {"date": "2024-03-18", "published": "2024-03-18"}, False),
    ("different provinces", {"admin1": "Balochistan", "admin2": "Quetta", "location": "Quetta",
                             "lat": 30.18, "lon": 67.0}, {}, False),
    ("different countries", {"country": "AF"}, {}, False),
    ("protest and bombing in one town", {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                                         "killed": 0}, {}, False),
    ("mortar fire and a car bomb in one town", {"sub_event_type": "Shelling/artillery/missile attack",
                                                "killed": 0, "wounded": 0}, {}, False),
    ("arrests and a bombing", {"event_type": "Strategic developments", "sub_event_type": "Arrests"}, {}, False),
    ("two named groups and different tolls in one district", {"perpetrator": "TTP", "killed": 9, **DISTRICT_ONLY},
     {"perpetrator": "Baloch Liberation Army", "wounded": None}, False),
    ("namesakes far apart", {"admin2": None, "lat": 34.5, "lon": 71.9}, {"admin2": None}, False),
]


@pytest.mark.parametrize(("case", "first", "second", "expected"), DECISIONS, ids=[row[0] for row in DECISIONS])
def test_merge_events_pairwise_decisions(make_report, case, first, second, expected):
    decision = pairwise_same_event(make_report(**first), make_report(**second))
    assert decision.same is expected, decision.reasons


@pytest.mark.parametrize(("case", "first", "second", "expected"), DECISIONS, ids=[row[0] for row in DECISIONS])
def test_merge_events_pairwise_decisions_are_symmetric(make_report, case, first, second, expected):
    a, b = make_report(**first), make_report(**second)
    assert pairwise_same_event(a, b).same == pairwise_same_event(b, a).same


def test_merge_events_same_article_never_merges(make_report):
    first = make_report()
    second = make_report(article_id=first.article_id)
    assert pairwise_same_event(first, second).same is False


def test_merge_events_decision_explains_each_field(make_report):
    decision = pairwise_same_event(make_report(), make_report())
    assert [reason.split(" ")[0] for reason in decision.reasons] == [
        "date", "place", "type", "killed", "wounded", "perpetrator", "victims"]


def test_merge_events_find_match_none_without_candidates(make_report):
    assert find_match(make_report(), []) is None


def test_merge_events_find_match_ties_go_to_lowest_id(make_report):
    candidates = [make_report(event_id=number) for number in (30, 10, 20)]
    random.Random(4).shuffle(candidates)
    assert find_match(make_report(event_id=99), candidates).event_id == 10


def test_merge_events_find_match_prefers_best_score(make_report):
    weak = make_report(event_id=1, **DISTRICT_ONLY)
    strong = make_report(event_id=2)
    assert find_match(make_report(event_id=3), [weak, strong]).event_id == 2


def test_merge_events_later_report_joins_existing_event(make_report):
    first = make_report(event_id=1, merged_event_id=1)
    second = make_report(event_id=2, merged_event_id=1, published="2024-03-17", killed=7)
    match = find_match(make_report(event_id=3, published="2024-03-18", date="2024-03-16", killed=7), [first, second])
    assert match is not None and match.merged_event_id == 1


def test_merge_events_new_report_must_fit_every_member(make_report):
    town = make_report(event_id=1, merged_event_id=1)
    district = make_report(event_id=2, merged_event_id=1, **DISTRICT_ONLY)
    other_village = make_report(event_id=3, location="Datta Khel", lat=32.96, lon=69.88)
    # Fits the district-only member, but the town member names a different village.
    assert find_match(other_village, [town, district]) is None


def test_merge_events_cluster_reports_four_outlets_one_event(make_report):
    reports = [make_report(event_id=n, source=outlet) for n, outlet in enumerate("ABCD", start=1)]
    assert set(cluster_reports(reports).values()) == {1}


def test_merge_events_cluster_reports_is_order_independent(make_report):
    reports = [make_report(event_id=1), make_report(event_id=2, **DISTRICT_ONLY),
               make_report(event_id=3, location="Datta Khel", lat=32.96, lon=69.88)]
    shuffled = list(reversed(reports))
    assert cluster_reports(reports) == cluster_reports(shuffled)


def test_merge_events_candidate_from_event_record():
    from wirecoder.merge.events import MergeCandidate

    event = {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2024-03", "country": "PK",
             "location": "Bannu", "killed": 3, "perpetrator": "TTP", "geo_precision": "location"}
    candidate = MergeCandidate.from_event_record(event, event_id=7, article_id="a", source="Valley Times",
                                                 published="2024-03-20")
    assert (candidate.event_id, candidate.date_precision, candidate.location, candidate.killed, candidate.lat,
            candidate.published, candidate.perpetrator) == (7, "month", "Bannu", 3, None, "2024-03-20", "TTP")


def test_merge_events_two_shootings_of_different_victims_stay_apart(make_report):
    shopkeeper = make_report(event_type="Violence against civilians", sub_event_type="Attack", killed=1,
                             target="shopkeeper")
    constable = make_report(event_type="Violence against civilians", sub_event_type="Attack", killed=1,
                            target="police constable")
    assert pairwise_same_event(shopkeeper, constable).same is False
