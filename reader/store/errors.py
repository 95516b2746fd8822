"""Errors the store raises for conditions a user can act on.

Each carries a message meant to be shown as is (one line, no traceback). Anything else
that escapes the store is a bug and is logged with context by the caller.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path


class StoreError(Exception):
    """Base class: ``str(error)`` is a message for the user."""


class NotALibrary(StoreError):
    pass


class CorruptLibrary(StoreError):
    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path = path
        self.backup = backup
        offer = (
            f" The latest backup is {backup}; restore it with: reader --db '{path}' restore '{backup}'"
            if backup
            else " No backup of it was found."
        )
        super().__init__(f"The library {path} is damaged ({detail}).{offer}")


class NewerSchema(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The library {path} was made by a newer version of this app (schema {found}; "
            f"this version reads up to {supported}). Update the app to open it; "
            "the file was not changed."
        )


class ReadOnlyLibrary(StoreError):
    pass


class DiskFull(StoreError):
    pass


class LibraryLocked(StoreError):
    pass


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    pass


def classify(path: Path, err: sqlite3.Error) -> StoreError | None:
    text = str(err).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            f"The disk holding {path} is full; nothing was written. Free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyLibrary(
            f"The library {path} is read-only; nothing was written. "
            "Check the file's permissions or open a copy."
        )
    if "locked" in text or "busy" in text:
        return LibraryLocked(
            f"The library {path} is in use by another program; try again in a moment."
        )
    return None


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Turn SQLite errors a user can act on into StoreErrors with clear messages."""
    try:
        yield
    except sqlite3.DatabaseError as err:
        mapped = classify(path, err)
        if mapped is None:
            raise
        raise mapped from err
