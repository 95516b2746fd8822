"""The composition root: ``reader`` with no command opens the window and closes cleanly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader import app, paths


def test_app_opens_the_library_and_releases_it(
    qtbot: QtBot, sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "config")
    db = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, db)
    seen: list[str] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(1500, look_and_quit)
    assert app.run(db) == 0
    assert any("lib.sqlite" in t for t in seen)
    assert (tmp_path / "config" / "settings.json").exists()  # state was saved
    lock = app.lock_library(db)  # released on exit
    assert lock is not None
    lock.unlock()
