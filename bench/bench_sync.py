"""Sync benchmarks: a generated China Justice Observer site and a full-content feed,
both served on loopback, and the same feed read by newsboat and the PyPI ``reader``.

    PYTHONPATH=. .venv/bin/python bench/bench_sync.py [--articles 2000] [--skip-others]
        [--repeat 3] [--part all|cjo|feed] [--server child|child-uncached|in-process]
        [--profile]

1. CJO: ``generated_site(N)`` (English + zh-cn, ar, es) synced into a fresh library,
   end to end (fetch, parse, sanitize, store, index); then a re-sync with no changes.
2. Feed: ``generated_feed(N)`` as one full-content RSS feed; our ``feed`` source into a
   fresh library, ``newsboat -x reload`` and ``reader`` (update + search index), one
   after the other against the same server.

Each measurement is taken ``--repeat`` times (fresh library or cache each time); the
median is compared with the targets, min-max shown beside it. ``--server`` says where
the fixture servers run: ``child`` (default) in a child process, rendering each page
once as a production site would answer from its cache; ``child-uncached`` the
fixtures as they are; ``in-process`` as the tests use them, sharing this process (and
its GIL) with the sync. Nothing here asserts on timings. Results are printed and
written to ``bench/out/sync_results.json``. Only 127.0.0.1 is contacted (apt-get and pip
aside, when newsboat or ``reader`` must be installed).
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import multiprocessing
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import proctree
import sync_profile

from reader.model import Source
from reader.store import Store
from reader.sync.engine import SyncEngine, SyncReport
from reader.sync.http import FetchPolicy
from reader.sync.sources import adapter_for, source_key
from tests.fixtures.cjo_model import Site
from tests.fixtures.cjo_site import CjoFixtureServer, generated_site
from tests.fixtures.faults import Fault
from tests.fixtures.feed_render import FeedItem
from tests.fixtures.feeds import FeedFixtureServer, generated_feed
from tests.fixtures.http_fixture import FixtureServer, LoggedRequest, Request, Response

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
READER_VENV = OUT / "reader-venv"
READER_VERSION = "3.26"  # the PyPI `reader` version measured (pinned)
# reader 3.26 vendors a feedparser that imports `sgmllib`, which feedparser 6.0.14 no
# longer pulls in (it moved to feedparser-sgmllib): without sgmllib3k no feed parses.
READER_REQUIREMENTS = (f"reader=={READER_VERSION}", "sgmllib3k==1.0.0")
TRANSLATIONS = ("zh-cn", "ar", "es")
LANGUAGES = ("en", *TRANSLATIONS)
# Polite delays are for real sites; on loopback they would only time the delay.
POLICY = FetchPolicy(min_interval=0)

# Targets (this machine).
TARGET_ARTICLES_S = 100.0  # first sync, end to end
TARGET_RESYNC_S = 2.0  # re-sync with nothing new
TARGET_READER_SPEEDUP = 4.0  # reader (update + index) / ours >= 4
TARGET_NEWSBOAT_RATIO = 1.5  # ours / newsboat <= 1.5

_LANG = r"(?:/[a-z]{2}(?:-[a-z]{2})?)?"
_ARTICLE_PATH = re.compile(rf"^{_LANG}/a/")
_TAXONOMY_PATH = re.compile(rf"^{_LANG}/(?:c|t|editors)/")
_LISTING_PATH = re.compile(rf"^{_LANG}/(?:articles)?$")


# ---- fixture servers ---------------------------------------------------------------------


@dataclass(frozen=True)
class ServerMode:
    in_process: bool = False  # else in a child process
    cached: bool = True  # render each page once

    @classmethod
    def named(cls, name: str) -> ServerMode:
        return {
            "child": cls(),
            "child-uncached": cls(cached=False),
            "in-process": cls(in_process=True, cached=False),
        }[name]

    def describe(self) -> str:
        where = "in this process" if self.in_process else "in a child process"
        return f"fixture server {where}, " + (
            "each page rendered once" if self.cached else "every page rendered per request"
        )


@dataclass(frozen=True)
class Hit:
    """One request from a server's log."""

    method: str
    path: str
    status: int
    bytes_sent: int  # body bytes on the wire (after gzip)
    conditional: bool  # If-None-Match or If-Modified-Since was sent
    user_agent: str

    @property
    def path_only(self) -> str:
        return self.path.split("?", 1)[0]


HitRow = tuple[str, str, int, int, bool, str]


