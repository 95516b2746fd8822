"""The library schema as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Each migration runs in
one transaction with the version bump, so a failed migration leaves the file as it was.
Never edit a released migration: append a new one.

User data (reading_state, bookmark, collection_item, annotation) has no foreign key to
``article``: it is keyed by (source_key, slug[, lang]) so that re-syncing, editing or
purging an article can never cascade into what the user made.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "initial schema",
        """
CREATE TABLE source (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL UNIQUE,      -- stable identity used by user data
    title      TEXT NOT NULL DEFAULT '',
    base_url   TEXT NOT NULL DEFAULT '',
    config     TEXT NOT NULL DEFAULT '{}',
    sample     INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE term (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('category', 'topic', 'contributor')),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    native_name TEXT,
    description TEXT,
    UNIQUE (source_id, kind, slug)
);

CREATE TABLE article (
    id               INTEGER PRIMARY KEY,
    source_id        INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    slug             TEXT NOT NULL,
    published        TEXT,                -- ISO date
    first_seen       TEXT NOT NULL,
    removed_upstream TEXT,                -- when the source answered 404/410
    UNIQUE (source_id, slug)
);
CREATE INDEX article_published ON article(published DESC, id DESC);

CREATE TABLE article_term (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    term_id    INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('category', 'topic', 'contributor', 'editor')),
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, role, term_id)
) WITHOUT ROWID;
CREATE INDEX article_term_by_term ON article_term(term_id, article_id);

CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '', -- plain text of the newest revision
    url         TEXT NOT NULL DEFAULT '',
    revision_id INTEGER,                  -- newest revision
    UNIQUE (article_id, lang)
);
CREATE INDEX document_lang ON document(lang, article_id);

CREATE TABLE revision (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    html_z       BLOB NOT NULL,           -- sanitized body HTML, zlib-compressed
    fetched_at   TEXT NOT NULL,
    etag         TEXT,
    last_modified TEXT,
    UNIQUE (document_id, number)
);

CREATE TABLE asset (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    mime   TEXT NOT NULL,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);
CREATE TABLE asset_url (
    url      TEXT PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE
);
CREATE TABLE document_asset (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    asset_id    INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, asset_id)
) WITHOUT ROWID;

CREATE TABLE related (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('site', 'computed')),
    target_slug TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL DEFAULT '',
    teaser      TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    score       REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, kind, target_slug)
) WITHOUT ROWID;

