import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reader.model import RelatedKind, RelatedLink, SearchFilter, Term, TermKind, WriteOutcome
from reader.store import Conflict, NotFound, Store
from reader.store.db import open_library
from reader.sync.ingest import build_document
from tests.conftest import FETCHED, make_article


def test_new_unchanged_updated(store: Store, source_id: int) -> None:
    rec = make_article("a", {"en": ("Title", "<p>Body</p>"), "zh-cn": ("标题", "<p>正文</p>")})
    assert store.write_article(source_id, rec) is WriteOutcome.NEW
    assert store.write_article(source_id, rec) is WriteOutcome.UNCHANGED
    edited = make_article("a", {"en": ("Title", "<p>Body, edited</p>")})
    assert store.write_article(source_id, edited) is WriteOutcome.UPDATED
    doc = store.document("a", "en")
    assert [r.number for r in doc.revisions] == [1, 2]
    assert doc.text == "Body, edited"
    assert store.revision_html(doc.summary.document_id, 1) == "<p>Body</p>"
    # The other language was not touched by a record that did not carry it.
    assert len(store.document("a", "zh-cn").revisions) == 1


def test_document_language_choice(store: Store, source_id: int) -> None:
    store.write_article(
        source_id,
        make_article(
            "a", {"zh-cn": ("标题", "<p>x</p>"), "en": ("T", "<p>y</p>"), "ar": ("ع", "<p>z</p>")}
        ),
    )
    assert store.document("a").summary.lang == "en"
    assert store.document("a", preferred=["ar", "en"]).summary.lang == "ar"
    assert store.document("a", preferred=["fr"]).summary.lang == "en"
    assert store.document("a").translations == ("en", "ar", "zh-cn")
    with pytest.raises(NotFound, match="not held in 'fr'"):
        store.document("a", "fr")
    with pytest.raises(NotFound, match="No article"):
        store.document("missing")


def test_taxonomy_and_listing(store: Store, source_id: int) -> None:
    store.upsert_terms(
        source_id, [Term(TermKind.TOPIC, "legal-trends", "Legal Trends", None, "A description")]
    )
    store.write_article(
        source_id,
        make_article(
            "old", {"en": ("Old", "<p>x</p>")}, published=date(2020, 1, 1), topics=("legal-trends",)
        ),
    )
    store.write_article(
        source_id,
        make_article(
            "new",
            {"en": ("New", "<p>x</p>")},
            published=date(2024, 1, 1),
            categories=("judgments",),
        ),
    )
    rows = store.list_articles()
    assert [r.slug for r in rows] == ["new", "old"]
    assert rows[1].topics == ("Legal Trends",)
    assert rows[0].categories == ("Judgments",)  # unknown slug gets a readable name
    assert [r.slug for r in store.list_articles(SearchFilter(topic="legal-trends"))] == ["old"]
    topics = store.terms(source_id, "topic")
    assert topics[0][0].description == "A description" and topics[0][1] == 1


def test_related_links_report_held_targets(store: Store, source_id: int) -> None:
    store.write_article(
        source_id,
        make_article("b", {"en": ("Held title", "<p>x</p>"), "ar": ("عنوان", "<p>x</p>")}),
    )
    links = (RelatedLink("b", "Site title for b", "teaser"), RelatedLink("gone", "Not synced", "t"))
    store.write_article(
        source_id,
        make_article("a", {"en": ("A", "<p>x</p>"), "ar": ("أ", "<p>x</p>")}, related=links),
    )
    en = store.document("a", "en").related
    assert [(r.slug, r.held, r.kind) for r in en] == [
        ("b", True, RelatedKind.SITE),
        ("gone", False, RelatedKind.SITE),
    ]
    assert en[0].title == "Held title" and en[1].title == "Not synced"
    assert store.document("a", "ar").related[0].title == "عنوان"


