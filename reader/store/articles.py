"""Writing articles (with revisions, taxonomy, assets and index) and reading them back."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from isal import isal_zlib

from reader.model import (
    ENGLISH,
    ArticleRecord,
    ArticleSummary,
    AssetRecord,
    Document,
    DocumentRecord,
    RelatedLink,
    Revision,
    SearchFilter,
    StoredForm,
    Term,
    TermKind,
    WriteOutcome,
)
from reader.store import notes as _notes
from reader.store import related as _related
from reader.store.segment import segment

_ROLE_OF = {"categories": "category", "topics": "topic", "contributors": "contributor"}


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# ---- writing -----------------------------------------------------------------------


def upsert_terms(conn: sqlite3.Connection, source_id: int, terms: Iterable[Term]) -> None:
    """Create or update terms; a description or native name given replaces the old."""
    for t in terms:
        conn.execute(
            """INSERT INTO term (source_id, kind, slug, name, native_name, description)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (source_id, kind, slug) DO UPDATE SET
                 name = excluded.name,
                 native_name = coalesce(excluded.native_name, native_name),
                 description = coalesce(excluded.description, description)
               WHERE name IS NOT excluded.name
                  OR coalesce(excluded.native_name, native_name) IS NOT native_name
                  OR coalesce(excluded.description, description) IS NOT description""",
            (source_id, t.kind.value, t.slug, t.name, t.native_name, t.description),
        )


def _term_id(
    conn: sqlite3.Connection,
    source_id: int,
    kind: str,
    slug: str,
    known: dict[tuple[str, str], int] | None = None,
) -> int:
    """The id of a term, created (named after its slug) when the library lacks it;
    ``known`` remembers ids already looked up in this write."""
    if known is not None and (kind, slug) in known:
        return known[kind, slug]
    row = conn.execute(
        "SELECT id FROM term WHERE source_id = ? AND kind = ? AND slug = ?",
        (source_id, kind, slug),
    ).fetchone()
    if row:
        term_id = int(row[0])
    else:
        cur = conn.execute(
            "INSERT INTO term (source_id, kind, slug, name) VALUES (?, ?, ?, ?)",
            (source_id, kind, slug, slug.replace("-", " ").title()),
        )
        term_id = int(cur.lastrowid or 0)
    if known is not None:
        known[kind, slug] = term_id
    return term_id


def _term_rows(
    conn: sqlite3.Connection,
    source_id: int,
    article_id: int,
    rec: ArticleRecord,
    known: dict[tuple[str, str], int] | None = None,
) -> list[tuple[int, int, str, int]]:
    """The article's (article, term, role, position) rows."""
    rows: list[tuple[int, int, str, int]] = []
    for attr, role in _ROLE_OF.items():
        for pos, slug in enumerate(getattr(rec, attr)):
            rows.append((article_id, _term_id(conn, source_id, role, slug, known), role, pos))
    if rec.editor:
        editor = _term_id(conn, source_id, "contributor", rec.editor, known)
        rows.append((article_id, editor, "editor", 0))
    return rows


_INSERT_ARTICLE_TERM = (
    "INSERT OR IGNORE INTO article_term (article_id, term_id, role, position) VALUES (?,?,?,?)"
)
_INSERT_DOCUMENT_ASSET = """INSERT OR IGNORE INTO document_asset (document_id, asset_id)
    SELECT ?, id FROM asset WHERE sha256 = ?"""
_INSERT_SITE_RELATED = """INSERT OR IGNORE INTO related
    (article_id, kind, target_slug, position, title, teaser) VALUES (?, 'site', ?, ?, ?, ?)"""


def _related_rows(
    article_id: int, links: Sequence[RelatedLink]
) -> list[tuple[int, str, int, str, str]]:
    return [(article_id, link.slug, pos, link.title, link.teaser) for pos, link in enumerate(links)]


