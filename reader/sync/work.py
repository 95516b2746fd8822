"""Parsing and sanitizing in worker processes, while fetching and writing stay here.

A sync spends most of its CPU on parsing pages, sanitizing and extracting text. Python
threads share one core for that, so the engine hands those steps to a small pool of
processes: a fetch thread calls ``offload(fn, *args)`` and waits (without holding the
interpreter) while a worker runs ``fn``. Only this process talks to the network and to
the library, so politeness limits, robots.txt, request counts, cancellation and the
single writer are unchanged.

``fn`` and its arguments cross a process boundary, so they must be picklable: a
module-level function and plain data. The pool is a convenience, not a dependency: if
it cannot start, or a worker dies, the work runs in the calling thread instead.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Generic, Protocol, TypeVar

from reader.model import AssetRecord, DocumentRecord
from reader.sync.ingest import AssetFetcher, KnownImages, build_document

T = TypeVar("T")
_NICENESS = 5

# What a worker imports (every source kind), loaded once by the fork server, not per worker.
_PRELOAD = ["reader.sync.sources"]


class Offload(Protocol):
    def __call__(self, fn: Callable[..., T], /, *args: Any) -> T:
        """Run ``fn(*args)`` (elsewhere) and wait for its result."""
        ...

    def map(self, fn: Callable[..., T], calls: Iterable[tuple[Any, ...]]) -> Iterator[Done[T]]:
        """``fn(*args)`` for each ``args``, outcomes in order; the work is sent in chunks
        and runs ahead of the caller, for many small calls (the items of a feed). A call
        that raises fails alone: its outcome raises again on ``get()``."""
        ...


@dataclass(frozen=True)
class Done(Generic[T]):
    """The outcome of one call of ``Offload.map``."""

    value: T | None = None
    error: Exception | None = None

    def get(self) -> T:
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def _attempt(fn: Callable[..., T], args: tuple[Any, ...]) -> Done[T]:
    try:
        return Done(fn(*args))
    except Exception as err:  # handed to the caller, who reports it per item
        return Done(error=err)


class Inline:
    """Runs everything here: for single articles, where starting processes costs more."""

    def __call__(self, fn: Callable[..., T], /, *args: Any) -> T:
        return fn(*args)

    def map(self, fn: Callable[..., T], calls: Iterable[tuple[Any, ...]]) -> Iterator[Done[T]]:
        return (_attempt(fn, args) for args in calls)


inline = Inline()


def default_workers() -> int:
    """Worker processes for a full sync: one per core, at most four; none on one core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    return 0 if cores < 2 else min(4, cores)


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods and not getattr(sys, "frozen", False):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    # Never plain fork: the desktop app's process has Qt's threads.
    return multiprocessing.get_context("spawn")