def test_user_data_survives_source_removal_and_resync(store: Store, source_id: int) -> None:
    rec = make_article("a", {"en": ("A", "<p>x</p>")})
    store.write_article(source_id, rec)
    store.set_bookmark("a")
    store.add_to_collection("Matter 1", ["a"])
    store.mark_read("a", "en")
    assert store.remove_source("test") == 1
    assert store.info().articles == 0
    # Re-adding the same source (same key) and syncing again finds the user's data.
    sid = store.add_source("test again", "cjo", "test-key").id
    store.write_article(sid, rec)
    row = store.list_articles()[0]
    assert row.bookmarked and row.read
    assert store.collection_slugs("Matter 1") == [("test-key", "a")]


def test_article_write_is_all_or_nothing(store: Store, source_id: int) -> None:
    good = make_article("a", {"en": ("A", "<p>x</p>")})
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.write_article(source_id, good)
        store._conn.execute(
            "INSERT INTO source (id, name, kind, key, created_at) VALUES (1, 'dup', 'x', 'y', 'now')"
        )
    assert store.info().articles == 0 and store.search("A") == []


def test_savepoint_keeps_batch_partners(store: Store, source_id: int) -> None:
    with store.transaction():
        store.write_article(source_id, make_article("a", {"en": ("A", "<p>x</p>")}))
        with pytest.raises(RuntimeError), store.transaction():
            store.write_article(source_id, make_article("b", {"en": ("B", "<p>x</p>")}))
            raise RuntimeError("broken article")
    assert [r.slug for r in store.list_articles()] == ["a"]


def test_bookmarks_and_collections(store: Store, source_id: int) -> None:
    for s in ("a", "b", "c"):
        store.write_article(source_id, make_article(s, {"en": (s, "<p>x</p>")}))
    assert store.set_bookmark("a") is True
    assert store.set_bookmark("a") is False
    assert [r.slug for r in store.list_articles(SearchFilter(bookmarked=True))] == ["a"]
    store.set_bookmark("a", False)
    assert store.list_articles(SearchFilter(bookmarked=True)) == []
    assert store.add_to_collection("M", ["c", "a"]) == 2
    assert store.add_to_collection("M", ["a", "b"]) == 1
    assert [s for _, s in store.collection_slugs("M")] == ["c", "a", "b"]
    with pytest.raises(NotFound):
        store.add_to_collection("M", ["a", "nope"])
    assert [s for _, s in store.collection_slugs("M")] == ["c", "a", "b"]
    with pytest.raises(Conflict):
        store.create_collection("M")
    assert store.remove_from_collection("M", "a")
    assert store.collections()[0].count == 2


def test_ambiguous_slug_needs_a_source(store: Store, source_id: int) -> None:
    other = store.add_source("other", "feed", "other-key").id
    store.write_article(source_id, make_article("same", {"en": ("One", "<p>x</p>")}))
    store.write_article(other, make_article("same", {"en": ("Two", "<p>x</p>")}))
    with pytest.raises(Conflict, match="several sources"):
        store.document("same")
    assert store.document("same", source="other").summary.title == "Two"


def test_removed_upstream_is_kept_and_flagged(store: Store, source_id: int) -> None:
    store.write_article(source_id, make_article("a", {"en": ("A", "<p>x</p>")}))
    assert store.mark_removed_upstream(source_id, "a")
    doc = store.document("a")
    assert doc.removed_upstream is not None and doc.text == "x"


