"""Syncing RSS and Atom feeds from the fixture blog on loopback."""

from __future__ import annotations

import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reader.model import Source
from reader.store import Store
from reader.sync.engine import Progress, SyncEngine, SyncReport
from reader.sync.http import FetchPolicy
from reader.sync.sources import adapter_for, source_key
from reader.sync.work import default_workers
from tests.fixtures.feeds import FeedFixtureServer, generated_feed

FAST = FetchPolicy(min_interval=0, backoff=0.01, timeout=5)


@pytest.fixture
def server() -> Iterator[FeedFixtureServer]:
    with FeedFixtureServer() as srv:
        yield srv


def add_feed(store: Store, url: str, name: str = "blog") -> Source:
    return store.add_source(name, "feed", source_key("feed", url), base_url=url)


def sync(store: Store, src: Source) -> SyncReport:
    return SyncEngine(store, FAST).run(src, adapter_for(src))


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_full_content_feeds_need_no_page_fetches(
    store: Store, server: FeedFixtureServer, kind: str
) -> None:
    src = add_feed(store, server.feed_url(kind))
    report = sync(store, src)
    items = server.items
    assert report.failed == 0, report.errors
    assert report.new == len(items) == store.info().articles
    assert server.count("/posts/") == 0  # everything came from the feed
    rows = store.list_articles()
    assert all(
        r.url.startswith(server.base_url + "/posts/") for r in rows
    )  # relative links resolved
    first = items[0]
    doc = store.document(rows[0].slug)
    assert doc.text and doc.summary.title
    assert any(first.title in r.title for r in rows)
    undated = [r for r in rows if r.published is None]
    assert len(undated) == 1  # the oldest item has no date, and is kept anyway
    # Images in the feed's content are fetched once each and stored with the article.
    assert server.count("/upload/") == len(server.images) == 4
    pictured = [r.slug for r in rows if 'src="asset:' in store.document(r.slug).html]
    assert len(pictured) == 4 and store.document(pictured[0]).images >= 1
    assert report.workers == default_workers()


def test_excerpt_feed_fetches_pages_and_extracts_main_text(
    store: Store, server: FeedFixtureServer
) -> None:
    src = add_feed(store, server.feed_url("excerpt"))
    report = sync(store, src)
    assert report.failed == 0, report.errors
    assert server.count("/posts/") == len(server.items)
    doc = store.document(store.list_articles()[0].slug)
    for chrome in ("Leave a comment", "Share on", "Recent posts", "Subscribe"):
        assert chrome.lower() not in doc.text.lower()
    assert len(doc.text) > 1000


def test_unchanged_feed_costs_one_conditional_request(
    store: Store, server: FeedFixtureServer
) -> None:
    src = add_feed(store, server.feed_url("rss"))
    sync(store, src)
    server.reset_log()
    report = sync(store, src)
    assert report.new == report.updated == 0
    assert [r.status for r in server.log if r.path != "/robots.txt"] == [304]


def test_edited_item_becomes_a_revision(store: Store, server: FeedFixtureServer) -> None:
    src = add_feed(store, server.feed_url("rss"))
    sync(store, src)
    slug_path = server.items[0].slug
    server.edit_item(slug_path, "<p>Entirely rewritten text about arbitration reform.</p>" * 20)
    report = sync(store, src)
    assert report.updated == 1 and report.new == 0
    held = [r for r in store.list_articles() if slug_path in r.slug]
    doc = store.document(held[0].slug)
    assert len(doc.revisions) == 2 and "rewritten" in doc.text


@pytest.mark.parametrize(
    ("kind", "words"), [("malformed", "not well-formed"), ("html", "web page, not")]
)
def test_bad_feeds_are_one_clear_error(
    store: Store, server: FeedFixtureServer, kind: str, words: str
) -> None:
    src = add_feed(store, server.feed_url(kind))
    report = sync(store, src)
    assert report.new == 0 and len(report.errors) == 1
    assert words in report.errors[0]["error"]


