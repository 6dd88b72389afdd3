"""The store: round trips, idempotent re-ingest, merging across sources, split, rollback and reprocess."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.export.evalformat import event_record, statement_record
from wirecoder.store import Store

FORMAT_EVENT_FIELDS = ("event_type", "sub_event_type", "date", "country", "admin1", "location", "lat", "lon",
                       "killed", "wounded", "perpetrator", "target")


def test_add_reports_what_it_stored(store, make_attack):
    outcome = store.add(make_attack())
    assert (outcome.article_stored, outcome.duplicate, outcome.events, outcome.merged_into_existing,
            outcome.statements) == (True, False, 1, 0, 1)


def test_event_fields_round_trip(store, make_attack):
    result = make_attack()
    store.add(result)
    [stored] = store.events()
    expected = event_record(result.events[0])
    assert {field: stored[field] for field in FORMAT_EVENT_FIELDS} == {field: expected[field]
                                                                      for field in FORMAT_EVENT_FIELDS}


def test_event_carries_id_sources_and_report_count(store, make_attack):
    store.add(make_attack("wire-9"))
    [stored] = store.events()
    assert isinstance(stored["id"], int) and stored["sources"] == ["wire-9"] and stored["report_count"] == 1


def test_statement_fields_round_trip(store, make_attack):
    result = make_attack()
    store.add(result)
    [stored] = store.statements()
    expected = statement_record(result.statements[0], 0)
    fields = ("speaker", "cue", "kind", "content", "act", "target", "source_chain", "evidence")
    assert {field: stored[field] for field in fields} == {field: expected[field] for field in fields}
    assert stored["article_id"] == "wire-1" and stored["published"] == "2025-03-05"


def test_same_copy_again_is_a_duplicate(store, make_attack):
    store.add(make_attack())
    again = store.add(make_attack())
    assert (again.article_stored, again.duplicate) == (False, True)
    assert store.counts() == {"articles": 1, "event_reports": 1, "merged_events": 1, "statements": 1}


def test_syndicated_copy_is_a_new_source(store, make_attack, republish):
    original = make_attack("wire-1")
    store.add(original)
    copy = store.add(republish(original, id="ledger-1", outlet="Northern Ledger", url="https://ledger.example/1"))
    assert (copy.article_stored, copy.duplicate, copy.merged_into_existing) == (True, False, 1)


def test_two_sources_make_one_merged_event(store, make_attack, republish):
    original = make_attack("wire-1")
    store.add(original)
    store.add(republish(original, id="ledger-1", outlet="Northern Ledger", url="https://ledger.example/1"))
    [event] = store.events()
    assert (event["sources"], event["report_count"]) == (["ledger-1", "wire-1"], 2)
    assert event["outlets"] == ["Frontier Wire", "Northern Ledger"]


def test_reports_in_different_countries_stay_apart(store, make_attack, make_protest):
    store.add(make_attack())
    store.add(make_protest())
    assert store.counts()["merged_events"] == 2


def test_later_report_with_higher_toll_updates_the_event(store, make_attack):
    store.add(make_attack("wire-1", killed=5))
    store.add(make_attack("wire-2", outlet="Northern Ledger", killed=7, published=dt.date(2025, 3, 6)))
    [event] = store.events()
    assert (event["killed"], event["report_count"]) == (7, 2)


def test_split_moves_an_article_into_a_new_event(store, make_attack, republish):
    original = make_attack("wire-1")
    store.add(original)
    store.add(republish(original, id="ledger-1", outlet="Northern Ledger", url="https://ledger.example/1"))
    [event] = store.events()
    new_id = store.split(event["id"], "ledger-1")
    sources = {record["id"]: record["sources"] for record in store.events()}
    assert sources == {event["id"]: ["wire-1"], new_id: ["ledger-1"]}


def test_split_of_an_article_not_in_the_event_is_an_error(store, make_attack):
    store.add(make_attack("wire-1"))
    [event] = store.events()
    with pytest.raises(KeyError):
        store.split(event["id"], "no-such-article")


def test_split_of_a_single_source_event_is_an_error(store, make_attack):
    store.add(make_attack("wire-1"))
    [event] = store.events()
    with pytest.raises(ValueError, match="nothing to split"):
        store.split(event["id"], "wire-1")


def test_failing_article_rolls_back_only_itself(store, make_attack, make_protest, monkeypatch):
    store.add(make_attack("wire-1"))

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_store_statements", broken)
    with pytest.raises(RuntimeError):
        store.add(make_protest("wire-2"))
    monkeypatch.undo()
    assert store.counts() == {"articles": 1, "event_reports": 1, "merged_events": 1, "statements": 1}


def test_article_can_be_added_after_a_rolled_back_attempt(store, make_protest, monkeypatch):
    monkeypatch.setattr(Store, "_store_actors", lambda *args: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        store.add(make_protest("wire-2"))
    monkeypatch.undo()
    assert store.add(make_protest("wire-2")).article_stored


def test_store_survives_reopening(store_location, make_attack):
    with Store.open(store_location) as first:
        first.add(make_attack())
    with Store.open(store_location) as second:
        assert [event["sources"] for event in second.events()] == [["wire-1"]]


def test_sqlite_store_uses_write_ahead_logging(tmp_path):
    with Store.open(tmp_path / "wal.db") as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_event_shows_evidence_sentences(store, make_attack):
    store.add(make_attack())
    [event] = store.events()
    shown = store.event(event["id"])
    trigger = next(item for item in shown["reports"][0]["evidence"] if item["field"] == "trigger")
    assert trigger["text"] == "killed" and trigger["sentence"].startswith("Gunmen killed five police officers")
    assert trigger["matches_article"]


def test_event_shows_its_sources(store, make_attack):
    store.add(make_attack())
    [event] = store.events()
    assert store.event(event["id"])["reports"][0]["article"]["outlet"] == "Frontier Wire"


def test_unknown_event_is_none(store):
    assert store.event(12345) is None


def test_actors_count_statements_and_events(store, make_attack):
    store.add(make_attack())
    actors = {actor["name"]: actor for actor in store.actors()}
    assert actors["provincial governor"]["statements_made"] == 1
    assert any(actor["events_as_perpetrator"] == 1 for actor in actors.values())


def test_network_has_the_threat_edge(store, make_attack):
    store.add(make_attack())
    [edge] = store.network()
    assert (edge["act"], edge["month"], edge["articles"]) == ("threaten", "2025-03", ["wire-1"])


class FakePipeline:
    """Re-extracts every article as the attack with a new toll."""

    def __init__(self, make_attack, killed: int) -> None:
        self.make_attack, self.killed = make_attack, killed

    def process(self, articles):
        for article in articles:
            result = self.make_attack(article.id, killed=self.killed)
            result.article = article
            yield result


def test_reprocess_replaces_reports(store, make_attack):
    store.add(make_attack("wire-1", killed=5))
    outcome = store.reprocess(FakePipeline(make_attack, killed=9))
    [event] = store.events()
    assert (outcome.articles, event["killed"], store.counts()["event_reports"]) == (1, 9, 1)


def test_reprocess_reads_articles_with_their_collection_country(store, make_attack):
    seen = []

    class Recording(FakePipeline):
        def process(self, articles):
            for article in articles:
                seen.append(article.country)
                yield from super().process([article])

    result = make_attack("wire-1")
    result.article.country = "PK"
    store.add(result)
    store.reprocess(Recording(make_attack, killed=5))
    assert seen == ["PK"]


def test_reprocess_keeps_merged_sources_together(store, make_attack, republish):
    original = make_attack("wire-1")
    store.add(original)
    store.add(republish(original, id="ledger-1", outlet="Northern Ledger", url="https://ledger.example/1"))
    store.reprocess(FakePipeline(make_attack, killed=5))
    assert [event["sources"] for event in store.events()] == [["ledger-1", "wire-1"]]


def test_evidence_rows_point_into_the_article(store, make_attack):
    result = make_attack()
    store.add(result)
    rows = store.connection.execute('SELECT e.field, e.start, e."end", e.text, a.text FROM evidence e '
                                    "JOIN articles a ON a.pk = e.article_pk").fetchall()
    assert rows and all(article[start:end] == text for _, start, end, text, article in rows)
    assert {"trigger", "content"} <= {row[0] for row in rows}


def test_membership_names_the_articles_of_each_cluster(store, make_attack, republish):
    original = make_attack("wire-1")
    store.add(original)
    store.add(republish(original, id="ledger-1", outlet="Northern Ledger", url="https://ledger.example/1"))
    [event] = store.events()
    members = store.connection.execute("SELECT article_id FROM membership WHERE cluster_id = ? ORDER BY article_id",
                                       (event["id"],)).fetchall()
    assert [row[0] for row in members] == ["ledger-1", "wire-1"]


def test_reprocess_replaces_evidence_rows(store, make_attack):
    store.add(make_attack("wire-1"))
    before = store.connection.execute("SELECT count(*) FROM evidence").fetchone()[0]
    store.reprocess(FakePipeline(make_attack, killed=9))
    assert store.connection.execute("SELECT count(*) FROM evidence").fetchone()[0] == before
