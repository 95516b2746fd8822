"""Composition root of the desktop app: paths, settings, library, workers, window.

A ``Session`` is one open library with its lock, store, workers and window. Opening
another library ("Open library…", "Move library…") or restoring a backup closes the
session and opens a new one in the same process, without leaving the event loop (Qt
WebEngine does not survive a second ``exec``).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from reader import APP_NAME, paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile, QTimer
    from PySide6.QtWidgets import QWidget

    from reader.settings import Settings
    from reader.store import Store
    from reader.ui.main_window import MainWindow
    from reader.ui.tasks import Worker

log = logging.getLogger(__name__)
# How often a running app looks whether an automatic backup is due.
BACKUP_CHECK_MS = 30 * 60 * 1000
BACKUP_FIRST_CHECK_MS = 20_000
VERIFY_AFTER_MS = 60_000  # the full integrity check of a large library, in the background
CHECK_NICE = 19  # its thread's priority: the lowest
SETTLED_AFTER_MS = 2_000  # start-up is over: what exists now lives as long as the window
GIL_SWITCH_S = 0.001  # Python's default is 0.005
BACKUP_SPARE_BYTES = 1024**3  # an automatic backup never leaves the disk fuller than this
APP_ID = "io.github.lexsinica.Reader"  # desktop file, AppStream, macOS bundle
ICON = f"{APP_ID}.svg"


def lock_library(db: Path) -> QLockFile | None:
    """One instance per library: a lock file beside it (stale locks of crashed
    instances are taken over). None when another running instance holds it."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(db) + ".lock")
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(100) else None


