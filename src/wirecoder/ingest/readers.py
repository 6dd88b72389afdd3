"""Read articles from plain text, HTML and JSON Lines files, folders, globs and standard input.

Every reader yields `Article`s or `IngestError`s: a bad file or line is reported by name and the rest goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wirecoder.models import Article
from wirecoder.nlp.datelines import dateline_pattern

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Files that travel with a folder of articles but are not articles themselves.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "provenance")
STDIN = "-"
# A dateline ("MOGADISHU, 2 June 2025 -") opens the body of a wire report, under at most a headline.
DATELINE_LINES = 3


@dataclass(slots=True)
class IngestError:
    """An input that could not be read: where (file, maybe line) and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def read_articles(
    inputs: Iterable[str], *, published: dt.date | None = None, country: str | None = None,
    stdin: IO[str] | None = None,
) -> Iterator[Article | IngestError]:
    """Articles from every input (file, folder, glob or `-`), in order; `published` and `country` fill what an
    article's input does not give."""
    for source in inputs:
        if source == STDIN:
            yield from _with_defaults(read_stream(stdin or sys.stdin, "<stdin>"), published, country)
            continue
        paths = expand_input(source)
        if not paths:
            yield IngestError(source, "no such file, folder or matching glob")
        for path in paths:
            yield from _with_defaults(read_file(path), published, country)


def expand_input(source: str) -> list[Path]:
    """The files one input names: itself, the known files under a folder, or a glob's matches."""
    path = Path(source)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and _looks_like_articles(p))
    if path.exists():
        return [path]
    if glob.has_magic(source):
        return sorted(Path(p) for p in glob.glob(source, recursive=True) if os.path.isfile(p))
    return []


def read_file(path: Path) -> Iterator[Article | IngestError]:
    """Articles in one file, by its extension (plain text when unknown)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        yield IngestError(str(path), f"cannot read: {error.strerror or error}")
        return
    text = _decode(raw)
    if isinstance(text, str) and not text.strip():
        text = IngestError("", "empty file")
    if isinstance(text, IngestError):
        yield IngestError(str(path), text.reason)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text.splitlines(), str(path))
    elif suffix in HTML_SUFFIXES:
        yield read_html(text, path.name, str(path))
    else:
        yield Article(id=path.name, text=text, published=dateline_date(text), source_path=str(path))


def read_stream(stream: IO[str], name: str) -> Iterator[Article | IngestError]:
    """Articles from a stream: JSON Lines when it starts with `{`, else one plain-text article."""
    text = stream.read()
    if not text.strip():
        yield IngestError(name, "empty input")
    elif text.lstrip().startswith("{"):
        yield from read_jsonl(text.splitlines(), name)
    elif text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        yield read_html(text, "stdin", name)
    else:
        yield Article(id="stdin", text=text, published=dateline_date(text), source_path=name)


def read_jsonl(lines: Iterable[str], name: str) -> Iterator[Article | IngestError]:
    """One article per JSON object: `id`, `text`, and optionally `title`, `published`, `url`, `outlet`,
    `country`."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(where, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        yield article_from_record(record, where=where, default_id=f"{Path(name).name}:{number}")


def article_from_record(record: Any, *, where: str, default_id: str) -> Article | IngestError:
    """Validate one JSON record into an `Article`."""
    if not isinstance(record, dict):
        return IngestError(where, "expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(where, "missing or empty 'text'")
    published = record.get("published") or record.get("date")
    parsed = parse_date(published) if published is not None else None
    if published is not None and parsed is None:
        return IngestError(where, f"unreadable 'published' date {published!r} (expected YYYY-MM-DD)")
    country = record.get("country")
    if country is not None and country_code(country) is None:
        return IngestError(where, f"unreadable 'country' {country!r} (expected a two-letter code such as PK)")
    return Article(
        id=str(record.get("id") or record.get("doc_id") or default_id),
        text=text,
        title=_optional_str(record.get("title")),
        published=parsed,
        url=_optional_str(record.get("url")),
        outlet=_optional_str(record.get("outlet")),
        source_path=where.rsplit(":", 1)[0],
        country=country_code(country) if country is not None else None,
    )


def read_html(html: str, article_id: str, where: str) -> Article | IngestError:
    """Main text, title, date and outlet of a web page, extracted with trafilatura."""
    import trafilatura  # imported here: it is slow to load and only HTML input needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        return IngestError(where, "no article text found in the HTML")
    return Article(
        id=article_id,
        text=document.text,
        title=document.title,
        published=parse_date(document.date) if document.date else None,
        url=document.url,
        outlet=document.sitename or document.hostname,
        source_path=where,
    )


def parse_date(value: Any) -> dt.date | None:
    """A date from `YYYY-MM-DD` or an ISO timestamp; None when it is not one."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def country_code(value: Any) -> str | None:
    """An ISO 3166-1 alpha-2 code in capitals ("pk" -> "PK"); None when `value` is not two letters."""
    if not isinstance(value, str) or len(value.strip()) != 2 or not (value.strip().isascii() and value.strip().isalpha()):
        return None
    return value.strip().upper()


def dateline_date(text: str) -> dt.date | None:
    """The full date in a plain-text article's dateline ("KABUL, March 3, 2024 (Wire) -"), if it has one."""
    from wirecoder.resolve.time import find_time_expressions

    for line in text.strip().splitlines()[:DATELINE_LINES]:
        dateline = dateline_pattern().match(line.strip())
        if dateline is None:
            continue
        for mention in find_time_expressions(dateline.group(), None):
            if mention.date is not None and mention.date.precision == "day":
                return dt.date.fromisoformat(mention.date.value)
    return None


def _looks_like_articles(path: Path) -> bool:
    return path.suffix.lower() in KNOWN_SUFFIXES and not path.stem.lower().startswith(NOT_ARTICLES)


def _decode(raw: bytes) -> str | IngestError:
    if b"\x00" in raw[:8192]:
        return IngestError("", "binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return IngestError("", f"not valid UTF-8 (byte {error.start})")


def _optional_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _with_defaults(
    items: Iterable[Article | IngestError], published: dt.date | None, country: str | None
) -> Iterator[Article | IngestError]:
    for item in items:
        if isinstance(item, Article):
            item.published = item.published or published
            item.country = item.country or country
        yield item