-- Full-text index over the segmented title, summary and text of every document.
-- Contentless: the store passes the same segmented values again to delete a row.
CREATE VIRTUAL TABLE document_fts USING fts5(
    title, summary, text,
    content = '',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

-- ---- user data: never referenced by a cascading key -------------------------------
CREATE TABLE reading_state (
    source_key TEXT NOT NULL,
    slug       TEXT NOT NULL,
    lang       TEXT NOT NULL,
    read_at    TEXT NOT NULL,
    position   REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (source_key, slug, lang)
) WITHOUT ROWID;

CREATE TABLE bookmark (
    source_key TEXT NOT NULL,
    slug       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (source_key, slug)
) WITHOUT ROWID;

CREATE TABLE collection (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE TABLE collection_item (
    collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
    source_key    TEXT NOT NULL,
    slug          TEXT NOT NULL,
    position      REAL NOT NULL,
    added_at      TEXT NOT NULL,
    PRIMARY KEY (collection_id, source_key, slug)
) WITHOUT ROWID;

CREATE TABLE annotation (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    source_key      TEXT NOT NULL,
    slug            TEXT NOT NULL,
    lang            TEXT NOT NULL,
    revision        INTEGER NOT NULL,     -- revision number the annotation was made on
    exact           TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    color           TEXT NOT NULL DEFAULT 'yellow',
    note            TEXT NOT NULL DEFAULT '',
    tags            TEXT NOT NULL DEFAULT '[]',
    state           TEXT NOT NULL DEFAULT 'anchored'
                    CHECK (state IN ('anchored', 'moved', 'orphaned')),
    anchored_revision INTEGER NOT NULL,   -- last revision where it anchored
    created_at      TEXT NOT NULL,
    modified_at     TEXT NOT NULL,
    deleted_at      TEXT                  -- soft delete, so undo never loses a note
);
CREATE INDEX annotation_by_article ON annotation(source_key, slug, lang);

-- ---- sync bookkeeping ---------------------------------------------------------------
CREATE TABLE sync_state (
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (source_id, key)
) WITHOUT ROWID;

CREATE TABLE sync_run (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER REFERENCES source(id) ON DELETE SET NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    new         INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    errors      TEXT NOT NULL DEFAULT '[]'
);
""",
    ),
    (
        "sync revisit bookkeeping",
        """
-- When sync last asked the source about an article (conditional request or full fetch);
-- the oldest-checked articles are revisited first.
ALTER TABLE article ADD COLUMN checked_at TEXT;
-- Languages the source says it has the article in (comma-separated; '' = unknown).
ALTER TABLE article ADD COLUMN offered TEXT NOT NULL DEFAULT '';
CREATE INDEX article_checked ON article(source_id, checked_at);
""",
    ),
    (
        "small document rows; articles found by address",
        """
-- Links between articles are resolved by address.
CREATE INDEX document_url ON document(url);
-- The plain text moves to its own table: document rows stay small, so filtering and
-- listing 100,000 of them never reads the long text.
CREATE TABLE document_text (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);
INSERT INTO document_text (document_id, text) SELECT id, text FROM document;
ALTER TABLE document DROP COLUMN text;
""",
    ),
    (
        "citations and related-article statistics",
        """
-- Laws, regulations, judicial interpretations, treaties and cases the articles cite
-- (reader/store/citations.py finds them; reader/store/related.py keeps these tables).
CREATE TABLE citation (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,     -- grouping key: English name, Chinese title or case number
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    native_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX citation_native ON citation(native_name);
CREATE TABLE article_citation (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    citation_id INTEGER NOT NULL REFERENCES citation(id) ON DELETE CASCADE,
    mentions    INTEGER NOT NULL DEFAULT 1,
    provisions  TEXT NOT NULL DEFAULT '',  -- article numbers cited, comma-separated
    PRIMARY KEY (article_id, citation_id)
) WITHOUT ROWID;
CREATE INDEX article_citation_by_citation ON article_citation(citation_id, article_id);
-- The most frequent distinctive words of each article (text similarity).
CREATE TABLE article_keyword (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    term       TEXT NOT NULL,
    tf         INTEGER NOT NULL,
    PRIMARY KEY (article_id, term)
) WITHOUT ROWID;
CREATE INDEX article_keyword_by_term ON article_keyword(term, tf DESC);
-- Articles whose citations, words and related list must be computed again.
CREATE TABLE related_dirty (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
);
CREATE INDEX related_by_target ON related(kind, target_slug);
CREATE TRIGGER related_dirty_new AFTER INSERT ON article BEGIN
    INSERT OR IGNORE INTO related_dirty (article_id) VALUES (new.id);
END;
CREATE TRIGGER related_dirty_revision AFTER UPDATE OF revision_id ON document
WHEN new.revision_id IS NOT old.revision_id BEGIN
    INSERT OR IGNORE INTO related_dirty (article_id) VALUES (new.article_id);
END;
INSERT INTO related_dirty (article_id) SELECT id FROM article;
""",
    ),
    (
        "annotation search",
        """
-- Quotes, notes and tags of annotations, segmented like document_fts (the store
-- registers reader_segment() before migrating); rowid = annotation id; deleted
-- annotations are left out.
CREATE VIRTUAL TABLE annotation_fts USING fts5(
    quote, note, tags,
    content = '',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
INSERT INTO annotation_fts (rowid, quote, note, tags)
    SELECT id, reader_segment(exact), reader_segment(note),
           reader_segment(coalesce((SELECT group_concat(value, ' ') FROM json_each(tags)), ''))
    FROM annotation WHERE deleted_at IS NULL;
CREATE INDEX annotation_by_uuid_state ON annotation(state, source_key, slug);
""",
    ),
    (
        "translation damage counts",
        """
-- XNUMX tokens and garbled dates per translation (reader/store/damage.py computes
-- them on demand, for the revisions named here; a newer revision makes a row stale).
CREATE TABLE translation_damage (
    document_id         INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    revision_id         INTEGER NOT NULL,
    english_revision_id INTEGER,
    spots               INTEGER NOT NULL
);
""",
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