def _row(entry: LoggedRequest) -> HitRow:
    """A log entry as plain values (what crosses the pipe from the server process)."""
    conditional = bool(entry.header("if-none-match") or entry.header("if-modified-since"))
    return (
        entry.method,
        entry.path,
        entry.status,
        entry.bytes_sent,
        conditional,
        entry.header("user-agent") or "",
    )


class _Cache:
    """What a production site keeps with a cached page: its entity tag and its gzip form,
    so neither is worked out again per request (by default the fixtures do both per
    request, at gzip level 9: 0.5-1 ms of the machine's CPU per article page)."""

    def __init__(self) -> None:
        self._tags: dict[bytes, str] = {}
        self._zipped: dict[bytes, bytes] = {}

    def entity_tag(self, body: bytes, work: Callable[[bytes], str]) -> str:
        if body not in self._tags:
            self._tags[body] = work(body)
        return self._tags[body]

    def compress(self, body: bytes, work: Callable[[bytes], bytes]) -> bytes:
        if body not in self._zipped:
            self._zipped[body] = work(body)
        return self._zipped[body]


class CachedFeedServer(FeedFixtureServer):
    """``FeedFixtureServer`` that renders each feed once: the items never change during
    the benchmark, and rendering 2,000 items per request would be charged to every
    client alike. Its ETag and gzip form are kept with it, as a site's cache keeps them."""

    def __init__(self, items: list[FeedItem]) -> None:
        super().__init__(items)
        self._rendered: dict[str, Response] = {}
        self._cache = _Cache()

    def entity_tag(self, body: bytes) -> str:
        return self._cache.entity_tag(body, super().entity_tag)

    def compress(self, body: bytes) -> bytes:
        return self._cache.compress(body, super().compress)

    def _feed(self, kind: str, live: list[FeedItem]) -> Response:
        if kind not in self._rendered:
            self._rendered[kind] = super()._feed(kind, live)
        return self._rendered[kind]


class CachedCjoServer(CjoFixtureServer):
    """``CjoFixtureServer`` that renders each page once. The fixture renders every page
    from scratch, and each article page sorts all articles for its "Latest" sidebar, so
    at 2,000 articles it spends ~1 ms of Python per page; a production site answers from
    a cache, which also keeps each page's ETag and gzip form. The site never changes
    during the benchmark (conditional requests are still answered per request)."""

    def __init__(self, site: Site) -> None:
        super().__init__(site)
        self._rendered: dict[tuple[str, str, tuple[tuple[str, str], ...]], Response] = {}
        self._cache = _Cache()
        self._warm()

    def entity_tag(self, body: bytes) -> str:
        return self._cache.entity_tag(body, super().entity_tag)

    def compress(self, body: bytes) -> bytes:
        return self._cache.compress(body, super().compress)

    def _warm(self) -> None:
        """Render the listing and article pages a first sync asks for before it starts."""
        pages = len(self.site.listed()) // self.page_size + 2
        paths = [("/articles", {"p": str(p)}) for p in range(1, pages + 1)]
        for slug, article in self.site.articles.items():
            paths += [
                (f"/a/{slug}" if lang == "en" else f"/{lang}/a/{slug}", {}) for lang in article.docs
            ]
        for path, query in paths:
            page = self.route(Request("GET", path, query, {}), None)
            if page.status == 200 and page.stream is None:
                self.entity_tag(page.body)
                if page.compressible:
                    self.compress(page.body)

    def route(self, request: Request, fault: Fault | None) -> Response:
        if fault is not None:
            return super().route(request, fault)
        key = (request.method, request.path, tuple(sorted(request.query.items())))
        if key not in self._rendered:
            self._rendered[key] = super().route(request, fault)
        return self._rendered[key]


def _build_server(kind: str, n: int, cached: bool) -> FixtureServer:
    if kind == "cjo":
        site = generated_site(n, languages=TRANSLATIONS)
        return CachedCjoServer(site) if cached else CjoFixtureServer(site)
    items = generated_feed(n)
    return CachedFeedServer(items) if cached else FeedFixtureServer(items)


def _urls(server: FixtureServer) -> dict[str, str]:
    urls = {"base": server.base_url}
    if isinstance(server, CjoFixtureServer):
        urls["language"] = server.language_url
    if isinstance(server, FeedFixtureServer):
        urls["rss"] = server.feed_url("rss")
    return urls


def _serve(kind: str, n: int, cached: bool, conn: Connection) -> None:
    """Child process: run the server and answer commands from the parent."""
    with _build_server(kind, n, cached) as server:
        conn.send(_urls(server))
        while True:
            command = conn.recv()
            if command == "log":
                with server._lock:
                    entries = list(server.log)
                conn.send([_row(e) for e in entries])
            elif command == "reset":
                server.reset_log()
                conn.send(None)
            elif command == "cpu":
                conn.send(time.process_time())
            else:  # "stop"
                conn.send(None)
                return


