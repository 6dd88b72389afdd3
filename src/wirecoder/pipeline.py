"""The pipeline: one spaCy pass per article, then the extractors in order (places, statements, events).

Each stage is a named function with one job; `Pipeline` batches articles through spaCy and runs the stages,
optionally across worker processes. A failure inside one article becomes an error on that article's result,
never the end of the batch.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.extract.events import extract_events
from wirecoder.extract.statements import extract_statements
from wirecoder.models import Article, ArticleResult
from wirecoder.nlp.model import DEFAULT_MODEL, load_nlp
from wirecoder.resolve.places import Geoparser

logger = logging.getLogger(__name__)

PIPELINE_VERSION = "wirecoder.pipeline.v1"


@dataclass(slots=True)
class PipelineError:
    """An article the pipeline could not process, and why."""

    article: Article
    reason: str


@dataclass
class Pipeline:
    """Turns articles into `ArticleResult`s; load once, feed many articles."""

    model: str = DEFAULT_MODEL
    batch_size: int = 16
    workers: int = 1
    nlp: Language | None = None
    geoparser: Geoparser | None = None
    _ready: bool = field(default=False, init=False, repr=False)

    def load(self) -> Pipeline:
        """Load the model and gazetteer now rather than on the first article."""
        if not self._ready:
            self.nlp = self.nlp or load_nlp(self.model)
            self.geoparser = self.geoparser or Geoparser.load()
            self._ready = True
        return self

    def analyse(self, article: Article) -> ArticleResult:
        """Process one article."""
        results = list(self.process([article]))
        if isinstance(results[0], PipelineError):
            raise RuntimeError(f"{article.id}: {results[0].reason}")
        return results[0]

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult | PipelineError]:
        """Process articles in order, yielding a result or an error for each."""
        if self.workers > 1:
            yield from self._process_parallel(articles)
            return
        self.load()
        for batch in _batched(articles, self.batch_size):
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[Article]) -> Iterator[ArticleResult | PipelineError]:
        assert self.nlp is not None
        too_long = {a.id for a in batch if len(a.text) > self.nlp.max_length}
        runnable = [a for a in batch if a.id not in too_long]
        docs = dict(zip((a.id for a in runnable), self.nlp.pipe(a.text for a in runnable), strict=True))
        for article in batch:
            if article.id in too_long:
                yield PipelineError(article, f"text longer than {self.nlp.max_length} characters")
                continue
            try:
                yield self.run_stages(article, docs[article.id])
            except Exception as error:  # noqa: BLE001 - one bad article must not end the batch
                logger.exception("%s: extraction failed", article.id)
                yield PipelineError(article, f"extraction failed: {type(error).__name__}: {error}")

    def run_stages(self, article: Article, doc: Doc) -> ArticleResult:
        """Run every extractor over an already parsed article."""
        assert self.geoparser is not None
        result = ArticleResult(article=article)
        if article.published is None:
            result.warnings.append(f"{article.id}: no publication date; relative dates are left unresolved")
        result.places = self.geoparser.find(doc, article)
        result.statements = extract_statements(doc)
        result.events = extract_events(doc, article=article, places=result.places, statements=result.statements,
                                       implied_places=self.geoparser.implied(doc, article))
        return result

    def _process_parallel(self, articles: Iterable[Article]) -> Iterator[ArticleResult | PipelineError]:
        chunk = max(self.batch_size, 8)
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers, initializer=_init_worker, initargs=(self.model, self.batch_size)
        ) as pool:
            pending: list[concurrent.futures.Future[list[ArticleResult | PipelineError]]] = []
            for batch in _batched(articles, chunk):
                pending.append(pool.submit(_work, batch))
                # Keep a bounded number of batches in flight so a huge input never sits in memory at once.
                while len(pending) > self.workers * 2:
                    yield from pending.pop(0).result()
            for future in pending:
                yield from future.result()


_worker_pipeline: Pipeline | None = None


def _init_worker(model: str, batch_size: int) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(model=model, batch_size=batch_size).load()


def _work(batch: list[Article]) -> list[ArticleResult | PipelineError]:
    assert _worker_pipeline is not None
    return list(_worker_pipeline.process(batch))


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


_default_pipeline: Pipeline | None = None


def extract(
    text: str, *, published: dt.date | str | None = None, title: str | None = None, article_id: str = "article",
    country: str | None = None,
) -> ArticleResult:
    """Extract events and statements from one article's text (the pipeline is loaded on first use)."""
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline().load()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return _default_pipeline.analyse(Article(id=article_id, text=text, title=title, published=published,
                                                country=country))
