"""Syncing the China Justice Observer fixture site on loopback into real library files."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.model import SearchFilter, Source
from reader.store import Store
from reader.sync.engine import Progress, SyncEngine, SyncReport
from reader.sync.http import DEFAULT_USER_AGENT, FetchPolicy
from reader.sync.sources import adapter_for, source_key
from tests.fixtures.cjo_site import (
    CP1252_TEXT,
    CjoFixtureServer,
    robots_txt,
    site_from_sample,
)

LANGS = ["en", "zh-cn", "ar", "ja", "es", "fr", "de", "nl"]
FAST = FetchPolicy(min_interval=0, backoff=0.01, timeout=5, max_bytes=2 * 1024 * 1024)
RECIPROCITY = "supreme-court-embraces-presumed-reciprocity"


@pytest.fixture
def server() -> Iterator[CjoFixtureServer]:
    with CjoFixtureServer(site_from_sample()) as srv:
        yield srv


def add_source(store: Store, srv: CjoFixtureServer, langs: list[str] = LANGS) -> Source:
    return store.add_source(
        "cjo",
        "cjo",
        source_key("cjo", srv.base_url),
        base_url=srv.base_url,
        config={"language_url": srv.language_url, "languages": langs},
    )


def sync(
    store: Store,
    source: Source,
    policy: FetchPolicy = FAST,
    *,
    limit: int | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> SyncReport:
    src = store.source(source.name)  # the stored config, as the CLI would read it
    assert src is not None
    engine = SyncEngine(store, policy, cancel=cancel, progress=progress)
    return engine.run(src, adapter_for(src), limit=limit)


def test_first_sync_stores_everything(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server)
    report = sync(store, src)
    site = server.site
    assert report.failed == 0, report.errors
    assert report.new == len(site.articles) == store.info().articles
    for art in site.articles.values():
        held = store.document(art.slug).translations
        expected = {lang for lang in art.docs if lang in LANGS}
        assert set(held) == expected, art.slug
    doc = store.document(RECIPROCITY)
    art = site.articles[RECIPROCITY]
    assert doc.summary.published == art.published
    assert set(doc.summary.categories) == {c.name for c in art.categories}
    assert set(doc.summary.topics) == {t.name for t in art.topics}
    assert doc.summary.contributors == tuple(p.name for p in art.contributors)
    assert doc.summary_text == art.docs["en"].summary
    assert [r.slug for r in doc.related if r.kind.value == "site"] == [r.slug for r in art.related]
    # Body: the summary, labels, related block and the sidebar are not part of it.
    assert not doc.text.startswith(art.docs["en"].summary[:40])
    assert "You might also like" not in doc.text and "Categories:" not in doc.text
    assert "Notes" in doc.text  # footnotes kept
    # Translations carry their own text, and metadata from English.
    zh = store.document(RECIPROCITY, "zh-cn")
    assert zh.summary.title == art.docs["zh-cn"].title and "最高人民法院" in zh.text
    assert zh.summary.published == art.published
    # Topic descriptions come from the topic pages.
    topics = {t.slug: t for t, _ in store.terms(src.id, "topic")}
    assert topics["china-legal-trends"].description == site.topics["china-legal-trends"].description
    # Images are stored for offline use and the body points at them.
    with_image = store.document("serving-process-on-chinese-defendants")
    assert with_image.images == 1 and 'src="asset:' in with_image.html
    # Search works on what sync stored, in Chinese too.
    assert store.search("法院", SearchFilter(lang="zh-cn"))


def test_politeness(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en", "zh-cn"])
    server.robots = robots_txt(disallow=("/editors/",))
    sync(store, src)
    assert server.max_in_flight <= 4
    assert all(r.header("user-agent") == DEFAULT_USER_AGENT for r in server.log)
    assert server.count("/robots.txt") == 1
    assert server.count("/editors/") == 0  # disallowed by robots.txt


def test_rate_limit_spaces_requests(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en"])
    sync(store, src, FetchPolicy(min_interval=0.05, max_in_flight=4), limit=3)
    # Server-side times can be logged late under load, which shrinks the next gap; the
    # span of the whole run cannot shrink below the sum of the enforced gaps.
    starts = sorted(r.time for r in server.log)
    assert len(starts) >= 5
    assert starts[-1] - starts[0] >= 0.9 * 0.05 * (len(starts) - 1)


def test_second_sync_downloads_no_article_in_full(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server)
    sync(store, src)
    server.reset_log()
    report = sync(store, src)
    assert report.new == report.updated == report.failed == 0
    article_hits = [r for r in server.log if "/a/" in r.path]
    assert article_hits and all(r.status == 304 for r in article_hits)
    assert server.count("/articles") == 1  # stopped paging at the first held article


def test_edited_article_becomes_a_new_revision(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server)
    sync(store, src)
    before = store.document(RECIPROCITY).text
    server.edit_article(RECIPROCITY, "en")
    report = sync(store, src)
    assert report.updated == 1
    doc = store.document(RECIPROCITY)
    assert [r.number for r in doc.revisions] == [1, 2]
    assert doc.text != before and "Update" in doc.text
    assert store.revision_html(doc.summary.document_id, 1) is not None
    # Taxonomy stays when only a translation changes (English answers 304).
    server.edit_article(RECIPROCITY, "zh-cn")
    sync(store, src)
    assert len(store.document(RECIPROCITY, "zh-cn").revisions) == 2
    assert store.document(RECIPROCITY).summary.topics


def test_broken_links_do_not_cost_the_article(store: Store, server: CjoFixtureServer) -> None:
    broken = '<p>See <a href="//[::1/x">this</a> and <a href="http://[::1">that</a>.</p>'
    server.edit_article(RECIPROCITY, "en", body_html=lambda body: body + broken)
    report = sync(store, add_source(store, server, ["en"]))
    assert report.failed == 0 and report.new == len(server.site.articles)
    # The link no one can follow stays as written (the sanitizer drops the other).
    assert 'href="//[::1/x"' in store.document(RECIPROCITY).html


def test_new_article_is_found_incrementally(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en"])
    sync(store, src)
    server.add_article(
        slug="brand-new-ruling",
        title="A Brand New Ruling",
        body_html="<p>" + "The court ruled on a new question. " * 10 + "</p>",
        summary="A new ruling, summarised in one sentence for the listing.",
    )
    server.reset_log()
    report = sync(store, src)
    assert (
        report.new == 1 and store.document("brand-new-ruling").summary.title == "A Brand New Ruling"
    )
    assert server.count("/articles") == 1


def test_removed_article_is_kept_and_flagged(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en"])
    sync(store, src)
    store.set_bookmark(RECIPROCITY)
    server.remove_article(RECIPROCITY, status=410)
    # Held articles on the first listing page plus the longest-unchecked ones are asked again.
    report = sync(store, src)
    assert report.removed == 1
    doc = store.document(RECIPROCITY)
    assert doc.removed_upstream is not None and doc.text
    assert store.list_articles(SearchFilter(bookmarked=True))[0].slug == RECIPROCITY


def test_one_broken_article_does_not_stop_the_run(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en", "zh-cn"])
    server.set_fault("company-chops-and-seals", "500")
    server.set_fault("/a/judge-quota-system-explained", "gzip-bomb")
    server.set_fault("/a/what-is-a-business-license-in-china", "redirect-loop")
    server.set_fault("/a/becoming-a-lawyer-in-china", "oversized", size=5_000_000)
    report = sync(store, src)
    failed = {e["article"] for e in report.errors}
    assert failed == {
        "company-chops-and-seals",
        "judge-quota-system-explained",
        "what-is-a-business-license-in-china",
        "becoming-a-lawyer-in-china",
    }
    assert report.failed == 4 and report.new == len(server.site.articles) - 4
    messages = " ".join(e["error"] for e in report.errors)
    assert "500" in messages and "larger than" in messages and "redirect" in messages
    # The bomb was cut at the cap, not inflated.
    assert report.bytes < 50_000_000
    # The broken ones come in on the next run once the site is healthy again.
    server.clear_fault()
    report = sync(store, src)
    assert report.new == 4 and report.failed == 0


def test_transient_faults_are_retried(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en"])
    server.set_fault("/a/company-chops-and-seals", "429", times=1, retry_after=1)
    server.set_fault("/a/judge-quota-system-explained", "500-transient", times=2)
    server.set_fault("/a/becoming-a-lawyer-in-china", "reset", times=1)
    server.set_fault("/a/what-is-a-judicial-interpretation", "503", times=1, retry_after=1)
    report = sync(store, src)
    assert report.failed == 0, report.errors
    hits = server.requests_for("/a/company-chops-and-seals")
    assert [r.status for r in hits] == [429, 200]
    assert hits[1].time - hits[0].time >= 0.9  # Retry-After honoured
    assert [r.status for r in server.requests_for("/a/judge-quota-system-explained")] == [
        500,
        500,
        200,
    ]
    assert "reset" not in store.document("becoming-a-lawyer-in-china").text


def test_timeouts_are_reported(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en"])
    server.set_fault("/a/company-chops-and-seals", "slow", delay=1.5)
    policy = FetchPolicy(min_interval=0, backoff=0.01, timeout=0.3, retries=1)
    report = sync(store, src, policy)
    assert [e["article"] for e in report.errors] == ["company-chops-and-seals"]
    assert "in time" in report.errors[0]["error"]


def test_charsets(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en", "zh-cn"])
    server.set_fault("/a/company-chops-and-seals", "cp1252-header-only")
    server.set_fault("/a/judge-quota-system-explained", "wrong-charset-cp1252")
    server.set_fault(f"/zh-cn/a/{RECIPROCITY}", "wrong-charset-latin1")
    report = sync(store, src)
    assert report.failed == 0, report.errors
    assert CP1252_TEXT in store.document("company-chops-and-seals").text
    assert CP1252_TEXT in store.document("judge-quota-system-explained").text
    assert "最高人民法院" in store.document(RECIPROCITY, "zh-cn").text


def test_truncated_page_is_completed_by_the_next_sync(
    store: Store, server: CjoFixtureServer
) -> None:
    src = add_source(store, server, ["en"])
    server.set_fault("/a/company-chops-and-seals", "truncated", times=1)
    sync(store, src)
    server.clear_fault()
    server.edit_article("company-chops-and-seals", "en")  # the site changes, as sites do
    sync(store, src)
    doc = store.document("company-chops-and-seals")
    assert "Update" in doc.text


@pytest.mark.parametrize("variant", ["no-classes", "jsonld-og-only", "no-h1", "missing-fields"])
def test_markup_variants(store: Store, variant: str) -> None:
    with CjoFixtureServer(site_from_sample(), variant=variant) as srv:
        src = add_source(store, srv, ["en", "zh-cn"])
        report = sync(store, src)
        assert report.failed == 0, report.errors
        assert report.new == len(srv.site.articles)
        art = srv.site.articles[RECIPROCITY]
        doc = store.document(RECIPROCITY)
        assert doc.summary.title == art.docs["en"].title
        assert doc.summary.published == art.published
        assert doc.summary.contributors == tuple(p.name for p in art.contributors)
        assert "For decades" in doc.text and "You might also like" not in doc.text
        if variant != "missing-fields":
            assert set(doc.summary.categories) == {c.name for c in art.categories}
        assert store.document(RECIPROCITY, "zh-cn").summary.title == art.docs["zh-cn"].title


def test_limit_and_cancel(store: Store, server: CjoFixtureServer) -> None:
    src = add_source(store, server, ["en"])
    report = sync(store, src, limit=5)
    assert report.new == 5
    # The first walk was not finished: the next run continues, skipping what is held.
    server.reset_log()
    cancel = threading.Event()
    seen: list[int] = []

    def progress(p: Progress) -> None:
        seen.append(1)
        if len(seen) == 6:
            cancel.set()

    report = sync(store, src, cancel=cancel, progress=progress)
    assert report.cancelled
    held = store.info().articles
    assert 5 < held < len(server.site.articles)
    report = sync(store, src)
    assert store.info().articles == len(server.site.articles)
    assert report.new == len(server.site.articles) - held


def test_unreachable_site_is_one_clear_error(store: Store, tmp_path: Path) -> None:
    src = store.add_source(
        "down",
        "cjo",
        "cjo:down",
        base_url="http://127.0.0.1:9",
        config={"language_url": "http://127.0.0.1:9/{lang}", "languages": ["en"]},
    )
    report = sync(store, src, FetchPolicy(min_interval=0, backoff=0.01, retries=1, timeout=1))
    assert report.new == 0 and report.errors[0]["article"] == "(discovery)"
    assert "connection failed" in report.errors[0]["error"]


def test_annotations_follow_an_upstream_edit(store: Store, server: CjoFixtureServer) -> None:
    """Annotate, let the site edit the article, sync again: every annotation is
    anchored, moved or orphaned as its passage fared, and none is missing."""
    src = add_source(store, server, ["en", "zh-cn"])
    sync(store, src)
    text = store.document(RECIPROCITY).text
    lines = [line for line in text.split("\n") if len(line.split()) > 12]
    first, second, third = lines[0], lines[1], lines[2]
    kept = store.annotate_quote(RECIPROCITY, "en", first[:40], note="Kept")
    moved_words = " ".join(second.split()[2:9])
    moved = store.annotate_quote(RECIPROCITY, "en", moved_words, note="Moved")
    gone = store.annotate_quote(RECIPROCITY, "en", " ".join(third.split()[:8]), note="Gone")
    zh_text = store.document(RECIPROCITY, "zh-cn").text
    zh = store.annotate(RECIPROCITY, "zh-cn", 0, min(12, len(zh_text.split("\n")[0])))

    def edit(body: str) -> str:
        # A new paragraph ahead of the second one (the second annotation moves), and
        # the third paragraph's opening words replaced (that passage is gone).
        body = body.replace(
            second.split()[0],
            "Editor's note: a clarification was added. " + second.split()[0],
            1,
        )
        return body.replace(" ".join(third.split()[:8]), "This sentence was rewritten entirely.", 1)

    server.edit_article(RECIPROCITY, "en", edit)
    report = sync(store, src)
    assert report.updated == 1
    doc = store.document(RECIPROCITY)
    assert [r.number for r in doc.revisions] == [1, 2]
    notes = {a.note: a for a in store.annotations(slug=RECIPROCITY)}
    assert len(store.annotations()) == 4  # nothing dropped
    assert notes["Kept"].state == "anchored" and notes["Kept"].id == kept.id
    assert notes["Moved"].state == "moved" and notes["Moved"].id == moved.id
    assert doc.text[notes["Moved"].start : notes["Moved"].end] == moved_words
    assert notes["Gone"].state == "orphaned" and notes["Gone"].id == gone.id
    assert notes["Gone"].exact == gone.exact and notes["Gone"].anchored_revision == 1
    assert store.annotation(zh.id).state == "anchored"  # that language did not change
    assert ("cjo", RECIPROCITY) in store.updated_since_annotated()


def test_a_listing_page_that_fails_keeps_the_articles_found_before(
    store: Store, server: CjoFixtureServer
) -> None:
    src = add_source(store, server, ["en"])
    server.set_fault("/articles?p=2", "500")
    report = sync(store, src)
    discovery = [e for e in report.errors if e["article"] == "(discovery)"]
    assert len(discovery) == 1 and "p=2" in discovery[0]["url"]
    first_page = store.info().articles
    assert first_page > 0 and report.new == first_page
    # The walk did not reach the end, so the next sync walks it again and finds the rest.
    server.clear_fault()
    report = sync(store, src)
    assert report.failed == 0 and store.info().articles == len(server.site.listed("en"))