class Loopback:
    """A fixture server on 127.0.0.1, in a child process or in this one."""

    def __init__(self, kind: str, n: int, mode: ServerMode) -> None:
        self._server: FixtureServer | None = None
        self._conn: Connection | None = None
        self._proc: Any = None
        self.urls: dict[str, str] = {}
        if mode.in_process:
            self._server = _build_server(kind, n, mode.cached).start()
            self.urls = _urls(self._server)
            return
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(kind, n, mode.cached, child), daemon=True)
        self._proc.start()
        deadline = time.monotonic() + 120
        while not parent.poll(0.1):
            if not self._proc.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fixture server process did not start")
        self._conn = parent
        self.urls = parent.recv()

    def _ask(self, command: str) -> Any:
        assert self._conn is not None
        self._conn.send(command)
        return self._conn.recv()

    def log(self) -> list[Hit]:
        server = self._server
        rows: list[HitRow] = [_row(e) for e in server.log] if server else self._ask("log")
        return [Hit(*row) for row in rows]

    def reset_log(self) -> None:
        if self._server is not None:
            self._server.reset_log()
        else:
            self._ask("reset")

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else int(self._proc.pid)

    def cpu_seconds(self) -> float | None:
        """CPU time of the server process (None when it runs in this process)."""
        return None if self._server is not None else float(self._ask("cpu"))

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
        if self._proc is not None:
            self._ask("stop")
            self._proc.join(10)


@contextmanager
def loopback(kind: str, n: int, mode: ServerMode) -> Iterator[Loopback]:
    server = Loopback(kind, n, mode)
    try:
        yield server
    finally:
        server.close()


# ---- running our sync --------------------------------------------------------------------


class ChildCpu:
    """CPU seconds used during a block by the processes below this one (the sync's
    worker processes and their fork server), apart from ``exclude`` (the fixture
    server). Sampled from /proc every 0.1 s, so a worker's last tenth of a second
    before it exits may be missed."""

    def __init__(self, exclude: int | None) -> None:
        self.exclude = exclude
        self.seconds = 0.0
        self._first: dict[int, float] = {}
        self._last: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _sample(self) -> None:
        me = os.getpid()
        for pid in proctree.descendants(me):
            if pid in (me, self.exclude):
                continue
            cpu = proctree.cpu_seconds(pid)
            if cpu is not None:
                self._first.setdefault(pid, cpu)
                self._last[pid] = cpu

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def __enter__(self) -> ChildCpu:
        self._sample()
        self._first = dict(self._last)  # what ran before the block does not count
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
        self.seconds = sum(cpu - self._first.get(pid, 0.0) for pid, cpu in self._last.items())


@dataclass
class SyncRun:
    seconds: float
    cpu_seconds: float  # this process (includes the server when it runs here)
    server_cpu_seconds: float | None
    worker_cpu_seconds: float  # the worker processes that parse
    report: dict[str, object]
    articles: int
    documents: int
    requests_logged: int
    wire_bytes: int
    status_counts: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@contextmanager
def as_under_reader() -> Iterator[None]:
    """Start worker processes as they start under `reader`: a worker imports the main
    module of the process that starts it, which under `reader` is a few lines and here
    would be this script with its fixtures (about 75 ms before a worker's first item,
    and its CPU, at every sync). While our sync is timed, the main module presents
    itself as `python -m reader`'s, which workers do not import."""
    main = sys.modules["__main__"]
    saved = getattr(main, "__spec__", None)
    main.__spec__ = importlib.util.find_spec("reader.__main__")
    try:
        yield
    finally:
        main.__spec__ = saved


def settle() -> None:
    """Write out what earlier runs left for the disk, before a timed run: a tool that
    writes a large library leaves tens of megabytes that the kernel writes back over the
    next seconds, and the commits of whichever tool runs next wait behind them (up to
    0.3 s on our feed sync here). Every timed run, of every tool, starts after this."""
    os.sync()


