"""Highlights and notes: saving, listing, searching, and re-anchoring on new revisions.

Annotations are user data: keyed by (source key, slug, language), never by a row that
syncing could delete. Deleting one only marks it deleted (undo restores it); nothing
here ever removes an annotation because its passage disappeared — it becomes
``orphaned`` and keeps its quote.

The search index ``annotation_fts`` (contentless, like ``document_fts``) holds the
segmented quote, note and tags of every annotation not deleted; its rowid is the
annotation id.
"""

from __future__ import annotations

import json
import sqlite3
import uuid as _uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from reader.model import ANNOTATION_COLORS, Annotation
from reader.model.anchoring import AnchorState, Quote, anchor, describe
from reader.store.errors import Conflict, NotFound
from reader.store.segment import fts_query, segment

_COLUMNS = """a.id, a.uuid, coalesce(s.name, ''), a.source_key, a.slug, a.lang, a.revision,
    a.exact, a.prefix, a.suffix, a.start, a.end, a.color, a.note, a.tags, a.state,
    a.anchored_revision, a.created_at, a.modified_at, coalesce(d.title, ''),
    coalesce(r.number, 0), a.deleted_at"""

_FROM = """annotation a
    LEFT JOIN source s ON s.key = a.source_key
    LEFT JOIN article ar ON ar.source_id = s.id AND ar.slug = a.slug
    LEFT JOIN document d ON d.article_id = ar.id AND d.lang = a.lang
    LEFT JOIN revision r ON r.id = d.revision_id"""


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _row(r: Sequence[object]) -> Annotation:
    return Annotation(
        id=int(str(r[0])),
        uuid=str(r[1]),
        source=str(r[2]),
        source_key=str(r[3]),
        slug=str(r[4]),
        lang=str(r[5]),
        revision=int(str(r[6])),
        exact=str(r[7]),
        prefix=str(r[8]),
        suffix=str(r[9]),
        start=int(str(r[10])),
        end=int(str(r[11])),
        color=str(r[12]),
        note=str(r[13]),
        tags=tuple(json.loads(str(r[14]))),
        state=str(r[15]),
        anchored_revision=int(str(r[16])),
        created_at=datetime.fromisoformat(str(r[17])),
        modified_at=datetime.fromisoformat(str(r[18])),
        title=str(r[19]),
        current_revision=int(str(r[20])),
        deleted=r[21] is not None,
    )


def check_color(color: str) -> str:
    if color not in ANNOTATION_COLORS:
        raise Conflict(f"Unknown colour {color!r}; use one of: {', '.join(ANNOTATION_COLORS)}.")
    return color


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split()).strip().lstrip("#")
        if tag and tag not in out:
            out.append(tag)
    return tuple(out)


# ---- the search index -------------------------------------------------------------------


def _index_values(conn: sqlite3.Connection, annotation_id: int) -> tuple[str, str, str] | None:
    """The segmented quote, note and tags an annotation has in the index (None when it
    is deleted, and so not there)."""
    row = conn.execute(
        "SELECT exact, note, tags, deleted_at FROM annotation WHERE id = ?", (annotation_id,)
    ).fetchone()
    if row is None or row[3] is not None:
        return None
    return segment(row[0]), segment(row[1]), segment(" ".join(json.loads(row[2])))


def _unindex(conn: sqlite3.Connection, annotation_id: int) -> None:
    values = _index_values(conn, annotation_id)
    if values is not None:
        conn.execute(
            "INSERT INTO annotation_fts (annotation_fts, rowid, quote, note, tags) "
            "VALUES ('delete', ?, ?, ?, ?)",
            (annotation_id, *values),
        )


def _index(conn: sqlite3.Connection, annotation_id: int) -> None:
    values = _index_values(conn, annotation_id)
    if values is not None:
        conn.execute(
            "INSERT INTO annotation_fts (rowid, quote, note, tags) VALUES (?, ?, ?, ?)",
            (annotation_id, *values),
        )


# ---- writing ------------------------------------------------------------------------


def create(
    conn: sqlite3.Connection,
    *,
    key: str,
    slug: str,
    lang: str,
    revision: int,
    text: str,
    start: int,
    end: int,
    color: str,
    note: str,
    tags: Iterable[str],
    now: datetime,
) -> int:
    """Save a highlight of ``text[start:end]`` (the document's text at ``revision``)."""
    quote = describe(text, start, end)
    if not quote.exact.strip():
        raise Conflict("A highlight needs some text: the selection is empty.")
    return insert(
        conn,
        key=key,
        slug=slug,
        lang=lang,
        quote=quote,
        state=AnchorState.ANCHORED,
        revision=revision,
        color=color,
        note=note,
        tags=tags,
        now=now,
    )


