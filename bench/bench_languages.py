"""Translation damage counts and the article list on a synthetic library.

    .venv/bin/python bench/bench_languages.py [LIBRARY]   # default bench/out/library-10000.sqlite

Works on a copy (the migration adding ``translation_damage`` runs on it). Prints:
the list's id query before and after the damage marks exist (the preferred content
language is applied when an article is opened, not in this query), the first count
of every translation in slices of 2,000 (the writer's jobs), a second count with
nothing stale, reading the marks, and side-by-side / damage page composition for
the sample's damaged Arabic article. Nothing asserts on timings.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.export.article_html import PageOptions, compose_article  # noqa: E402
from reader.export.side_by_side import compose_side_by_side, mark_page_damage  # noqa: E402
from reader.model import SearchFilter  # noqa: E402
from reader.store import Store  # noqa: E402
from reader.sync.pack import import_pack, sample_pack_path  # noqa: E402

SLICE = 2000


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    times = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench/out/library-10000.sqlite"
    if not source.exists():
        print(f"{source} is missing: build it with bench/generate.py", file=sys.stderr)
        return 1
    print(f"load average {os.getloadavg()[0]:.2f}; library {source.name}")
    work = Path(tempfile.mkdtemp(prefix="bench-lang-"))
    try:
        copy = work / "library.sqlite"
        shutil.copy(source, copy)
        started = time.perf_counter()
        store = Store.open(copy, check=False)
        print(f"open + migrate (with the backup before it): {time.perf_counter() - started:.1f} s")
        ms, ids = timed(lambda: store.document_ids(SearchFilter(), "newest"))
        print(f"list ids, newest first: {ms:.0f} ms for {len(ids):,} rows (no marks yet)")
        started = time.perf_counter()
        slices = 1
        while store.update_translation_damage(SLICE):
            slices += 1
        first = time.perf_counter() - started
        counted = store._read().execute("SELECT count(*) FROM translation_damage").fetchone()[0]
        print(
            f"first count: {counted:,} translations in {first:.1f} s, {slices} slices "
            f"({first / slices * 1000:.0f} ms per writer job)"
        )
        ms, _ = timed(lambda: store.update_translation_damage(SLICE))
        print(f"count again, nothing stale: {ms:.0f} ms")
        ms, marks = timed(store.translation_damage)
        print(f"read the marks: {ms:.1f} ms ({len(marks)} damaged articles)")
        ms, ids = timed(lambda: store.document_ids(SearchFilter(), "newest"))
        print(f"list ids, newest first: {ms:.0f} ms for {len(ids):,} rows (marks present)")
        store.close()

        sample = Store.open(work / "sample.sqlite")
        import_pack(sample, sample_pack_path())
        slug = "enforcing-foreign-arbitral-awards-prior-reporting"
        en, ar = sample.document(slug, "en"), sample.document(slug, "ar")
        opts = PageOptions()
        page = compose_article(ar, opts, asset_url=str, article_link=lambda _u: None)
        ms, _ = timed(
            lambda: compose_article(ar, opts, asset_url=str, article_link=lambda _u: None)
        )
        print(f"reading page of the Arabic article: {ms:.1f} ms")
        ms, _ = timed(lambda: mark_page_damage(page, en.html))
        print(f"  + damage marks: {ms:.1f} ms")
        ms, _ = timed(
            lambda: compose_side_by_side(
                en, ar, opts, asset_url=str, article_link=lambda _u: None, english=en
            )
        )
        print(f"side-by-side page, English and Arabic: {ms:.1f} ms")
        sample.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
