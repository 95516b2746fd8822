"""Composition root of the desktop app: paths, settings, library, workers, window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader import APP_NAME, paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)


def lock_library(db: Path) -> QLockFile | None:
    """One instance per library: a lock file beside it (stale locks of crashed
    instances are taken over). None when another running instance holds it."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(db) + ".lock")
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(100) else None


def run(db: Path, argv: list[str] | None = None) -> int:
    """Open the window on the library at ``db``; returns the exit status."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (inside Qt WebEngine) refuses its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.settings import Settings
    from reader.store import Store, StoreError
    from reader.ui.binding import protect_none
    from reader.ui.main_window import MainWindow
    from reader.ui.reading_view import register_scheme
    from reader.ui.sync_controller import SyncController
    from reader.ui.tasks import Worker

    protect_none()
    register_scheme()
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    settings = Settings(paths.config_dir() / "settings.json")
    chosen = settings.get("library_path")
    if chosen and not os.environ.get("READER_DB") and db == paths.default_library():
        db = Path(chosen)

    if not db.exists() and db != paths.default_library():
        answer = QMessageBox.question(
            None,
            APP_NAME,
            f"The library {db} was not found (was it moved, or is its drive not "
            "connected?). Create a new, empty library there?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 1
    db.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_library(db)
    if lock is None:
        QMessageBox.warning(
            None,
            APP_NAME,
            f"The library {db} is already open in another "
            f"window of {APP_NAME}. Switch to that window, or close it first.",
        )
        return 1
    try:
        store = Store.open(db)
    except StoreError as err:
        QMessageBox.critical(None, APP_NAME, str(err))
        lock.unlock()
        return 1
    worker = Worker(db, "library-writer")
    searcher = Worker(db, "library-search")
    sync = SyncController(worker)
    window = MainWindow(store, settings, worker, searcher, sync)
    window.show()
    # Large libraries get only a light check at open; the full one runs in the background,
    # a minute in, so that it does not compete with the first minute of reading.
    QTimer.singleShot(
        60_000, lambda: searcher.submit(lambda s: s.verify(), None, window.show_error)
    )
    try:
        return int(app.exec())
    finally:
        window.close()  # idempotent: saves state, disposes of the web page
        worker.stop()
        searcher.stop()
        store.close()
        lock.unlock()
