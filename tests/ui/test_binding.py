"""Guard against a PySide6 bug that kills the app while scrolling.

PySide6 6.12.0 drops a reference to None each time a Python ``data()`` override returns
None through C++; a list view asks for a dozen roles per cell, so after some scrolling
the process died with "Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QIdentityProxyModel, Qt

from reader.store import Store
from reader.ui.article_list import ArticleListModel


def test_answering_no_data_never_costs_none_a_reference(sample_store: Store) -> None:
    model = ArticleListModel(sample_store.summaries)
    model.set_ids(sample_store.document_ids())
    proxy = QIdentityProxyModel()  # a C++ caller, as the views are
    proxy.setSourceModel(model)
    roles = [
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    ]
    proxy.index(0, 0).data(roles[0])  # the first call measures the binding
    before = sys.getrefcount(None)
    for _ in range(3000):
        for role in roles:
            proxy.index(2, 1).data(role)
        proxy.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) >= before
