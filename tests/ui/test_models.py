from __future__ import annotations

from pytestqt.modeltest import ModelTester

from reader.store import Store
from reader.ui.article_list import ArticleListModel


def test_article_model_passes_the_model_tester(
    qtmodeltester: ModelTester, sample_store: Store
) -> None:
    model = ArticleListModel(sample_store.summaries)
    model.set_ids(sample_store.document_ids())
    qtmodeltester.check(model)
    model.set_ids(sample_store.document_ids(), {})
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily(sample_store: Store) -> None:
    fetched: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        fetched.extend(ids)
        return sample_store.summaries(ids)

    model = ArticleListModel(fetch)
    model.set_ids(sample_store.document_ids())
    assert fetched == []
    assert model.summary(3) is not None
    assert 4 <= len(fetched) <= 24
