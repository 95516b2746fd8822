"""Fetching one article by its slug through the sync engine (a related link to an
article the library does not hold yet)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from reader.store import Store
from reader.sync.engine import Job, SyncContext, SyncEngine, SyncReport
from reader.sync.http import FetchPolicy
from reader.sync.sources import adapter_for, policy_for
from reader.sync.sources.cjo import CjoAdapter


class CannotFetch(Exception):
    """The source cannot fetch a single article; the message says why."""


@dataclass
class _OneArticle:
    """An adapter that plans exactly one article of a CJO source."""

    inner: CjoAdapter
    slug: str

    def plan(self, ctx: SyncContext) -> Iterator[Job]:
        self.inner.start(ctx)
        ctx.planned_new += 0 if ctx.store.has_article(ctx.source.id, self.slug) else 1
        yield self.inner._job(ctx, self.slug, None)

    def finish(self, ctx: SyncContext) -> None:
        """Nothing to persist: the listing walk is untouched."""


def fetch_article(
    store: Store,
    source: str,
    slug: str,
    *,
    policy: FetchPolicy | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """Fetch (or refresh) one article of a source with every configured language, then
    bring related articles up to date. Raises CannotFetch for sources that list
    articles only through a feed."""
    src = store.require_source(source)
    adapter = adapter_for(src)
    if not isinstance(adapter, CjoAdapter):
        raise CannotFetch(
            f"The source {src.name!r} is a feed: single articles cannot be fetched from it; "
            "sync the source instead."
        )
    engine = SyncEngine(store, policy_for(src, policy), cancel, workers=0)
    report = engine.run(src, _OneArticle(adapter, slug))
    store.compute_related()
    return report
