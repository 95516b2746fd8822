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


def search(
    conn: sqlite3.Connection, query: str, flt: SearchFilter, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    match = fts_query(query)
    if match is None:
        return []
    where, args = filter_clause(flt)
    rows = conn.execute(
        f"""SELECT d.id, s.name, a.slug, d.lang, d.title, d.text, a.published
            FROM (SELECT rowid, bm25(document_fts, {", ".join(map(str, _WEIGHTS))}) AS score
                  FROM document_fts WHERE document_fts MATCH ?) f
            JOIN document d ON d.id = f.rowid
            JOIN article a ON a.id = d.article_id
            JOIN source s ON s.id = a.source_id
            WHERE {where}
            ORDER BY f.score, a.published DESC LIMIT ? OFFSET ?""",
        [match, *args, limit, offset],
    ).fetchall()
    terms = parse_query(query)
    return [
        SearchHit(
            document_id=int(r[0]),
            source=r[1],
            slug=r[2],
            lang=r[3],
            title=r[4],
            snippet=make_snippet(r[5], terms),
            published=date.fromisoformat(r[6]) if r[6] else None,
        )
        for r in rows
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