def _write_terms(
    conn: sqlite3.Connection, source_id: int, article_id: int, rec: ArticleRecord
) -> None:
    conn.execute("DELETE FROM article_term WHERE article_id = ?", (article_id,))
    conn.executemany(_INSERT_ARTICLE_TERM, _term_rows(conn, source_id, article_id, rec))


def _write_related(conn: sqlite3.Connection, article_id: int, links: Sequence[RelatedLink]) -> None:
    conn.execute("DELETE FROM related WHERE article_id = ? AND kind = 'site'", (article_id,))
    if links:
        conn.executemany(_INSERT_SITE_RELATED, _related_rows(article_id, links))


def _write_assets(conn: sqlite3.Connection, assets: Sequence[AssetRecord]) -> None:
    if not assets:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO asset (sha256, mime, size, data) VALUES (?, ?, ?, ?)",
        [(a.sha256, a.mime, len(a.data), a.data) for a in assets],
    )
    conn.executemany(
        """INSERT INTO asset_url (url, asset_id) SELECT ?, id FROM asset WHERE sha256 = ?
           ON CONFLICT (url) DO UPDATE SET asset_id = excluded.asset_id""",
        [(a.url, a.sha256) for a in assets],
    )


class IndexQueue:
    """Full-text index changes held until the outermost transaction commits.

    FTS5 writes out its pending terms at every savepoint release, so indexing each
    article inside its own savepoint would cost about twice as much. The queue follows
    the savepoints: a rolled-back article's index changes are dropped with it.
    """

    def __init__(self) -> None:
        self._ops: list[tuple[str, tuple[int, str, str, str]]] = []

    def add(self, op: str, doc_id: int, title: str, summary: str, text: str) -> None:
        self._ops.append((op, (doc_id, segment(title), segment(summary), segment(text))))

    def add_document(self, doc_id: int, form: StoredForm) -> None:
        self._ops.append(("insert", (doc_id, *form.index)))

    def mark(self) -> int:
        return len(self._ops)

    def rollback_to(self, mark: int) -> None:
        del self._ops[mark:]

    def flush(self, conn: sqlite3.Connection) -> None:
        ops, self._ops = self._ops, []
        start = 0
        while start < len(ops):  # consecutive runs of one kind, in order
            op = ops[start][0]
            end = start
            while end < len(ops) and ops[end][0] == op:
                end += 1
            values = [v for _, v in ops[start:end]]
            if op == "delete":
                conn.executemany(
                    "INSERT INTO document_fts (document_fts, rowid, title, summary, text) "
                    "VALUES ('delete', ?, ?, ?, ?)",
                    values,
                )
            else:
                conn.executemany(
                    "INSERT INTO document_fts (rowid, title, summary, text) VALUES (?, ?, ?, ?)",
                    values,
                )
            start = end


def stored_form(doc: DocumentRecord) -> StoredForm:
    """The compressed HTML and the segmented index text of ``doc``.

    The HTML is zlib data (read back with the standard ``zlib``), written by ISA-L at
    its level 1: 2-5 times faster than zlib's level 1 (44 µs for a typical 5 kB
    article; 0.31 ms at its level 6), in slightly fewer bytes."""
    return StoredForm(
        isal_zlib.compress(doc.html.encode("utf-8"), 1),
        (segment(doc.title), segment(doc.summary), segment(doc.text)),
    )


def _revision_values(doc: DocumentRecord, form: StoredForm) -> tuple[object, ...]:
    """The values of a revision row that follow its ids and number."""
    return (
        doc.content_hash,
        doc.title,
        doc.summary,
        form.html_z,
        iso(doc.fetched_at),
        doc.etag,
        doc.last_modified,
    )