def automatic_backup(store: Store, interval_hours: int, keep: int) -> Path | None:
    """Back up when the schedule says so and rotate; the backup's path, or None.
    StoreError when the disk has no room for a copy (with 1 GB to spare)."""
    from reader.store import StoreError, backup_due, backups_folder, rotate_backups

    if store.read_only or not backup_due(store.path, interval_hours):
        return None
    folder = backups_folder(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    need = store.path.stat().st_size + BACKUP_SPARE_BYTES
    if shutil.disk_usage(folder).free < need:
        from reader.i18n import format_number, tr

        raise StoreError(
            tr(
                "No automatic backup of {path}: the disk has less than {mb} MB free. "
                "Free some space, or move the library (File → Move library…)."
            ).format(path=store.path, mb=format_number(need // 2**20))
        )
    made = store.backup(reason="auto")
    rotate_backups(store.path, keep)
    log.info("automatic backup: %s", made)
    return made


class Session:
    """The open library and its window."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db: Path | None = None
        self.window: MainWindow | None = None
        self._store: Store | None = None
        self._lock: QLockFile | None = None
        self._workers: list[Worker] = []
        self._timers: list[QTimer] = []
        self._backup_warned = False
        self.already_open = False  # the last open() found the library locked by another

    def open(self, db: Path) -> str | None:
        """Open the window on ``db``; an error message when that is not possible."""
        from PySide6.QtCore import QTimer

        from reader.i18n import tr
        from reader.store import Store, StoreError
        from reader.ui.main_window import MainWindow
        from reader.ui.sync_controller import SyncController
        from reader.ui.tasks import Worker

        db.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_library(db)
        self.already_open = lock is None
        if lock is None:
            return tr(
                "The library {db} is already open in another window of {app}. "
                "Switch to that window, or close it first."
            ).format(db=db, app=APP_NAME)
        try:
            store = Store.open(db)
        except StoreError as err:
            lock.unlock()
            return str(err)
        worker = Worker(db, "library-writer")
        searcher = Worker(db, "library-search")
        # The full check reads the whole file (a minute or more at 100,000 articles): on
        # its own thread at the lowest priority, so that neither searches nor the
        # window's painting wait for it.
        checker = Worker(db, "library-check", nice=CHECK_NICE)
        sync = SyncController(worker)
        window = MainWindow(store, self.settings, worker, searcher, sync)
        window.session = self  # "Open library…", "Move library…", Backups use it
        self.db, self.window, self._store, self._lock = db, window, store, lock
        self._workers = [worker, searcher, checker]
        window.show()
        keep_the_window_responsive(window)
        # Large libraries get only a light check at open; the full one runs in the
        # background, a minute in, so that it does not compete with the first minute of
        # reading.
        verify = QTimer(window, singleShot=True, interval=VERIFY_AFTER_MS)
        verify.timeout.connect(
            lambda: checker.submit(lambda s: s.verify(), None, window.show_error)
        )
        verify.start()
        first = QTimer(window, singleShot=True, interval=BACKUP_FIRST_CHECK_MS)
        first.timeout.connect(self.backup_if_due)
        first.start()
        every = QTimer(window, interval=BACKUP_CHECK_MS)
        every.timeout.connect(self.backup_if_due)
        every.start()
        self._timers = [verify, first, every]
        return None

    def backup_if_due(self) -> None:
        """Queue an automatic backup on the writer (it waits behind a running sync)."""
        if self.window is None or not self._workers:
            return
        hours = self.settings.get("backup_interval_hours")
        keep = self.settings.get("backups_kept")
        self._workers[0].submit(
            lambda s: automatic_backup(s, hours, keep), None, self._backup_failed
        )

    def _backup_failed(self, message: str) -> None:
        """Said once per session: the check repeats every half hour."""
        if self.window is not None and not self._backup_warned:
            self._backup_warned = True
            self.window.show_error(message)

    def close(self) -> None:
        for timer in self._timers:
            timer.stop()
        self._timers = []
        if self.window is not None:
            self.window.close()  # idempotent: saves state, disposes of the web page
            self.window.deleteLater()
        for worker in self._workers:
            worker.stop()
        self._workers = []
        if self._store is not None:
            self._store.close()
        if self._lock is not None:
            self._lock.unlock()
        self.window, self._store, self._lock = None, None, None

    def switch(self, db: Path, prepare: Callable[[], None] | None = None) -> str | None:
        """Close this library and open ``db`` (``prepare`` runs in between, with no
        connection open: a restore replaces the file there). When ``db`` cannot be
        opened, the previous library opens again; returns the error message then."""
        from PySide6.QtWidgets import QApplication

        previous = self.db
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed() if isinstance(app, QApplication) else False
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        try:
            self.close()
            error: str | None = None
            if prepare is not None:
                try:
                    prepare()
                except Exception as err:  # reopen what was open, then report
                    error = str(err)
            if error is None:
                error = self.open(db)
            if error is not None and previous is not None and self.open(previous) is not None:
                log.error("could not reopen %s either", previous)
            return error
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)


def _smoke(session: Session, seconds: float) -> Callable[[], int]:
    """For smoke tests of a build: show the first article, print what the reading view
    shows, quit after ``seconds``. Returns the exit status to use."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []
    window = session.window
    assert window is not None

    def loaded(ok: bool) -> None:
        if ok and window.view.current is not None:
            window.view.page().toPlainText(lambda text: seen.append(text))

    window.view.loaded.connect(loaded)
    QTimer.singleShot(500, lambda: window.step(1))

    def finish() -> None:
        title = window.windowTitle()
        text = next((t for t in seen if t.strip()), "")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        print(f"window: {title}", flush=True)
        menus = ", ".join(a.text().replace("&", "") for a in window.menuBar().actions())
        print(f"menus: {menus}", flush=True)
        print(f"article shown: {' / '.join(lines[:4])[:200]}", flush=True)
        from reader.ui.about import app_version, components

        print(f"about: version {app_version()}, {len(components())} packages", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(int(seconds * 1000), finish)
    return lambda: 0 if seen else 3


def prepare_environment() -> None:
    """Settings Qt reads from the environment: call before Qt is imported. Each is a
    default the user's environment can override."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (inside Qt WebEngine) refuses its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    if sys.platform.startswith("linux"):
        # With a Qt WebEngine view inside, Qt composes the whole window through OpenGL
        # at every repaint; where OpenGL is software (no GPU, virtual machines) each
        # scroll step of the article list waited for it, 10-40 ms a frame
        # (bench/UI.md). Qt Quick's software renderer draws the reading view instead.
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def keep_the_window_responsive(window: QWidget) -> None:
    """Python settings for a window that other Python threads work beside (the list's
    reader thread, searches, sync), measured by bench/bench_ui.py:

    * once start-up is over, the GIL changes hands every millisecond instead of every
      five, so the GUI thread waits less for it while another thread runs Python
      (during start-up the longer turns suit the GUI thread better);
    * once start-up is over, what it created is moved out of the garbage collector's
      sight (``gc.freeze``): a full collection, which otherwise walked every object of
      the window and took 20-30 ms in the middle of a scroll, then walks only what was
      made since.
    """
    import gc

    from PySide6.QtCore import QTimer

    def settled() -> None:
        sys.setswitchinterval(GIL_SWITCH_S)
        gc.freeze()

    # Not before: while the window starts, its own thread should keep the GIL longer.
    QTimer.singleShot(SETTLED_AFTER_MS, window, settled)


def run(db: Path, argv: list[str] | None = None, quit_after: float | None = None) -> int:
    """Open the window on the library at ``db``; returns the exit status."""
    prepare_environment()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.export.scheme import register_scheme
    from reader.i18n import tr
    from reader.settings import Settings
    from reader.ui.binding import protect_none
    from reader.ui.interface_language import start_language

    protect_none()
    register_scheme()
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    if isinstance(app, QApplication):
        app.setDesktopFileName(APP_ID)
        app.setWindowIcon(QIcon(str(resources.files("reader") / "resources" / "icons" / ICON)))
    settings = Settings(paths.settings_file())
    start_language(settings)  # the chosen interface language, or the system's
    chosen = settings.get("library_path")
    if chosen and not os.environ.get("READER_DB") and db == paths.default_library():
        db = paths.resolve_remembered(chosen)

    if not db.exists() and db != paths.default_library():
        answer = QMessageBox.question(
            None,
            APP_NAME,
            tr(
                "The library {db} was not found (was it moved, or is its drive not "
                "connected?). Create a new, empty library there?"
            ).format(db=db),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 1
    session = Session(settings)
    error = session.open(db)
    if error is not None:
        if session.already_open:
            QMessageBox.warning(None, APP_NAME, error)
        else:
            QMessageBox.critical(None, APP_NAME, error)
        return 1
    status: Callable[[], int] = lambda: 0  # noqa: E731
    if quit_after is not None:
        status = _smoke(session, quit_after)
    try:
        code = int(app.exec())
        return code or status()
    finally:
        session.close()