def insert(
    conn: sqlite3.Connection,
    *,
    key: str,
    slug: str,
    lang: str,
    quote: Quote,
    state: AnchorState,
    revision: int,
    color: str,
    note: str,
    tags: Iterable[str],
    now: datetime,
    uuid: str | None = None,
    created_at: datetime | None = None,
    anchored_revision: int | None = None,
) -> int:
    """Store an annotation as given: made on ``revision``, last anchored in
    ``anchored_revision`` (the same unless said)."""
    cur = conn.execute(
        """INSERT INTO annotation (uuid, source_key, slug, lang, revision, exact, prefix,
               suffix, start, end, color, note, tags, state, anchored_revision, created_at,
               modified_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            uuid or str(_uuid.uuid4()),
            key,
            slug,
            lang,
            revision,
            quote.exact,
            quote.prefix,
            quote.suffix,
            quote.start,
            quote.end,
            check_color(color),
            note,
            json.dumps(list(clean_tags(tags)), ensure_ascii=False),
            state.value,
            revision if anchored_revision is None else anchored_revision,
            iso(created_at or now),
            iso(now),
        ),
    )
    annotation_id = int(cur.lastrowid or 0)
    _index(conn, annotation_id)
    return annotation_id


def update(
    conn: sqlite3.Connection,
    annotation_id: int,
    now: datetime,
    *,
    note: str | None = None,
    color: str | None = None,
    tags: Iterable[str] | None = None,
) -> None:
    require(conn, annotation_id)
    _unindex(conn, annotation_id)
    conn.execute(
        """UPDATE annotation SET note = coalesce(?, note), color = coalesce(?, color),
               tags = coalesce(?, tags), modified_at = ? WHERE id = ?""",
        (
            note,
            check_color(color) if color is not None else None,
            json.dumps(list(clean_tags(tags)), ensure_ascii=False) if tags is not None else None,
            iso(now),
            annotation_id,
        ),
    )
    _index(conn, annotation_id)


def set_deleted(conn: sqlite3.Connection, annotation_id: int, deleted: bool, now: datetime) -> None:
    """Delete (kept, marked) or restore one annotation."""
    require(conn, annotation_id)
    if deleted:
        _unindex(conn, annotation_id)
        conn.execute(
            "UPDATE annotation SET deleted_at = ?, modified_at = ? WHERE id = ? AND deleted_at IS NULL",
            (iso(now), iso(now), annotation_id),
        )
    else:
        changed = conn.execute(
            "UPDATE annotation SET deleted_at = NULL, modified_at = ? "
            "WHERE id = ? AND deleted_at IS NOT NULL",
            (iso(now), annotation_id),
        ).rowcount
        if changed:
            _index(conn, annotation_id)


def reattach(
    conn: sqlite3.Connection,
    annotation_id: int,
    *,
    text: str,
    start: int,
    end: int,
    revision: int,
    now: datetime,
) -> None:
    """Point an annotation (usually an orphan) at a passage the user chose."""
    require(conn, annotation_id)
    quote = describe(text, start, end)
    _unindex(conn, annotation_id)
    conn.execute(
        """UPDATE annotation SET exact = ?, prefix = ?, suffix = ?, start = ?, end = ?,
               state = 'anchored', anchored_revision = ?, modified_at = ? WHERE id = ?""",
        (
            quote.exact,
            quote.prefix,
            quote.suffix,
            quote.start,
            quote.end,
            revision,
            iso(now),
            annotation_id,
        ),
    )
    _index(conn, annotation_id)


def reanchor(
    conn: sqlite3.Connection, key: str, slug: str, lang: str, text: str, revision: int
) -> dict[str, int]:
    """Anchor every annotation on one document again after a new revision arrived.

    Moved annotations take the selectors of the passage where they were found; orphans
    keep their quote and offsets, and the revision in which they last anchored. Deleted
    annotations are re-anchored too, so that undoing a deletion later finds them in
    place. Returns how many ended in each state.
    """
    counts = {s.value: 0 for s in AnchorState}
    rows = conn.execute(
        "SELECT id, exact, prefix, suffix, start, end FROM annotation "
        "WHERE source_key = ? AND slug = ? AND lang = ?",
        (key, slug, lang),
    ).fetchall()
    for annotation_id, exact, prefix, suffix, start, end in rows:
        found = anchor(text, Quote(exact, prefix, suffix, start, end))
        counts[found.state.value] += 1
        if found.state is AnchorState.ORPHANED:
            conn.execute("UPDATE annotation SET state = 'orphaned' WHERE id = ?", (annotation_id,))
            continue
        new = describe(text, found.start, found.end)
        _unindex(conn, annotation_id)
        conn.execute(
            """UPDATE annotation SET exact = ?, prefix = ?, suffix = ?, start = ?, end = ?,
                   state = ?, anchored_revision = ? WHERE id = ?""",
            (
                new.exact,
                new.prefix,
                new.suffix,
                new.start,
                new.end,
                found.state.value,
                revision,
                annotation_id,
            ),
        )
        _index(conn, annotation_id)
    return counts


# ---- reading ------------------------------------------------------------------------


def require(conn: sqlite3.Connection, annotation_id: int) -> Annotation:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.id = ?", (annotation_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"No annotation with id {annotation_id}.")
    return _row(row)


def by_uuid(conn: sqlite3.Connection, uuid: str) -> Annotation | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.uuid = ?", (uuid,)).fetchone()
    return _row(row) if row else None


def listing(
    conn: sqlite3.Connection,
    *,
    key: str | None = None,
    slug: str | None = None,
    lang: str | None = None,
    items: Sequence[tuple[str, str]] | None = None,
    tag: str | None = None,
    color: str | None = None,
    state: str | None = None,
    query: str | None = None,
    deleted: bool = False,
) -> list[Annotation]:
    """Annotations in reading order (by article, language, then position in the text);
    ``items`` limits them to (source key, slug) pairs, e.g. a collection's."""
    where = ["a.deleted_at IS NOT NULL" if deleted else "a.deleted_at IS NULL"]
    args: list[object] = []
    for column, value in (("a.source_key", key), ("a.slug", slug), ("a.lang", lang)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if color is not None:
        where.append("a.color = ?")
        args.append(color)
    if state is not None:
        where.append("a.state = ?")
        args.append(state)
    if tag is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ?)")
        args.append(tag)
    if query is not None and query.strip():
        match = fts_query(query)
        if match is None:
            return []
        where.append("a.id IN (SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?)")
        args.append(match)
    order = "a.source_key, a.slug, a.lang, a.start, a.id"
    if items is not None:
        if not items:
            return []
        values = ",".join("(?, ?, ?)" for _ in items)
        flat: list[object] = []
        for i, (k, s) in enumerate(items):
            flat += [k, s, i]
        sql = (
            f"WITH wanted(k, s, pos) AS (VALUES {values}) "
            f"SELECT {_COLUMNS} FROM {_FROM} JOIN wanted w ON w.k = a.source_key AND w.s = a.slug "
            f"WHERE {' AND '.join(where)} ORDER BY w.pos, a.lang, a.start, a.id"
        )
        return [_row(r) for r in conn.execute(sql, [*flat, *args])]
    sql = f"SELECT {_COLUMNS} FROM {_FROM} WHERE {' AND '.join(where)} ORDER BY {order}"
    return [_row(r) for r in conn.execute(sql, args)]


def tags(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return [
        (str(t), int(n))
        for t, n in conn.execute(
            """SELECT j.value, count(*) FROM annotation a, json_each(a.tags) j
               WHERE a.deleted_at IS NULL GROUP BY j.value ORDER BY j.value COLLATE NOCASE"""
        )
    ]


def annotated_since_changed(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(source name, slug) of articles updated since they were annotated or
    bookmarked: a document's newest revision is newer than the one an annotation was
    made on, or arrived after the bookmark was set."""
    rows = conn.execute(
        """SELECT s.name, a.slug FROM annotation a
             JOIN source s ON s.key = a.source_key
             JOIN article ar ON ar.source_id = s.id AND ar.slug = a.slug
             JOIN document d ON d.article_id = ar.id AND d.lang = a.lang
             JOIN revision r ON r.id = d.revision_id
           WHERE a.deleted_at IS NULL AND r.number > a.revision
           UNION
           SELECT s.name, b.slug FROM bookmark b
             JOIN source s ON s.key = b.source_key
             JOIN article ar ON ar.source_id = s.id AND ar.slug = b.slug
             JOIN document d ON d.article_id = ar.id
             JOIN revision r ON r.id = d.revision_id
           WHERE r.number > 1 AND r.fetched_at > b.created_at"""
    )
    return {(str(k), str(s)) for k, s in rows}


def annotated_articles(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(source name, slug) of every article with an annotation (not deleted)."""
    rows = conn.execute(
        """SELECT DISTINCT s.name, a.slug FROM annotation a
           JOIN source s ON s.key = a.source_key WHERE a.deleted_at IS NULL"""
    )
    return {(str(k), str(s)) for k, s in rows}