def run_sync(
    store: Store,
    source: Source,
    server: Loopback,
    wrap: Callable[[], AbstractContextManager[object]] | None = None,
) -> tuple[SyncReport, SyncRun, list[Hit]]:
    """One timed sync and the server's log of it; ``wrap`` runs around it (a profiler)."""
    settle()
    server.reset_log()
    cpu_before = server.cpu_seconds()
    stored = store.source(source.name)
    assert stored is not None
    engine = SyncEngine(store, POLICY)
    c0 = time.process_time()
    t0 = time.perf_counter()
    with as_under_reader(), ChildCpu(exclude=server.pid) as workers:
        if wrap is None:
            report = engine.run(stored, adapter_for(stored))
        else:
            with wrap():
                report = engine.run(stored, adapter_for(stored))
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    cpu_after = server.cpu_seconds()
    hits = server.log()
    info = store.info()
    statuses: dict[str, int] = {}
    for hit in hits:
        statuses[str(hit.status)] = statuses.get(str(hit.status), 0) + 1
    run = SyncRun(
        seconds=seconds,
        cpu_seconds=cpu,
        server_cpu_seconds=None
        if cpu_before is None or cpu_after is None
        else cpu_after - cpu_before,
        worker_cpu_seconds=workers.seconds,
        report=report.as_dict(),
        articles=info.articles,
        documents=info.documents,
        requests_logged=len(hits),
        wire_bytes=sum(h.bytes_sent for h in hits),
        status_counts=dict(sorted(statuses.items())),
    )
    return report, run, hits


def _add_cjo(store: Store, server: Loopback) -> Source:
    base = server.urls["base"]
    return store.add_source(
        "cjo",
        "cjo",
        source_key("cjo", base),
        base_url=base,
        config={"language_url": server.urls["language"], "languages": list(LANGUAGES)},
    )


def _add_feed(store: Store, url: str) -> Source:
    return store.add_source("feed", "feed", source_key("feed", url), base_url=url)


def profiled_sync(
    title: str, out_name: str, store: Store, source: Source, server: Loopback
) -> dict[str, Any]:
    """A further sync under cProfile (all threads); prints and returns the hot spots."""
    profiler = sync_profile.ThreadProfiler()
    _, run, _ = run_sync(store, source, server, wrap=lambda: profiler)
    stats = profiler.stats()
    stats.dump_stats(OUT / out_name)
    summary = sync_profile.summarize(stats)
    sync_profile.print_summary(
        f"profile, {title} ({run.seconds:.1f} s under cProfile; bench/out/{out_name})", summary
    )
    return asdict(summary)


# ---- output helpers ----------------------------------------------------------------------


def _mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB"


def _verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


def _spread(values: Sequence[float], fmt: str = ".2f") -> str:
    """``median (min-max)``, or the one value."""
    if len(values) == 1:
        return format(values[0], fmt)
    lo, hi = min(values), max(values)
    return f"{format(statistics.median(values), fmt)} ({format(lo, fmt)}-{format(hi, fmt)})"


def _errors(report: SyncReport) -> None:
    for err in report.errors[:5]:
        print(f"    ! {err['article']}: {err['error']}")
    if len(report.errors) > 5:
        print(f"    ! … and {len(report.errors) - 5} more")