def _library_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row an article write touches, with term ids replaced by the terms."""
    conn = store._conn
    queries = {
        "article": "SELECT id, slug, published, first_seen, offered FROM article",
        "term": "SELECT kind, slug, name, native_name, description FROM term",
        "article_term": """SELECT x.article_id, t.kind, t.slug, x.role, x.position
                           FROM article_term x JOIN term t ON t.id = x.term_id""",
        "related": "SELECT * FROM related",
        "document": "SELECT * FROM document",
        "revision": "SELECT * FROM revision",
        "document_text": "SELECT * FROM document_text",
        "asset": "SELECT * FROM asset",
        "asset_url": "SELECT * FROM asset_url",
        "document_asset": "SELECT * FROM document_asset",
        "related_dirty": "SELECT * FROM related_dirty",
    }
    return {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}


def test_new_articles_in_bulk_are_stored_as_one_by_one(tmp_path: Path) -> None:
    image = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png", "https://example.org/i.png")
    pictured = build_document(
        lang="en",
        title="With a picture",
        summary="s",
        raw_html='<p>Look <img src="/i.png"></p>',
        url="https://example.org/a/pic",
        fetched_at=FETCHED,
        fetch_asset=lambda src: image,
        base_url="https://example.org/",
    )
    records = [
        make_article(
            "a",
            {
                "en": ("Arbitration", "<p>Arbitration rules</p>"),
                "zh-cn": ("仲裁", "<p>仲裁规则</p>"),
            },
            topics=("arbitration", "courts"),
            related=(RelatedLink("b", "B", "teaser"),),
        ),
        replace(
            make_article("b", {"en": ("Courts", "<p>Court reform</p>")}, published=None),
            editor="an-editor",
            offered=("en", "zh-cn", "ar"),
            terms=(Term(TermKind.TOPIC, "courts", "Courts", "法院", "Court news"),),
        ),
        replace(
            make_article("c", {"en": ("Pictured", "<p>x</p>")}),
            documents=(pictured[0],),
            assets=pictured[1],
        ),
        replace(make_article("d", {"ar": ("عنوان", "<p>نص</p>")}), has_metadata=False),
    ]
    clock = lambda: datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)  # noqa: E731
    libraries = []
    for name, bulk in (("one-by-one", False), ("bulk", True)):
        conn, _ = open_library(tmp_path / f"{name}.sqlite")
        store = Store(conn, tmp_path / f"{name}.sqlite", clock=clock)
        sid = store.add_source("s", "feed", "key").id
        if bulk:
            with store.transaction():
                store.write_new_articles(sid, records)
        else:
            assert {store.write_article(sid, r) for r in records} == {WriteOutcome.NEW}
        libraries.append(store)
    one, bulk = libraries
    # Many at once and one at a time give the same rows (the same ids too) ...
    assert _library_rows(bulk) == _library_rows(one)
    # ... and those rows hold everything the records carried.
    a, b = bulk.document("a", "zh-cn"), bulk.document("b")
    assert a.translations == ("en", "zh-cn") and a.text == "仲裁规则" and a.revision == 1
    assert [t.slug for t in a.terms] == ["insights", "arbitration", "courts"]
    assert [r.slug for r in a.related if r.kind is RelatedKind.SITE] == ["b"]
    assert b.editor == "An Editor" and b.offered == ("en", "zh-cn", "ar")
    assert b.summary.published is None
    assert ("topic", "courts", "Courts", "法院", "Court news") in _library_rows(bulk)["term"]
    c = bulk.document("c")
    assert c.images == 1 and f"asset:{pictured[1][0].sha256}" in c.html
    assert bulk.asset(pictured[1][0].sha256) == ("image/png", image[0])
    assert bulk.document("d").terms == ()  # no metadata came with it
    assert {r[0] for r in _library_rows(bulk)["related_dirty"]} == {1, 2, 3, 4}
    for word in ("arbitration", "仲裁", "court", "نص"):
        assert [h.slug for h in bulk.search(word)] == [h.slug for h in one.search(word)] != []
    # Later writes treat a bulk-written article like any other.
    edited = make_article("a", {"en": ("Arbitration", "<p>Arbitration rules, revised</p>")})
    assert bulk.write_article(bulk.sources()[0].id, edited) is WriteOutcome.UPDATED
    assert [r.number for r in bulk.document("a", "en").revisions] == [1, 2]
    for store in libraries:
        store.close()


def test_bulk_write_is_all_or_nothing(store: Store, source_id: int) -> None:
    store.write_article(source_id, make_article("held", {"en": ("Held", "<p>x</p>")}))
    fresh = make_article("fresh", {"en": ("Fresh", "<p>x</p>")})
    already = make_article("held", {"en": ("Held", "<p>y</p>")})
    with pytest.raises(sqlite3.IntegrityError):
        store.write_new_articles(source_id, [fresh, already])  # "held" is not new
    assert [r.slug for r in store.list_articles()] == ["held"]
    assert store.search("fresh") == []
