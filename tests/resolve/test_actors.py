"""Canonical actors: aliases, the article's own names, person-name rules, spellings, kinds and titles."""

from __future__ import annotations

import pytest

from wirecoder.resolve.actors import actor_titles, canonical_actor, load_actors, strip_honorifics, title_on


@pytest.mark.parametrize(("name", "expected"), [
    ("TTP", "Tehreek-e-Taliban Pakistan"),
    ("Pakistani Taliban", "Tehreek-e-Taliban Pakistan"),
    ("Tehreek-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("the banned Tehrik-e-Taleban Pakistan", "banned Tehrik-e-Taleban Pakistan"),
    ("Tehrik-e-Taleban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("PTI", "Pakistan Tehreek-e-Insaf"),
    ("Pakistan Tehrik-e-Insaf", "Pakistan Tehreek-e-Insaf"),
    ("ISPR", "Inter-Services Public Relations"),
    ("Pakistani army", "Pakistan Army"),
    ("al-Shabab", "Al-Shabaab"),
    ("Al Shabaab", "Al-Shabaab"),
    ("ISIS", "Islamic State"),
    ("Daesh", "Islamic State"),
    ("IS-K", "Islamic State Khorasan Province"),
    ("ISKP", "Islamic State Khorasan Province"),
    ("Hamas", "Hamas"),
    ("Hizbullah", "Hezbollah"),
    ("BLA", "Baloch Liberation Army"),
    ("Balochistan Liberation Army", "Baloch Liberation Army"),
    ("Taliban", "Afghan Taliban"),
    ("the Taliban", "Afghan Taliban"),
    ("Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi"),
    ("LeJ", "Lashkar-e-Jhangvi"),
    ("FC", "Frontier Corps"),
    ("Rangers", "Pakistan Rangers"),
    ("CTD", "Counter Terrorism Department"),
    ("Counter-Terrorism Department", "Counter Terrorism Department"),
    ("U.S.", "United States"),
    ("Islamabad", "Pakistan"),
    ("New Delhi", "India"),
    ("Khawaja Muhammad Asif", "Khawaja Asif"),
    ("Defence Minister Khawaja Asif", "Khawaja Asif"),
    ("Prime Minister Shehbaz Sharif", "Shehbaz Sharif"),
    ("Shahbaz Sharif", "Shehbaz Sharif"),
    ("Gen. Syed Asim Munir", "Asim Munir"),
])
def test_actors_alias_table(name, expected):
    assert canonical_actor(name).canonical == expected


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("TTP", "rebel or militant group", "PK"),
    ("PTI", "political party", "PK"),
    ("ISPR", "state forces", "PK"),
    ("Frontier Corps", "state forces", "PK"),
    ("Khawaja Asif", "government official", "PK"),
    ("Pakistan", "government", "PK"),
    ("Dawn", "media", "PK"),
    ("al-Shabaab", "rebel or militant group", "SO"),
])
def test_actors_kind_and_country(name, kind, country):
    identity = canonical_actor(name)
    assert (identity.kind, identity.type, identity.country, identity.known) == (kind, kind, country, True)


@pytest.mark.parametrize(("name", "known_names", "expected"), [
    ("Asif", ["Defence Minister Khawaja Asif"], "Khawaja Asif"),
    ("Mr Asif", ["Khawaja Muhammad Asif"], "Khawaja Asif"),
    ("Asif", [], "Asif"),
    ("Sharif", ["Nawaz Sharif", "Shehbaz Sharif"], "Sharif"),
    ("Khan", ["Ali Khan", "Imran Khan"], "Khan"),
    ("Rahimi", ["Police officer Gul Rahimi"], "Gul Rahimi"),
    ("Taliban", ["Pakistani Taliban"], "Tehreek-e-Taliban Pakistan"),
    ("Pakistan", ["Pakistan Army"], "Pakistan"),
])
def test_actors_article_names_first(name, known_names, expected):
    assert canonical_actor(name, known_names=known_names).canonical == expected


@pytest.mark.parametrize("word", ["is", "us", "un", "fc"])
def test_actors_short_acronyms_need_capitals(word):
    assert canonical_actor(word).known is False


@pytest.mark.parametrize(("name", "kind"), [
    ("unidentified gunmen", "rebel or militant group"),
    ("militants", "rebel or militant group"),
    ("security forces", "state forces"),
    ("policemen", "state forces"),
    ("villagers", "civilians"),
    ("protesters", "protesters"),
    ("a local shopkeeper", None),
])
def test_actors_generic_kinds(name, kind):
    identity = canonical_actor(name)
    assert (identity.kind, identity.known) == (kind, False)


@pytest.mark.parametrize(("name", "expected"), [
    ("Defence Minister Khawaja Asif", "Khawaja Asif"),
    ("Chief of Army Staff General Asim Munir", "Asim Munir"),
    ("Dr Ayesha Malik", "Ayesha Malik"),
    ("Army Public School", "Army Public School"),
    ("State Bank", "State Bank"),
])
def test_actors_strip_honorifics(name, expected):
    assert strip_honorifics(name) == expected


@pytest.mark.parametrize(("name", "date", "expected"), [
    ("Khawaja Asif", "2024-06-01", "Defence Minister"),
    ("Khawaja Asif", "2018-01-15", "Foreign Minister"),
    ("Khawaja Asif", "2020-01-01", None),
    ("Imran Khan", "2020-01", "Prime Minister"),
    ("Imran Khan", "2023-01-01", None),
    ("Shehbaz Sharif", "2024-03-04", "Prime Minister"),
    ("Shehbaz Sharif", "2023-12-01", None),
    ("Gul Rahimi", "2024-01-01", None),
    ("Khawaja Asif", None, None),
])
def test_actors_titles_over_time(name, date, expected):
    assert title_on(name, date) == expected


def test_actors_titles_listed_oldest_first():
    starts = [title.start for title in actor_titles("Khawaja Asif")]
    assert starts == sorted(starts)


def test_actors_empty_name_is_unknown():
    assert canonical_actor("  ").canonical == "" and canonical_actor("").known is False


def test_actors_catalogue_names_are_unique():
    catalogue = load_actors()
    names = [entry.canonical for entry in catalogue.entries]
    assert len(names) == len(set(names))


def test_actors_families_name_catalogue_actors():
    catalogue = load_actors()
    assert all(entry.family in catalogue.by_canonical for entry in catalogue.entries if entry.family)


def test_actors_no_alias_means_two_actors():
    from wirecoder.resolve.actors import _key

    owners: dict[str, str] = {}
    for entry in load_actors().entries:
        for name in (entry.canonical, *entry.aliases):
            assert owners.setdefault(_key(name), entry.canonical) == entry.canonical, name