def _table(rows: list[list[str]], header: list[str]) -> None:
    """First and last columns left-aligned, the figures between right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    last = len(header) - 1
    for r in [header, ["-" * w for w in widths], *rows]:
        cells = [
            c.ljust(w) if i in (0, last) else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        print("  " + "  ".join(cells).rstrip())


# ---- part 1: the CJO site ----------------------------------------------------------------


def _cjo_first(store: Store, db: Path, report: SyncReport, run: SyncRun, hits: list[Hit]) -> None:
    pages = sum(1 for h in hits if _ARTICLE_PATH.match(h.path_only))
    run.extra = {
        "articles_per_s": run.articles / run.seconds,
        "documents_per_s": run.documents / run.seconds,
        "article_pages": pages,
        "listing_pages": sum(1 for h in hits if _LISTING_PATH.match(h.path_only)),
        "taxonomy_pages": sum(1 for h in hits if _TAXONOMY_PATH.match(h.path_only)),
        "client_requests": report.requests,
        "client_bytes": report.bytes,
        "library_bytes": db.stat().st_size,
        "search_court": store.search_count("court"),
    }
    x = run.extra
    server_cpu = f", server {run.server_cpu_seconds:.2f} s" if run.server_cpu_seconds else ""
    print(
        f"   {run.seconds:.2f} s: {x['articles_per_s']:.1f} articles/s, "
        f"{x['documents_per_s']:.1f} documents/s ({run.articles:,} articles, "
        f"{run.documents:,} documents; new {report.new}, failed {report.failed}); "
        f"CPU: sync {run.cpu_seconds:.2f} s + {report.workers} workers "
        f"{run.worker_cpu_seconds:.2f} s{server_cpu}"
    )
    print(
        f"     requests {report.requests:,} (client) / {run.requests_logged:,} (server log: "
        f"{pages:,} article, {x['listing_pages']} listing, {x['taxonomy_pages']} taxonomy "
        f"pages; statuses {run.status_counts}); {_mb(report.bytes)} decoded (client), "
        f"{_mb(run.wire_bytes)} on the wire (server log)"
    )
    _errors(report)


def _cjo_resync(report: SyncReport, run: SyncRun, hits: list[Hit]) -> None:
    pages = [h for h in hits if _ARTICLE_PATH.match(h.path_only)]
    full = sum(1 for h in pages if h.status == 200)
    not_modified = sum(1 for h in pages if h.status == 304)
    holds = full == 0 and not_modified == len(pages)
    run.extra = {
        "article_pages": len(pages),
        "article_200": full,
        "article_304": not_modified,
        "unconditional_article_requests": sum(1 for h in pages if not h.conditional),
        "listing_pages": sum(1 for h in hits if _LISTING_PATH.match(h.path_only)),
        "client_requests": report.requests,
        "no_full_article_download": holds,
    }
    print(
        f"   re-sync: {run.seconds:.2f} s; requests {report.requests} (client) / "
        f"{run.requests_logged} (server log), {run.wire_bytes:,} body bytes on the wire; "
        f"article pages {len(pages)}: {full} answered 200, {not_modified} answered 304; "
        f"listing pages {run.extra['listing_pages']}; new {report.new}, updated "
        f"{report.updated}, unchanged {report.unchanged}"
    )
    print(
        "     no article page downloaded in full: "
        + ("YES (conditional requests / early stop only)" if holds else "NO")
    )
    _errors(report)


def bench_cjo(n: int, mode: ServerMode, repeat: int, profile: bool) -> dict[str, Any]:
    print(f"\n== CJO: generated site, {n:,} articles x {len(LANGUAGES)} languages")
    print(
        f"   languages {', '.join(LANGUAGES)}; policy min_interval=0 (polite delays are for "
        f"real sites; on loopback they would only time the delay), max_in_flight="
        f"{POLICY.max_in_flight}; {mode.describe()}"
    )
    firsts: list[SyncRun] = []
    resyncs: list[SyncRun] = []
    with (
        loopback("cjo", n, mode) as server,
        tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp,
    ):
        for i in range(repeat):
            print(f"\n-- run {i + 1}/{repeat}: first sync into a fresh library")
            db = Path(tmp) / f"library-{i}.sqlite"
            with Store.open(db) as store:
                source = _add_cjo(store, server)
                report, first, hits = run_sync(store, source, server)
                _cjo_first(store, db, report, first, hits)
                report, resync, hits = run_sync(store, source, server)
                _cjo_resync(report, resync, hits)
            firsts.append(first)
            resyncs.append(resync)
            db.unlink()
        results: dict[str, Any] = {}
        if profile:
            with Store.open(Path(tmp) / "profiled.sqlite") as store:
                source = _add_cjo(store, server)
                results["profile"] = profiled_sync(
                    "CJO first sync", "sync_profile_cjo.prof", store, source, server
                )
    seconds = [r.seconds for r in firsts]
    rates = [r.extra["articles_per_s"] for r in firsts]
    docs = [r.extra["documents_per_s"] for r in firsts]
    resync_s = [r.seconds for r in resyncs]
    print(f"\n-- CJO summary, median (min-max) of {repeat}")
    print(f"   first sync: {_spread(seconds)} s = {_spread(rates, '.1f')} articles/s")
    print(f"               {_spread(docs, '.1f')} documents/s")
    print(f"   re-sync:    {_spread(resync_s)} s")
    results.update(
        first_runs=[asdict(r) for r in firsts],
        resync_runs=[asdict(r) for r in resyncs],
        articles_per_s=statistics.median(rates),
        first_seconds=statistics.median(seconds),
        resync_seconds=statistics.median(resync_s),
        no_full_article_download=all(r.extra["no_full_article_download"] for r in resyncs),
    )
    return results


# ---- part 2: one feed, three readers -----------------------------------------------------


def _child_env(home: Path | None = None) -> dict[str, str]:
    """Environment for newsboat and the reader venv: no PYTHONPATH (our `reader` would
    shadow theirs), no proxies, loopback only."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k != "PYTHONPATH" and not k.lower().endswith("_proxy")
    }
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.setdefault("LANG", "C.UTF-8")
    if home is not None:
        env["HOME"] = str(home)
    return env


