"""File menu actions on the library file itself: open another library, move this one,
back up and restore.

They need the window's ``session`` (``reader.app.Session``): each of them closes the
library and opens one (the same file after a restore) without leaving the app. The
chosen library is remembered in the settings (relative to the data folder in portable
mode).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from reader import APP_NAME, paths
from reader.i18n import tr
from reader.settings import Settings
from reader.store import (
    Store,
    StoreError,
    move_backups,
    remove_library,
    restore_backup,
)

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)
FILTER = "Libraries (*.sqlite);;All files (*)"


class SessionLike(Protocol):
    db: Path | None
    window: Any
    settings: Settings

    def switch(self, db: Path, prepare: Callable[[], None] | None = None) -> str | None: ...


def remember(settings: Settings, db: Path) -> None:
    settings.set("library_path", paths.remembered(db))
    settings.save()


def open_library(session: SessionLike, db: Path) -> str | None:
    """Switch to the library at ``db``; the error message, or None (then remembered)."""
    if session.db is not None and Path(db).resolve() == session.db.resolve():
        return None
    error = session.switch(Path(db))
    if error is None:
        remember(session.settings, Path(db))
    return error


def move_target_problem(session: SessionLike, dest: Path) -> str | None:
    """Why the library cannot move to ``dest`` (None when it can)."""
    old = session.db
    if old is None:
        return tr("No library is open.")
    if Path(dest).resolve() == old.resolve():
        return tr("That is where the library is already.")
    if Path(dest).exists():
        return tr("{dest} exists already; choose a new file name.").format(dest=dest)
    return None


def copy_for_move(store: Store, dest: Path) -> Path:
    """The copy step of a move (runs on the writer thread in the app): copy with the
    backup API and verify; StoreError when it fails (the copy is removed then)."""
    try:
        Path(dest).parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(
            tr("Cannot create the folder {folder}: {error}").format(
                folder=Path(dest).parent, error=err
            )
        ) from err
    return store.copy_to(Path(dest))


def finish_move(session: SessionLike, dest: Path) -> str | None:
    """Switch to the verified copy at ``dest``, remember it, and only then delete the old
    file and move the backups over. When the copy does not open, it is removed and the
    old library is open again."""
    old = session.db
    assert old is not None
    error = session.switch(dest)
    if error is not None:
        remove_library(dest)  # the old library was opened again
        return error
    remember(session.settings, dest)
    try:
        move_backups(old, dest)
        remove_library(old)
    except OSError as err:  # the library moved; only the tidying up failed
        log.warning("after moving the library, could not tidy %s: %s", old, err)
        return tr("The library moved to {dest}, but the old file could not be removed: {e}").format(
            dest=dest, e=err
        )
    return None


def move_library(session: SessionLike, store: Store, dest: Path) -> str | None:
    """Move the open library to the new file ``dest`` in one go: check the target, copy
    and verify, switch, tidy up. On any failure the old library stays open and
    untouched. (The menu action does the same with the copy on the writer thread.)"""
    dest = Path(dest)
    problem = move_target_problem(session, dest)
    if problem is not None:
        return problem
    try:
        copy_for_move(store, dest)
    except StoreError as err:
        return str(err)
    return finish_move(session, dest)


def restore(session: SessionLike, backup: Path) -> str | None:
    """Replace the open library with ``backup`` (the current file is kept in the backups
    folder first) and open it again."""
    db = session.db
    if db is None:
        return tr("No library is open.")

    def replace_file() -> None:
        restore_backup(db, backup)

    return session.switch(db, prepare=replace_file)


# ---- menu ------------------------------------------------------------------------------


def add_library_actions(window: Any, menu: QMenu) -> None:
    """Add "Open library…", "Move library…" and "Backups…" to ``menu``."""
    menu.addAction(window._action("Open library…", lambda: ask_open(window)))
    menu.addAction(window._action("Move library…", lambda: ask_move(window)))
    menu.addAction(window._action("Backups…", lambda: show_backups(window)))


def _session(window: Any) -> SessionLike | None:
    session = getattr(window, "session", None)
    if session is None:
        QMessageBox.information(window, APP_NAME, tr("This window cannot switch libraries."))
    return session


def _later(window: QWidget, action: Callable[[], str | None], done: str = "") -> None:
    """Run ``action`` once the current dialog and menu have closed (it closes the window),
    then report on the window that is open afterwards."""

    def run() -> None:
        session = getattr(window, "session", None)
        error = action()
        shown = getattr(session, "window", None) or window
        if error:
            QMessageBox.warning(shown, APP_NAME, error)
        elif done:
            QMessageBox.information(shown, APP_NAME, done)

    QTimer.singleShot(0, run)


def ask_open(window: Any) -> None:
    session = _session(window)
    if session is None:
        return
    name, _ = QFileDialog.getOpenFileName(
        window, tr("Open library"), str(window.store.path.parent), FILTER
    )
    if name:
        _later(window, lambda: open_library(session, Path(name)))


def ask_move(window: Any) -> None:
    session = _session(window)
    if session is None:
        return
    if window.sync.running:
        QMessageBox.information(
            window, APP_NAME, tr("Wait for the sync to finish, or cancel it, then move.")
        )
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        tr("Move library to"),
        str(Path.home() / window.store.path.name),
        FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return
    dest = Path(name)
    if not dest.suffix:
        dest = dest.with_suffix(".sqlite")
    problem = move_target_problem(session, dest)
    if problem is not None:
        QMessageBox.warning(window, APP_NAME, problem)
        return
    # The copy runs on the writer thread, after every write queued before it; the window
    # waits behind a modal progress dialog so that nothing is changed meanwhile.
    busy = QProgressDialog(tr("Copying the library to {dest}…").format(dest=dest), "", 0, 0, window)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.show()

    def copied(_path: object) -> None:
        busy.close()
        if window.sync.running:  # started by the schedule during the copy
            remove_library(dest)
            QMessageBox.warning(window, APP_NAME, tr("A sync started; move again after it."))
            return
        _later(
            window,
            lambda: finish_move(session, dest),
            tr("The library is now at {dest}.").format(dest=dest),
        )

    def failed(message: str) -> None:
        busy.close()
        QMessageBox.warning(window, APP_NAME, message)

    window.worker.submit(lambda s: copy_for_move(s, dest), copied, failed)


def show_backups(window: Any) -> None:
    from reader.ui.backups_dialog import BackupsDialog

    store = window.store

    def back_up_now(done: Callable[[Path], None], failed: Callable[[str], None]) -> None:
        window.worker.submit(lambda s: s.backup(), done, failed)

    dialog = BackupsDialog(store.path, window.settings, back_up_now, window)
    if dialog.exec() and dialog.chosen is not None:
        session = _session(window)
        if session is None:
            return
        chosen = dialog.chosen
        _later(
            window,
            lambda: restore(session, chosen),
            tr("The library was restored from {name}.").format(name=chosen.name),
        )
