"""`wirecoder extract` and `wirecoder places`: records on stdout, one error line per bad input, exit code."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from wirecoder.cli.main import main

ARTICLE = {
    "id": "wire-7",
    "published": "2024-06-02",
    "text": "Police said two gunmen opened fire on a market in Kano on Saturday, killing three traders.",
}


@pytest.fixture
def articles_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    return path


def test_cli_help_lists_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.output and "places" in result.output


@pytest.mark.model
def test_cli_extract_eval_format_has_scorer_fields(articles_file):
    result = CliRunner().invoke(main, ["extract", str(articles_file), "--format", "eval"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip())
    assert record["doc_id"] == "wire-7" and record["published"] == "2024-06-02"
    assert isinstance(record["events"], list) and isinstance(record["statements"], list)


@pytest.mark.model
def test_cli_extract_json_format_has_places_and_hash(articles_file):
    result = CliRunner().invoke(main, ["extract", str(articles_file), "--format", "json"])
    record = json.loads(result.stdout.strip())
    assert {"places", "content_hash", "warnings"} <= set(record)


@pytest.mark.model
def test_cli_extract_bad_input_names_it_and_goes_on(articles_file, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x00binary")
    result = CliRunner().invoke(main, ["extract", str(broken), str(articles_file)])
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["wire-7"]
    assert f"error: {broken}: binary file" in result.stderr


@pytest.mark.model
def test_cli_extract_warns_about_missing_date(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Troops clashed with militants on Sunday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    assert "undated.txt: no publication date" in result.stderr


@pytest.mark.model
def test_cli_places_prints_one_record_per_article(articles_file):
    result = CliRunner().invoke(main, ["places", str(articles_file), "--format", "jsonl"])
    record = json.loads(result.stdout.strip())
    assert record["doc_id"] == "wire-7" and isinstance(record["places"], list)


def test_cli_extract_rejects_bad_published_option(articles_file):
    result = CliRunner().invoke(main, ["extract", str(articles_file), "--published", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("code", ["Pakistan", "P1", "ÄÖ"])
def test_cli_extract_rejects_bad_country_option(articles_file, code):
    result = CliRunner().invoke(main, ["extract", str(articles_file), "--country", code])
    assert result.exit_code == 2 and "two-letter country code" in result.output


@pytest.mark.model
def test_cli_extract_country_option_places_unplaced_events(tmp_path):
    path = tmp_path / "notes.jsonl"
    note = {"id": "n1", "published": "2024-06-02", "text": "Two soldiers were killed when a roadside bomb hit their vehicle."}
    path.write_text(json.dumps(note) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--country", "pk"])
    [event] = json.loads(result.stdout)["events"]
    assert (event["country"], event["admin1"], event["location"]) == ("PK", None, None)
