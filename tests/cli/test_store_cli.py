"""The store commands through click: ingest (with a stand-in pipeline), queries, show, export, bad inputs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli.main import main
from wirecoder.cli.store import printable, progress_line
from wirecoder.models import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Place,
    PlaceMention,
    ResolvedDate,
    Statement,
    TextSpan,
)
from wirecoder.store import Store

RAID_TEXT = "Raiders burned a granary in Kebbi on Sunday. The emir said the village would rebuild."
KEBBI = Place(name="Kebbi", geonameid=3003, feature_class="A", feature_code="ADM1", country="NG", admin1="Kebbi",
              lat=11.5, lon=4.0)


def span(text: str, needle: str) -> TextSpan:
    start = text.index(needle)
    return TextSpan.of(text, start, start + len(needle))


def raid_result(article: Article) -> ArticleResult:
    """What a pipeline might extract from any article: the raid, with spans into the raid text when it is that."""
    text = article.text
    if "granary" not in text:
        return ArticleResult(article=article)
    location = PlaceMention(span(text, "Kebbi"), KEBBI)
    raiders = TextSpan.of(text, 0, text.index(" burned"))  # whatever the first words are, even garbled ones
    event = Event(event_type="Strategic developments", sub_event_type="Looting/property destruction",
                  trigger=span(text, "burned"), date=ResolvedDate("2025-02-09", "day", span(text, "Sunday")),
                  location=location, killed=0, perpetrator=Actor(raiders.text, raiders))
    statement = Statement(content="the village would rebuild", content_spans=[span(text, "the village would rebuild")],
                          kind="indirect", speaker="emir", speaker_span=span(text, "emir"), cue="said",
                          cue_span=span(text, "said"))
    return ArticleResult(article=article, events=[event], statements=[statement], places=[location])


class StandInPipeline:
    """Replaces the spaCy pipeline in CLI tests: extraction by `raid_result`."""

    def __init__(self, workers: int = 1, **kwargs) -> None:
        self.workers = workers

    def process(self, articles):
        for article in articles:
            yield raid_result(article)


@pytest.fixture
def stand_in_pipeline(monkeypatch):
    import wirecoder.pipeline

    monkeypatch.setattr(wirecoder.pipeline, "Pipeline", StandInPipeline)


@pytest.fixture
def db(store_location):
    """A store, on each backend, holding the raid from two outlets."""
    path = store_location
    with Store.open(path) as store:
        for article_id, outlet in (("raid-1", "Kebbi Courier"), ("raid-2", "Delta Times")):
            store.add(raid_result(Article(id=article_id, text=RAID_TEXT, outlet=outlet, published=dt.date(2025, 2, 10),
                                          url=f"https://{article_id}.example")), pipeline_version="test")
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_store_commands_are_registered():
    assert {"ingest", "events", "statements", "show", "actors", "network", "export", "reprocess"} <= set(main.commands)


def test_events_prints_json_lines(db):
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    [event] = jsonl(result.stdout)
    assert (event["sources"], event["report_count"], event["country"]) == (["raid-1", "raid-2"], 2, "NG")


@pytest.mark.parametrize(("option", "expected"), [
    (["--country", "NG"], 1),
    (["--country", "PK"], 0),
    (["--admin1", "Kebbi"], 1),
    (["--place", "Kebbi"], 1),
    (["--since", "2025-02-09"], 1),
    (["--until", "2025-01"], 0),
    (["--type", "Strategic developments"], 1),
    (["--actor", "Raiders"], 1),
    (["--min-killed", "1"], 0),
    (["--text", "granary"], 1),
    (["--limit", "0"], 0),
])
def test_events_filter_options(db, option, expected):
    result = run("events", *option, "--db", db)
    assert result.exit_code == 0, result.output
    assert len(jsonl(result.stdout)) == expected


def test_events_rejects_a_bad_date(db):
    result = run("events", "--since", "yesterday", "--db", db)
    assert result.exit_code == 2 and "not a date" in result.output


def test_events_csv_has_a_header_and_a_row(db):
    rows = list(csv.DictReader(io.StringIO(run("events", "--csv", "--db", db).stdout)))
    assert [row["sources"] for row in rows] == ["raid-1; raid-2"]


def test_statements_filter_by_speaker(db):
    result = run("statements", "--speaker", "emir", "--db", db)
    assert [statement["article_id"] for statement in jsonl(result.stdout)] == ["raid-1", "raid-2"]


def test_show_prints_the_event_with_evidence_sentences(db):
    [event] = jsonl(run("events", "--db", db).stdout)
    shown = json.loads(run("show", str(event["id"]), "--db", db).stdout)
    sentences = {item["sentence"] for report in shown["reports"] for item in report["evidence"]}
    assert sentences == {"Raiders burned a granary in Kebbi on Sunday."}


def test_show_of_an_unknown_event_fails(db):
    result = run("show", "999", "--db", db)
    assert result.exit_code == 1 and "no event 999" in result.output


def test_query_of_a_missing_database_is_a_usage_error(tmp_path):
    result = run("events", "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 2 and "no database" in result.output
    assert not (tmp_path / "absent.db").exists()


def test_actors_lists_the_speaker(db):
    names = [actor["name"] for actor in jsonl(run("actors", "--db", db).stdout)]
    assert "emir" in names


def test_network_without_targets_is_empty(db):
    result = run("network", "--db", db)
    assert result.exit_code == 0 and result.stdout == ""


def test_export_jsonl_to_stdout(db):
    result = run("export", "--format", "jsonl", "--db", db)
    assert result.exit_code == 0, result.output
    assert len(jsonl(result.stdout)) == 1


def test_export_acled_csv_to_a_file(db, tmp_path):
    out = tmp_path / "events.csv"
    result = run("export", "--format", "acled-csv", "-o", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 1


def test_export_parquet_needs_a_file(db):
    result = run("export", "--format", "parquet", "--db", db)
    assert result.exit_code == 2 and "-o FILE" in result.output


@pytest.mark.parametrize(("text", "expected"), [
    ("plain words", "plain words"),
    ("line\nbreak\ttab", "line break tab"),
    ("bell\x07 and \x1b[31mred", "bell and [31mred"),
    ("right\u202eto left", "rightto left"),
    ("Kābul", "Kābul"),
])
def test_printable(text, expected):
    assert printable(text) == expected


def test_table_strips_control_characters_from_article_text(store_location):
    text = RAID_TEXT.replace("Raiders", "Raid\x1b[2Jers\u202e")
    path = store_location
    with Store.open(path) as store:
        result = raid_result(Article(id="dirty", text=text, published=dt.date(2025, 2, 10)))
        store.add(result, pipeline_version="test")
    table = run("events", "--table", "--db", str(path)).stdout
    assert "Raid[2Jers" in table and "\x1b" not in table and "\u202e" not in table


def test_ingest_stores_and_summarises(tmp_path, store_location, stand_in_pipeline):
    source = tmp_path / "raid.txt"
    source.write_text(RAID_TEXT, encoding="utf-8")
    db = store_location
    result = run("ingest", str(source), "--db", db, "--published", "2025-02-10")
    assert result.exit_code == 0, result.output
    assert "1 articles stored, 0 duplicates, 1 events" in result.stderr
    assert "0 errors" in result.stderr


def test_ingest_twice_counts_duplicates(tmp_path, store_location, stand_in_pipeline):
    source = tmp_path / "raid.txt"
    source.write_text(RAID_TEXT, encoding="utf-8")
    db = store_location
    run("ingest", str(source), "--db", db)
    result = run("ingest", str(source), "--db", db)
    assert result.exit_code == 0 and "0 articles stored, 1 duplicates" in result.stderr


@pytest.mark.parametrize(("name", "content"), [
    ("binary.txt", b"\x00\x01\x02\xff\xfe\x00 binary"),
    ("empty.txt", b""),
    ("broken.jsonl", b'{"id": "ok-1", "text": "Fine words here."}\n{"id": "bad", "text": \n'),
])
def test_ingest_bad_input_names_the_file_and_keeps_the_rest(tmp_path, store_location, stand_in_pipeline, name,
                                                            content):
    good = tmp_path / "good.txt"
    good.write_text(RAID_TEXT, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    db = store_location
    result = run("ingest", str(good), str(bad), "--db", db)
    assert result.exit_code == 1
    assert any(line.startswith("error:") and name in line for line in result.stderr.splitlines())
    with Store.open(db) as store:
        assert store.counts()["articles"] >= 1


def test_ingest_article_that_fails_to_store_is_reported(tmp_path, stand_in_pipeline, monkeypatch):
    monkeypatch.setattr(Store, "_store_actors", lambda *args: (_ for _ in ()).throw(RuntimeError("boom")))
    source = tmp_path / "raid.txt"
    source.write_text(RAID_TEXT, encoding="utf-8")
    result = run("ingest", str(source), "--db", str(tmp_path / "fail.db"))
    assert result.exit_code == 1 and "not stored: RuntimeError: boom" in result.stderr


def test_reprocess_runs_the_pipeline_again(db, stand_in_pipeline):
    result = run("reprocess", "--db", db)
    assert result.exit_code == 0, result.output
    assert "2 articles reprocessed, 2 events, 1 merged events" in result.stderr


@pytest.mark.model
def test_ingest_examples_with_the_real_model(tmp_path):
    db = str(tmp_path / "examples.db")
    result = run("ingest", "examples/articles.jsonl", "--db", db)
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        counts = store.counts()
    assert counts["articles"] == 14 and counts["merged_events"] > 0 and counts["statements"] > 0


def test_ingest_unreadable_file_names_it_and_keeps_the_rest(tmp_path, stand_in_pipeline, monkeypatch):
    good, locked = tmp_path / "good.txt", tmp_path / "locked.txt"
    good.write_text(RAID_TEXT, encoding="utf-8")
    locked.write_text(RAID_TEXT.replace("Kebbi", "Kebbi state"), encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(path):  # root reads a chmod 000 file anyway, so refuse it here
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    db = str(tmp_path / "locked.db")
    result = run("ingest", str(good), str(locked), "--db", db)
    assert result.exit_code == 1
    assert f"error: {locked}: cannot read: Permission denied" in result.stderr.splitlines()
    with Store.open(db) as store:
        assert store.counts()["articles"] == 1


def test_ingest_missing_input_is_an_error_line(tmp_path, stand_in_pipeline):
    result = run("ingest", str(tmp_path / "absent.txt"), "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 1 and "absent.txt" in result.stderr


def test_unreachable_postgres_is_a_clear_error():
    result = run("events", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.exit_code == 1
    assert "cannot connect to PostgreSQL at postgresql://nobody@127.0.0.1:1/none" in result.output


@pytest.mark.parametrize(("done", "total", "seconds", "expected"), [
    (120, 400, 40.0, "120/400 articles, 3.0/s, ETA 1m33s"),
    (400, 400, 100.0, "400/400 articles, 4.0/s"),
    (50, None, 10.0, "50 articles, 5.0/s"),
    (0, 10, 0.0, "0/10 articles, 0.0/s"),
])
def test_progress_line(done, total, seconds, expected):
    assert progress_line(done, total, seconds) == expected