def ensure_newsboat() -> str | None:
    """The newsboat version, installing the Debian package when missing (as root)."""
    if shutil.which("newsboat") is None:
        if os.geteuid() != 0:
            print("   newsboat is not installed and we are not root: skipped")
            return None
        print("   installing newsboat (apt-get) …")
        apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", "newsboat"]
        if subprocess.run(install, env=apt_env, capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], env=apt_env, capture_output=True)
            if subprocess.run(install, env=apt_env, capture_output=True).returncode != 0:
                print("   apt-get could not install newsboat: skipped")
                return None
    out = subprocess.run(["newsboat", "-v"], capture_output=True, text=True).stdout
    m = re.search(r"newsboat (\S+)", out)
    return m.group(1) if m else "?"


def ensure_reader_venv() -> Path | None:
    """The reader venv's python, created and filled with ``READER_REQUIREMENTS``."""
    python = READER_VENV / "bin" / "python"
    if not python.exists():
        print(f"   creating {READER_VENV.relative_to(HERE.parent)} …")
        base = shutil.which("python3") or sys.executable
        subprocess.run([base, "-m", "venv", str(READER_VENV)], check=True)
    probe = "import importlib.metadata as m, sgmllib; print(m.version('reader'))"
    have = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, env=_child_env()
    )
    if have.stdout.strip() != READER_VERSION:
        print(f"   pip install {' '.join(READER_REQUIREMENTS)} …")
        pip = [str(python), "-I", "-m", "pip", "install", "-q", *READER_REQUIREMENTS]
        if subprocess.run(pip, capture_output=True, env=_child_env()).returncode != 0:
            print("   pip could not install reader: skipped")
            return None
    return python


@dataclass
class ToolRun:
    seconds: float  # what is compared (reader: update + index)
    items: int
    requests: int
    wire_bytes: int
    ok: bool  # ran without error
    detail: dict[str, Any] = field(default_factory=dict)


def run_ours(url: str, server: Loopback, tmp: Path, i: int) -> ToolRun:
    with Store.open(tmp / f"ours-{i}.sqlite") as store:
        source = _add_feed(store, url)
        report, run, _ = run_sync(store, source, server)
        _errors(report)
        run.extra = {"search_court": store.search_count("court")}
    ok = report.failed == 0
    return ToolRun(run.seconds, run.articles, run.requests_logged, run.wire_bytes, ok, asdict(run))


def run_ours_command(url: str, server: Loopback, tmp: Path, i: int) -> ToolRun:
    """The whole ``reader sync`` command, timed from process start to exit as newsboat
    is: the interpreter, imports, starting the workers, and the related-articles update
    the command runs after the sync."""
    db = tmp / f"ours-command-{i}.sqlite"
    env = {**_child_env(), "PYTHONPATH": str(HERE.parent)}
    base = [sys.executable, "-m", "reader", "--db", str(db)]
    add = subprocess.run([*base, "source", "add", "feed", url, "--name", "bench"], env=env)
    if add.returncode != 0:
        return ToolRun(0.0, 0, 0, 0, False, {"error": "source add failed"})
    server.reset_log()
    t0 = time.perf_counter()
    proc = subprocess.run([*base, "sync", "--json"], capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    hits = server.log()
    wire = sum(h.bytes_sent for h in hits)
    if proc.returncode != 0:
        return ToolRun(seconds, 0, len(hits), wire, False, {"error": proc.stderr[-300:]})
    report = json.loads(proc.stdout)
    detail = {"related_s": report["related"]["seconds"], "workers": report["sources"][0]["workers"]}
    return ToolRun(seconds, int(report["new"]), len(hits), wire, report["failed"] == 0, detail)


def run_newsboat(url: str, server: Loopback, tmp: Path, i: int) -> ToolRun:
    home = tmp / f"newsboat-{i}"
    home.mkdir()
    urls, config, cache = home / "urls", home / "config", home / "cache.db"
    urls.write_text(url + "\n", encoding="utf-8")
    # Defaults otherwise (no full-page download); one feed, so one reload thread.
    config.write_text("reload-threads 1\nmax-items 0\n", encoding="utf-8")
    cmd = ["newsboat", "-x", "reload", "-u", str(urls), "-c", str(cache), "-C", str(config)]
    server.reset_log()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_child_env(home), cwd=home)
    seconds = time.perf_counter() - t0
    hits = server.log()
    items = 0
    if cache.exists():
        with sqlite3.connect(cache) as conn:
            items = int(conn.execute("SELECT count(*) FROM rss_item").fetchone()[0])
    detail = {"returncode": proc.returncode, "stderr": proc.stderr.strip()[-300:]}
    wire = sum(h.bytes_sent for h in hits)
    return ToolRun(seconds, items, len(hits), wire, proc.returncode == 0, detail)


