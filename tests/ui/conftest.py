"""UI tests run offscreen with real widgets and a real Qt WebEngine."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ.setdefault("QT_QUICK_BACKEND", "software")  # as reader.app.prepare_environment

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.export.scheme import register_scheme
from reader.ui.binding import protect_none

protect_none()  # as the app does: see reader/ui/binding.py
register_scheme()  # must happen before pytest-qt creates the QApplication

from reader.settings import Settings  # noqa: E402
from reader.store import Store  # noqa: E402
from reader.ui.article_list import ArticleListModel  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402
from reader.ui.sync_controller import SyncController  # noqa: E402
from reader.ui.tasks import Worker  # noqa: E402

DISPLAY = int(Qt.ItemDataRole.DisplayRole)


def list_cells(
    model: ArticleListModel, column: int, role: int = DISPLAY, timeout: float = 10
) -> list[Any]:
    """One column of the article list as painted, once its rows have been read: the
    list reads them on a thread of its own and shows them when they arrive."""
    deadline = time.monotonic() + timeout
    while True:
        values = [model.data(model.index(r, column), role) for r in range(model.rowCount())]
        if all(model.loaded(r) for r in range(model.rowCount())):
            return [model.data(model.index(r, column), role) for r in range(model.rowCount())]
        if time.monotonic() > deadline:
            return values
        QApplication.processEvents()
        time.sleep(0.005)


class Harness:
    """A main window on a library file, with its workers, closed cleanly."""

    def __init__(self, db: Path, settings_path: Path) -> None:
        self.db = db
        self.settings_path = settings_path
        self.store = Store.open(db)
        self.settings = Settings(settings_path)
        self.worker = Worker(db, "test-writer")
        self.searcher = Worker(db, "test-search")
        self.sync = SyncController(self.worker)
        self.window = MainWindow(self.store, self.settings, self.worker, self.searcher, self.sync)
        self.closed = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.window.close()  # saves state and disposes of the web page and profile
        self.window.deleteLater()
        QApplication.processEvents()
        self.worker.stop()
        self.searcher.stop()
        self.store.close()


@pytest.fixture
def make_window(qtbot: object, tmp_path: Path) -> Iterator[object]:
    made: list[Harness] = []

    def make(db: Path | None = None) -> Harness:
        h = Harness(db or tmp_path / "lib.sqlite", tmp_path / "settings.json")
        qtbot.addWidget(h.window)  # type: ignore[attr-defined]
        h.window.show()
        made.append(h)
        return h

    yield make
    for h in made:
        h.close()


@pytest.fixture
def sample_window(make_window: object, sample_library: Path, tmp_path: Path) -> Harness:
    copy = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, copy)
    return make_window(copy)  # type: ignore[operator,no-any-return]
