"""What the user makes: reading state, bookmarks and collections.

Keyed by (source key, slug) so that nothing done to articles can remove it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from reader.model import Collection
from reader.store.articles import iso
from reader.store.errors import Conflict, NotFound


def set_bookmark(conn: sqlite3.Connection, key: str, slug: str, on: bool, now: datetime) -> bool:
    """Returns True when the state changed."""
    if on:
        cur = conn.execute(
            "INSERT OR IGNORE INTO bookmark (source_key, slug, created_at) VALUES (?, ?, ?)",
            (key, slug, iso(now)),
        )
    else:
        cur = conn.execute("DELETE FROM bookmark WHERE source_key = ? AND slug = ?", (key, slug))
    return cur.rowcount > 0


def mark_read(
    conn: sqlite3.Connection, key: str, slug: str, lang: str, read: bool, now: datetime
) -> None:
    if read:
        conn.execute(
            """INSERT INTO reading_state (source_key, slug, lang, read_at) VALUES (?, ?, ?, ?)
               ON CONFLICT DO UPDATE SET read_at = excluded.read_at""",
            (key, slug, lang, iso(now)),
        )
    else:
        conn.execute(
            "DELETE FROM reading_state WHERE source_key = ? AND slug = ? AND lang = ?",
            (key, slug, lang),
        )


def create_collection(conn: sqlite3.Connection, name: str, description: str, now: datetime) -> int:
    name = name.strip()
    if not name:
        raise Conflict("A collection needs a name.")
    try:
        cur = conn.execute(
            "INSERT INTO collection (name, description, created_at) VALUES (?, ?, ?)",
            (name, description, iso(now)),
        )
    except sqlite3.IntegrityError as err:
        raise Conflict(f"A collection named {name!r} already exists.") from err
    return int(cur.lastrowid or 0)


def collection_id(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM collection WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def add_to_collection(
    conn: sqlite3.Connection, cid: int, items: list[tuple[str, str]], now: datetime
) -> int:
    """Append (source key, slug) items in order; returns how many were new."""
    top = conn.execute(
        "SELECT coalesce(max(position), 0) FROM collection_item WHERE collection_id = ?", (cid,)
    ).fetchone()[0]
    added = 0
    for key, slug in items:
        cur = conn.execute(
            """INSERT OR IGNORE INTO collection_item (collection_id, source_key, slug, position, added_at)
               VALUES (?, ?, ?, ?, ?)""",
            (cid, key, slug, top + added + 1, iso(now)),
        )
        added += cur.rowcount
    return added


def remove_from_collection(conn: sqlite3.Connection, cid: int, key: str, slug: str) -> bool:
    cur = conn.execute(
        "DELETE FROM collection_item WHERE collection_id = ? AND source_key = ? AND slug = ?",
        (cid, key, slug),
    )
    return cur.rowcount > 0


def delete_collection(conn: sqlite3.Connection, name: str) -> None:
    cur = conn.execute("DELETE FROM collection WHERE name = ?", (name,))
    if cur.rowcount == 0:
        raise NotFound(f"No collection named {name!r}.")


def collections(conn: sqlite3.Connection) -> list[Collection]:
    return [
        Collection(int(i), n, d, int(c))
        for i, n, d, c in conn.execute(
            """SELECT c.id, c.name, c.description,
                      (SELECT count(*) FROM collection_item i WHERE i.collection_id = c.id)
               FROM collection c ORDER BY c.name COLLATE NOCASE"""
        )
    ]


def collection_items(conn: sqlite3.Connection, cid: int) -> list[tuple[str, str]]:
    return [
        (str(k), str(s))
        for k, s in conn.execute(
            "SELECT source_key, slug FROM collection_item WHERE collection_id = ? ORDER BY position",
            (cid,),
        )
    ]


def update_collection(
    conn: sqlite3.Connection, name: str, new_name: str | None, description: str | None
) -> None:
    cid = collection_id(conn, name)
    if cid is None:
        raise NotFound(f"No collection named {name!r}.")
    if new_name is not None:
        new_name = new_name.strip()
        if not new_name:
            raise Conflict("A collection needs a name.")
        if new_name != name:
            other = collection_id(conn, new_name)
            if other is not None and other != cid:
                raise Conflict(f"A collection named {new_name!r} already exists.")
            conn.execute("UPDATE collection SET name = ? WHERE id = ?", (new_name, cid))
    if description is not None:
        conn.execute("UPDATE collection SET description = ? WHERE id = ?", (description, cid))


def move_in_collection(
    conn: sqlite3.Connection, cid: int, key: str, slug: str, to_index: int
) -> int:
    """Move one item to ``to_index`` (0-based, clamped to the list) and number every item
    1, 2, 3… in the new order. Returns the index it landed on."""
    items = collection_items(conn, cid)
    try:
        current = items.index((key, slug))
    except ValueError:
        raise NotFound(f"The article {slug!r} is not in this collection.") from None
    item = items.pop(current)
    target = max(0, min(to_index, len(items)))
    items.insert(target, item)
    conn.executemany(
        """UPDATE collection_item SET position = ?
           WHERE collection_id = ? AND source_key = ? AND slug = ?""",
        [(n, cid, k, s) for n, (k, s) in enumerate(items, start=1)],
    )
    return target
