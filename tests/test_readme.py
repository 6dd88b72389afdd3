"""The README stays true: it opens with the two commands, documents every CLI subcommand and make target it
names, and its example record points at the real words of the example article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wirecoder.cli.main import main

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
MAKEFILE = REPO / "Makefile"
EXAMPLE_ARTICLES = REPO / "examples" / "articles.jsonl"
OPENING_COMMANDS = ["make demo", "make test"]
EXAMPLE_MARKER = "<!-- readme-example-record:"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def first_code_block(markdown: str) -> tuple[str, list[str]]:
    """The text before the first fenced block, and that block's lines."""
    match = re.search(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.S | re.M)
    assert match, "the README has no fenced code block"
    return markdown[: match.start()], match.group(1).strip().splitlines()


def example_record(markdown: str) -> dict:
    """The JSON record in the block that follows the example marker."""
    after_marker = markdown[markdown.index(EXAMPLE_MARKER):]
    match = re.search(r"```json\n(.*?)\n```", after_marker, flags=re.S)
    assert match, "no ```json block after the example marker"
    return json.loads(match.group(1))


def evidence_spans(record: dict) -> list[dict]:
    """Every {"start", "end", "text"} object anywhere in the record."""
    if isinstance(record, dict):
        if set(record) == {"start", "end", "text"}:
            return [record]
        return [span for value in record.values() for span in evidence_spans(value)]
    if isinstance(record, list):
        return [span for item in record for span in evidence_spans(item)]
    return []


def test_readme_opens_with_the_two_commands(readme):
    before, lines = first_code_block(readme)
    # Only a title may stand before the commands.
    assert all(line.startswith("# ") for line in before.strip().splitlines())
    assert [line.strip() for line in lines] == OPENING_COMMANDS


def test_readme_mentions_every_cli_subcommand(readme):
    missing = [name for name in sorted(main.commands) if not re.search(rf"\bwirecoder {re.escape(name)}\b", readme)]
    assert not missing, f"subcommands missing from README.md: {missing}"


def test_readme_make_targets_exist(readme):
    targets = set(re.findall(r"^([a-z][\w-]*):", MAKEFILE.read_text(encoding="utf-8"), flags=re.M))
    mentioned = set(re.findall(r"`make ([a-z][\w-]*)`", readme))
    mentioned |= set(re.findall(r"^make ([a-z][\w-]*)$", readme, flags=re.M))
    assert mentioned - targets == set()


def test_readme_example_record_spans_match_the_example_article(readme):
    record = example_record(readme)
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in EXAMPLE_ARTICLES.read_text().splitlines()}
    text = texts[record["doc_id"]]
    spans = evidence_spans(record)
    assert spans, "the example record shows no evidence"
    wrong = [span for span in spans if text[span["start"]:span["end"]] != span["text"]]
    assert not wrong


def test_readme_example_statement_content_is_verbatim(readme):
    record = example_record(readme)
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in EXAMPLE_ARTICLES.read_text().splitlines()}
    text = texts[record["doc_id"]]
    assert all(statement["content"] in text for statement in record["statements"])
