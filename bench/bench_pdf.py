"""PDF export benchmark: one ~1,500-word article, and a 100-article binder, side by side
with calibre's ebook-convert turning the same 100 articles from one HTML file.

    PYTHONPATH=. .venv/bin/python bench/bench_pdf.py [--runs 5] [--no-calibre]

The library (bench/out/pdf-bench.sqlite) is the sample library plus one English article
of about 2,000 words and collections "Bench 100" and "Bench 500" (``--with-500``): copies of the sample
documents in all their languages (so the binder mixes Latin, CJK, Arabic, Hebrew, Thai
and Devanagari). Each measurement runs in a fresh subprocess (this file with
``--child``); the parent samples the memory of that process and every process below it
(the QtWebEngineProcess zygote, renderer and utility processes, or calibre's workers)
every 50 ms and reports the peak of the summed PSS (``/proc/PID/smaps_rollup``; the
summed RSS counts shared pages once per process and is printed too).

Targets (issue 8): one article < 1 s; the binder < 10 s and < 1 GB for all processes,
and faster than ebook-convert.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

from proctree import descendants  # bench/proctree.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DB = OUT / "pdf-bench.sqlite"
COLLECTION = "Bench 100"
BIG = "Bench 500"
LONG_SLUG = "bench-long-article"


# ---- library ----------------------------------------------------------------------------


def build_library() -> None:
    from reader.model import ArticleRecord
    from reader.store import Store
    from reader.sync.ingest import build_document
    from reader.sync.pack import import_pack, sample_pack_path

    OUT.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(DB) + suffix).unlink(missing_ok=True)
    fetched = datetime(2026, 1, 5, tzinfo=UTC)
    with Store.open(DB) as store:
        import_pack(store, sample_pack_path())
        source = store.source("sample")
        assert source is not None
        docs = []
        for summary in store.list_articles(limit=1000):
            for lang in store.languages(summary.slug, "sample")[0]:
                docs.append(store.document(summary.slug, lang, source="sample"))
        # One English article of ~1,500 words: the English sample bodies, in turn.
        english = [d for d in docs if d.summary.lang == "en"]
        body, words = [], 0
        for n, d in enumerate(english):
            body.append(f"<h2>Part {n + 1}: {d.summary.title}</h2>{d.html}")
            words += len(d.text.split())
            if words >= 1500:
                break
        record, _, _ = build_document(
            lang="en",
            title="A long article for the benchmark",
            summary="About 1,500 words of the sample articles' English text.",
            raw_html="".join(body),
            url=f"https://example.org/a/{LONG_SLUG}",
            fetched_at=fetched,
        )
        store.write_article(
            source.id,
            ArticleRecord(
                slug=LONG_SLUG,
                published=date(2026, 1, 5),
                documents=(record,),
                contributors=("Bench Writer",),
            ),
        )
        slugs = []
        for n in range(500):
            d = docs[n % len(docs)]
            record, _, _ = build_document(
                lang=d.summary.lang,
                title=f"{d.summary.title} ({n + 1})",
                summary=d.summary_text,
                raw_html=d.html,
                url=f"https://example.org/{d.summary.lang}/a/bench-{n}",
                fetched_at=fetched,
            )
            slug = f"bench-{n:03d}"
            store.write_article(
                source.id,
                ArticleRecord(
                    slug=slug,
                    published=d.summary.published,
                    documents=(record,),
                    categories=d.summary.categories,
                    contributors=d.summary.contributors,
                ),
            )
            slugs.append(slug)
        store.create_collection(COLLECTION, "One hundred articles in every script")
        store.add_to_collection(COLLECTION, slugs[:100])
        store.create_collection(BIG, "Five hundred articles in every script")
        store.add_to_collection(BIG, slugs)
        print(f"library: {DB} ({words} words in the long article)")


def long_article_words() -> int:
    from reader.store import Store

    with Store.open(DB) as store:
        return len(store.document(LONG_SLUG, "en").text.split())


# ---- children ----------------------------------------------------------------------------


def child(mode: str, target: Path, runs: int, collection: str = COLLECTION) -> None:
    t0 = time.perf_counter()
    from reader.ui.binding import protect_none

    protect_none()  # as the command line does (PySide6 6.12 on Python 3.11)
    from reader.export.pdf import export_article
    from reader.export.pdf_binder import export_collection
    from reader.export.pdf_engine import PrintEngine
    from reader.store import Store

    result: dict[str, object] = {}
    with Store.open(DB) as store:
        t_engine = time.perf_counter()
        engine = PrintEngine(store)
        result["engine_start_s"] = time.perf_counter() - t_engine
        if mode == "single":
            times = []
            for i in range(runs):
                t = time.perf_counter()
                export_article(store, LONG_SLUG, target, force=True, engine=engine)
                times.append(time.perf_counter() - t)
                if i == 0:
                    result["first_s_from_process_start"] = time.perf_counter() - t0
            result["times_s"] = times
        else:
            t = time.perf_counter()
            res = export_collection(store, collection, target, force=True, engine=engine)
            result["binder_s"] = time.perf_counter() - t
            result["pages"] = res.pages
        engine.close()
    print(json.dumps(result))


# ---- memory sampling ---------------------------------------------------------------------


def _kb(path: str, key: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_pss = 0
        self.peak_rss = 0
        self.peak_procs = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids = descendants(self.pid)
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss") for p in pids)
            rss = sum(_kb(f"/proc/{p}/status", "VmRSS") for p in pids)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_procs = max(self.peak_procs, len(pids))
            self.stop.wait(0.05)


def measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, Sampler, str]:
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    sampler = Sampler(proc.pid)
    sampler.start()
    out, err = proc.communicate(timeout=900)
    wall = time.perf_counter() - t
    sampler.stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])}… failed:\n{err[-2000:]}")
    return wall, sampler, out


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


# ---- calibre ------------------------------------------------------------------------------


def calibre_html(folder: Path) -> Path:
    """The same 100 articles as one HTML file (the pages' bodies, print style)."""
    from reader.export.article_html import PageOptions, compose_article
    from reader.store import Store

    parts = []
    with Store.open(DB) as store:
        for _, slug in store.collection_slugs(COLLECTION):
            doc = store.document(slug)
            page = compose_article(
                doc,
                PageOptions(for_print=True),
                asset_url=lambda s: "",
                article_link=lambda u: None,
            )
            start, end = page.index("<main"), page.rindex("</main>") + len("</main>")
            style = page[page.index("<style>") : page.index("</style>") + len("</style>")]
            if not parts:
                parts.append(
                    f"<!DOCTYPE html><html><head><meta charset='utf-8'>{style}</head><body>"
                )
            parts.append(
                f'<section lang="{doc.summary.lang}" style="page-break-before: always">'
                f"{page[start:end]}</section>"
            )
    parts.append("</body></html>")
    path = folder / "bench-100.html"
    path.write_text("".join(parts), encoding="utf-8")
    return path


# ---- main ---------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", choices=("single", "binder"))
    ap.add_argument("--target")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-calibre", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="keep an existing bench library")
    ap.add_argument("--collection", default=COLLECTION)
    ap.add_argument("--with-500", action="store_true", help="also a binder of 500 articles")
    args = ap.parse_args()
    if args.child:
        child(args.child, Path(args.target), args.runs, args.collection)
        return
    if not (args.reuse and DB.exists()):
        build_library()
    print(f"load average: {os.getloadavg()}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    me = [sys.executable, str(Path(__file__).resolve())]
    try:
        # One article, in a process of its own, engine started once.
        _, sampler, out = measured(
            [*me, "--child", "single", "--target", str(tmp / "one.pdf"), "--runs", str(args.runs)],
            _env(),
        )
        single = json.loads(out.strip().splitlines()[-1])
        warm = single["times_s"][1:] or single["times_s"]
        print(
            f"one article ({long_article_words()} words): first {single['times_s'][0]:.2f} s, "
            f"then median {statistics.median(warm):.2f} s over {len(warm)}; engine start "
            f"{single['engine_start_s']:.2f} s; peak PSS {sampler.peak_pss / 1024:.0f} MB"
        )
        # The command line, as a user runs it: interpreter, Qt and WebEngine start included.
        cli = [sys.executable, "-m", "reader", "--db", str(DB), "export", "pdf", LONG_SLUG]
        cli_times = []
        for n in range(3):
            wall, _, _ = measured([*cli, "-o", str(tmp / f"cli{n}.pdf")], _env())
            cli_times.append(wall)
        print(
            f"one article, `reader export pdf` wall time: median {statistics.median(cli_times):.2f} s"
        )
        # The binder.
        wall, sampler, out = measured(
            [*me, "--child", "binder", "--target", str(tmp / "binder.pdf")], _env()
        )
        binder = json.loads(out.strip().splitlines()[-1])
        print(
            f"binder of 100 articles ({binder['pages']} pages): {binder['binder_s']:.2f} s "
            f"(process wall {wall:.2f} s); peak PSS {sampler.peak_pss / 1024:.0f} MB, "
            f"RSS sum {sampler.peak_rss / 1024:.0f} MB, {sampler.peak_procs} processes; "
            f"file {(tmp / 'binder.pdf').stat().st_size / 1e6:.1f} MB"
        )
        if args.with_500:
            wall, sampler, out = measured(
                [*me, "--child", "binder", "--collection", BIG, "--target", str(tmp / "b500.pdf")],
                _env(),
            )
            big = json.loads(out.strip().splitlines()[-1])
            print(
                f"binder of 500 articles ({big['pages']} pages): {big['binder_s']:.2f} s; "
                f"peak PSS {sampler.peak_pss / 1024:.0f} MB, RSS sum "
                f"{sampler.peak_rss / 1024:.0f} MB; file "
                f"{(tmp / 'b500.pdf').stat().st_size / 1e6:.1f} MB"
            )
        ebook = shutil.which("ebook-convert")
        if args.no_calibre or ebook is None:
            print("calibre: not measured (ebook-convert not installed)" if ebook is None else "")
            return
        html = calibre_html(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # calibre prints with WebEngine too
            env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
        wall, sampler, _ = measured([ebook, str(html), str(tmp / "calibre.pdf")], env)
        pages = subprocess.run(
            ["pdfinfo", str(tmp / "calibre.pdf")], capture_output=True, text=True
        ).stdout
        count = next((ln.split()[-1] for ln in pages.splitlines() if ln.startswith("Pages:")), "?")
        print(
            f"calibre ebook-convert, same 100 articles from one HTML file ({count} pages): "
            f"{wall:.2f} s; peak PSS {sampler.peak_pss / 1024:.0f} MB, RSS sum "
            f"{sampler.peak_rss / 1024:.0f} MB, {sampler.peak_procs} processes"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
