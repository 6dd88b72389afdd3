"""The pipeline: results in input order, one bad article never ends the batch, workers change nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.models import Article, ArticleResult
from wirecoder.pipeline import Pipeline, PipelineError

ARTICLES = [
    Article(id=f"a{i}", text=text, published=dt.date(2024, 3, 17))
    for i, text in enumerate(
        [
            "Militants attacked a police station in Bannu on Saturday, killing four policemen, officials said.",
            "The interior minister said on Sunday that the attackers had crossed from Afghanistan.",
            "Protesters blocked the main highway in Quetta for the third day.",
        ]
    )
]


@pytest.mark.model
def test_pipeline_yields_one_result_per_article_in_order(pipeline):
    outcomes = list(pipeline.process(ARTICLES))
    assert [o.article.id for o in outcomes] == ["a0", "a1", "a2"]
    assert all(isinstance(o, ArticleResult) for o in outcomes)


@pytest.mark.model
def test_pipeline_failing_article_becomes_an_error_and_the_batch_goes_on(pipeline, monkeypatch):
    real_run = Pipeline.run_stages

    def flaky(self, article, doc):
        if article.id == "a1":
            raise ValueError("boom")
        return real_run(self, article, doc)

    monkeypatch.setattr(Pipeline, "run_stages", flaky)
    outcomes = list(pipeline.process(ARTICLES))
    assert [type(o).__name__ for o in outcomes] == ["ArticleResult", "PipelineError", "ArticleResult"]
    assert "ValueError: boom" in outcomes[1].reason


@pytest.mark.model
def test_pipeline_rejects_an_over_long_article_by_name(pipeline):
    huge = Article(id="huge", text="word " * (pipeline.nlp.max_length // 5 + 1))
    [outcome] = list(pipeline.process([huge]))
    assert isinstance(outcome, PipelineError) and "longer than" in outcome.reason


@pytest.mark.model
def test_pipeline_warns_when_publication_date_is_missing(pipeline):
    result = pipeline.analyse(Article(id="undated", text="Gunmen killed two guards."))
    assert any("undated: no publication date" in warning for warning in result.warnings)


@pytest.mark.model
def test_pipeline_workers_give_the_same_records_as_one_process(pipeline):
    from wirecoder.export.evalformat import full_record

    serial = [full_record(o) for o in pipeline.process(ARTICLES)]
    parallel = [full_record(o) for o in Pipeline(workers=2, batch_size=1).process(ARTICLES)]
    assert parallel == serial


@pytest.mark.model
def test_extract_api_returns_dataclasses():
    import wirecoder

    result = wirecoder.extract(ARTICLES[0].text, published="2024-03-17", title="Police station attacked")
    assert isinstance(result, ArticleResult)
    assert result.article.published == dt.date(2024, 3, 17) and result.article.title == "Police station attacked"
