"""Full-text search: FTS5 over segmented text, BM25-ranked, snippets built in Python."""

from __future__ import annotations

import sqlite3
from datetime import date

from reader.model import SearchFilter, SearchHit
from reader.store.articles import filter_clause
from reader.store.segment import fts_query, parse_query
from reader.store.snippet import make_snippet

# Column weights for bm25(): a hit in the title counts most, then the summary.
_WEIGHTS = (10.0, 4.0, 1.0)
# A term found in most of a large library would need bm25 for every match (80 ms for
# 80,000). Past this many matches only the most recently added ones are ranked.
RANK_CAP = 5000


def search(
    conn: sqlite3.Connection, query: str, flt: SearchFilter, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    match = fts_query(query)
    if match is None:
        return []
    where, args = filter_clause(flt)
    weights = ", ".join(map(str, _WEIGHTS))
    if where == "1":
        # No filter: rank inside the index and join only the winners.
        floor = conn.execute(
            "SELECT rowid FROM document_fts WHERE document_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [match, RANK_CAP],
        ).fetchone()
        ranked = conn.execute(
            f"""SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid > ?
                ORDER BY bm25(document_fts, {weights}) LIMIT ? OFFSET ?""",
            [match, floor[0] if floor else 0, limit, offset],
        ).fetchall()
    else:
        # Filtered: the join reads only small rows (the text lives in document_text).
        ranked = conn.execute(
            f"""SELECT f.rowid FROM
                  (SELECT rowid, bm25(document_fts, {weights}) AS score
                   FROM document_fts WHERE document_fts MATCH ?) f
                JOIN document d ON d.id = f.rowid
                JOIN article a ON a.id = d.article_id
                JOIN source s ON s.id = a.source_id
                WHERE {where}
                ORDER BY f.score LIMIT ? OFFSET ?""",
            [match, *args, limit, offset],
        ).fetchall()
    ids = [int(r[0]) for r in ranked]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {
        int(r[0]): r
        for r in conn.execute(
            f"""SELECT d.id, s.name, a.slug, d.lang, d.title, t.text, a.published
                FROM document d JOIN article a ON a.id = d.article_id
                JOIN source s ON s.id = a.source_id
                JOIN document_text t ON t.document_id = d.id WHERE d.id IN ({marks})""",
            ids,
        )
    }
    terms = parse_query(query)
    return [
        SearchHit(
            document_id=i,
            source=rows[i][1],
            slug=rows[i][2],
            lang=rows[i][3],
            title=rows[i][4],
            snippet=make_snippet(rows[i][5], terms),
            published=date.fromisoformat(rows[i][6]) if rows[i][6] else None,
        )
        for i in ids
        if i in rows
    ]


def count(conn: sqlite3.Connection, query: str, flt: SearchFilter) -> int:
    match = fts_query(query)
    if match is None:
        return 0
    where, args = filter_clause(flt)
    row = conn.execute(
        f"""SELECT count(*) FROM document_fts f
            JOIN document d ON d.id = f.rowid
            JOIN article a ON a.id = d.article_id
            JOIN source s ON s.id = a.source_id
            WHERE document_fts MATCH ? AND {where}""",
        [match, *args],
    ).fetchone()
    return int(row[0])
