"""Running a sync: discovery, parallel fetches, one writer, a report.

A source adapter *plans* jobs (discovery walks listing pages or a feed on the calling
thread) and each job *fetches* one article on a worker thread, returning a result. The
engine writes results on the calling thread, in the order planned, so the store keeps
a single writer. Each article is written in its own savepoint; savepoints are committed
in batches, so a killed sync loses at most the last batch and leaves no partial article.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from reader.model import ArticleRecord, Source, Term, WriteOutcome
from reader.store import Store, StoreError
from reader.sync.http import Cancelled, FetchError, FetchPolicy, HttpClient
from reader.sync.work import Offload, WorkerPool, default_workers, inline

_BATCH_SECONDS = 1.0
# Each commit waits for the disk (synchronous=FULL) and writes a segment of the search
# index, so a fast run (a large feed) commits every 500 articles; a slow one (a real
# site, paced) every second. Either way a killed sync loses at most a second of work.
_BATCH_ARTICLES = 500
# New articles are inserted together, this many at a time, inside the batch's transaction.
_NEW_TOGETHER = 64


@dataclass(frozen=True)
class Gone:
    """The source answered 404/410 for the article."""

    slug: str


@dataclass(frozen=True)
class NotModified:
    """Every document answered 304 (or was unchanged)."""

    slug: str


@dataclass(frozen=True)
class Fetched:
    record: ArticleRecord
    # Problems with parts of the article (a translation that failed): reported, not fatal.
    warnings: tuple[str, ...] = ()


JobResult = Gone | NotModified | Fetched


class Job(Protocol):
    """One article to fetch. A job with a true ``local`` attribute needs no network
    (a feed item whose content is already prepared) and runs on the calling thread."""

    slug: str
    url: str

    def run(self, client: HttpClient) -> JobResult: ...


class Adapter(Protocol):
    """What a source kind provides to the engine."""

    def plan(self, ctx: SyncContext) -> Iterator[Job]: ...

    def finish(self, ctx: SyncContext) -> None: ...


@dataclass(frozen=True)
class Progress:
    phase: str  # "discover", "fetch", "done"
    done: int
    planned: int
    current: str
    new: int
    updated: int
    unchanged: int
    failed: int


@dataclass
class SyncReport:
    source: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    removed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    requests: int = 0
    bytes: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    workers: int = 0  # processes that parsed the pages (0: the sync's own process)

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "removed": self.removed,
            "errors": self.errors,
            "requests": self.requests,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
            "workers": self.workers,
        }


@dataclass
class SyncContext:
    """What an adapter may use while planning: the store (read-only use), the client,
    the limit on new articles, a place to report problems, and ``offload`` for the
    parsing its jobs do (worker processes; see reader/sync/work.py)."""

    store: Store
    source: Source
    client: HttpClient
    report: SyncReport
    limit: int | None
    cancel: threading.Event
    offload: Offload = inline
    planned_new: int = 0
    terms: list[Term] = field(default_factory=list)

    def error(self, item: str, url: str, message: str) -> None:
        self.report.errors.append({"article": item, "url": url, "error": message})

    def want_more(self) -> bool:
        return not self.cancel.is_set() and (self.limit is None or self.planned_new < self.limit)


ProgressCallback = Callable[[Progress], None]


class SyncEngine:
    def __init__(
        self,
        store: Store,
        policy: FetchPolicy | None = None,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        workers: int | None = None,
    ) -> None:
        """``workers``: processes for parsing (None: one per core; 0: parse in the
        fetch threads, as for a single article)."""
        self.store = store
        self.policy = policy or FetchPolicy()
        self.cancel = cancel or threading.Event()
        self.progress = progress
        self.workers = default_workers() if workers is None else workers

    def run(self, source: Source, adapter: Adapter, limit: int | None = None) -> SyncReport:
        report = SyncReport(source=source.name)
        started = datetime.now(UTC)
        t0 = time.monotonic()
        with HttpClient(self.policy, self.cancel) as client, WorkerPool(self.workers) as pool:
            ctx = SyncContext(self.store, source, client, report, limit, self.cancel, pool)
            try:
                self._run_jobs(ctx, adapter)
                if not self.cancel.is_set():
                    adapter.finish(ctx)
                    if ctx.terms:
                        self.store.upsert_terms(source.id, ctx.terms)
            except Cancelled:
                pass
            except FetchError as err:
                # Discovery itself failed (the listing or feed could not be read).
                ctx.error("(discovery)", err.url, str(err))
                report.failed += 1
            report.requests, report.bytes = client.requests, client.bytes
            report.workers = pool.processes
        report.cancelled = self.cancel.is_set()
        report.seconds = time.monotonic() - t0
        self.store.record_sync_run(
            source.id,
            started,
            {
                "new": report.new,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "failed": report.failed,
            },
            report.errors,
        )
        self._emit("done", report, 0, 0, "")
        return report

    def _emit(self, phase: str, report: SyncReport, done: int, planned: int, current: str) -> None:
        if self.progress is not None:
            self.progress(
                Progress(
                    phase,
                    done,
                    planned,
                    current,
                    report.new,
                    report.updated,
                    report.unchanged,
                    report.failed,
                )
            )

    def _run_jobs(self, ctx: SyncContext, adapter: Adapter) -> None:
        window = max(2, self.policy.max_in_flight * 2)
        pending: deque[tuple[Job, Future[JobResult]]] = deque()
        done = planned = 0
        batch = _Batch(self.store)
        with ThreadPoolExecutor(
            max_workers=self.policy.max_in_flight, thread_name_prefix="sync-fetch"
        ) as pool:
            broke_off: FetchError | None = None
            try:
                for job in _planned(adapter.plan(ctx), ctx.source.base_url):
                    if isinstance(job, FetchError):
                        broke_off = job  # discovery failed: finish what it found, then say so
                        break
                    planned += 1
                    if getattr(job, "local", False):
                        future = _run_here(job, ctx.client)  # no network: no thread hop
                    else:
                        future = pool.submit(job.run, ctx.client)
                    pending.append((job, future))
                    self._emit("discover", ctx.report, done, planned, job.url)
                    while len(pending) >= window:
                        done += self._finish(ctx, batch, *pending.popleft())
                        self._emit("fetch", ctx.report, done, planned, job.url)
                while pending:
                    job, future = pending.popleft()
                    done += self._finish(ctx, batch, job, future)
                    self._emit("fetch", ctx.report, done, planned, job.url)
            except Cancelled:
                for _, future in pending:
                    future.cancel()
                batch.close()  # every article written so far is complete: keep them
                raise
            except BaseException as err:
                for _, future in pending:
                    future.cancel()
                batch.close(err)
                raise
            batch.close()
            if broke_off is not None:
                raise broke_off

    def _finish(self, ctx: SyncContext, batch: _Batch, job: Job, future: Future[JobResult]) -> int:
        report = ctx.report
        try:
            result = future.result()
        except Cancelled:
            raise
        except FetchError as err:
            report.failed += 1
            ctx.error(job.slug, err.url, str(err))
            return 1
        except Exception as err:  # whatever reading one article raised: it alone fails
            report.failed += 1
            foreseen = isinstance(err, (ValueError, KeyError, TypeError, UnicodeError))
            cause = f": {err}" if foreseen else f" ({type(err).__name__}: {err})"
            ctx.error(job.slug, job.url, f"could not read the page{cause}")
            return 1
        source_id = ctx.source.id
        if isinstance(result, Gone):
            if self.store.has_article(source_id, result.slug):
                batch.add(lambda: self.store.mark_removed_upstream(source_id, result.slug))
                report.removed += 1
            else:
                report.failed += 1
                ctx.error(job.slug, job.url, "the article is listed but its page is gone (404/410)")
            return 1
        if isinstance(result, NotModified):
            report.unchanged += 1
            batch.checked(source_id, result.slug)
            return 1
        for warning in result.warnings:
            ctx.error(job.slug, job.url, warning)
        outcome = batch.write(source_id, result.record)
        setattr(report, outcome.value, getattr(report, outcome.value) + 1)
        return 1


def _planned(jobs: Iterator[Job], where: str) -> Iterator[Job | FetchError]:
    """The adapter's jobs, then the FetchError that ended its discovery early, if one did.
    Anything else that breaks discovery off (an input no parser foresaw) is reported the
    same way, so that the articles found before it are still fetched and kept; the
    library's own errors (a full disk, say) and cancelling still stop the run."""
    try:
        yield from jobs
    except FetchError as err:
        yield err
    except (Cancelled, StoreError, sqlite3.Error):
        raise
    except Exception as err:
        yield FetchError(where, "discovery", f"discovery broke off ({type(err).__name__}: {err})")


