"""Backups of a library: what is there, when the next automatic one is due, rotation,
and a verified copy of a library to a new place (for moving it).

Every backup is a consistent copy made with SQLite's online backup API
(``db.backup_to``) into the ``<stem>-backups`` folder beside the library, named
``<stem>-<UTC stamp>-<reason>.sqlite``. Reasons: ``auto`` (the schedule), ``manual``
(``reader backup``, the Backups dialog), ``pre-migration-vN`` (before an upgrade),
``pre-restore`` and ``replaced`` (the file a restore replaced). Only ``auto`` backups
rotate; the others are removed only by the user.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.store import db as _db
from reader.store.errors import StoreError

AUTO = "auto"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite$")
_REPLACED = re.compile(r"-replaced-(\d{8}-\d{6}-\d{6})\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime  # UTC
    size: int  # bytes
    reason: str  # auto, manual, pre-migration-v1, replaced, …


def describe(path: Path) -> BackupFile:
    """Date, size and reason of one backup file (the date from its name, else mtime)."""
    stat = path.stat()
    created = datetime.fromtimestamp(stat.st_mtime, UTC)
    reason = "copy"
    m = _NAME.search(path.name)
    r = _REPLACED.search(path.name)
    if r:
        created = datetime.strptime(r.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        reason = "replaced"
    elif m:
        created = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        reason = m.group(2)
    return BackupFile(path, created, stat.st_size, reason)


def backups(library: Path, *, include_replaced: bool = True) -> list[BackupFile]:
    """Every backup of ``library``, newest first (files set aside by a restore too)."""
    folder = _db.backups_dir(Path(library))
    if not folder.is_dir():
        return []
    found = [
        describe(p)
        for p in folder.glob("*.sqlite")
        if include_replaced or "-replaced-" not in p.name
    ]
    return sorted(found, key=lambda b: b.created, reverse=True)


def last_automatic(library: Path) -> datetime | None:
    auto = [b.created for b in backups(library) if b.reason == AUTO]
    return max(auto) if auto else None


def automatic_due(library: Path, interval_hours: int, now: datetime | None = None) -> bool:
    """Whether the schedule asks for a backup now (never when ``interval_hours`` is 0;
    not for a library that does not exist yet)."""
    if interval_hours <= 0 or not Path(library).exists():
        return False
    last = last_automatic(library)
    now = now or datetime.now(UTC)
    return last is None or now - last >= timedelta(hours=interval_hours)


def rotate(library: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest automatic backups; returns what was deleted."""
    keep = max(keep, 1)
    auto = [b for b in backups(library) if b.reason == AUTO]
    removed = []
    for old in auto[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of the tables that hold what a user cannot get back by syncing again."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
            "('article', 'document', 'bookmark', 'collection', 'collection_item', "
            "'annotation', 'reading_state', 'source')"
        )
    ]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def copy_verified(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open library to a new file ``dest`` and check the copy: SQLite's
    integrity check and the same number of rows in every table of user data. The copy is
    removed again when anything fails; the original is never touched."""
    dest = Path(dest)
    if dest.exists():
        raise StoreError(f"{dest} exists already; choose a new file name.")
    try:
        _db.backup_to(conn, dest)
        probe = sqlite3.connect(f"{dest.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = [r[0] for r in probe.execute("PRAGMA integrity_check(5)")]
            copied = counts(probe)
        finally:
            probe.close()
    except (OSError, sqlite3.Error) as err:
        _remove_library_file(dest)
        raise StoreError(f"Could not copy the library to {dest}: {err}") from err
    expected = counts(conn)
    if check != ["ok"] or copied != expected:
        _remove_library_file(dest)
        raise StoreError(
            f"The copy at {dest} did not match the library "
            f"({'; '.join(check)[:200] if check != ['ok'] else 'different row counts'}); "
            "it was removed and the library was left where it was."
        )
    return dest


def move_backups(old_library: Path, new_library: Path) -> int:
    """Move the backups folder's files of ``old_library`` to that of ``new_library``
    (each copied, then deleted). Returns how many were moved."""
    old_dir = _db.backups_dir(Path(old_library))
    if not old_dir.is_dir():
        return 0
    new_dir = _db.backups_dir(Path(new_library))
    new_dir.mkdir(parents=True, exist_ok=True)
    moved = 0
    for src in sorted(old_dir.iterdir()):
        if not src.is_file():
            continue
        target = new_dir / src.name.replace(Path(old_library).stem, Path(new_library).stem, 1)
        if target.exists():
            continue
        shutil.copy2(src, target)
        src.unlink()
        moved += 1
    with contextlib.suppress(OSError):  # something else lives there: leave it
        old_dir.rmdir()
    return moved


def remove_library(path: Path) -> None:
    """Delete a library file with its WAL and shared-memory files (after a move)."""
    _remove_library_file(Path(path))


def _remove_library_file(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.remove(p)