def test_cancelling_a_large_feed_stops_it_and_the_next_sync_finishes() -> None:
    with FeedFixtureServer(generated_feed(300)) as server, tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "lib.sqlite")
        src = add_feed(store, server.feed_url())
        cancel = threading.Event()
        seen: list[Progress] = []

        def progress(p: Progress) -> None:
            seen.append(p)
            if p.new >= 20:
                cancel.set()

        report = SyncEngine(store, FAST, cancel, progress).run(src, adapter_for(src))
        assert report.cancelled
        held = store.info().articles
        assert 20 <= held < 100  # stopped soon after the cancel, not after all 300
        report = sync(store, src)
        assert report.new == 300 - held and store.info().articles == 300
        store.close()


def test_an_item_listed_twice_is_stored_once_as_its_newest_copy(store: Store) -> None:
    items = generated_feed(4)
    older = replace(items[2], slug=items[0].slug, content_html="<p>An older copy.</p>" * 30)
    # Feeds list the newest first: the lower copy is an older version of the post.
    with FeedFixtureServer([items[0], items[1], older, items[3]]) as server:
        report = sync(store, add_feed(store, server.feed_url()))
    assert (report.new, report.updated, report.failed) == (3, 0, 0)
    assert store.info().articles == 3
    held = [r.slug for r in store.list_articles() if items[0].slug in r.slug]
    doc = store.document(held[0])
    assert len(doc.revisions) == 1 and "older copy" not in doc.text


def test_a_broken_link_in_a_post_does_not_cost_the_post(store: Store) -> None:
    items = generated_feed(3)
    broken = (
        '<p>See <a href="//[::1/x">this</a> and <a href="/posts/ok/">that</a>.</p>'
        '<p><img src="http://[::1/chart.png" alt="A chart"></p>'
    )
    items[1] = replace(items[1], content_html=items[1].content_html + broken)
    with FeedFixtureServer(items) as server:
        report = sync(store, add_feed(store, server.feed_url()))
    assert (report.new, report.failed) == (3, 0)
    doc = store.document(next(r.slug for r in store.list_articles() if items[1].slug in r.slug))
    # The link no one can follow stays as written; the others are resolved as usual.
    assert 'href="//[::1/x"' in doc.html and f'href="{server.base_url}/posts/ok/"' in doc.html


@pytest.mark.parametrize("declared", [True, False], ids=["declared", "header-only"])
def test_a_feed_in_gbk_is_read(store: Store, declared: bool) -> None:
    items = generated_feed(5)
    with FeedFixtureServer(items, encoding="gbk", declared=declared) as server:
        report = sync(store, add_feed(store, server.feed_url()))
    assert (report.new, report.failed) == (5, 0)
    docs = {d.summary.title: d for d in (store.document(r.slug) for r in store.list_articles())}
    assert set(docs) == {it.title for it in items}
    # The Chinese terms the posts cite came through as characters, not as mojibake.
    for it in items:
        cited = re.findall(r"[\u4e00-\u9fff]+", it.content_html)
        assert cited and all(term in docs[it.title].text for term in cited)


def test_a_feed_cut_short_keeps_the_items_before_the_cut(store: Store) -> None:
    with FeedFixtureServer(generated_feed(200)) as server:
        src = add_feed(store, server.feed_url())
        server.set_fault("/feed/", "truncated", fraction=0.5, times=1)
        report = sync(store, src)
        (error,) = report.errors
        assert "not well-formed" in error["error"] and "items before the fault" in error["error"]
        held = store.info().articles
        assert 80 <= held < 100 and report.new == held and report.failed == 1
        # The feed's validators were not kept: the next sync reads it whole and finishes.
        report = sync(store, src)
        assert (report.new, report.failed) == (200 - held, 0)
        assert store.info().articles == 200
