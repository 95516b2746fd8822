"""``reader citations``, ``reader citing`` and ``reader related-update``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from reader.cli.output import print_json, related_progress
from reader.model import ArticleSummary
from reader.store import RelatedReport, Store
from reader.sync.work import WorkerPool, default_workers


def _summary(s: ArticleSummary) -> dict[str, Any]:
    return {
        "slug": s.slug,
        "lang": s.lang,
        "title": s.title,
        "published": s.published.isoformat() if s.published else None,
        "source": s.source,
    }


def cmd_citations(store: Store, args: argparse.Namespace) -> int:
    rows = store.citations(args.source)
    if args.kind:
        rows = [c for c in rows if c.kind == args.kind]
    data = []
    for c in rows:
        item: dict[str, Any] = {
            "key": c.key,
            "kind": c.kind,
            "name": c.name,
            "native_name": c.native_name,
            "articles": c.articles,
        }
        if args.articles:
            item["citing"] = [s.slug for s in store.citing_articles(c.key)]
        data.append(item)
    if args.json:
        print_json(data)
    else:
        for item in data:
            native = (
                f"  {item['native_name']}" if item["native_name"] not in ("", item["name"]) else ""
            )
            print(f"{item['articles']:5}  {item['kind']:14} {item['name']}{native}")
    return 0


def cmd_citing(store: Store, args: argparse.Namespace) -> int:
    rows = store.citing_articles(args.key, limit=args.limit)
    if args.json:
        print_json([_summary(s) for s in rows])
    else:
        for s in rows:
            print(f"{s.published or '----------'}  {s.slug}  {s.title}")
    return 0


# From this many changed articles on, their words and citations are read in worker
# processes (starting them costs more than it saves on a few).
_IN_WORKERS = 200


def update_related(store: Store, full: bool = False) -> RelatedReport:
    """``Store.compute_related`` for the command line: progress on a terminal, and the
    reading of many articles spread over the cores."""
    pending = store.info().articles if full else store.related_pending()
    if pending < _IN_WORKERS:
        return store.compute_related(full=full, progress=related_progress())
    with WorkerPool(default_workers()) as pool:
        return store.compute_related(full=full, progress=related_progress(), map_=pool.each)


def cmd_related_update(store: Store, args: argparse.Namespace) -> int:
    report = update_related(store, full=args.full)
    data = {
        "extracted": report.extracted,
        "computed": report.computed,
        "neighbours": report.neighbours,
        "seconds": round(report.seconds, 3),
    }
    if args.json:
        print_json(data)
    else:
        print(
            f"Related articles: {report.computed} lists computed "
            f"({report.extracted} articles read again) in {report.seconds:.1f} s."
        )
    return 0


def add_parsers(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    c = command("citations", cmd_citations, "the laws and cases the articles cite, with counts")
    c.add_argument("--source", metavar="NAME")
    c.add_argument(
        "--kind",
        choices=("law", "interpretation", "regulation", "treaty", "case", "document"),
    )
    c.add_argument("--articles", action="store_true", help="list the citing articles too")
    ci = command("citing", cmd_citing, "articles citing a law or case (its key, see citations)")
    ci.add_argument("key")
    ci.add_argument("--limit", type=int, default=200)
    u = command(
        "related-update",
        cmd_related_update,
        "bring related articles and citations up to date (sync and imports do it themselves)",
    )
    u.add_argument("--full", action="store_true", help="recompute the whole library")