def run_reader_lib(python: Path, url: str, server: Loopback, tmp: Path, i: int) -> ToolRun:
    db = tmp / f"reader-lib-{i}.sqlite"
    script = HERE / "sync_reader_lib.py"
    server.reset_log()
    cmd = [str(python), "-I", str(script), str(db), url]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_child_env(), cwd=tmp)
    wall = time.perf_counter() - t0
    hits = server.log()
    wire = sum(h.bytes_sent for h in hits)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return ToolRun(wall, 0, len(hits), wire, False, {"error": last})
    data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    data["process_wall_s"] = wall
    seconds = float(data["update_s"]) + float(data["index_s"])
    return ToolRun(seconds, int(data["entries"]), len(hits), wire, not data["error"], data)


@dataclass
class Tool:
    name: str
    notes: str
    runs: list[ToolRun] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def best(self) -> float:
        return min(r.seconds for r in self.runs)

    def usable(self, n: int) -> bool:
        return bool(self.runs) and all(r.ok and r.items == n for r in self.runs)


def _feed_size(url: str) -> tuple[int, int, float]:
    """Feed bytes, gzip bytes, and the time of a bare gzip GET (warms the server too)."""
    parts = urlsplit(url)

    def get(encoding: str) -> bytes:
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=60)
        conn.request("GET", parts.path, headers={"Accept-Encoding": encoding})
        body = conn.getresponse().read()
        conn.close()
        return body

    plain = get("identity")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        zipped = get("gzip")
        best = min(best, time.perf_counter() - t0)
    return len(plain), len(zipped), best


def bench_feed(
    n: int, mode: ServerMode, repeat: int, skip_others: bool, profile: bool
) -> dict[str, Any]:
    print(f"\n== Feed: generated_feed({n:,}) as one full-content RSS feed; {mode.describe()}")
    results: dict[str, Any] = {}
    with (
        loopback("feed", n, mode) as server,
        tempfile.TemporaryDirectory(prefix="bench-sync-feed-") as tmp_name,
    ):
        tmp = Path(tmp_name)
        url = server.urls["rss"]
        size, wire, bare = _feed_size(url)
        print(
            f"   {url}: {_mb(size)} of RSS ({_mb(wire)} gzip); a bare GET (gzip) takes "
            f"{bare:.2f} s, the floor for every client"
        )
        results.update(feed_bytes=size, feed_gzip_bytes=wire, bare_get_s=bare)

        tools = [
            Tool("ours (feed source)", "sanitize, text, store, FTS index"),
            Tool("ours, `reader sync`", "whole command: start, imports, workers, related"),
        ]
        runners: list[Callable[[int], ToolRun]] = [
            lambda i: run_ours(url, server, tmp, i),
            lambda i: run_ours_command(url, server, tmp, i),
        ]
        if not skip_others:
            nb_version = ensure_newsboat()
            if nb_version is not None:
                tools.append(Tool(f"newsboat {nb_version}", "caches items; no index"))
                runners.append(lambda i: run_newsboat(url, server, tmp, i))
            python = ensure_reader_venv()
            if python is not None:
                tools.append(Tool(f"reader {READER_VERSION}", ""))
                runners.append(lambda i: run_reader_lib(python, url, server, tmp, i))
        for i in range(repeat):  # interleaved, so a slow spell hits every tool alike
            for tool, runner in zip(tools, runners, strict=True):
                settle()
                run = runner(i)
                tool.runs.append(run)
                print(
                    f"   run {i + 1}/{repeat} {tool.name}: {run.seconds:.2f} s, {run.items:,} items"
                )
                if not run.ok:
                    print(f"     ! failed: {run.detail}")
        if profile:
            with Store.open(tmp / "profiled.sqlite") as store:
                source = _add_feed(store, url)
                results["profile"] = profiled_sync(
                    "feed sync", "sync_profile_feed.prof", store, source, server
                )

    for tool in tools:
        if tool.name.startswith("ours, ") and tool.runs and tool.runs[0].ok:
            related = [float(r.detail["related_s"]) for r in tool.runs]
            tool.notes += f" (related {_spread(related)})"
        if tool.name.startswith("reader") and tool.runs and tool.runs[0].ok:
            update = [float(r.detail["update_s"]) for r in tool.runs]
            index = [float(r.detail["index_s"]) for r in tool.runs]
            tool.notes = f"update {_spread(update)} + search index {_spread(index)}"
    ours = tools[0]
    print(f"\n-- feed summary, seconds as median (min-max) of {repeat}")
    _table(
        [
            [
                t.name,
                _spread([r.seconds for r in t.runs]),
                f"{t.runs[-1].items:,}",
                str(t.runs[-1].requests),
                f"{t.runs[-1].wire_bytes:,}",
                f"{ours.seconds / t.seconds:.2f}",
                t.notes if t.usable(n) else "FAILED or incomplete: not compared",
            ]
            for t in tools
        ],
        ["tool", "seconds", "items", "requests", "wire bytes", "ours/tool", "notes"],
    )
    command = tools[1]
    for tool in tools[2:]:
        if not tool.usable(n):
            continue
        # The VM's speed drifts from run to run, and a slow spell can fall on either
        # tool: the target counts as met only when the medians and the best runs
        # (the least disturbed) both meet it.
        ratio = ours.seconds / tool.seconds
        best = ours.best / tool.best
        if tool.name.startswith("reader"):
            ok = 1 / ratio >= TARGET_READER_SPEEDUP and 1 / best >= TARGET_READER_SPEEDUP
            print(
                f"   ours/reader = {ratio:.2f}: reader takes {1 / ratio:.1f}x our time "
                f"({1 / best:.1f}x, best runs) (target >= {TARGET_READER_SPEEDUP:.0f}x) -> "
                f"{_verdict(ok)}"
            )
            results["vs_reader"] = {"ratio": ratio, "best_ratio": best, "ok": ok}
        else:
            ok = ratio <= TARGET_NEWSBOAT_RATIO and best <= TARGET_NEWSBOAT_RATIO
            print(
                f"   ours/newsboat = {ratio:.2f}, best runs {best:.2f} "
                f"(target <= {TARGET_NEWSBOAT_RATIO}) -> {_verdict(ok)}"
            )
            results["vs_newsboat"] = {"ratio": ratio, "best_ratio": best, "ok": ok}
            if command.usable(n):
                print(
                    f"   whole `reader sync` command / newsboat = "
                    f"{command.seconds / tool.seconds:.2f} (both timed from process start to "
                    "exit; for information)"
                )
    results["tools"] = [
        {
            "name": t.name,
            "seconds": t.seconds,
            "notes": t.notes,
            "runs": [asdict(r) for r in t.runs],
        }
        for t in tools
    ]
    return results