def _write_document(
    conn: sqlite3.Connection, index: IndexQueue, article_id: int, doc: DocumentRecord
) -> bool:
    """Store one document of an article the library holds; returns True when the
    document is new or its content changed."""
    row = conn.execute(
        """SELECT d.id, d.title, d.summary, t.text, r.content_hash, r.number, r.id
           FROM document d LEFT JOIN revision r ON r.id = d.revision_id
           LEFT JOIN document_text t ON t.document_id = d.id
           WHERE d.article_id = ? AND d.lang = ?""",
        (article_id, doc.lang),
    ).fetchone()
    if row and row[4] == doc.content_hash:
        # Same content: remember the validators for the next conditional request.
        conn.execute(
            "UPDATE revision SET etag = coalesce(?, etag), last_modified = coalesce(?, last_modified)"
            " WHERE id = ?",
            (doc.etag, doc.last_modified, row[6]),
        )
        return False
    form = doc.stored or stored_form(doc)
    if row:
        doc_id = int(row[0])
        index.add("delete", doc_id, row[1], row[2], row[3])
        number = int(row[5] or 0) + 1
    else:
        cur = conn.execute(
            "INSERT INTO document (article_id, lang, title) VALUES (?, ?, ?)",
            (article_id, doc.lang, doc.title),
        )
        doc_id = int(cur.lastrowid or 0)
        number = 1
    cur = conn.execute(
        """INSERT INTO revision (document_id, number, content_hash, title, summary, html_z,
                                 fetched_at, etag, last_modified)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (doc_id, number, *_revision_values(doc, form)),
    )
    conn.execute(
        "UPDATE document SET title = ?, summary = ?, url = ?, revision_id = ? WHERE id = ?",
        (doc.title, doc.summary, doc.url, cur.lastrowid, doc_id),
    )
    conn.execute(
        "INSERT INTO document_text (document_id, text) VALUES (?, ?) "
        "ON CONFLICT (document_id) DO UPDATE SET text = excluded.text",
        (doc_id, doc.text),
    )
    index.add_document(doc_id, form)
    if row:
        # A new revision: the user's highlights on this document find their passages
        # again in the same transaction, so a crash never leaves them half-moved.
        _reanchor(conn, article_id, doc.lang, doc.text, number)
        conn.execute("DELETE FROM document_asset WHERE document_id = ?", (doc_id,))
    if doc.asset_hashes:
        conn.executemany(_INSERT_DOCUMENT_ASSET, [(doc_id, h) for h in doc.asset_hashes])
    return True


def _reanchor(conn: sqlite3.Connection, article_id: int, lang: str, text: str, number: int) -> None:
    row = conn.execute(
        "SELECT s.key, a.slug FROM article a JOIN source s ON s.id = a.source_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    _notes.reanchor(conn, row[0], row[1], lang, text, number)


def write_article(
    conn: sqlite3.Connection, index: IndexQueue, source_id: int, rec: ArticleRecord, now: datetime
) -> WriteOutcome:
    """Write one article; the caller holds the transaction (or savepoint)."""
    row = conn.execute(
        "SELECT id FROM article WHERE source_id = ? AND slug = ?", (source_id, rec.slug)
    ).fetchone()
    if row is None:
        insert_new_articles(conn, index, source_id, [rec], now)
        return WriteOutcome.NEW
    article_id = int(row[0])
    conn.execute(
        "UPDATE article SET published = coalesce(?, published), removed_upstream = NULL WHERE id = ?",
        (rec.published.isoformat() if rec.published else None, article_id),
    )
    if rec.terms:
        upsert_terms(conn, source_id, rec.terms)
    if rec.has_metadata:
        _write_terms(conn, source_id, article_id, rec)
        _write_related(conn, article_id, rec.related)
    if rec.offered:
        conn.execute(
            "UPDATE article SET offered = ? WHERE id = ?", (",".join(rec.offered), article_id)
        )
    _write_assets(conn, rec.assets)
    changed = [_write_document(conn, index, article_id, doc) for doc in rec.documents]
    return WriteOutcome.UPDATED if any(changed) else WriteOutcome.UNCHANGED


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def insert_new_articles(
    conn: sqlite3.Connection,
    index: IndexQueue,
    source_id: int,
    recs: Sequence[ArticleRecord],
    now: datetime,
    checked: bool = False,
) -> None:
    """Insert articles the library does not hold yet (the caller knows; their slugs are
    distinct), with one statement per table for all of them: a first sync writes
    thousands. Row ids are given out here, inside the caller's transaction, as SQLite
    would give them (the largest plus one), so documents and revisions can point at
    each other without a second pass. ``checked``: the source was asked about them now
    (a sync), which saves a ``mark_checked`` update of each."""
    first_article = article_id = _next_id(conn, "article")
    doc_id = _next_id(conn, "document")
    rev_id = _next_id(conn, "revision")
    seen = iso(now)
    checked_at = seen if checked else None
    terms: list[Term] = []
    known: dict[tuple[str, str], int] = {}
    articles: list[tuple[object, ...]] = []
    term_rows: list[tuple[int, int, str, int]] = []
    related: list[tuple[int, str, int, str, str]] = []
    assets: list[AssetRecord] = []
    docs: list[tuple[object, ...]] = []
    revisions: list[tuple[object, ...]] = []
    texts: list[tuple[int, str]] = []
    doc_assets: list[tuple[int, str]] = []
    for rec in recs:
        published = rec.published.isoformat() if rec.published else None
        articles.append(
            (article_id, source_id, rec.slug, published, seen, checked_at, ",".join(rec.offered))
        )
        terms += rec.terms
        assets += rec.assets
        for doc in rec.documents:
            form = doc.stored or stored_form(doc)
            docs.append((doc_id, article_id, doc.lang, doc.title, doc.summary, doc.url, rev_id))
            revisions.append((rev_id, doc_id, *_revision_values(doc, form)))
            texts.append((doc_id, doc.text))
            doc_assets += [(doc_id, h) for h in doc.asset_hashes]
            index.add_document(doc_id, form)
            doc_id += 1
            rev_id += 1
        article_id += 1
    # Terms first: their names as the source gives them, then their ids.
    upsert_terms(conn, source_id, dict.fromkeys(terms))
    for held, rec in enumerate(recs, start=first_article):
        if rec.has_metadata:
            term_rows += _term_rows(conn, source_id, held, rec, known)
            related += _related_rows(held, rec.related)
    conn.executemany(
        "INSERT INTO article (id, source_id, slug, published, first_seen, checked_at, offered)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        articles,
    )
    conn.executemany(_INSERT_ARTICLE_TERM, term_rows)
    conn.executemany(_INSERT_SITE_RELATED, related)
    _write_assets(conn, assets)
    conn.executemany(
        "INSERT INTO document (id, article_id, lang, title, summary, url, revision_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        docs,
    )
    conn.executemany(
        """INSERT INTO revision (id, document_id, number, content_hash, title, summary, html_z,
                                 fetched_at, etag, last_modified)
           VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""",
        revisions,
    )
    conn.executemany("INSERT INTO document_text (document_id, text) VALUES (?, ?)", texts)
    conn.executemany(_INSERT_DOCUMENT_ASSET, doc_assets)


def mark_checked(
    conn: sqlite3.Connection, source_id: int, slugs: Sequence[str], now: datetime
) -> None:
    conn.executemany(
        "UPDATE article SET checked_at = ? WHERE source_id = ? AND slug = ?",
        [(iso(now), source_id, slug) for slug in slugs],
    )


def offered(conn: sqlite3.Connection, source_id: int, slug: str) -> tuple[str, ...]:
    row = conn.execute(
        "SELECT offered FROM article WHERE source_id = ? AND slug = ?", (source_id, slug)
    ).fetchone()
    return tuple(x for x in str(row[0]).split(",") if x) if row else ()


def validators(
    conn: sqlite3.Connection, source_id: int, slug: str
) -> dict[str, tuple[str | None, str | None]]:
    """lang -> (ETag, Last-Modified) of each held document's newest revision."""
    rows = conn.execute(
        """SELECT d.lang, r.etag, r.last_modified FROM article a
           JOIN document d ON d.article_id = a.id JOIN revision r ON r.id = d.revision_id
           WHERE a.source_id = ? AND a.slug = ?""",
        (source_id, slug),
    )
    return {str(lang): (etag, lm) for lang, etag, lm in rows}


def mark_removed(conn: sqlite3.Connection, source_id: int, slug: str, now: datetime) -> bool:
    cur = conn.execute(
        "UPDATE article SET removed_upstream = ? WHERE source_id = ? AND slug = ?",
        (iso(now), source_id, slug),
    )
    return cur.rowcount > 0


# ---- reading -----------------------------------------------------------------------

_SUMMARY_COLUMNS = """
    a.id, d.id, s.name, a.slug, d.lang, d.title, a.published, d.url, s.sample,
    EXISTS (SELECT 1 FROM bookmark b WHERE b.source_key = s.key AND b.slug = a.slug),
    EXISTS (SELECT 1 FROM reading_state r WHERE r.source_key = s.key AND r.slug = a.slug
            AND r.lang = d.lang)
"""

# The document shown for an article when no language is asked for: English if held,
# otherwise the first language in code order.
_DEFAULT_DOC = """coalesce(
    (SELECT id FROM document WHERE article_id = a.id AND lang = 'en'),
    (SELECT id FROM document WHERE article_id = a.id ORDER BY lang LIMIT 1))"""
# (Both lookups are seeks in the (article_id, lang) index: no sort per article.)


def filter_clause(flt: SearchFilter) -> tuple[str, list[object]]:
    """SQL conditions over aliases a (article), d (document), s (source)."""
    where: list[str] = []
    args: list[object] = []
    if flt.lang:
        where.append("d.lang = ?")
        args.append(flt.lang)
    for kind, slug in (
        ("category", flt.category),
        ("topic", flt.topic),
        ("contributor", flt.contributor),
    ):
        if slug:
            where.append(
                "EXISTS (SELECT 1 FROM article_term x JOIN term t ON t.id = x.term_id "
                "WHERE x.article_id = a.id AND t.kind = ? AND t.slug = ?)"
            )
            args += [kind, slug]
    if flt.bookmarked:
        where.append(
            "EXISTS (SELECT 1 FROM bookmark b WHERE b.source_key = s.key AND b.slug = a.slug)"
        )
    if flt.title_contains:
        where.append("d.title LIKE ? ESCAPE '\\'")
        escaped = flt.title_contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args.append(f"%{escaped}%")
    if flt.collection:
        where.append(
            "EXISTS (SELECT 1 FROM collection_item i JOIN collection c ON c.id = i.collection_id "
            "WHERE c.name = ? AND i.source_key = s.key AND i.slug = a.slug)"
        )
        args.append(flt.collection)
    if flt.read is not None:
        where.append(
            ("" if flt.read else "NOT ")
            + "EXISTS (SELECT 1 FROM reading_state r WHERE r.source_key = s.key AND r.slug = a.slug)"
        )
    if flt.since:
        where.append("a.published >= ?")
        args.append(flt.since.isoformat())
    if flt.until:
        where.append("a.published <= ?")
        args.append(flt.until.isoformat())
    if flt.source:
        where.append("s.name = ?")
        args.append(flt.source)
    if flt.citation:
        where.append(
            "EXISTS (SELECT 1 FROM article_citation ac JOIN citation c ON c.id = ac.citation_id "
            "WHERE ac.article_id = a.id AND c.key = ?)"
        )
        args.append(flt.citation)
    return " AND ".join(where) or "1", args


def list_summaries(
    conn: sqlite3.Connection, flt: SearchFilter, limit: int, offset: int = 0
) -> list[ArticleSummary]:
    doc_join = "d.article_id = a.id" if flt.lang else f"d.id = {_DEFAULT_DOC}"
    where, args = filter_clause(flt)
    rows = conn.execute(
        f"""SELECT {_SUMMARY_COLUMNS}
            FROM article a JOIN source s ON s.id = a.source_id JOIN document d ON {doc_join}
            WHERE {where}
            ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?""",
        [*args, limit, offset],
    ).fetchall()
    return summaries_from_rows(conn, rows)


_ORDERS = {
    "recent": "(SELECT max(r.read_at) FROM reading_state r WHERE r.source_key = s.key "
    "AND r.slug = a.slug) DESC, a.id DESC",
    "collection": "(SELECT i.position FROM collection_item i JOIN collection c "
    "ON c.id = i.collection_id WHERE c.name = ? AND i.source_key = s.key AND i.slug = a.slug)",
    "newest": "a.published DESC, a.id DESC",
    "oldest": "a.published ASC, a.id ASC",
    "title": "d.title COLLATE NOCASE ASC, a.id",
}


# Each article's default document (English, else the first language), for every article
# at once: one pass over the (article_id, lang) index instead of a lookup per article.
_DEFAULT_DOCS = """(SELECT d.id AS id, d.article_id AS aid, min((d.lang <> 'en') || d.lang)
                    FROM document d GROUP BY d.article_id)"""


def document_ids(conn: sqlite3.Connection, flt: SearchFilter, order: str = "newest") -> list[int]:
    """Ids of the documents a list shows (one per article unless ``flt.lang``), in order."""
    where, args = filter_clause(flt)
    if flt.lang:
        source = "JOIN document d ON d.article_id = a.id"
        head = "SELECT d.id FROM article a"
    else:
        source = f"JOIN {_DEFAULT_DOCS} x ON x.aid = a.id JOIN document d ON d.id = x.id"
        head = "SELECT x.id FROM article a"
    if order == "collection":
        if not flt.collection:
            raise ValueError("the collection order needs a collection filter")
        args = [*args, flt.collection]
    rows = conn.execute(
        f"""{head} JOIN source s ON s.id = a.source_id {source}
            WHERE {where} ORDER BY {_ORDERS[order]}""",
        args,
    )
    return [int(r[0]) for r in rows]


def count(conn: sqlite3.Connection, flt: SearchFilter) -> int:
    where, args = filter_clause(flt)
    if flt.lang or flt.title_contains:
        doc_join = "d.article_id = a.id" if flt.lang else f"d.id = {_DEFAULT_DOC}"
        sql = f"""SELECT count(*) FROM article a JOIN source s ON s.id = a.source_id
                  JOIN document d ON {doc_join} WHERE {where}"""
    else:
        # Every article has a document: no need to find which one to count.
        sql = f"SELECT count(*) FROM article a JOIN source s ON s.id = a.source_id WHERE {where}"
    return int(conn.execute(sql, args).fetchone()[0])


def summaries_for_documents(
    conn: sqlite3.Connection, doc_ids: Sequence[int]
) -> list[ArticleSummary]:
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids))
    rows = conn.execute(
        f"""SELECT {_SUMMARY_COLUMNS}
            FROM document d JOIN article a ON a.id = d.article_id JOIN source s ON s.id = a.source_id
            WHERE d.id IN ({marks})""",
        list(doc_ids),
    ).fetchall()
    by_id = {s.document_id: s for s in summaries_from_rows(conn, rows)}
    return [by_id[i] for i in doc_ids if i in by_id]


