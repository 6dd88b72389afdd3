"""The best value per field of a merged event, by the documented rules of `merge.best`."""

from __future__ import annotations

import pytest

from wirecoder.merge.best import best_values


def _members(make_report, *fields):
    return [make_report(**item) for item in fields]


@pytest.mark.parametrize(("tolls", "expected"), [
    ([("2024-03-16", 5), ("2024-03-16", 5), ("2024-03-16", 5)], (5, "agreed")),
    ([("2024-03-16", 5), ("2024-03-17", 9), ("2024-03-17", 9)], (9, "latest update")),
    ([("2024-03-16", 5), ("2024-03-16", 6), ("2024-03-17", 11), ("2024-03-17", 12)], (12, "latest update")),
    ([("2024-03-16", 5), ("2024-03-16", 5), ("2024-03-16", 7)], (5, "most reported")),
    ([("2024-03-16", 9), ("2024-03-17", 5), ("2024-03-17", 5)], (5, "most reported")),
    ([("2024-03-16", 4), ("2024-03-16", 6), ("2024-03-16", 9)], (6, "median")),
    ([("2024-03-16", 0), ("2024-03-16", 7)], (7, "agreed")),
    ([("2024-03-16", None), ("2024-03-16", None)], (None, "unknown")),
])
def test_merge_best_killed_rule(make_report, tolls, expected):
    members = _members(make_report, *({"published": day, "killed": killed} for day, killed in tolls))
    values = best_values(members)
    assert (values["killed"], values["basis"]["killed"]) == expected


def test_merge_best_place_most_specific(make_report):
    members = _members(make_report, {"location": "North Waziristan", "geo_precision": "admin2", "lat": None},
                       {"location": "Mir Ali"}, {"location": "North Waziristan", "geo_precision": "admin2"})
    values = best_values(members)
    assert (values["location"], values["geo_precision"], values["lat"]) == ("Mir Ali", "location", 32.97)


def test_merge_best_place_most_reported_name_at_finest_level(make_report):
    members = _members(make_report, {"location": "Mir Ali Bazaar", "lat": None, "lon": None},
                       {"location": "Mir Ali"}, {"location": "Mir Ali", "lat": None, "lon": None})
    assert best_values(members)["location"] == "Mir Ali"


def test_merge_best_place_fills_missing_admin_levels(make_report):
    members = _members(make_report, {"admin2": None}, {"location": "North Waziristan", "geo_precision": "admin2"})
    assert best_values(members)["admin2"] == "North Waziristan"


@pytest.mark.parametrize(("subs", "expected"), [
    (["Armed clash", "Armed clash", "Suicide bomb"], ("Battles", "Armed clash")),
    (["Armed clash", "Suicide bomb"], ("Explosions/Remote violence", "Suicide bomb")),
    (["Remote explosive/landmine/IED", "Suicide bomb"], ("Explosions/Remote violence", "Suicide bomb")),
    (["Attack", "Remote explosive/landmine/IED"], ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
])
def test_merge_best_type_most_reported_then_most_specific(make_report, subs, expected):
    from wirecoder.models import SUB_EVENT_PARENT

    members = _members(make_report, *({"event_type": SUB_EVENT_PARENT[sub], "sub_event_type": sub} for sub in subs))
    values = best_values(members)
    assert (values["event_type"], values["sub_event_type"]) == expected


@pytest.mark.parametrize(("dates", "expected"), [
    (["2024-03-16", "2024-03-17", "2024-03-16"], ("2024-03-16", "day")),
    (["2024-03-17", "2024-03-16"], ("2024-03-16", "day")),
    (["2024-03", "2024-03-16"], ("2024-03-16", "day")),
    (["2024-03", "2024"], ("2024-03", "month")),
])
def test_merge_best_date_finest_then_most_reported_then_earliest(make_report, dates, expected):
    values = best_values(_members(make_report, *({"date": date} for date in dates)))
    assert (values["date"], values["date_precision"]) == expected


def test_merge_best_perpetrator_canonical_and_named_first(make_report):
    members = _members(make_report, {"perpetrator": "militants"}, {"perpetrator": "militants"},
                       {"perpetrator": "TTP"}, {"perpetrator": "Pakistani Taliban"})
    assert best_values(members)["perpetrator"] == "Tehreek-e-Taliban Pakistan"


def test_merge_best_sources_and_outlets(make_report):
    members = _members(make_report, {"source": "Valley Times"}, {"source": "Frontier Wire"}, {"source": None})
    values = best_values(members)
    assert values["report_count"] == 3
    assert values["sources"] == sorted(member.article_id for member in members)
    assert values["outlets"] == ["Frontier Wire", "Valley Times"]


def test_merge_best_conflicts_keep_each_figure_with_its_articles(make_report):
    first, second, third = _members(make_report, {"killed": 5}, {"killed": 5}, {"killed": 8})
    conflicts = best_values([first, second, third])["conflicts"]
    assert conflicts["killed"] == [{"value": 5, "articles": [first.article_id, second.article_id]},
                                   {"value": 8, "articles": [third.article_id]}]
    assert "location" not in conflicts


def test_merge_best_is_independent_of_member_order(make_report):
    members = _members(make_report, {"killed": 4}, {"killed": 6, "location": "North Waziristan"},
                       {"killed": 9, "sub_event_type": "Suicide bomb"})
    assert best_values(members) == best_values(list(reversed(members)))


def test_merge_best_no_members_gives_empty():
    assert best_values([]) == {}


def test_merge_best_place_prefers_the_gazetteer_spelling(make_report):
    members = _members(make_report, {"location": "Khuzdaar", "admin2": "Khuzdar", "published": "2024-03-15"},
                       {"location": "Khuzdar", "admin2": "Khuzdar"})
    assert best_values(members)["location"] == "Khuzdar"


def test_merge_best_protest_tie_goes_to_the_report_that_saw_intervention(make_report):
    members = _members(make_report, {"event_type": "Protests", "sub_event_type": "Peaceful protest"},
                       {"event_type": "Protests", "sub_event_type": "Protest with intervention"})
    assert best_values(members)["sub_event_type"] == "Protest with intervention"
