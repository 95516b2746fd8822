"""``reader source …`` and ``reader sync``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from reader.cli.output import print_json
from reader.cli.related import update_related
from reader.store import Conflict, Store
from reader.sync.engine import Progress, SyncEngine, SyncReport
from reader.sync.sources import (
    KINDS,
    adapter_for,
    canonical_url,
    policy_for,
    source_key,
    web_address_problem,
)
from reader.sync.sources.cjo import DEFAULT_BASE_URL, DEFAULT_LANGUAGE_URL, DEFAULT_LANGUAGES


class SyncUsageError(Exception):
    pass


def _languages(value: str) -> list[str]:
    langs = [x.strip().lower() for x in value.split(",") if x.strip()]
    if not langs:
        raise argparse.ArgumentTypeError("give at least one language code")
    return langs if "en" in langs else ["en", *langs]


def _free_name(store: Store, wanted: str) -> str:
    name, n = wanted, 2
    while store.source(name) is not None:
        name, n = f"{wanted}-{n}", n + 1
    return name


def cmd_source_add(store: Store, args: argparse.Namespace) -> int:
    config: dict[str, object] = {}
    if args.delay is not None:
        config["delay"] = args.delay
    if args.kind == "cjo":
        if args.url:
            raise SyncUsageError("a cjo source takes --base-url, not a URL argument")
        base = (args.base_url or DEFAULT_BASE_URL).rstrip("/")
        template = args.language_url or DEFAULT_LANGUAGE_URL
        if "{lang}" not in template:
            raise SyncUsageError("--language-url must contain {lang}")
        config.update(language_url=template, languages=args.languages or list(DEFAULT_LANGUAGES))
        name = args.name or _free_name(store, "cjo")
        title = "China Justice Observer"
    else:
        if not args.url:
            raise SyncUsageError("give the feed's URL: reader source add feed URL")
        base = args.url
    problem = web_address_problem(base)
    if problem is not None:
        raise SyncUsageError(f"not a web address: {base!r} ({problem})")
    if args.kind != "cjo":
        name = args.name or _free_name(store, canonical_url(base).split("//", 1)[-1].split("/")[0])
        title = name
    try:
        src = store.add_source(
            name, args.kind, source_key(args.kind, base), title=title, base_url=base, config=config
        )
    except Conflict as err:
        raise SyncUsageError(str(err)) from err
    print(f"Added source {src.name!r} ({src.kind}, {src.base_url}).")
    return 0


def cmd_source_list(store: Store, args: argparse.Namespace) -> int:
    rows = []
    for s in store.sources():
        last = store.last_sync(s.id)
        rows.append(
            {
                "name": s.name,
                "kind": s.kind,
                "url": s.base_url,
                "title": s.title,
                "languages": s.config.get("languages"),
                "sample": s.sample,
                "articles": len(store.known_slugs(s.id)),
                "last_sync": last.isoformat() if last else None,
            }
        )
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['name']:20} {r['kind']:5} {r['articles']:6} articles  {r['url']}")
    return 0


def cmd_source_remove(store: Store, args: argparse.Namespace) -> int:
    removed = store.remove_source(args.name)
    print(
        f"Removed source {args.name!r} and its {removed} articles; bookmarks and notes were kept."
    )
    return 0


def _progress_printer() -> Callable[[Progress], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(p: Progress) -> None:
        if p.phase == "done":
            sys.stderr.write("\r\033[K")
        else:
            sys.stderr.write(
                f"\r\033[K{p.done}/{p.planned}  new {p.new}  updated {p.updated}  "
                f"unchanged {p.unchanged}  failed {p.failed}  {p.current[-60:]}"
            )
        sys.stderr.flush()

    return show


def cmd_sync(store: Store, args: argparse.Namespace) -> int:
    names = args.names or [s.name for s in store.sources() if s.kind in KINDS]
    if not names:
        raise SyncUsageError("no sources to sync; add one with 'reader source add'")
    sources = [store.require_source(n) for n in names]
    cancel = threading.Event()
    previous = signal.getsignal(signal.SIGINT)

    def interrupt(signum: int, frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()  # first Ctrl-C: finish cleanly with what is written

    signal.signal(signal.SIGINT, interrupt)
    reports: list[SyncReport] = []
    try:
        for src in sources:
            if cancel.is_set():
                break
            engine = SyncEngine(store, policy_for(src), cancel, _progress_printer())
            reports.append(engine.run(src, adapter_for(src), limit=args.limit))
        # Related articles and citations of what changed, before exiting.
        related = update_related(store)
    finally:
        signal.signal(signal.SIGINT, previous)
    # Could not run at all: every source failed at discovery and nothing was done.
    if reports and all(_discovery_failed(r) for r in reports):
        raise SyncUsageError(f"sync could not run: {reports[0].errors[0]['error']}")
    total: dict[str, Any] = {
        "new": 0,
        "updated": 0,
        "unchanged": 0,
        "failed": 0,
        "removed": 0,
        "errors": [],
        "cancelled": cancel.is_set(),
    }
    for r in reports:
        for key in ("new", "updated", "unchanged", "failed", "removed"):
            total[key] += getattr(r, key)
        total["errors"] += [{"source": r.source, **e} for e in r.errors]
    total["sources"] = [r.as_dict() for r in reports]
    total["related"] = {"computed": related.computed, "seconds": round(related.seconds, 3)}
    if args.json:
        print_json(total)
    else:
        for r in reports:
            print(
                f"{r.source}: {r.new} new, {r.updated} updated, {r.unchanged} unchanged, "
                f"{r.removed} removed upstream, {r.failed} failed "
                f"({r.requests} requests, {r.bytes / 1e6:.1f} MB, {r.seconds:.1f} s)"
            )
        for e in total["errors"]:
            print(f"  {e['source']}: {e['article']}: {e['error']}", file=sys.stderr)
    return 0


def _discovery_failed(r: SyncReport) -> bool:
    return r.new + r.updated + r.unchanged + r.removed == 0 and any(
        e["article"] == "(discovery)" for e in r.errors
    )


def add_parsers(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    src = sub.add_parser("source", help="add, list and remove sources")
    srcsub = src.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    add = srcsub.add_parser(
        "add", help="add a source: 'cjo' (China Justice Observer) or 'feed URL'"
    )
    add.set_defaults(func=cmd_source_add)
    add.add_argument("kind", choices=KINDS)
    add.add_argument("url", nargs="?", help="the feed's address (feed sources)")
    add.add_argument("--name")
    add.add_argument("--base-url", metavar="URL", help=f"English site (default {DEFAULT_BASE_URL})")
    add.add_argument(
        "--language-url",
        metavar="TEMPLATE",
        help=f"translations, with {{lang}} (default {DEFAULT_LANGUAGE_URL})",
    )
    add.add_argument(
        "--languages",
        type=_languages,
        metavar="en,zh-cn,…",
        help=f"languages to sync (default {','.join(DEFAULT_LANGUAGES)})",
    )
    add.add_argument(
        "--delay",
        type=float,
        metavar="SECONDS",
        help="pause between requests to one host (default 0.25)",
    )
    ls = srcsub.add_parser("list", help="list sources")
    ls.set_defaults(func=cmd_source_list)
    ls.add_argument("--json", action="store_true")
    rm = srcsub.add_parser(
        "remove", help="remove a source and its articles (bookmarks and notes stay)"
    )
    rm.set_defaults(func=cmd_source_remove)
    rm.add_argument("name")

    sy = command("sync", cmd_sync, "fetch new and changed articles from the sources")
    sy.add_argument("names", nargs="*", metavar="NAME", help="sources to sync (default: all)")
    sy.add_argument("--limit", type=int, metavar="N", help="at most N new articles per source")
