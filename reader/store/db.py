"""Opening a library file: checks, migrations with a backup first, and backups.

The checks at open turn every kind of bad file into a StoreError with a clear message:
a file that is not SQLite, an SQLite file that is not a library, a damaged library
(``PRAGMA quick_check``), a library from a newer schema. Nothing here ever writes to a
file it could not verify first.

``quick_check`` reads every page: about 0.55 ms per MB here, 1.3 s for a library of
100,000 articles (2.4 GB). At open it therefore runs in full only on files up to
``FULL_CHECK_AT_OPEN`` bytes; larger libraries get a light check (header, schema,
the first page of every table and index) at open, and the full check from ``verify``,
which the app runs in the background after start-up and ``reader check`` runs on demand.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from reader.store.errors import (
    CorruptLibrary,
    NewerSchema,
    NotALibrary,
    StoreError,
    classify,
    translated,
)
from reader.store.schema import MIGRATIONS, SCHEMA_VERSION
from reader.store.segment import segment

log = logging.getLogger(__name__)

# "LxSn": marks our files so that another program's SQLite database is refused.
APPLICATION_ID = 0x4C78536E
_SQLITE_MAGIC = b"SQLite format 3\x00"
_CORRUPT_WORDS = ("malformed", "not a database", "corrupt", "disk i/o error")
FULL_CHECK_AT_OPEN = 64 * 1024 * 1024


def backups_dir(path: Path) -> Path:
    return path.with_name(path.stem + "-backups")


def list_backups(path: Path) -> list[Path]:
    """Backups of the library at ``path``, newest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite") if "-replaced-" not in p.name]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open library to ``dest`` with SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    target = sqlite3.connect(tmp)
    try:
        conn.backup(target)
    except BaseException:
        target.close()
        tmp.unlink(missing_ok=True)  # a full disk must not stay full of half a copy
        raise
    target.close()
    os.replace(tmp, dest)
    return dest


def make_backup(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    return backup_to(conn, backups_dir(path) / f"{path.stem}-{_stamp()}-{reason}.sqlite")


def _is_corruption(err: sqlite3.Error) -> bool:
    return any(word in str(err).lower() for word in _CORRUPT_WORDS)


def _corrupt(path: Path, detail: str) -> CorruptLibrary:
    backups = list_backups(path)
    return CorruptLibrary(path, detail, backups[0] if backups else None)


def _check_header(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head and head != _SQLITE_MAGIC:
        raise NotALibrary(f"{path} is not a library file (it is not an SQLite database).")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def open_library(path: Path, *, check: bool = True) -> tuple[sqlite3.Connection, bool]:
    """Open (creating if missing) and migrate the library at ``path``.

    Returns the connection and whether it is read-only. Raises StoreError subclasses
    for every condition a user can act on.
    """
    path = Path(path)
    read_only = False
    if path.exists():
        if path.is_dir():
            raise NotALibrary(f"{path} is a folder, not a library file.")
        try:
            _check_header(path)
        except PermissionError as err:
            raise NotALibrary(f"{path} cannot be read: permission denied.") from err
        read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise NotALibrary(f"Cannot create the library folder {path.parent}: {err}") from err

    try:
        conn = _connect(path, read_only)
    except sqlite3.Error as err:
        raise NotALibrary(f"Cannot open {path}: {err}.") from err
    try:
        _verify_and_migrate(conn, path, read_only, check)
    except sqlite3.DatabaseError as err:
        conn.close()
        if _is_corruption(err):
            raise _corrupt(path, str(err)) from err
        mapped = classify(path, err)
        if mapped is not None:
            raise mapped from err
        raise
    except BaseException:
        conn.close()
        raise
    return conn, read_only


def _verify_and_migrate(conn: sqlite3.Connection, path: Path, read_only: bool, check: bool) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if version == 0 and tables:
        raise NotALibrary(f"{path} is an SQLite database, but not a library of this app.")
    if version and app_id != APPLICATION_ID:
        raise NotALibrary(f"{path} is an SQLite database of another program, not a library.")
    if version > SCHEMA_VERSION:
        raise NewerSchema(path, version, SCHEMA_VERSION)
    if check and tables:
        if path.stat().st_size <= FULL_CHECK_AT_OPEN:
            verify(conn, path)
        else:
            _light_check(conn)
    if version == SCHEMA_VERSION:
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        return
    if read_only:
        raise StoreError(
            f"The library {path} needs an upgrade, but the file is read-only; open a writable copy."
        )
    with translated(path):
        if version > 0:
            saved = make_backup(conn, path, f"pre-migration-v{version}")
            log.info("backed up %s to %s before migrating", path, saved)
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, version)


def verify(conn: sqlite3.Connection, path: Path) -> None:
    """Full structural check of every page; CorruptLibrary when anything is wrong."""
    problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise _corrupt(path, "; ".join(problems)[:300])


def _light_check(conn: sqlite3.Connection) -> None:
    """Touch the root page of every table and index (a damaged one raises)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    for name in names:
        conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchall()


def is_corruption(err: sqlite3.Error) -> bool:
    return _is_corruption(err)


def corruption_error(path: Path, err: sqlite3.Error) -> CorruptLibrary:
    return _corrupt(path, str(err))


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Apply the migrations after ``current``, each in its own transaction."""
    # Migrations may index text the way the store does.
    conn.create_function("reader_segment", 1, segment, deterministic=True)
    for number, (name, sql) in enumerate(MIGRATIONS[current:], start=current + 1):
        log.info("applying migration %d: %s", number, name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _split(script: str) -> Iterator[str]:
    """Split a migration script into statements (executescript would commit)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    buf = ""
    for piece in "\n".join(lines).split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                yield buf.strip()
            buf = ""
    if buf.strip(" \n;"):
        yield buf.strip()


def restore(path: Path, backup: Path) -> Path | None:
    """Replace the library at ``path`` with ``backup``, keeping the current file aside.

    The backup is verified first. Returns where the replaced file was kept (None when
    there was no file). The caller must have closed every connection to ``path``.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise StoreError(f"No backup file at {backup}.")
    _check_header(backup)
    probe = _connect(backup, read_only=True)
    try:
        result = [r[0] for r in probe.execute("PRAGMA quick_check(5)")]
        version = int(probe.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as err:
        raise StoreError(f"The backup {backup} is damaged too ({err}).") from err
    finally:
        probe.close()
    if result != ["ok"]:
        raise StoreError(f"The backup {backup} is damaged too ({'; '.join(result)[:200]}).")
    if version == 0 or version > SCHEMA_VERSION:
        raise StoreError(f"{backup} is not a library this version can restore.")
    kept: Path | None = None
    if path.exists():
        kept = backups_dir(path) / f"{path.stem}-replaced-{_stamp()}.sqlite"
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                shutil.copy2(side, Path(str(kept) + suffix))
                side.unlink()
    tmp = path.with_name(path.name + ".restoring")
    shutil.copy2(backup, tmp)
    os.replace(tmp, path)
    return kept