def _run_here(job: Job, client: HttpClient) -> Future[JobResult]:
    future: Future[JobResult] = Future()
    try:
        future.set_result(job.run(client))
    except Exception as err:  # reported by _finish like a fetch thread's failure
        future.set_exception(err)
    return future


class _Batch:
    """Groups article writes into transactions of a few hundred articles or one second.

    Articles the library does not hold yet are kept and inserted together, 64 at a time
    or when the batch commits (``Store.write_new_articles``), which costs a fraction of
    one write each; the others are written at once, each in its own savepoint."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._open: ExitStack | None = None
        self._count = 0
        self._since = 0.0
        self._checked: list[tuple[int, str]] = []
        self._new: dict[int, dict[str, ArticleRecord]] = {}

    def _ensure(self) -> None:
        if self._open is None:
            stack = ExitStack()
            stack.enter_context(self.store.transaction())
            self._open, self._since, self._count = stack, time.monotonic(), 0

    def write(self, source_id: int, record: ArticleRecord) -> WriteOutcome:
        self._ensure()  # the transaction is open: what the library holds cannot change
        waiting = self._new.setdefault(source_id, {})
        if record.slug not in waiting and not self.store.has_article(source_id, record.slug):
            waiting[record.slug] = record  # (inserted as checked now)
            outcome = WriteOutcome.NEW
            if len(waiting) >= _NEW_TOGETHER:
                self._write_new()  # (their pages and images need not all wait in memory)
        else:
            self._write_new()  # an article met twice: its first version goes in first
            outcome = self.store.write_article(source_id, record)  # its own savepoint
            self._checked.append((source_id, record.slug))
        self._tick()
        return outcome

    def _write_new(self) -> None:
        new, self._new = self._new, {}
        for source_id, records in new.items():
            self.store.write_new_articles(source_id, list(records.values()), checked=True)

    def add(self, fn: Callable[[], object]) -> None:
        self._ensure()
        fn()
        self._tick()

    def checked(self, source_id: int, slug: str) -> None:
        self._checked.append((source_id, slug))
        if len(self._checked) >= 200:
            self.close()

    def _tick(self) -> None:
        self._count += 1
        if self._count >= _BATCH_ARTICLES or time.monotonic() - self._since >= _BATCH_SECONDS:
            self.close()

    def close(self, error: BaseException | None = None) -> None:
        """Commit the open batch, or roll it back when closing because of ``error``."""
        if error is None:
            try:
                self._finish_writes()
            except BaseException as err:
                self._end(err)
                raise
        self._new, self._checked = {}, []
        self._end(error)

    def _finish_writes(self) -> None:
        self._write_new()
        if self._checked:
            self._ensure()
            by_source: dict[int, list[str]] = {}
            for sid, slug in self._checked:
                by_source.setdefault(sid, []).append(slug)
            for sid, slugs in by_source.items():
                self.store.mark_checked(sid, slugs)
            self._checked = []

    def _end(self, error: BaseException | None) -> None:
        if self._open is not None:
            stack, self._open = self._open, None
            if error is None:
                stack.close()
            else:
                stack.__exit__(type(error), error, error.__traceback__)
