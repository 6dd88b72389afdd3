"""Ingest: every input format, and bad input reported by name without stopping the batch."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from wirecoder.ingest.readers import IngestError, parse_date, read_articles
from wirecoder.models import Article


def _read(paths, **kwargs):
    return list(read_articles([str(p) for p in paths], **kwargs))


def test_readers_plain_text_file_uses_file_name_as_id(tmp_path):
    path = tmp_path / "report-1.txt"
    path.write_text("Gunmen attacked a checkpoint on Monday.", encoding="utf-8")
    [article] = _read([path])
    assert (article.id, article.text, article.published) == ("report-1.txt", path.read_text(), None)


def test_readers_jsonl_fields(tmp_path):
    record = {"id": "a1", "title": "T", "published": "2024-03-17", "text": "Body.", "url": "u", "outlet": "o"}
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    [article] = _read([path])
    assert article == Article(id="a1", text="Body.", title="T", published=dt.date(2024, 3, 17), url="u",
                              outlet="o", source_path=str(path))


@pytest.mark.parametrize(("given", "expected"), [("PK", "PK"), ("pk", "PK"), (" ng ", "NG"), (None, None)])
def test_readers_jsonl_country_is_an_upper_case_code(tmp_path, given, expected):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "country": given}) + "\n", encoding="utf-8")
    [article] = _read([path])
    assert article.country == expected


def test_readers_country_option_fills_only_missing_countries(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "country": "AF"}\n')
    assert [a.country for a in _read([path], country="PK")] == ["PK", "AF"]


def test_readers_published_option_fills_only_missing_dates(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "published": "2020-01-02"}\n')
    articles = _read([path], published=dt.date(2024, 1, 1))
    assert [a.published for a in articles] == [dt.date(2024, 1, 1), dt.date(2020, 1, 2)]


def test_readers_html_extracts_main_text_and_title(tmp_path):
    body = " ".join(["Security forces repelled an attack on a border post late on Friday, officials said."] * 4)
    html = (f"<html><head><title>Attack repelled</title><meta property='og:site_name' content='Daily Wire'>"
            f"<meta name='date' content='2024-05-04'></head><body><nav>Home | World</nav>"
            f"<article><h1>Attack repelled</h1><p>{body}</p><p>{body}</p></article></body></html>")
    path = tmp_path / "story.html"
    path.write_text(html, encoding="utf-8")
    [article] = _read([path])
    assert article.id == "story.html"
    assert "repelled an attack" in article.text and "Home | World" not in article.text
    assert article.title == "Attack repelled"
    assert article.published == dt.date(2024, 5, 4)


def test_readers_folder_and_glob(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("two")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    assert [a.id for a in _read([tmp_path])] == ["a.txt", "b.txt"]
    assert [a.id for a in read_articles([str(tmp_path / "*.txt")])] == ["a.txt"]


def test_readers_stdin_jsonl_and_plain_text():
    jsonl = io.StringIO('{"id": "s1", "text": "From a pipe."}\n')
    plain = io.StringIO("Just text.")
    assert [a.id for a in read_articles(["-"], stdin=jsonl)] == ["s1"]
    assert [a.text for a in read_articles(["-"], stdin=plain)] == ["Just text."]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"   \n", "empty file"),
        ("binary.txt", b"\x89PNG\x00\x00\x01", "binary file"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not valid UTF-8"),
        ("bad.jsonl", b'{"id": "x", "text": "ok"}\n{not json}\n', "malformed JSON"),
        ("notext.jsonl", b'{"id": "x"}\n', "missing or empty 'text'"),
        ("baddate.jsonl", b'{"id": "x", "text": "t", "published": "last week"}\n', "unreadable 'published'"),
        ("array.jsonl", b'[1, 2]\n', "expected a JSON object"),
        ("badcountry.jsonl", b'{"id": "x", "text": "t", "country": "Pakistan"}\n', "unreadable 'country'"),
    ],
)
def test_readers_bad_input_is_an_error_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    errors = [item for item in _read([path]) if isinstance(item, IngestError)]
    assert len(errors) == 1
    assert str(path) in errors[0].where and reason in errors[0].reason


def test_readers_bad_line_does_not_stop_the_rest(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{oops\n{"id": "c", "text": "z"}\n')
    items = _read([path])
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]
    assert items[1].where == f"{path}:2"


def test_readers_missing_path_is_an_error(tmp_path):
    [error] = _read([tmp_path / "nope.txt"])
    assert isinstance(error, IngestError) and "no such file" in error.reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-03-17", dt.date(2024, 3, 17)), ("2024-03-17T08:00:00+05:00", dt.date(2024, 3, 17)),
     ("March 17", None), (None, None), ("", None)],
)
def test_readers_parse_date(value, expected):
    assert parse_date(value) == expected


def test_article_source_key_differs_by_outlet_not_by_id():
    first = Article(id="a", text="same", outlet="Wire One")
    assert first.source_key == Article(id="b", text="same", outlet="Wire One").source_key
    assert first.source_key != Article(id="a", text="same", outlet="Wire Two").source_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOGADISHU, 2 June 2025 (Coast Wire) - Gunmen attacked a camp on Sunday.", dt.date(2025, 6, 2)),
        ("KABUL, March 3, 2024 - Officials said on Monday ...", dt.date(2024, 3, 3)),
        ("Gunmen attacked a camp on Sunday.", None),
        ("LAGOS - Police said the attack took place in June 2023.", None),
        ("Officials said nothing.\nOn 4 May 2020 a bomb exploded.", None),
        ("Headline of the story\n\nMAIDUGURI, Nigeria, 24 October 2025 - Troops ...", dt.date(2025, 10, 24)),
    ],
)
def test_readers_dateline_date_of_plain_text(tmp_path, text, expected):
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    [article] = _read([path])
    assert article.published == expected


def test_readers_folder_skips_readme_and_licence(tmp_path):
    (tmp_path / "README.md").write_text("About these articles.")
    (tmp_path / "README.txt").write_text("About these articles.")
    (tmp_path / "LICENSE.txt").write_text("Terms.")
    (tmp_path / "story.txt").write_text("Body.")
    assert [a.id for a in _read([tmp_path])] == ["story.txt"]
