"""Translation damage counts of every translation, kept for the article list's marks.

A translation's count (``XNUMX`` tokens plus English dates whose digits it lost, see
:func:`reader.model.damage.count_damage`) is computed on demand and kept in
``translation_damage`` with the revisions it was computed from; a new revision of the
translation or of its English original makes it stale, and it is computed again on
the next call. Listing the marks then reads only the small rows that have damage.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

from reader.model.damage import count_damage

_STALE = """
SELECT d.id, d.revision_id, e.id, e.revision_id
FROM document d
LEFT JOIN document e ON e.article_id = d.article_id AND e.lang = 'en'
LEFT JOIN translation_damage t ON t.document_id = d.id
WHERE d.lang <> 'en'
  AND (t.document_id IS NULL OR t.revision_id IS NOT d.revision_id
       OR t.english_revision_id IS NOT e.revision_id)
"""


def stale(
    conn: sqlite3.Connection, limit: int | None = None
) -> list[tuple[int, int | None, int | None, int | None]]:
    """(document id, its revision, English document id, English revision) of
    translations whose count is missing or out of date (at most ``limit``)."""
    sql = _STALE + (" LIMIT ?" if limit is not None else "")
    args = (limit,) if limit is not None else ()
    return [(int(r[0]), r[1], r[2], r[3]) for r in conn.execute(sql, args)]


def _text(conn: sqlite3.Connection, document_id: int | None) -> str | None:
    if document_id is None:
        return None
    row = conn.execute(
        "SELECT text FROM document_text WHERE document_id = ?", (document_id,)
    ).fetchone()
    return str(row[0]) if row is not None else None


def _chunks(
    items: list[tuple[int, int | None, int | None, int | None]], size: int
) -> Iterator[list[tuple[int, int | None, int | None, int | None]]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def update(
    conn: sqlite3.Connection,
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]],
    limit: int | None = None,
    chunk: int = 500,
) -> int:
    """Compute the count of stale translations (at most ``limit``); returns how many
    stale ones remain."""
    todo = stale(conn, limit)
    for part in _chunks(todo, chunk):
        rows = []
        for doc_id, rev, en_id, en_rev in part:
            text = _text(conn, doc_id) or ""
            rows.append((doc_id, rev or 0, en_rev, count_damage(text, _text(conn, en_id))))
        with transaction() as w:
            w.executemany(
                "INSERT OR REPLACE INTO translation_damage "
                "(document_id, revision_id, english_revision_id, spots) VALUES (?, ?, ?, ?)",
                rows,
            )
    if limit is None or len(todo) < limit:
        return 0
    return len(stale(conn, 1))


def damaged(conn: sqlite3.Connection) -> dict[tuple[str, str], dict[str, int]]:
    """{(source name, slug): {language: damaged spots}} of every damaged translation
    (as last computed)."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for name, slug, lang, spots in conn.execute(
        """SELECT s.name, a.slug, d.lang, t.spots FROM translation_damage t
           JOIN document d ON d.id = t.document_id JOIN article a ON a.id = d.article_id
           JOIN source s ON s.id = a.source_id WHERE t.spots > 0"""
    ):
        out.setdefault((str(name), str(slug)), {})[str(lang)] = int(spots)
    return out
