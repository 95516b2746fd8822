"""Library benchmarks: ingest rate, size on disk, search latency, open + list time.

    python bench/bench_store.py --n 10000 --n 100000 [--out DIR] [--reuse]

For each N a synthetic library (see ``generate.py``) is built in ``--out`` (default
``bench/out``, git-ignored) or, with ``--reuse``, reused when it already holds N
articles. Results are printed and written to ``results-<N>.json`` beside the library.
Nothing here asserts on timings: the figures are compared with the targets in the
printed summary only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import generate

import reader.store.search as store_search
from reader.store import Store
from reader.store.segment import fts_query

HERE = Path(__file__).resolve().parent

# (label, query): the fixed query set.
QUERIES: tuple[tuple[str, str], ...] = (
    ("common English term", "court"),
    ("rare English term", "sequestration"),
    ("two English terms", "arbitration reciprocity"),
    ("phrase", '"recognition and enforcement"'),
    ("prefix", "arbitra*"),
    ("Chinese, 2 characters", "法院"),
    ("Japanese", "裁判所"),
    ("Arabic", "تحكيم"),
    ("Arabic with diacritics", "تَحْكِيم"),
    ("Thai", "ศาล"),
    ("Russian", "арбитраж"),
)

# The targets, in the units printed (ms, documents/s, ratio).
TARGET_SEARCH_P50_MS = 30.0
TARGET_SEARCH_P95_MS = 100.0
TARGET_INGEST_DOCS_S = 500.0
TARGET_SIZE_RATIO = 2.5
TARGET_OPEN_LIST_MS = 200.0


# ---- small helpers -----------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def mib(size: int) -> float:
    return round(size / 2**20, 1)


def library_path(out: Path, n: int) -> Path:
    return out / f"library-{n}.sqlite"


def remove_library(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def article_count(path: Path) -> int | None:
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


@contextmanager
def timed_snippets(total: list[float]) -> Iterator[None]:
    """Count the time ``Store.search`` spends building snippets (bench-only wrapper)."""
    original = store_search.make_snippet

    def wrapper(*args: Any, **kwargs: Any) -> str:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - start

    store_search.make_snippet = wrapper  # type: ignore[assignment]
    try:
        yield
    finally:
        store_search.make_snippet = original  # type: ignore[assignment]


# ---- the measurements --------------------------------------------------------------


@dataclass
class Build:
    reused: bool
    articles: int
    documents: int
    docs_per_s: float
    ingest_s: float
    build_document_s: float
    write_s: float
    generate_s: float
    wall_s: float
    langs: dict[str, int] = field(default_factory=dict)


def build(path: Path, n: int, *, reuse: bool, seed: int, batch: int) -> Build:
    stats_file = path.with_suffix(".build.json")
    if reuse and article_count(path) == n and stats_file.exists():
        saved = json.loads(stats_file.read_text())
        saved["reused"] = True
        print(f"  reusing {path} (ingest figures from when it was built)")
        return Build(**saved)
    remove_library(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    step = max(1, n // 20)
    next_report = [step]
    started = time.perf_counter()

    def progress(s: generate.BuildStats) -> None:
        if s.articles >= next_report[0]:
            next_report[0] += step
            print(
                f"  {s.articles:>7,} articles  {s.docs_per_s:6.0f} docs/s ingest"
                f"  ({time.perf_counter() - started:.0f}s elapsed)",
                flush=True,
            )

    print(f"  building {path} with {n:,} articles (seed {seed}, commit every {batch})")
    stats = generate.build_library(path, n, seed=seed, batch=batch, progress=progress)
    result = Build(
        reused=False,
        articles=stats.articles,
        documents=stats.documents,
        docs_per_s=round(stats.docs_per_s, 1),
        ingest_s=round(stats.ingest_s, 2),
        build_document_s=round(stats.build_document_s, 2),
        write_s=round(stats.write_s, 2),
        generate_s=round(stats.generate_s, 2),
        wall_s=round(stats.wall_s, 2),
        langs=dict(sorted(stats.langs.items())),
    )
    stats_file.write_text(json.dumps(asdict(result), indent=2))
    return result


@dataclass
class Size:
    raw_text_bytes: int  # title + summary + plain text, UTF-8
    body_text_bytes: int  # plain text only
    db_bytes: int
    ratio: float
    by_object: dict[str, int]  # bytes per table group (dbstat)


def _group(name: str) -> str:
    if name.startswith("document_fts"):
        return "full-text index (document_fts*)"
    if name in ("document", "document_lang", "document_url", "document_text") or name.startswith(
        "sqlite_autoindex_document"
    ):
        return "documents and their plain text"
    if name == "revision" or name.startswith("sqlite_autoindex_revision"):
        return "revision (zlib HTML)"
    return "other tables and indexes"


def measure_size(path: Path) -> Size:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        body, raw = conn.execute(
            "SELECT sum(length(CAST(t.text AS BLOB))), "
            "sum(length(CAST(d.title AS BLOB)) + length(CAST(d.summary AS BLOB)) "
            "+ length(CAST(t.text AS BLOB))) "
            "FROM document d JOIN document_text t ON t.document_id = d.id"
        ).fetchone()
        groups: dict[str, int] = {}
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            key = _group(str(name))
            groups[key] = groups.get(key, 0) + int(size)
    finally:
        conn.close()
    db = path.stat().st_size
    return Size(int(raw), int(body), db, round(db / int(raw), 3), groups)


@dataclass
class Timing:
    median_ms: float
    p95_ms: float
    min_ms: float
    max_ms: float
    runs: int

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Timing:
        return cls(
            ms(statistics.median(seconds)),
            ms(percentile(seconds, 95)),
            ms(min(seconds)),
            ms(max(seconds)),
            len(seconds),
        )


def repeat(fn: Callable[[], object], reps: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    times: list[float] = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


@dataclass
class OpenList:
    quick_check: Timing
    open_checked: Timing  # Store.open(path): the default, runs quick_check
    open_unchecked: Timing  # Store.open(path, check=False)
    list_200: Timing  # list_articles(limit=200) on an open store
    open_list_checked: Timing  # open + list newest 200, closed each time
    open_list_unchecked: Timing


def measure_open_list(path: Path, reps: int) -> OpenList:
    def quick_check() -> None:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()

    def open_only(check: bool) -> Callable[[], None]:
        def run() -> None:
            Store.open(path, check=check).close()

        return run

    def open_list(check: bool) -> Callable[[], None]:
        def run() -> None:
            store = Store.open(path, check=check)
            try:
                rows = store.list_articles(limit=200)
                assert len(rows) == 200
            finally:
                store.close()

        return run

    with Store.open(path, check=False) as store:
        list_times = repeat(lambda: store.list_articles(limit=200), reps)
    return OpenList(
        quick_check=Timing.of(repeat(quick_check, max(3, reps // 3))),
        open_checked=Timing.of(repeat(open_only(True), reps)),
        open_unchecked=Timing.of(repeat(open_only(False), reps)),
        list_200=Timing.of(list_times),
        open_list_checked=Timing.of(repeat(open_list(True), reps)),
        open_list_unchecked=Timing.of(repeat(open_list(False), reps)),
    )


@dataclass
class QueryResult:
    label: str
    query: str
    matches: int
    first_ms: float  # first run (cold statement and page cache for this query)
    median_ms: float
    max_ms: float
    snippets_median_ms: float  # part of the median spent building snippets


@dataclass
class Search:
    p50_ms: float
    p95_ms: float
    runs: int
    queries: list[QueryResult]


def measure_search(path: Path, rounds: int) -> Search:
    results: dict[str, list[float]] = {q: [] for _, q in QUERIES}
    snippet_times: dict[str, list[float]] = {q: [] for _, q in QUERIES}
    first: dict[str, float] = {}
    with Store.open(path, check=False) as store:
        snippet_total = [0.0]
        with timed_snippets(snippet_total):
            for round_no in range(rounds + 1):
                for _, query in QUERIES:
                    snippet_total[0] = 0.0
                    start = time.perf_counter()
                    store.search(query, limit=20)
                    elapsed = time.perf_counter() - start
                    if round_no == 0:
                        first[query] = elapsed
                    else:
                        results[query].append(elapsed)
                        snippet_times[query].append(snippet_total[0])
        counts = {q: store.search_count(q) for _, q in QUERIES}
    every = [t for times in results.values() for t in times]
    per_query = [
        QueryResult(
            label=label,
            query=query,
            matches=counts[query],
            first_ms=ms(first[query]),
            median_ms=ms(statistics.median(results[query])),
            max_ms=ms(max(results[query])),
            snippets_median_ms=ms(statistics.median(snippet_times[query])),
        )
        for label, query in QUERIES
    ]
    return Search(ms(statistics.median(every)), ms(percentile(every, 95)), len(every), per_query)


def query_plans(path: Path) -> dict[str, list[str]]:
    """EXPLAIN QUERY PLAN of the search and list statements (same SQL as the store)."""
    match = fts_query("court")
    weights = ", ".join(map(str, store_search._WEIGHTS))
    # The unfiltered plan: ranked inside the index, winners joined afterwards.
    search_sql = f"""SELECT rowid FROM document_fts WHERE document_fts MATCH ?
        ORDER BY bm25(document_fts, {weights}) LIMIT 20"""
    list_sql = """SELECT a.id FROM article a JOIN source s ON s.id = a.source_id
        JOIN document d ON d.id = (SELECT id FROM document WHERE article_id = a.id
                                   ORDER BY lang <> 'en', lang LIMIT 1)
        ORDER BY a.published DESC, a.id DESC LIMIT 200"""
    conn = sqlite3.connect(path)
    try:
        return {
            "search": _plan(conn, search_sql, [match]),
            "list": _plan(conn, list_sql, []),
        }
    finally:
        conn.close()


def _plan(conn: sqlite3.Connection, sql: str, args: Sequence[object]) -> list[str]:
    """Plan lines, indented by depth in the plan tree."""
    depth: dict[int, int] = {0: -1}
    lines: list[str] = []
    for node, parent, _, detail in conn.execute(f"EXPLAIN QUERY PLAN {sql}", list(args)):
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + str(detail))
    return lines


# ---- reporting ---------------------------------------------------------------------


def machine() -> dict[str, str]:
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "memory": mem,
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def print_result(n: int, r: dict[str, Any]) -> None:
    b, s, o, q = r["build"], r["size"], r["open_list"], r["search"]
    print(f"\n== N = {n:,} ==")
    print(
        f"ingest: {b['docs_per_s']:.0f} documents/s over {b['documents']:,} documents "
        f"(build_document {b['build_document_s']:.1f}s + write/commit {b['write_s']:.1f}s; "
        f"generating the HTML took another {b['generate_s']:.1f}s)"
        + (" [from the earlier build]" if b["reused"] else "")
    )
    print(f"languages: {b['langs']}")
    load = r["load_average"]
    print(
        f"load average (1 min) around the measurements: {load['before']:.2f} -> "
        f"{load['after']:.2f} (this process alone is about 1)"
    )
    print(
        f"size: raw text {mib(s['raw_text_bytes'])} MiB (body {mib(s['body_text_bytes'])} MiB), "
        f"database {mib(s['db_bytes'])} MiB, ratio {s['ratio']:.2f}x"
    )
    for name, size in sorted(s["by_object"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<36} {mib(size):>9} MiB  {size / s['raw_text_bytes']:.2f}x raw")
    print(
        f"search: p50 {q['p50_ms']:.1f} ms, p95 {q['p95_ms']:.1f} ms over {q['runs']} runs "
        "(limit 20, with snippets)"
    )
    print(f"  {'query':<26} {'matches':>8} {'first':>8} {'median':>8} {'max':>8} {'snippets':>9}")
    for x in q["queries"]:
        print(
            f"  {x['label']:<26} {x['matches']:>8,} {x['first_ms']:>8.1f} {x['median_ms']:>8.1f} "
            f"{x['max_ms']:>8.1f} {x['snippets_median_ms']:>9.1f}"
        )
    print("open + list (ms, median / p95):")
    for key, label in (
        ("quick_check", "PRAGMA quick_check"),
        ("open_checked", "Store.open(path)"),
        ("open_unchecked", "Store.open(path, check=False)"),
        ("list_200", "list_articles(limit=200)"),
        ("open_list_checked", "open + list newest 200"),
        ("open_list_unchecked", "open(check=False) + list 200"),
    ):
        t = o[key]
        print(f"  {label:<32} {t['median_ms']:>9.1f} / {t['p95_ms']:.1f}")
    for name, plan in r["plans"].items():
        print(f"query plan ({name}):")
        for line in plan:
            print(f"  {line}")


def print_summary(results: dict[int, dict[str, Any]]) -> None:
    print("\n== targets (defined at 100,000 documents) ==")
    for n, r in results.items():
        b, s, o, q = r["build"], r["size"], r["open_list"], r["search"]
        ol = o["open_list_checked"]
        print(f"N = {n:,}")
        print(
            f"  ingest {b['docs_per_s']:.0f} docs/s (>= {TARGET_INGEST_DOCS_S:.0f}): "
            + verdict(b["docs_per_s"] >= TARGET_INGEST_DOCS_S)
        )
        print(
            f"  database {s['ratio']:.2f}x raw text (<= {TARGET_SIZE_RATIO}x): "
            + verdict(s["ratio"] <= TARGET_SIZE_RATIO)
        )
        print(
            f"  search p50 {q['p50_ms']:.1f} ms (< {TARGET_SEARCH_P50_MS:.0f}): "
            + verdict(q["p50_ms"] < TARGET_SEARCH_P50_MS)
        )
        print(
            f"  search p95 {q['p95_ms']:.1f} ms (< {TARGET_SEARCH_P95_MS:.0f}): "
            + verdict(q["p95_ms"] < TARGET_SEARCH_P95_MS)
        )
        print(
            f"  open + list newest 200, p95 {ol['p95_ms']:.1f} ms (median {ol['median_ms']:.1f}) "
            f"(< {TARGET_OPEN_LIST_MS:.0f}): " + verdict(ol["p95_ms"] < TARGET_OPEN_LIST_MS)
        )


def run(n: int, args: argparse.Namespace) -> dict[str, Any]:
    path = library_path(args.out, n)
    print(f"\n-- N = {n:,}: {path}", flush=True)
    built = build(path, n, reuse=args.reuse, seed=args.seed, batch=args.batch)
    load_before = os.getloadavg()
    print("  measuring size", flush=True)
    size = measure_size(path)
    print("  measuring open + list", flush=True)
    open_list = measure_open_list(path, args.open_reps)
    print("  measuring search", flush=True)
    search = measure_search(path, args.rounds)
    result: dict[str, Any] = {
        "n": n,
        "machine": machine(),
        # The 1-minute load average: above ~1 another process shared the two cores.
        "load_average": {"before": load_before[0], "after": os.getloadavg()[0]},
        "build": asdict(built),
        "size": asdict(size),
        "open_list": asdict(open_list),
        "search": asdict(search),
        "plans": query_plans(path),
    }
    (args.out / f"results-{n}.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--n", type=int, action="append", help="articles in the library (repeatable)"
    )
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where libraries go")
    parser.add_argument("--reuse", action="store_true", help="reuse a library already built")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--batch", type=int, default=50, help="articles per commit")
    parser.add_argument("--rounds", type=int, default=7, help="runs of each search query")
    parser.add_argument("--open-reps", type=int, default=10, help="open + list repetitions")
    args = parser.parse_args(argv)
    sizes: list[int] = args.n or [10_000]
    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine().items()))
    results = {n: run(n, args) for n in sizes}
    for n, r in results.items():
        print_result(n, r)
    print_summary(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
