"""Related articles: quality (recall@5 of the site's own links) and speed.

Quality: for every article whose site-given related links point at articles the
library holds, how many of those the computed list recovers in its top 5.
Measured on the sample library and on a sync of the fixture site.

Speed: a full recompute (citations, words and every related list) on a copy of a
generated library (``bench/generate.py``), then the incremental update after 50 new
articles are written.

    .venv/bin/python bench/bench_related.py --quality
    .venv/bin/python bench/bench_related.py --n 10000 --n 100000
    .venv/bin/python bench/bench_related.py --n 100000 --keep     # then, after a change:
    .venv/bin/python bench/bench_related.py --n 100000 --reuse    # incremental only

Nothing asserts on timings; the figures are printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.store import Store

OUT = Path(__file__).resolve().parent / "out"


def recall(store: Store, k: int = 5) -> tuple[int, int, int]:
    """(site links recovered in the computed top k, site links to held articles,
    articles with such links)."""
    conn: sqlite3.Connection = store._read()
    found = total = articles = 0
    rows = conn.execute(
        """SELECT a.id, a.source_id FROM article a WHERE EXISTS (
               SELECT 1 FROM related r JOIN article t ON t.source_id = a.source_id
               AND t.slug = r.target_slug WHERE r.article_id = a.id AND r.kind = 'site')"""
    ).fetchall()
    for aid, sid in rows:
        site = {
            r[0]
            for r in conn.execute(
                "SELECT r.target_slug FROM related r JOIN article t ON t.source_id = ? "
                "AND t.slug = r.target_slug WHERE r.article_id = ? AND r.kind = 'site'",
                (sid, aid),
            )
        }
        top = {
            r[0]
            for r in conn.execute(
                "SELECT target_slug FROM related WHERE article_id = ? AND kind = 'computed' "
                "ORDER BY position LIMIT ?",
                (aid, k),
            )
        }
        found += len(site & top)
        total += len(site)
        articles += 1
    return found, total, articles


def quality() -> None:
    from reader.sync.engine import SyncEngine
    from reader.sync.http import FetchPolicy
    from reader.sync.pack import import_pack, sample_pack_path
    from reader.sync.sources import adapter_for, source_key
    from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample

    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "sample.sqlite") as store:
            import_pack(store, sample_pack_path())
            store.compute_related()
            f, t, a = recall(store)
            print(f"sample library: recall@5 = {f}/{t} = {f / t:.2f} over {a} articles")
        with (
            CjoFixtureServer(site_from_sample()) as site,
            Store.open(Path(tmp) / "site.sqlite") as store,
        ):
            base = site.base_url
            src = store.add_source(
                "cjo",
                "cjo",
                source_key("cjo", base),
                base_url=base,
                config={"language_url": site.language_url, "languages": ["en", "zh-cn"]},
            )
            SyncEngine(store, FetchPolicy(min_interval=0)).run(src, adapter_for(src))
            store.compute_related()
            f, t, a = recall(store)
            n = store.info().articles
            print(
                f"fixture site ({n} articles): recall@5 = {f}/{t} = {f / t:.2f} over {a} articles"
            )


def speed(n: int, keep: bool = False, reuse: bool = False) -> None:
    src = OUT / f"library-{n}.sqlite"
    work = OUT / f"related-{n}.sqlite"
    if not (reuse and work.exists()):
        if not src.exists():
            print(f"{src} is missing: build it with bench/bench_store.py --n {n}")
            return
        for p in work.parent.glob(f"related-{n}.sqlite*"):
            p.unlink()
        t0 = time.monotonic()
        shutil.copyfile(src, work)
        print(f"[{n}] copied the library in {time.monotonic() - t0:.1f} s")
    t0 = time.monotonic()
    store = Store.open(work, check=False)
    print(f"[{n}] open (+ migration) {time.monotonic() - t0:.1f} s; load {os.getloadavg()}")
    shutil.rmtree(OUT / f"related-{n}-backups", ignore_errors=True)
    last = [0.0]

    def progress(phase: str, done: int, total: int) -> None:
        if time.monotonic() - last[0] > 10:
            last[0] = time.monotonic()
            print(f"    {phase} {done}/{total}", flush=True)

    if not (reuse and store.related_pending() == 0):
        t0 = time.monotonic()
        report = store.compute_related(full=True, progress=progress)
        full = time.monotonic() - t0
        print(
            f"[{n}] full recompute: {full:.1f} s ({report.extracted} extracted, "
            f"{report.computed} lists); load {os.getloadavg()}",
            flush=True,
        )
    # 50 new articles from the generator, written the way a sync writes them.
    from bench.generate import DEFAULT_SEED, raw_article, to_record

    first = store.info().articles
    records = [to_record(raw_article(DEFAULT_SEED, first + i)) for i in range(50)]
    src_id = store.sources()[0].id
    with store.transaction():
        for rec in records:
            store.write_article(src_id, rec)
    t0 = time.monotonic()
    report = store.compute_related()
    inc = time.monotonic() - t0
    print(
        f"[{n}] incremental after 50 new: {inc:.2f} s ({report.extracted} extracted, "
        f"{report.computed} lists of which {report.neighbours} neighbours); "
        f"load {os.getloadavg()}"
    )
    store.close()
    if not keep:
        for p in work.parent.glob(f"related-{n}.sqlite*"):
            p.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--n", type=int, action="append", default=[])
    parser.add_argument("--keep", action="store_true", help="keep bench/out/related-N.sqlite")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="start from a kept related-N.sqlite: only the incremental update is timed",
    )
    args = parser.parse_args()
    if args.quality or not args.n:
        quality()
    for n in args.n:
        speed(n, keep=args.keep, reuse=args.reuse)


if __name__ == "__main__":
    main()
