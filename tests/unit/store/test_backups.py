"""Backups with real library files: listing, the schedule, rotation, verified copies for
moving a library, and restores that keep the replaced file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.app import automatic_backup
from reader.store import (
    Store,
    StoreError,
    backup_due,
    backup_files,
    backups_folder,
    list_backups,
    move_backups,
    remove_library,
    restore_backup,
    rotate_backups,
)

SLUG = "company-chops-and-seals"


@pytest.fixture
def library(sample_library: Path, tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    shutil.copy(sample_library, path)
    return path


def test_backups_are_listed_newest_first_with_date_size_and_kind(library: Path) -> None:
    with Store.open(library) as s:
        first = s.backup(reason="manual")
        second = s.backup(reason="auto")
    found = backup_files(library)
    assert [b.path for b in found] == [second, first]
    assert [b.reason for b in found] == ["auto", "manual"]
    assert all(b.size == b.path.stat().st_size > 0 for b in found)
    assert abs(found[0].created - datetime.now(UTC)) < timedelta(minutes=1)


def test_schedule_is_due_without_a_recent_automatic_backup(library: Path) -> None:
    assert backup_due(library, 24)
    assert not backup_due(library, 0)  # 0: automatic backups are off
    assert not backup_due(library.with_name("missing.sqlite"), 24)
    with Store.open(library) as s:
        s.backup(reason="manual")
        assert backup_due(library, 24)  # only automatic ones count
        s.backup(reason="auto")
    assert not backup_due(library, 24)
    assert backup_due(library, 24, now=datetime.now(UTC) + timedelta(hours=25))


def test_automatic_backup_runs_when_due_and_rotates(library: Path) -> None:
    with Store.open(library) as s:
        made = automatic_backup(s, 24, keep=2)
        assert made is not None and made.is_file()
        assert automatic_backup(s, 24, keep=2) is None  # not due again yet
        for _ in range(3):
            s.backup(reason="auto")
        s.backup(reason="manual")
        assert automatic_backup(s, 24, keep=2) is None
    removed = rotate_backups(library, keep=2)
    assert len(removed) == 2 and made in removed
    kinds = [b.reason for b in backup_files(library)]
    assert kinds.count("auto") == 2 and kinds.count("manual") == 1


def test_no_automatic_backup_when_the_disk_would_fill_up(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.app

    # Ask to keep the whole disk free: the copy can never fit, whatever others write.
    monkeypatch.setattr(reader.app, "BACKUP_SPARE_BYTES", shutil.disk_usage(library.parent).total)
    with Store.open(library) as s, pytest.raises(StoreError, match="MB free"):
        automatic_backup(s, 24, keep=2)
    assert backup_files(library) == []
    assert not list(backups_folder(library).iterdir())  # no half copy left behind


def test_rotation_never_removes_pre_migration_or_replaced_files(library: Path) -> None:
    folder = backups_folder(library)
    with Store.open(library) as s:
        s.backup(reason="pre-migration-v1")
        for _ in range(3):
            s.backup(reason="auto")
    restore_backup(library, backup_files(library)[0].path)
    rotate_backups(library, keep=1)
    kinds = sorted(b.reason for b in backup_files(library))
    assert kinds == ["auto", "pre-migration-v1", "replaced"]
    assert len(list(folder.glob("*.sqlite"))) == 3


def test_an_automatic_backup_is_a_working_library(library: Path) -> None:
    with Store.open(library) as s:
        s.set_bookmark(SLUG, True)
        made = automatic_backup(s, 24, keep=3)
        expected = s.info().articles
    assert made is not None
    with Store.open(made) as b:
        assert b.info().articles == expected
        assert [r.slug for r in b.list_articles(None) if r.bookmarked] == [SLUG]


def test_restore_keeps_the_current_file_and_brings_the_backup_back(library: Path) -> None:
    with Store.open(library) as s:
        backup = s.backup(reason="manual")
        s.set_bookmark(SLUG, True)
    kept = restore_backup(library, backup)
    assert kept is not None and kept.parent == backups_folder(library)
    with Store.open(library) as s:
        assert not [r for r in s.list_articles(None) if r.bookmarked]
    with Store.open(kept) as old:  # the replaced file, with the bookmark made after
        assert [r.slug for r in old.list_articles(None) if r.bookmarked] == [SLUG]
    assert kept not in list_backups(library)  # not offered as "the latest backup"


def test_restore_refuses_a_file_that_is_not_a_library_and_changes_nothing(
    library: Path, tmp_path: Path
) -> None:
    before = library.read_bytes()
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database at all")
    with pytest.raises(StoreError):
        restore_backup(library, bogus)
    assert library.read_bytes() == before
    assert not backups_folder(library).exists()


def test_copy_is_verified_and_leaves_the_original_alone(library: Path, tmp_path: Path) -> None:
    dest = tmp_path / "elsewhere" / "moved.sqlite"
    dest.parent.mkdir()
    with Store.open(library) as s:
        s.set_bookmark(SLUG, True)
        s.add_to_collection("Matter", [SLUG])
        s.copy_to(dest)
        info = s.info()
    with Store.open(dest) as m:
        assert m.info().articles == info.articles
        assert m.info().documents == info.documents
        assert [slug for _, slug in m.collection_slugs("Matter")] == [SLUG]
    assert library.is_file()


def test_copy_refuses_to_overwrite_a_file(library: Path, tmp_path: Path) -> None:
    dest = tmp_path / "existing.sqlite"
    dest.write_bytes(b"precious")
    with Store.open(library) as s, pytest.raises(StoreError, match="exists already"):
        s.copy_to(dest)
    assert dest.read_bytes() == b"precious"


def test_copy_to_an_unwritable_place_fails_cleanly(library: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with Store.open(library) as s, pytest.raises(StoreError):
            s.copy_to(folder / "moved.sqlite")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_copy_that_does_not_match_is_removed(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy that comes out different (here: rows lost on the way) is not kept."""
    from reader.store import db as _db

    real = _db.backup_to

    def lossy(conn: sqlite3.Connection, dest: Path) -> Path:
        real(conn, dest)
        with sqlite3.connect(dest) as c:
            c.execute("DELETE FROM bookmark")
        return dest

    monkeypatch.setattr(_db, "backup_to", lossy)
    dest = tmp_path / "moved.sqlite"
    with Store.open(library) as s:
        s.set_bookmark(SLUG, True)
        with pytest.raises(StoreError, match="did not match"):
            s.copy_to(dest)
    assert not dest.exists()


def test_backups_move_with_the_library(library: Path, tmp_path: Path) -> None:
    with Store.open(library) as s:
        s.backup(reason="auto")
        time.sleep(0.01)
        s.backup(reason="manual")
    new = tmp_path / "new" / "work.sqlite"
    new.parent.mkdir()
    assert move_backups(library, new) == 2
    assert not backups_folder(library).exists()
    moved = backup_files(new)
    assert [b.reason for b in moved] == ["manual", "auto"]
    assert all(b.path.name.startswith("work-") for b in moved)
    remove_library(library)
    assert not library.exists()
