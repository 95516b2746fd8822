"""The engine's writing: batches, new articles written together, a full disk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reader.model import ArticleRecord
from reader.store import DiskFull, Store
from reader.store.db import open_library
from reader.sync.engine import Fetched, JobResult, SyncContext, SyncEngine, SyncReport
from reader.sync.http import FetchPolicy, HttpClient
from tests.conftest import make_article


@dataclass
class LocalJob:
    """An article already in hand (as a feed's item is): no network."""

    record: ArticleRecord
    local: bool = True

    @property
    def slug(self) -> str:
        return self.record.slug

    @property
    def url(self) -> str:
        return f"https://example.org/{self.slug}"

    def run(self, client: HttpClient) -> JobResult:
        return Fetched(self.record)


class ListAdapter:
    def __init__(self, records: list[ArticleRecord]) -> None:
        self.records = records

    def plan(self, ctx: SyncContext) -> Iterator[LocalJob]:
        for record in self.records:
            ctx.planned_new += 1
            yield LocalJob(record)

    def finish(self, ctx: SyncContext) -> None:
        pass


def _run(store: Store, records: list[ArticleRecord]) -> SyncReport:
    source = store.source("s") or store.add_source("s", "feed", "key")
    return SyncEngine(store, FetchPolicy(min_interval=0), workers=0).run(
        source, ListAdapter(records)
    )


def _article(slug: str, body: str = "Body") -> ArticleRecord:
    return make_article(slug, {"en": (slug.title(), f"<p>{body} of {slug}</p>")})


def test_new_articles_met_twice_in_one_batch(store: Store) -> None:
    records = [_article("a"), _article("b"), _article("a", "Second body"), _article("c")]
    report = _run(store, records)
    assert (report.new, report.updated, report.unchanged) == (3, 1, 0)
    doc = store.document("a")
    assert [r.number for r in doc.revisions] == [1, 2] and doc.text == "Second body of a"
    assert sorted(r.slug for r in store.list_articles()) == ["a", "b", "c"]
    # Known articles are written one by one, and an unchanged one changes nothing.
    report = _run(store, [_article("b"), _article("d")])
    assert (report.new, report.unchanged) == (1, 1)
    assert len(store.document("b").revisions) == 1


def test_a_full_disk_keeps_the_batches_already_written(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Store.open(path) as store:
        _run(store, [_article("held")])
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        big = [_article(f"big-{i}", "lorem ipsum dolor sit amet " * 3000) for i in range(5)]
        with pytest.raises(DiskFull):
            _run(store, big)
    with Store.open(path) as store:
        assert [r.slug for r in store.list_articles()] == ["held"]
        assert store.search("lorem") == [] and store.check() == []


def test_a_sync_records_when_it_asked_about_each_article(tmp_path: Path) -> None:
    # Revisits go to the articles asked about longest ago, and never-asked ones first.
    times = iter(datetime(2026, 3, 1, hour, tzinfo=UTC) for hour in range(1, 24))
    conn, _ = open_library(tmp_path / "lib.sqlite")
    store = Store(conn, tmp_path / "lib.sqlite", clock=lambda: next(times))
    sid = store.add_source("s", "feed", "key").id
    store.write_article(sid, _article("from-a-pack"))  # written, but no source asked
    newer = replace(_article("new-one"), published=date(2025, 1, 1))  # (first, were neither asked)
    _run(store, [newer])  # new: inserted as asked just now
    assert store.stalest_slugs(sid, 2) == ["from-a-pack", "new-one"]
    _run(store, [_article("from-a-pack")])  # held and asked again, later than the other
    assert store.stalest_slugs(sid, 2) == ["new-one", "from-a-pack"]
    store.close()


@dataclass
class BrokenJob(LocalJob):
    """An article whose reading fails in a way no parser anticipated."""

    def run(self, client: HttpClient) -> JobResult:
        raise RecursionError("maximum recursion depth exceeded")


class MixedAdapter(ListAdapter):
    def plan(self, ctx: SyncContext) -> Iterator[LocalJob]:
        for record in self.records:
            ctx.planned_new += 1
            yield BrokenJob(record) if record.slug == "broken" else LocalJob(record)


def test_an_article_that_fails_unexpectedly_fails_alone(store: Store) -> None:
    source = store.add_source("s", "feed", "key")
    records = [_article("a"), _article("broken"), _article("c")]
    report = SyncEngine(store, FetchPolicy(min_interval=0), workers=0).run(
        source, MixedAdapter(records)
    )
    assert (report.new, report.failed) == (2, 1)
    assert report.errors[0]["article"] == "broken" and "RecursionError" in report.errors[0]["error"]
    assert sorted(r.slug for r in store.list_articles()) == ["a", "c"]


class BreakingAdapter(ListAdapter):
    """Discovery that finds two articles, then meets something no parser foresaw."""

    def plan(self, ctx: SyncContext) -> Iterator[LocalJob]:
        yield from super().plan(ctx)
        raise LookupError("unknown encoding: x-nonsense")


def test_discovery_that_breaks_off_unexpectedly_keeps_what_it_found(store: Store) -> None:
    source = store.add_source("s", "feed", "key", base_url="https://blog.example/feed")
    report = SyncEngine(store, FetchPolicy(min_interval=0), workers=0).run(
        source, BreakingAdapter([_article("a"), _article("b")])
    )
    assert (report.new, report.failed) == (2, 1)
    (error,) = report.errors
    assert error["article"] == "(discovery)" and "LookupError" in error["error"]
    assert "https://blog.example/feed" in error["error"]
    assert sorted(r.slug for r in store.list_articles()) == ["a", "b"]
