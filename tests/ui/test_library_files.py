"""Open library, Move library, Backups and About, with real windows on real files.

The session (reader.app.Session) is what the running app uses: each switch closes the
window, its workers and the store, and opens them again on the other file.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from reader import paths
from reader.app import Session
from reader.settings import Settings
from reader.store import Store, backup_files, backups_folder
from reader.ui.about import AboutDialog, components
from reader.ui.backups_dialog import BackupsDialog
from reader.ui.library_actions import (
    copy_for_move,
    finish_move,
    move_library,
    move_target_problem,
    open_library,
    restore,
)

SLUG = "company-chops-and-seals"


@pytest.fixture
def library(sample_library: Path, tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    shutil.copy(sample_library, path)
    return path


@pytest.fixture
def session(
    qtbot: object, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    s = Session(Settings(tmp_path / "settings.json"))
    assert s.open(library) is None
    yield s
    s.close()
    QApplication.processEvents()


def bookmarked(store: Store) -> list[str]:
    return [r.slug for r in store.list_articles(None) if r.bookmarked]


def test_move_library_copies_switches_and_removes_the_old_file(
    session: Session, library: Path, tmp_path: Path
) -> None:
    window = session.window
    assert window is not None
    window.store.set_bookmark(SLUG, True)
    window.store.backup(reason="auto")
    articles = window.store.info().articles
    dest = tmp_path / "stick" / "matters.sqlite"

    assert move_library(session, window.store, dest) is None

    assert session.db == dest and session.window is not window
    assert session.window is not None and session.window.store.path == dest
    assert session.window.store.info().articles == articles
    assert bookmarked(session.window.store) == [SLUG]
    assert not library.exists() and not Path(str(library) + "-wal").exists()
    assert [b.reason for b in backup_files(dest)] == ["auto"]
    assert not backups_folder(library).exists()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["library_path"] == str(dest)


def test_move_as_the_menu_does_it_copies_on_the_writer_thread(
    qtbot: object, session: Session, library: Path, tmp_path: Path
) -> None:
    window = session.window
    assert window is not None
    dest = tmp_path / "moved" / "library.sqlite"
    assert move_target_problem(session, dest) is None
    window.worker.submit(lambda s: s.set_bookmark(SLUG, True))  # queued before the copy
    copied: list[object] = []
    window.worker.submit(lambda s: copy_for_move(s, dest), copied.append)
    qtbot.waitUntil(lambda: bool(copied), timeout=10000)  # type: ignore[attr-defined]
    assert finish_move(session, dest) is None
    assert session.window is not None and bookmarked(session.window.store) == [SLUG]
    assert not library.exists()


def test_move_onto_an_existing_file_changes_nothing(
    session: Session, library: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"someone else's file")
    window = session.window
    assert window is not None
    error = move_library(session, window.store, other)
    assert error is not None and "exists already" in error
    assert session.window is window and session.db == library
    assert other.read_bytes() == b"someone else's file"
    assert library.is_file()


def test_moving_into_the_portable_folder_is_remembered_relative(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "portable_root", lambda: tmp_path / "portable" / "data")
    window = session.window
    assert window is not None
    dest = tmp_path / "portable" / "data" / "library.sqlite"
    assert move_library(session, window.store, dest) is None
    assert session.settings.get("library_path") == "library.sqlite"


def test_open_library_switches_and_is_remembered(
    session: Session, sample_library: Path, tmp_path: Path
) -> None:
    other = tmp_path / "second.sqlite"
    with Store.open(other):
        pass  # a new, empty library
    assert open_library(session, other) is None
    assert session.window is not None and session.window.store.path == other
    assert session.window.store.info().articles == 0
    assert session.settings.get("library_path") == str(other)


def test_opening_a_file_that_is_not_a_library_reopens_the_old_one(
    session: Session, library: Path, tmp_path: Path
) -> None:
    bogus = tmp_path / "report.sqlite"
    bogus.write_text("minutes of the meeting")
    error = open_library(session, bogus)
    assert error is not None and "not a library" in error
    assert session.db == library
    assert session.window is not None and session.window.store.info().articles > 0
    assert bogus.read_text() == "minutes of the meeting"
    assert session.settings.get("library_path") == ""


def test_restore_from_the_app_brings_the_backup_back_and_keeps_the_current_file(
    session: Session, library: Path
) -> None:
    window = session.window
    assert window is not None
    backup = window.store.backup(reason="manual")
    window.store.set_bookmark(SLUG, True)

    assert restore(session, backup) is None

    assert session.window is not None and session.window is not window
    assert bookmarked(session.window.store) == []
    replaced = [b for b in backup_files(library) if b.reason == "replaced"]
    assert len(replaced) == 1
    with Store.open(replaced[0].path) as kept:
        assert bookmarked(kept) == [SLUG]


def test_backups_dialog_lists_backs_up_and_chooses_one(
    qtbot: object, library: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.json")
    with Store.open(library) as store:
        store.backup(reason="pre-migration-v2")
        dialog = BackupsDialog(library, settings, lambda done, _failed: done(store.backup()))
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "Before an upgrade (from schema 2)"
        assert dialog.table.item(0, 2).text().endswith(("KB", "MB"))
        assert not dialog.restore_button.isEnabled()

        dialog.backup_button.click()
        assert dialog.table.rowCount() == 2
        assert dialog.table.item(0, 1).text() == "Made by hand"
        newest = backup_files(library)[0]
        assert dialog.selected() == newest  # the new backup is selected
        assert dialog.restore_button.isEnabled()

        dialog.confirm_restore = lambda _b: False  # type: ignore[method-assign]
        dialog.restore_button.click()
        assert dialog.chosen is None  # not confirmed: nothing chosen
        dialog.confirm_restore = lambda _b: True  # type: ignore[method-assign]
        dialog.interval.setValue(6)
        dialog.kept.setValue(3)
        dialog.restore_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.chosen == newest.path
    reread = Settings(tmp_path / "settings.json")
    assert reread.get("backup_interval_hours") == 6
    assert reread.get("backups_kept") == 3


def test_backups_dialog_deletes_a_backup_after_asking(
    qtbot: object, library: Path, tmp_path: Path
) -> None:
    with Store.open(library) as store:
        keep = store.backup(reason="manual")
        gone = store.backup(reason="pre-migration-v1")
        dialog = BackupsDialog(
            library, Settings(tmp_path / "s.json"), lambda done, _failed: done(store.backup())
        )
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.table.selectRow(0)
        assert dialog.selected() is not None and dialog.selected().path == gone
        dialog.confirm_delete = lambda _b: False  # type: ignore[method-assign]
        dialog.delete_button.click()
        assert gone.exists()
        dialog.confirm_delete = lambda _b: True  # type: ignore[method-assign]
        dialog.delete_button.click()
        assert not gone.exists() and keep.exists()
        assert dialog.table.rowCount() == 1
        assert not dialog.delete_button.isEnabled()  # nothing selected any more


def test_backups_dialog_says_when_there_are_none(
    qtbot: object, library: Path, tmp_path: Path
) -> None:
    with Store.open(library) as store:
        dialog = BackupsDialog(
            library, Settings(tmp_path / "s.json"), lambda done, _failed: done(store.backup())
        )
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        assert dialog.table.rowCount() == 0
        assert dialog.empty.isVisible()


def test_about_names_version_library_and_licences(qtbot: object, library: Path) -> None:
    dialog = AboutDialog(library)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    text = dialog.text.toPlainText()
    from reader.ui.about import app_version

    assert app_version() in text
    assert str(library) in text
    assert "LGPL-3.0" in text
    assert "Open Font License" in text
    names = {c.name.lower(): c.licence for c in components()}
    assert names["platformdirs"] == "MIT"  # read from the installed package's metadata
    assert "click" in names  # dependencies of dependencies too (sqlite-utils needs it)
    assert "platformdirs" in text and "pytest" not in names  # test extras are not shipped