# ---- main --------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "selectolax": version("selectolax"),
        "nh3": version("nh3"),
        "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def print_targets(results: dict[str, Any]) -> None:
    print("\n== Targets (medians)")
    cjo = results.get("cjo")
    if cjo:
        rate = cjo["articles_per_s"]
        ok = rate >= TARGET_ARTICLES_S
        print(f"   first sync >= {TARGET_ARTICLES_S:.0f} articles/s: {rate:.1f} -> {_verdict(ok)}")
        resync = cjo["resync_seconds"]
        ok = resync < TARGET_RESYNC_S
        print(f"   re-sync < {TARGET_RESYNC_S:.0f} s: {resync:.2f} s -> {_verdict(ok)}")
        ok = cjo["no_full_article_download"]
        print(f"   re-sync downloads no article page in full: {_verdict(ok)}")
    feed = results.get("feed", {})
    if "vs_reader" in feed:
        ok = feed["vs_reader"]["ok"]
        print(f"   feed: >= {TARGET_READER_SPEEDUP:.0f}x faster than reader: {_verdict(ok)}")
    if "vs_newsboat" in feed:
        ok = feed["vs_newsboat"]["ok"]
        print(f"   feed: <= {TARGET_NEWSBOAT_RATIO}x newsboat's time: {_verdict(ok)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles / feed items")
    parser.add_argument("--skip-others", action="store_true", help="skip newsboat and reader")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement")
    parser.add_argument("--part", choices=("all", "cjo", "feed"), default="all")
    parser.add_argument(
        "--server", choices=("child", "child-uncached", "in-process"), default="child"
    )
    parser.add_argument(
        "--profile", action="store_true", help="also profile one sync of each part (cProfile)"
    )
    args = parser.parse_args(argv)
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
    OUT.mkdir(exist_ok=True)
    facts = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in facts.items()))
    busy = os.getloadavg()[0]
    if busy > 0.5:
        print(
            f"   NOTE: load average {busy:.2f} before starting: something else is running, "
            "and on 2 cores it shows in every figure"
        )
    mode = ServerMode.named(args.server)
    results: dict[str, Any] = {"machine": facts, "args": vars(args)}
    if args.part in ("all", "cjo"):
        results["cjo"] = bench_cjo(args.articles, mode, args.repeat, args.profile)
    if args.part in ("all", "feed"):
        results["feed"] = bench_feed(
            args.articles, mode, args.repeat, args.skip_others, args.profile
        )
    print_targets(results)
    results["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    path = OUT / "sync_results.json"
    path.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"\nresults: {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
