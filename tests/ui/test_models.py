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


def test_painting_reads_rows_on_the_reader_thread(qtbot, sample_store: Store) -> None:  # type: ignore[no-untyped-def]
    """Painting asks the loader (a thread of its own in the window) and never reads
    rows itself; a row paints empty until its chunk arrives, then changes."""
    on_gui: list[int] = []
    asked: list[tuple[list[int], object, object]] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        on_gui.extend(ids)
        return sample_store.summaries(ids)

    model = ArticleListModel(fetch)
    model.set_loader(lambda ids, wanted, done: asked.append((list(ids), wanted, done)))
    ids = sample_store.document_ids()
    model.set_ids(ids)
    title = model.index(2, 1)
    assert model.data(title) is None and not model.loaded(2)
    assert on_gui == [] and len(asked) == 1  # one chunk: the sample has 24 rows
    chunk, wanted, done = asked[0]
    assert chunk == ids and wanted()  # type: ignore[operator]
    with qtbot.waitSignal(model.dataChanged) as changed:
        done(sample_store.summaries(chunk))  # type: ignore[operator]
    assert changed.args[0].row() == 0 and changed.args[1].row() == len(ids) - 1
    assert model.data(title) == sample_store.summaries([ids[2]])[0].title
    assert model.data(model.index(2, 1), model.SummaryRole).document_id == ids[2]
    assert on_gui == []  # SummaryRole too is served from what the loader brought

    # Read state changed: the old rows keep painting until the fresh ones arrive.
    model.refresh_rows()
    assert model.data(title) == sample_store.summaries([ids[2]])[0].title
    assert not model.loaded(2) and len(asked) == 2
    # An answer for a list that has changed since is dropped.
    model.set_ids(list(reversed(ids)))
    asked[1][2](sample_store.summaries(asked[1][0]))  # type: ignore[operator]
    assert not model.loaded(0) and not asked[1][1]()  # type: ignore[operator]
    assert model.data(model.index(0, 1)) is None