def _watch_parent(alive: Connection) -> None:
    """In each worker: exit as soon as the process that started it is gone. Ctrl-C in a
    terminal reaches the workers too; the sync's own process decides what it means."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        # Parsing is background work: the window (and whatever else the user runs)
        # goes first when the cores are busy.
        os.nice(_NICENESS)

    def wait() -> None:
        with contextlib.suppress(EOFError, OSError):
            alive.recv_bytes()
        os._exit(0)

    threading.Thread(target=wait, name="parent-watch", daemon=True).start()


def _started() -> int:
    return os.getpid()


def _run_chunk(fn: Callable[..., T], calls: list[tuple[Any, ...]]) -> list[Done[T]]:
    return [_attempt(fn, args) for args in calls]


def _here(fn: Callable[..., T], calls: list[tuple[Any, ...]]) -> Future[list[Done[T]]]:
    future: Future[list[Done[T]]] = Future()
    future.set_result(_run_chunk(fn, calls))
    return future


class WorkerPool:
    """An ``Offload`` backed by worker processes; thread-safe. Use as a context manager."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._broken = False
        self._pipe: tuple[Connection, Connection] | None = None
        self._starter: threading.Thread | None = None

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the workers in the background, so that their start (a fork server that
        imports the parsers, about 0.3 s the first time) overlaps discovery."""
        if self.workers < 1 or self._starter is not None:
            return
        self._starter = threading.Thread(target=self._start, name="worker-start", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        with self._lock:
            try:
                ctx = _context()
                # Workers outlive a killed parent unless they watch it: each holds the read
                # end of a pipe whose only write end is here, and exits when it closes.
                # (The read end stays open here too: workers are started on demand.)
                watch, alive = ctx.Pipe(duplex=False)
                self._pipe = (watch, alive)
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=ctx, initializer=_watch_parent, initargs=(watch,)
                )
                for _ in range(self.workers):
                    self._pool.submit(_started)
            except Exception:  # no processes here (a sandbox, say): the work runs inline
                self._broken = True

    @property
    def processes(self) -> int:
        """Worker processes doing the work (0: it runs in this process)."""
        return 0 if self._ready() is None else self.workers

    def _ready(self) -> ProcessPoolExecutor | None:
        if self._starter is not None:
            self._starter.join()
        return None if self._broken else self._pool

    def __call__(self, fn: Callable[..., T], /, *args: Any) -> T:
        pool = self._ready()
        if pool is None:
            return fn(*args)
        try:
            future: Future[T] = pool.submit(fn, *args)
        except (BrokenProcessPool, RuntimeError):
            self._broken = True
            return fn(*args)
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory): do the rest of the run here.
            self._broken = True
            return fn(*args)

    def map(self, fn: Callable[..., T], calls: Iterable[tuple[Any, ...]]) -> Iterator[Done[T]]:
        pool = self._ready()
        if pool is None:
            return inline.map(fn, calls)
        return self._chunked(pool, fn, iter(calls))

    def _chunked(
        self, pool: ProcessPoolExecutor, fn: Callable[..., T], calls: Iterator[tuple[Any, ...]]
    ) -> Iterator[Done[T]]:
        # The calls are taken as the chunks are sent (a feed's items as its XML is read),
        # and chunks run ahead of the caller, but only so far: prepared documents waiting
        # for the writer would otherwise pile up in memory on a feed of many thousand
        # items. Chunks start small, so the workers start early, and grow to amortize
        # the cost of each.
        # If taking the calls fails (a feed broken half way), the calls taken before
        # still run and their outcomes come first; then the error is raised.
        sizes = itertools.chain([4, 8, 16, 32], itertools.repeat(64))
        failed: list[Exception] = []

        def send() -> tuple[list[tuple[Any, ...]], Future[list[Done[T]]]] | None:
            chunk: list[tuple[Any, ...]] = []
            if not failed:
                try:
                    chunk.extend(itertools.islice(calls, next(sizes)))
                except Exception as err:
                    failed.append(err)
            if not chunk:
                return None
            if not self._broken:
                try:
                    return chunk, pool.submit(_run_chunk, fn, chunk)
                except (BrokenProcessPool, RuntimeError):  # a worker died since the last
                    self._broken = True
            return chunk, _here(fn, chunk)

        ahead: deque[tuple[list[tuple[Any, ...]], Future[list[Done[T]]]]] = deque()
        for _ in range(self.workers * 4):
            sent = send()
            if sent is None:
                break
            ahead.append(sent)
        while ahead:
            chunk, future = ahead.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                self._broken = True
                results = _run_chunk(fn, chunk)
            following = send()
            if following is not None:
                ahead.append(following)
            yield from results
        if failed:
            raise failed[0]

    def each(self, fn: Callable[[Any], T], items: Iterable[Any]) -> Iterator[T]:
        """``fn(item)`` for each item, results in order, like the built-in ``map``; an
        exception a call raised is raised here."""
        return (done.get() for done in self.map(fn, ((item,) for item in items)))

    def close(self) -> None:
        self._ready()
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if self._pipe is not None:
            for end in self._pipe:
                end.close()
            self._pipe = None


def with_images(
    offload: Offload,
    fetch_asset: AssetFetcher | None,
    doc: DocumentRecord,
    assets: tuple[AssetRecord, ...],
    wanted: tuple[str, ...],
    args: dict[str, Any],
) -> tuple[DocumentRecord, tuple[AssetRecord, ...]]:
    """Fetch the images a prepared document asks for; prepare it again when any came."""
    if not wanted or fetch_asset is None:
        return doc, assets
    found = {src: got for src in wanted if (got := fetch_asset(src)) is not None}
    if not found:
        return doc, assets
    doc, assets, _ = offload(_prepare, {**args, "fetch_asset": KnownImages(found)})
    return doc, assets


def _prepare(
    args: dict[str, Any],
) -> tuple[DocumentRecord, tuple[AssetRecord, ...], tuple[str, ...]]:
    return build_document(**args)
