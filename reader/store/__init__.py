"""The library store: one SQLite file. This module is the whole public store API.

The store returns model objects, never cursors. Every write runs in a transaction; a
nested ``transaction()`` is a savepoint, so a batch of articles written in one
transaction still keeps each article all-or-nothing.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from reader.model import (
    Annotation,
    ArticleRecord,
    ArticleSummary,
    Citation,
    Collection,
    Document,
    LibraryInfo,
    RelatedKind,
    RelatedLink,
    SearchFilter,
    SearchHit,
    Source,
    Term,
    TermKind,
    WriteOutcome,
)
from reader.model.anchoring import AnchorState, Quote, anchor, describe, span_of_visible
from reader.store import articles as _articles
from reader.store import backups as _backups
from reader.store import damage as _damage
from reader.store import db as _db
from reader.store import notes as _notes
from reader.store import related as _related
from reader.store import search as _search
from reader.store import userdata as _user
from reader.store.errors import (
    Conflict,
    CorruptLibrary,
    DiskFull,
    LibraryLocked,
    NewerSchema,
    NotALibrary,
    NotFound,
    ReadOnlyLibrary,
    StoreError,
    translated,
)
from reader.store.schema import SCHEMA_VERSION

stored_form = _articles.stored_form

__all__ = [
    "SCHEMA_VERSION",
    "BackupFile",
    "Conflict",
    "CorruptLibrary",
    "DiskFull",
    "LibraryLocked",
    "NewerSchema",
    "NotALibrary",
    "NotFound",
    "ReadOnlyLibrary",
    "RelatedReport",
    "Store",
    "StoreError",
    "backup_due",
    "backup_files",
    "backups_folder",
    "corruption_error",
    "is_corruption",
    "list_backups",
    "move_backups",
    "remove_library",
    "restore_backup",
    "rotate_backups",
    "stored_form",
]

list_backups = _db.list_backups
restore_backup = _db.restore
is_corruption = _db.is_corruption
corruption_error = _db.corruption_error
RelatedReport = _related.RelatedReport
BackupFile = _backups.BackupFile
backup_files = _backups.backups
backups_folder = _db.backups_dir
backup_due = _backups.automatic_due
rotate_backups = _backups.rotate
move_backups = _backups.move_backups
remove_library = _backups.remove_library


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Store:
    """An open library. Not thread-safe: one thread (the serial worker) writes."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        read_only: bool = False,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._clock = clock
        self._depth = 0
        self._lock = threading.RLock()
        self._index = _articles.IndexQueue()

    @classmethod
    def open(cls, path: Path | str, *, check: bool = True) -> Store:
        """Open or create the library at ``path`` (see ``db.open_library``)."""
        conn, read_only = _db.open_library(Path(path), check=check)
        return cls(conn, Path(path), read_only)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- transactions --------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, or a savepoint inside an outer one."""
        if self.read_only:
            raise ReadOnlyLibrary(
                f"The library {self.path} is read-only; nothing was written. "
                "Check the file's permissions or open a copy."
            )
        with self._lock, translated(self.path):
            name = f"sp{self._depth}"
            outer = self._depth == 0
            mark = self._index.mark()
            self._conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self._conn
                if outer:
                    self._index.flush(self._conn)  # index changes go in with the commit
            except BaseException:
                self._depth -= 1
                self._index.rollback_to(mark)
                # SQLite may already have rolled back by itself (e.g. on a full disk).
                if self._conn.in_transaction:
                    if outer:
                        self._conn.execute("ROLLBACK")
                    else:
                        self._conn.execute(f"ROLLBACK TO {name}")
                        self._conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            self._conn.execute("COMMIT" if outer else f"RELEASE {name}")

    def _read(self) -> sqlite3.Connection:
        return self._conn

    # ---- sources and taxonomy ------------------------------------------------------

    def add_source(
        self,
        name: str,
        kind: str,
        key: str,
        *,
        title: str = "",
        base_url: str = "",
        config: dict[str, object] | None = None,
        sample: bool = False,
    ) -> Source:
        with self.transaction() as conn:
            try:
                conn.execute(
                    """INSERT INTO source (name, kind, key, title, base_url, config, sample, created_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        name,
                        kind,
                        key,
                        title,
                        base_url,
                        json.dumps(config or {}),
                        int(sample),
                        _articles.iso(self._clock()),
                    ),
                )
            except sqlite3.IntegrityError as err:
                raise Conflict(f"A source named {name!r} or for {key!r} already exists.") from err
        found = self.source(name)
        assert found is not None
        return found

    def update_source(
        self,
        name: str,
        *,
        title: str | None = None,
        base_url: str | None = None,
        config: dict[str, object] | None = None,
    ) -> Source:
        src = self.require_source(name)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE source SET title = ?, base_url = ?, config = ? WHERE id = ?",
                (
                    title if title is not None else src.title,
                    base_url if base_url is not None else src.base_url,
                    json.dumps(config if config is not None else src.config),
                    src.id,
                ),
            )
        return self.require_source(name)

    def _sources(self, where: str = "1", args: Sequence[object] = ()) -> list[Source]:
        rows = self._read().execute(
            f"SELECT id, name, kind, key, title, base_url, config, sample FROM source WHERE {where} "
            "ORDER BY name",
            list(args),
        )
        return [
            Source(int(i), n, k, key, t, b, json.loads(c), bool(s))
            for i, n, k, key, t, b, c, s in rows
        ]

    def sources(self) -> list[Source]:
        return self._sources()

    def source(self, name: str) -> Source | None:
        found = self._sources("name = ?", [name])
        return found[0] if found else None

    def source_by_key(self, key: str) -> Source | None:
        found = self._sources("key = ?", [key])
        return found[0] if found else None

    def require_source(self, name: str) -> Source:
        src = self.source(name)
        if src is None:
            raise NotFound(f"No source named {name!r}.")
        return src

    def remove_source(self, name: str) -> int:
        """Remove a source and its articles; bookmarks and annotations stay.
        Returns the number of articles removed."""
        src = self.require_source(name)
        with self.transaction() as conn:
            doc_rows = conn.execute(
                "SELECT d.id, d.title, d.summary, t.text FROM document d "
                "JOIN document_text t ON t.document_id = d.id JOIN article a "
                "ON a.id = d.article_id WHERE a.source_id = ?",
                (src.id,),
            ).fetchall()
            for doc_id, title, summary, text in doc_rows:
                self._index.add("delete", doc_id, title, summary, text)
            n = conn.execute(
                "SELECT count(*) FROM article WHERE source_id = ?", (src.id,)
            ).fetchone()[0]
            conn.execute("DELETE FROM source WHERE id = ?", (src.id,))
            conn.execute(
                "DELETE FROM asset WHERE id NOT IN (SELECT asset_id FROM document_asset) "
                "AND id NOT IN (SELECT asset_id FROM asset_url)"
            )
        return int(n)

    def upsert_terms(self, source_id: int, terms: Iterable[Term]) -> None:
        with self.transaction() as conn:
            _articles.upsert_terms(conn, source_id, terms)

    def terms(self, source_id: int, kind: str) -> list[tuple[Term, int]]:
        """Terms of one kind with the number of articles attached."""
        rows = self._read().execute(
            """SELECT t.kind, t.slug, t.name, t.native_name, t.description,
                      (SELECT count(*) FROM article_term x WHERE x.term_id = t.id AND x.role <> 'editor')
               FROM term t WHERE t.source_id = ? AND t.kind = ? ORDER BY t.name COLLATE NOCASE""",
            (source_id, kind),
        )
        return [(Term(TermKind(k), s, n, nn, d), int(c)) for k, s, n, nn, d, c in rows]

    # ---- articles ------------------------------------------------------------------

    def write_article(self, source_id: int, record: ArticleRecord) -> WriteOutcome:
        """Write one article with its documents, revisions, assets and index entries,
        all or nothing."""
        with self.transaction() as conn:
            return _articles.write_article(conn, self._index, source_id, record, self._clock())

    def write_new_articles(
        self, source_id: int, records: Sequence[ArticleRecord], checked: bool = False
    ) -> None:
        """Write articles the library does not hold yet (check with ``has_article``
        inside the same transaction; their slugs must differ), all or nothing. Much
        faster than one ``write_article`` each for the thousands of a first sync.
        ``checked``: as if ``mark_checked`` followed (the source was asked just now)."""
        if not records:
            return
        with self.transaction() as conn:
            _articles.insert_new_articles(
                conn, self._index, source_id, records, self._clock(), checked
            )

    def mark_removed_upstream(self, source_id: int, slug: str) -> bool:
        with self.transaction() as conn:
            return _articles.mark_removed(conn, source_id, slug, self._clock())

    def mark_checked(self, source_id: int, slugs: Sequence[str]) -> None:
        """Record that sync asked the source about these articles now."""
        with self.transaction() as conn:
            _articles.mark_checked(conn, source_id, slugs, self._clock())

    def known_slugs(self, source_id: int) -> set[str]:
        rows = self._read().execute("SELECT slug FROM article WHERE source_id = ?", (source_id,))
        return {str(r[0]) for r in rows}

    def stalest_slugs(self, source_id: int, limit: int, exclude: Iterable[str] = ()) -> list[str]:
        """Held articles sync has not asked about for the longest time (never first)."""
        skip = set(exclude)
        rows = self._read().execute(
            "SELECT slug FROM article WHERE source_id = ? AND removed_upstream IS NULL "
            "ORDER BY checked_at IS NOT NULL, checked_at, published DESC LIMIT ?",
            (source_id, limit + len(skip)),
        )
        return [str(r[0]) for r in rows if r[0] not in skip][:limit]

    def validators(self, source_id: int, slug: str) -> dict[str, tuple[str | None, str | None]]:
        """lang -> (ETag, Last-Modified) for conditional requests."""
        return _articles.validators(self._read(), source_id, slug)

    def offered_languages(self, source_id: int, slug: str) -> tuple[str, ...]:
        """Languages the source offers the article in, as last seen (empty: unknown)."""
        return _articles.offered(self._read(), source_id, slug)

    def sync_state(self, source_id: int, key: str) -> str | None:
        row = (
            self._read()
            .execute(
                "SELECT value FROM sync_state WHERE source_id = ? AND key = ?", (source_id, key)
            )
            .fetchone()
        )
        return str(row[0]) if row else None

    def set_sync_state(self, source_id: int, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            if value is None:
                conn.execute(
                    "DELETE FROM sync_state WHERE source_id = ? AND key = ?", (source_id, key)
                )
            else:
                conn.execute(
                    "INSERT INTO sync_state (source_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT DO UPDATE SET value = excluded.value",
                    (source_id, key, value),
                )

    def record_sync_run(
        self,
        source_id: int,
        started: datetime,
        counts: dict[str, int],
        errors: list[dict[str, str]],
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_run (source_id, started_at, finished_at, new, updated, unchanged, "
                "failed, errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    source_id,
                    _articles.iso(started),
                    _articles.iso(self._clock()),
                    counts.get("new", 0),
                    counts.get("updated", 0),
                    counts.get("unchanged", 0),
                    counts.get("failed", 0),
                    json.dumps(errors, ensure_ascii=False),
                ),
            )

    def last_sync(self, source_id: int) -> datetime | None:
        row = (
            self._read()
            .execute("SELECT max(finished_at) FROM sync_run WHERE source_id = ?", (source_id,))
            .fetchone()
        )
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def find_by_url(self, url: str) -> tuple[str, str, str] | None:
        """(source name, slug, lang) of the document stored under this address."""
        row = (
            self._read()
            .execute(
                "SELECT s.name, a.slug, d.lang FROM document d JOIN article a ON a.id = d.article_id "
                "JOIN source s ON s.id = a.source_id WHERE d.url = ? LIMIT 1",
                (url,),
            )
            .fetchone()
        )
        return (str(row[0]), str(row[1]), str(row[2])) if row else None

    def has_article(self, source_id: int, slug: str) -> bool:
        row = (
            self._read()
            .execute("SELECT 1 FROM article WHERE source_id = ? AND slug = ?", (source_id, slug))
            .fetchone()
        )
        return row is not None

    def list_articles(
        self, flt: SearchFilter | None = None, limit: int = 200, offset: int = 0
    ) -> list[ArticleSummary]:
        """Newest first; one row per article (its default language) unless ``flt.lang``."""
        return _articles.list_summaries(self._read(), flt or SearchFilter(), limit, offset)

    def document_ids(self, flt: SearchFilter | None = None, order: str = "newest") -> list[int]:
        """Every document id a list shows, in order ("newest", "oldest", "title"):
        lists hold ids and fetch rows on demand with ``summaries``."""
        return _articles.document_ids(self._read(), flt or SearchFilter(), order)

    def count(self, flt: SearchFilter | None = None) -> int:
        """How many rows ``document_ids`` would return."""
        return _articles.count(self._read(), flt or SearchFilter())

    def summaries(self, document_ids: Sequence[int]) -> list[ArticleSummary]:
        return _articles.summaries_for_documents(self._read(), document_ids)

    def resolve(self, slug: str, source: str | None = None) -> tuple[int, str]:
        """(article id, source name) for a slug; NotFound or Conflict (ambiguous)."""
        found = _articles.find_articles(self._read(), slug, source)
        if not found:
            raise NotFound(f"No article with the slug {slug!r} in this library.")
        if len(found) > 1:
            names = ", ".join(sorted(n for _, n in found))
            raise Conflict(f"The slug {slug!r} exists in several sources ({names}); name one.")
        return found[0]

    def document(
        self,
        slug: str,
        lang: str | None = None,
        *,
        source: str | None = None,
        preferred: Sequence[str] = (),
    ) -> Document:
        """The newest revision of one language of an article. Without ``lang``, the
        first of ``preferred`` that is held, then English, then any."""
        article_id, _ = self.resolve(slug, source)
        conn = self._read()
        held = [
            r[0]
            for r in conn.execute(
                "SELECT lang FROM document WHERE article_id = ? ORDER BY lang", (article_id,)
            )
        ]
        chosen = lang if lang is not None else _articles.pick_language(held, preferred)
        doc = _articles.load_document(conn, article_id, chosen) if chosen else None
        if doc is None:
            raise NotFound(
                f"The article {slug!r} is not held in {lang!r}; held: {', '.join(held) or 'none'}."
            )
        return doc

    def languages(
        self, slug: str, source: str | None = None
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(languages held, languages the source offers) of an article, without loading
        any document."""
        article_id, name = self.resolve(slug, source)
        held = tuple(
            str(r[0])
            for r in self._read().execute(
                "SELECT lang FROM document WHERE article_id = ? ORDER BY lang <> 'en', lang",
                (article_id,),
            )
        )
        return held, self.offered_languages(self.require_source(name).id, slug)

    def revision_html(self, document_id: int, number: int) -> str | None:
        return _articles.revision_html(self._read(), document_id, number)

    def asset(self, sha256: str) -> tuple[str, bytes] | None:
        """(mime type, bytes) of a stored image."""
        return _articles.asset(self._read(), sha256)

    def search(
        self, query: str, flt: SearchFilter | None = None, limit: int = 20, offset: int = 0
    ) -> list[SearchHit]:
        """Best matches first (BM25; title and summary weigh more than body)."""
        return _search.search(self._read(), query, flt or SearchFilter(), limit, offset)

    def search_count(self, query: str, flt: SearchFilter | None = None) -> int:
        return _search.count(self._read(), query, flt or SearchFilter())

    def info(self) -> LibraryInfo:
        conn = self._read()
        return LibraryInfo(
            path=str(self.path),
            articles=int(conn.execute("SELECT count(*) FROM article").fetchone()[0]),
            documents=int(conn.execute("SELECT count(*) FROM document").fetchone()[0]),
            languages=tuple(
                r[0] for r in conn.execute("SELECT DISTINCT lang FROM document ORDER BY lang")
            ),
            sources=tuple(s.name for s in self.sources()),
            schema_version=int(conn.execute("PRAGMA user_version").fetchone()[0]),
        )

    # ---- related articles and citations (reader/store/related.py) ------------------

    def compute_related(
        self,
        *,
        full: bool = False,
        limit: int | None = None,
        progress: Callable[[str, int, int], None] | None = None,
        map_: _related.MapFunction | None = None,
    ) -> _related.RelatedReport:
        """Extract citations and words of the articles changed since the last run and
        update the computed related lists they concern (all of them with ``full``; at
        most ``limit`` changed articles per call). ``map_`` may spread the extraction
        over processes (see ``related.compute``)."""
        with translated(self.path):
            return _related.compute(
                self._conn,
                self.transaction,
                full=full,
                limit=limit,
                progress=progress,
                map_=map_,
            )

    def related_pending(self) -> int:
        """Articles waiting for ``compute_related``."""
        return _related.pending(self._read())

    def related(
        self,
        slug: str,
        lang: str | None = None,
        *,
        source: str | None = None,
        kind: RelatedKind | None = None,
    ) -> list[RelatedLink]:
        """Site-given then computed related articles, held ones named in ``lang``
        (else English) and dated."""
        article_id, _ = self.resolve(slug, source)
        return _related.related_links(self._read(), article_id, lang or "en", kind)

    def citations(self, source: str | None = None) -> list[Citation]:
        """The citation index: each cited law or case with how many articles cite it."""
        sid = self.require_source(source).id if source else None
        return _related.citations(self._read(), sid)

    def citing_articles(self, citation: str, limit: int = 1000) -> list[ArticleSummary]:
        """Articles citing a law or case (by its ``Citation.key``), newest first."""
        return self.list_articles(SearchFilter(citation=citation), limit=limit)

    def article_citations(
        self, slug: str, source: str | None = None
    ) -> list[tuple[Citation, tuple[str, ...]]]:
        """What one article cites, with the provisions (article numbers) it names."""
        article_id, _ = self.resolve(slug, source)
        return _related.article_citations(self._read(), article_id)

    # ---- user data -----------------------------------------------------------------

    def _key_of(self, slug: str, source: str | None) -> tuple[str, str]:
        _, name = self.resolve(slug, source)
        return self.require_source(name).key, slug

    def set_bookmark(self, slug: str, on: bool = True, *, source: str | None = None) -> bool:
        key, slug = self._key_of(slug, source)
        with self.transaction() as conn:
            return _user.set_bookmark(conn, key, slug, on, self._clock())

    def mark_read(
        self, slug: str, lang: str, read: bool = True, *, source: str | None = None
    ) -> None:
        key, slug = self._key_of(slug, source)
        with self.transaction() as conn:
            _user.mark_read(conn, key, slug, lang, read, self._clock())

    def create_collection(self, name: str, description: str = "") -> int:
        with self.transaction() as conn:
            return _user.create_collection(conn, name, description, self._clock())

    def add_to_collection(
        self, name: str, slugs: Sequence[str], *, create: bool = True, source: str | None = None
    ) -> int:
        """Append articles to a collection (created if missing and ``create``); every slug
        is checked first, so an unknown one adds nothing. Returns how many were new."""
        items = [self._key_of(slug, source) for slug in slugs]
        with self.transaction() as conn:
            cid = _user.collection_id(conn, name)
            if cid is None:
                if not create:
                    raise NotFound(f"No collection named {name!r}.")
                cid = _user.create_collection(conn, name, "", self._clock())
            return _user.add_to_collection(conn, cid, items, self._clock())

    def remove_from_collection(self, name: str, slug: str, *, source: str | None = None) -> bool:
        key, slug = self._key_of(slug, source)
        with self.transaction() as conn:
            cid = _user.collection_id(conn, name)
            if cid is None:
                raise NotFound(f"No collection named {name!r}.")
            return _user.remove_from_collection(conn, cid, key, slug)

    def delete_collection(self, name: str) -> None:
        with self.transaction() as conn:
            _user.delete_collection(conn, name)

    def collections(self) -> list[Collection]:
        return _user.collections(self._read())

    def collection_slugs(self, name: str) -> list[tuple[str, str]]:
        """(source key, slug) of a collection's items in their order."""
        cid = _user.collection_id(self._read(), name)
        if cid is None:
            raise NotFound(f"No collection named {name!r}.")
        return _user.collection_items(self._read(), cid)

    # ---- editing collections (reader/store/userdata.py) ----------------------------

    def update_collection(
        self, name: str, new_name: str | None = None, description: str | None = None
    ) -> Collection:
        """Rename a collection and/or replace its description; its items stay."""
        with self.transaction() as conn:
            _user.update_collection(conn, name, new_name, description)
        final = name if new_name is None else new_name.strip()
        return next(c for c in self.collections() if c.name == final)

    def move_in_collection(
        self, name: str, slug: str, to_index: int, *, source: str | None = None
    ) -> int:
        """Move an article to ``to_index`` (0-based, clamped) in its collection's hand-made
        order; the positions are renumbered. Returns the index it landed on."""
        key, slug = self._key_of(slug, source)
        with self.transaction() as conn:
            cid = _user.collection_id(conn, name)
            if cid is None:
                raise NotFound(f"No collection named {name!r}.")
            return _user.move_in_collection(conn, cid, key, slug, to_index)

    def revision_heading(self, document_id: int, number: int) -> tuple[str, str] | None:
        """(title, summary) of one revision (the document row holds only the newest):
        comparing revisions shows changes to them too."""
        row = (
            self._read()
            .execute(
                "SELECT title, summary FROM revision WHERE document_id = ? AND number = ?",
                (document_id, number),
            )
            .fetchone()
        )
        return (str(row[0]), str(row[1])) if row else None

    # ---- annotations ---------------------------------------------------------------
    # Every call commits at once: a crash a moment after a save loses nothing.

    def annotate(
        self,
        slug: str,
        lang: str,
        start: int,
        end: int,
        *,
        source: str | None = None,
        color: str = "yellow",
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Highlight ``Document.text[start:end]`` of the current revision."""
        doc = self.document(slug, lang, source=source)
        key = self.require_source(doc.summary.source).key
        if not 0 <= start < end <= len(doc.text):
            raise Conflict(
                f"No passage at {start}..{end}: the text of {slug!r} [{lang}] has "
                f"{len(doc.text)} characters."
            )
        with self.transaction() as conn:
            aid = _notes.create(
                conn,
                key=key,
                slug=doc.summary.slug,
                lang=doc.summary.lang,
                revision=doc.revision,
                text=doc.text,
                start=start,
                end=end,
                color=color,
                note=note,
                tags=tags,
                now=self._clock(),
            )
        return self.annotation(aid)

    def visible_span(
        self, slug: str, lang: str, start: int, end: int, *, source: str | None = None
    ) -> tuple[int, int]:
        """Offsets in ``Document.text`` of a passage given in characters that are not
        white space (how the reading view measures a selection)."""
        doc = self.document(slug, lang, source=source)
        try:
            return span_of_visible(doc.text, start, end)
        except ValueError as err:
            raise Conflict(f"The selection is not in the text of {slug!r}: {err}.") from err

    def annotate_quote(
        self,
        slug: str,
        lang: str,
        exact: str,
        *,
        prefix: str = "",
        suffix: str = "",
        source: str | None = None,
        color: str = "yellow",
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Highlight the passage ``exact`` (white space as in the text or not); a passage
        that occurs more than once needs a ``prefix`` or ``suffix`` that tells which."""
        doc = self.document(slug, lang, source=source)
        start, end = _locate_quote(doc.text, exact, prefix, suffix, slug, lang)
        return self.annotate(
            slug, lang, start, end, source=source, color=color, note=note, tags=tags
        )

    def annotation(self, annotation_id: int) -> Annotation:
        return _notes.require(self._read(), annotation_id)

    def annotations(
        self,
        *,
        slug: str | None = None,
        lang: str | None = None,
        source: str | None = None,
        collection: str | None = None,
        tag: str | None = None,
        color: str | None = None,
        state: str | None = None,
        query: str | None = None,
        deleted: bool = False,
    ) -> list[Annotation]:
        """Annotations in reading order, filtered; ``query`` searches quotes, notes and
        tags the way article search does."""
        key = None
        if slug is not None:
            key, slug = self._key_of(slug, source)
        elif source is not None:
            key = self.require_source(source).key
        items = self.collection_slugs(collection) if collection is not None else None
        return _notes.listing(
            self._read(),
            key=key,
            slug=slug,
            lang=lang,
            items=items,
            tag=tag,
            color=color,
            state=state,
            query=query,
            deleted=deleted,
        )

    def update_annotation(
        self,
        annotation_id: int,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Annotation:
        with self.transaction() as conn:
            _notes.update(conn, annotation_id, self._clock(), note=note, color=color, tags=tags)
        return self.annotation(annotation_id)

    def delete_annotation(self, annotation_id: int, deleted: bool = True) -> None:
        """Delete (kept and marked, so that undo restores it) or restore one."""
        with self.transaction() as conn:
            _notes.set_deleted(conn, annotation_id, deleted, self._clock())

    def reattach_annotation(self, annotation_id: int, start: int, end: int) -> Annotation:
        """Point an annotation (an orphan, usually) at ``Document.text[start:end]`` of
        its document's current revision."""
        note = self.annotation(annotation_id)
        src = self.source_by_key(note.source_key)
        if src is None:
            raise NotFound("The source of this annotation is no longer in the library.")
        doc = self.document(note.slug, note.lang, source=src.name)
        if not 0 <= start < end <= len(doc.text):
            raise Conflict(f"No passage at {start}..{end} in {note.slug!r} [{note.lang}].")
        with self.transaction() as conn:
            _notes.reattach(
                conn,
                annotation_id,
                text=doc.text,
                start=start,
                end=end,
                revision=doc.revision,
                now=self._clock(),
            )
        return self.annotation(annotation_id)

    def restore_annotation_record(
        self,
        *,
        key: str,
        slug: str,
        lang: str,
        quote: Quote,
        revision: int,
        color: str,
        note: str,
        tags: Iterable[str],
        uuid: str,
        created_at: datetime | None,
        made_on: int | None = None,
        state: str = "",
    ) -> tuple[Annotation, bool]:
        """Bring back an exported annotation: anchored on the held document when its
        passage is found, kept as an orphan otherwise. ``revision`` is the one its quote
        was last found in, ``made_on`` the one it was made on, ``state`` what it was
        where it was exported: found where the position says, it keeps that state
        (``moved`` stays ``moved``); found elsewhere it is ``moved``. An annotation
        whose id (uuid) is already in the library is left as it is. Returns
        (annotation, whether new)."""
        existing = _notes.by_uuid(self._read(), uuid)
        if existing is not None:
            return existing, False
        src = self.source_by_key(key)
        doc = None
        if src is not None:
            with contextlib.suppress(NotFound):
                doc = self.document(slug, lang, source=src.name)
        found = anchor(doc.text, quote) if doc is not None else None
        first = made_on if made_on is not None else revision
        if doc is not None and found is not None and found.found:
            kept = found.state is AnchorState.ANCHORED and state in ("anchored", "moved")
            outcome = AnchorState(state) if kept else found.state
            quote = describe(doc.text, found.start, found.end)
            # Revision numbers belong to the library that made them: keep the one it
            # was made on only where this library holds that many revisions.
            first, revision = min(first, doc.revision), doc.revision
        else:
            outcome = AnchorState.ORPHANED
        with self.transaction() as conn:
            aid = _notes.insert(
                conn,
                key=key,
                slug=slug,
                lang=lang,
                quote=quote,
                state=outcome,
                revision=first,
                anchored_revision=revision,
                color=color,
                note=note,
                tags=tags,
                now=self._clock(),
                uuid=uuid,
                created_at=created_at,
            )
        return self.annotation(aid), True

    def annotation_tags(self) -> list[tuple[str, int]]:
        """Every tag in use, with how many annotations carry it."""
        return _notes.tags(self._read())

    def updated_since_annotated(self) -> set[tuple[str, str]]:
        """(source name, slug) of annotated or bookmarked articles changed since."""
        return _notes.annotated_since_changed(self._read())

    def annotated_articles(self) -> set[tuple[str, str]]:
        """(source name, slug) of the articles that have annotations."""
        return _notes.annotated_articles(self._read())

    # ---- maintenance ---------------------------------------------------------------

    def update_translation_damage(self, limit: int | None = None) -> bool:
        """Count the damage (``XNUMX`` tokens, garbled dates) of translations whose count
        is missing or was made stale by a new revision, at most ``limit`` of them (a
        write: run it on the writer, in slices). True when some are left to count."""
        if self.read_only:  # a read-only library shows the counts it has
            return False
        return _damage.update(self._read(), self.transaction, limit) > 0

    def translation_damage(self) -> dict[tuple[str, str], dict[str, int]]:
        """{(source, slug): {language: damaged spots}} of every translation with
        damage, as last counted (see ``update_translation_damage``)."""
        return _damage.damaged(self._read())

    def backup(self, dest: Path | None = None, reason: str = "manual") -> Path:
        """A consistent copy of the library (online backup API), by default into the
        backups folder beside it."""
        with translated(self.path):
            if dest is not None:
                return _db.backup_to(self._conn, Path(dest))
            return _db.make_backup(self._conn, self.path, reason)

    def copy_to(self, dest: Path) -> Path:
        """Copy the library to a new file and verify the copy (integrity check, same
        rows of user data); the copy is removed when it does not match."""
        with self._lock:
            return _backups.copy_verified(self._conn, Path(dest))

    def verify(self) -> None:
        """The full structural check (every page); raises CorruptLibrary on damage."""
        try:
            _db.verify(self._read(), self.path)
        except sqlite3.DatabaseError as err:
            if _db.is_corruption(err):
                raise _db.corruption_error(self.path, err) from err
            raise

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check (empty when the file is sound)."""
        rows = [r[0] for r in self._read().execute("PRAGMA integrity_check(20)")]
        return [] if rows == ["ok"] else rows


def _locate_quote(
    text: str, exact: str, prefix: str, suffix: str, slug: str, lang: str
) -> tuple[int, int]:
    """Where the quoted passage is in ``text``; white space in the quote may differ."""
    flat = text.replace("\n", " ")  # same length: the text has single line breaks
    wanted = " ".join(exact.split())
    if not wanted:
        raise Conflict("The quote is empty.")
    spots: list[int] = []
    pos = flat.find(wanted)
    while pos >= 0:
        spots.append(pos)
        pos = flat.find(wanted, pos + 1)
    if not spots:
        raise NotFound(f"The quote is not in the text of {slug!r} [{lang}].")
    before = " ".join(prefix.split())
    after = " ".join(suffix.split())
    fitting = [
        p
        for p in spots
        if flat[:p].rstrip().endswith(before.rstrip())
        and flat[p + len(wanted) :].lstrip().startswith(after.lstrip())
    ]
    if len(fitting) != 1:
        raise Conflict(
            f"The quote occurs {len(spots)} times in {slug!r} [{lang}]"
            + ("" if fitting else " and none has the given prefix and suffix")
            + "; give a --prefix or --suffix that tells which."
        )
    return fitting[0], fitting[0] + len(wanted)
