"""Guard against a PySide6 6.12.0 bug that killed the app while scrolling.

On Python 3.11 the binding loses a reference to None on many calls (void Qt methods,
``data()`` overrides answering None through C++); a few thousand and the process died
with "Fatal Python error: none_dealloc". ``protect_none`` (called by the app and by
this suite's conftest) gives None a reserve that no session can use up.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtWidgets import QProgressBar

from reader.store import Store
from reader.ui.article_list import ArticleListModel
from reader.ui.binding import RESERVE


def test_none_survives_the_calls_that_lose_its_references(
    qtbot: object, sample_store: Store
) -> None:
    model = ArticleListModel(sample_store.summaries)
    model.set_ids(sample_store.document_ids())
    proxy = QIdentityProxyModel()  # a C++ caller, as the views are
    proxy.setSourceModel(model)
    bar = QProgressBar()
    bar.setRange(0, 100_000)
    for i in range(20_000):  # more than None had references before the guard
        proxy.index(2, 1).data(Qt.ItemDataRole.DecorationRole)
        bar.setValue(i)
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > RESERVE // 2  # far from zero, whatever was lost
