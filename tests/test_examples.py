"""The bundled examples: every file reads cleanly, every article is dated, and the extractors find something."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.ingest import IngestError, read_articles
from wirecoder.models import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE_FILES = sorted(path for path in EXAMPLES.iterdir() if path.suffix in {".jsonl", ".txt", ".html"})
JSONL_FIELDS = {"id", "title", "published", "outlet", "url", "text"}
# Plain text has no metadata; its dateline carries the date ("MOGADISHU, 2 June 2025 (Horn Observer) -").
DATELINE_DATE = re.compile(r"^[A-Z][A-Z ,a-z]+, (\d{1,2} [A-Z][a-z]+ \d{4})", re.M)


def read_examples(paths: list[Path]) -> list[Article | IngestError]:
    return list(read_articles([str(path) for path in paths]))


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: path.name)
def test_example_file_reads_without_errors(path):
    items = read_examples([path])
    assert items and not [item for item in items if isinstance(item, IngestError)]


def test_examples_cover_every_input_format():
    suffixes = [path.suffix for path in ARTICLE_FILES]
    assert suffixes.count(".jsonl") >= 1 and suffixes.count(".txt") >= 2 and suffixes.count(".html") >= 1


def test_jsonl_examples_have_every_field():
    records = [json.loads(line) for line in (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 12
    assert all(set(record) == JSONL_FIELDS for record in records)


def test_example_ids_are_unique():
    ids = [item.id for item in read_examples(ARTICLE_FILES)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: path.name)
def test_example_articles_have_a_publication_date(path):
    assert all(isinstance(item.published, dt.date) for item in read_examples([path]))


@pytest.mark.parametrize("path", [p for p in ARTICLE_FILES if p.suffix == ".txt"], ids=lambda path: path.name)
def test_plain_text_example_gives_its_date_in_the_dateline(path):
    match = DATELINE_DATE.search(path.read_text(encoding="utf-8"))
    assert match and dt.datetime.strptime(match.group(1), "%d %B %Y")


def test_examples_folder_reads_as_the_example_articles_only():
    assert sorted(item.id for item in read_articles([str(EXAMPLES)])) == sorted(
        item.id for item in read_examples(ARTICLE_FILES)
    )


def test_one_attack_is_reported_by_four_outlets():
    cluster = [item for item in read_examples([EXAMPLES / "articles.jsonl"]) if "mirali" in item.id]
    assert len({article.outlet for article in cluster}) == 4


@pytest.fixture(scope="module")
def extracted() -> list[dict]:
    """`wirecoder extract examples` in eval format, one record per article."""
    from wirecoder.cli.main import main

    result = CliRunner().invoke(main, ["extract", *(str(path) for path in ARTICLE_FILES)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.model
def test_extract_on_examples_gives_one_record_per_article(extracted):
    assert len(extracted) == len(read_examples(ARTICLE_FILES))


@pytest.mark.model
def test_extract_on_examples_finds_statements(extracted):
    assert sum(len(record["statements"]) for record in extracted) >= 1


@pytest.mark.model
def test_extract_on_examples_finds_events(extracted):
    assert sum(len(record["events"]) for record in extracted) >= 1