def summaries_from_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[ArticleSummary]:
    ids = sorted({int(r[0]) for r in rows})
    terms: dict[int, dict[str, list[str]]] = {i: {} for i in ids}
    langs: dict[int, list[str]] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, role, name in conn.execute(
            f"""SELECT x.article_id, x.role, t.name FROM article_term x JOIN term t ON t.id = x.term_id
                WHERE x.article_id IN ({marks}) ORDER BY x.article_id, x.role, x.position""",
            chunk,
        ):
            terms[aid].setdefault(role, []).append(name)
        for aid, lang in conn.execute(
            f"SELECT article_id, lang FROM document WHERE article_id IN ({marks}) ORDER BY lang <> 'en', lang",
            chunk,
        ):
            langs[aid].append(lang)
    out = []
    for r in rows:
        t = terms[int(r[0])]
        out.append(
            ArticleSummary(
                article_id=int(r[0]),
                document_id=int(r[1]),
                source=r[2],
                slug=r[3],
                lang=r[4],
                title=r[5],
                published=_date(r[6]),
                url=r[7],
                sample=bool(r[8]),
                bookmarked=bool(r[9]),
                read=bool(r[10]),
                categories=tuple(t.get("category", ())),
                topics=tuple(t.get("topic", ())),
                contributors=tuple(t.get("contributor", ())),
                languages=tuple(langs[int(r[0])]),
            )
        )
    return out


def find_articles(conn: sqlite3.Connection, slug: str, source: str | None) -> list[tuple[int, str]]:
    """(article id, source name) of every article with this slug."""
    sql = "SELECT a.id, s.name FROM article a JOIN source s ON s.id = a.source_id WHERE a.slug = ?"
    args: list[object] = [slug]
    if source:
        sql += " AND s.name = ?"
        args.append(source)
    return [(int(i), str(n)) for i, n in conn.execute(sql, args)]


def pick_language(held: Sequence[str], wanted: Sequence[str]) -> str | None:
    """The first of ``wanted`` that is held, else English, else the first held."""
    for lang in [*wanted, ENGLISH]:
        if lang in held:
            return lang
    return held[0] if held else None


def load_document(conn: sqlite3.Connection, article_id: int, lang: str) -> Document | None:
    row = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS}, d.summary, t.text, a.removed_upstream, d.revision_id, a.offered "
        "FROM document d JOIN article a ON a.id = d.article_id JOIN source s ON s.id = a.source_id "
        "JOIN document_text t ON t.document_id = d.id "
        "WHERE a.id = ? AND d.lang = ?",
        (article_id, lang),
    ).fetchone()
    if row is None:
        return None
    summary = summaries_from_rows(conn, [row])[0]
    html_z = conn.execute("SELECT html_z FROM revision WHERE id = ?", (row[14],)).fetchone()[0]
    revisions = tuple(
        Revision(int(n), h, datetime.fromisoformat(f), e, lm)
        for n, h, f, e, lm in conn.execute(
            "SELECT number, content_hash, fetched_at, etag, last_modified FROM revision "
            "WHERE document_id = ? ORDER BY number",
            (summary.document_id,),
        )
    )
    terms = tuple(
        Term(TermKind(k), sl, nm, nn, desc)
        for k, sl, nm, nn, desc in conn.execute(
            """SELECT t.kind, t.slug, t.name, t.native_name, t.description
               FROM article_term x JOIN term t ON t.id = x.term_id
               WHERE x.article_id = ? ORDER BY x.role, x.position""",
            (article_id,),
        )
    )
    editor = conn.execute(
        "SELECT t.name FROM article_term x JOIN term t ON t.id = x.term_id "
        "WHERE x.article_id = ? AND x.role = 'editor'",
        (article_id,),
    ).fetchone()
    images = conn.execute(
        "SELECT count(*) FROM document_asset WHERE document_id = ?", (summary.document_id,)
    ).fetchone()[0]
    return Document(
        summary=summary,
        summary_text=row[11],
        html=zlib.decompress(html_z).decode("utf-8"),
        text=row[12],
        editor=editor[0] if editor else None,
        revision=revisions[-1].number if revisions else 0,
        revisions=revisions,
        translations=summary.languages,
        related=tuple(_related.related_links(conn, article_id, lang)),
        images=int(images),
        removed_upstream=datetime.fromisoformat(row[13]) if row[13] else None,
        terms=terms,
        offered=tuple(x for x in str(row[15]).split(",") if x),
    )


def revision_html(conn: sqlite3.Connection, document_id: int, number: int) -> str | None:
    row = conn.execute(
        "SELECT html_z FROM revision WHERE document_id = ? AND number = ?", (document_id, number)
    ).fetchone()
    return zlib.decompress(row[0]).decode("utf-8") if row else None


def asset(conn: sqlite3.Connection, sha256: str) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT mime, data FROM asset WHERE sha256 = ?", (sha256,)).fetchone()
    return (str(row[0]), bytes(row[1])) if row else None
