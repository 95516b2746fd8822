"""The command line: ``reader [--db PATH] COMMAND``.

Every command that prints data has ``--json`` for scripting. Errors a user can act on
print one line to stderr and exit with status 1 (2 for bad usage, as argparse does).
With no command, the desktop app opens.
"""

from __future__ import annotations

import argparse
import html
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from reader import __version__, paths
from reader.cli import annotation_commands as annotations_cli
from reader.cli import export as export_cli
from reader.cli import global_options
from reader.cli import related as related_cli
from reader.cli import sync as sync_cli
from reader.cli.output import print_json
from reader.model import ArticleSummary, Document, SearchFilter, SearchHit
from reader.store import (
    Store,
    StoreError,
    corruption_error,
    is_corruption,
    list_backups,
    restore_backup,
)
from reader.sync.pack import PackError, import_pack, sample_pack_path

log = logging.getLogger("reader")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """Bad usage is one line on stderr, not the whole usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def summary_json(s: ArticleSummary) -> dict[str, Any]:
    return {
        "slug": s.slug,
        "lang": s.lang,
        "title": s.title,
        "published": s.published.isoformat() if s.published else None,
        "categories": list(s.categories),
        "topics": list(s.topics),
        "contributors": list(s.contributors),
        "url": s.url,
    }


def document_json(d: Document) -> dict[str, Any]:
    data = summary_json(d.summary)
    data.update(
        summary=d.summary_text,
        text=d.text,
        editor=d.editor,
        translations=list(d.translations),
        related=[
            {
                "slug": r.slug,
                "title": r.title,
                "kind": r.kind.value,
                "reason": r.reason,
                "teaser": r.teaser,
                "held": r.held,
                "published": r.published.isoformat() if r.published else None,
            }
            for r in d.related
        ],
        revisions=len(d.revisions),
        revision=d.revision,
        retrieved=d.revisions[-1].fetched_at.isoformat() if d.revisions else None,
        images=d.images,
        removed_upstream=d.removed_upstream.isoformat() if d.removed_upstream else None,
        sample=d.summary.sample,
        source=d.summary.source,
    )
    return data


def hit_json(h: SearchHit) -> dict[str, Any]:
    return {
        "slug": h.slug,
        "lang": h.lang,
        "title": h.title,
        "snippet": h.snippet,
        "published": h.published.isoformat() if h.published else None,
        "source": h.source,
    }


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from err


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from err
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _filter(args: argparse.Namespace) -> SearchFilter:
    return SearchFilter(
        lang=getattr(args, "lang", None),
        category=getattr(args, "category", None),
        topic=getattr(args, "topic", None),
        bookmarked=getattr(args, "bookmarked", False),
        since=getattr(args, "since", None),
        until=getattr(args, "until", None),
        source=getattr(args, "source", None),
    )


# ---- commands ------------------------------------------------------------------------


def cmd_info(store: Store, args: argparse.Namespace) -> int:
    info = store.info()
    data = {
        "path": info.path,
        "articles": info.articles,
        "documents": info.documents,
        "languages": list(info.languages),
        "sources": list(info.sources),
    }
    if args.json:
        print_json(data)
    else:
        print(f"Library:   {info.path}")
        print(f"Articles:  {info.articles} ({info.documents} documents)")
        print(f"Languages: {', '.join(info.languages) or '-'}")
        print(f"Sources:   {', '.join(info.sources) or '-'}")
    return 0


def cmd_sample(store: Store, args: argparse.Namespace) -> int:
    return _import(store, sample_pack_path(), args)


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    return _import(store, Path(args.pack), args)


def _import(store: Store, location: Path, args: argparse.Namespace) -> int:
    try:
        report = import_pack(store, location)
    except PackError as err:
        raise UsageError(str(err)) from err
    data = {
        "source": report.source,
        "new": report.new,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "failed": report.failed,
        "errors": report.errors,
    }
    if args.json:
        print_json(data)
    else:
        print(
            f"Imported into source {report.source!r}: {report.new} new, {report.updated} updated, "
            f"{report.unchanged} unchanged, {report.failed} failed."
        )
        for e in report.errors:
            print(f"  {e['slug']}: {e['error']}", file=sys.stderr)
    return 0


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    rows = store.list_articles(_filter(args), limit=args.limit)
    if args.json:
        print_json([summary_json(s) for s in rows])
    else:
        for s in rows:
            when = s.published.isoformat() if s.published else "----------"
            print(f"{when}  {s.lang:5}  {s.slug}  {s.title}")
    return 0


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    doc = store.document(args.slug, args.lang, source=args.source)
    if args.json:
        print_json(document_json(doc))
    else:
        s = doc.summary
        print(s.title)
        print(
            f"{s.published or ''}  {', '.join(s.categories)}  [{s.lang}; also {', '.join(doc.translations)}]"
        )
        print(s.url)
        print()
        print(doc.text)
    return 0


def cmd_search(store: Store, args: argparse.Namespace) -> int:
    hits = store.search(args.query, _filter(args), limit=args.limit)
    if args.json:
        print_json([hit_json(h) for h in hits])
    else:
        for h in hits:
            print(f"{h.lang:5}  {h.slug}  {h.title}")
            # Snippets are HTML (for the window): hits in brackets, entities decoded.
            marked = h.snippet.replace("<mark>", "[").replace("</mark>", "]")
            print(f"       {html.unescape(marked)}")
    return 0


def cmd_bookmark(store: Store, args: argparse.Namespace) -> int:
    store.set_bookmark(args.slug, True, source=args.source)
    return 0


def cmd_unbookmark(store: Store, args: argparse.Namespace) -> int:
    store.set_bookmark(args.slug, False, source=args.source)
    return 0


def cmd_collection_add(store: Store, args: argparse.Namespace) -> int:
    added = store.add_to_collection(args.name, args.slugs, source=args.source)
    if not args.quiet:
        print(f"{added} added to {args.name!r}.")
    return 0


def cmd_collection_list(store: Store, args: argparse.Namespace) -> int:
    cols = store.collections()
    if args.json:
        print_json(
            [
                {
                    "name": c.name,
                    "description": c.description,
                    "count": c.count,
                    "items": [slug for _, slug in store.collection_slugs(c.name)],
                }
                for c in cols
            ]
        )
    else:
        for c in cols:
            print(f"{c.name} ({c.count})")
    return 0


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    dest = store.backup(Path(args.output) if args.output else None)
    print(dest)
    return 0


def cmd_check(store: Store, args: argparse.Namespace) -> int:
    problems = store.check()
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    else:
        print("The library is sound." if not problems else "\n".join(problems))
    return 0 if not problems else 1


# ---- parser --------------------------------------------------------------------------


def _add_filters(c: argparse.ArgumentParser, limit: int) -> None:
    c.add_argument("--lang", help="only documents in this language (e.g. zh-cn)")
    c.add_argument("--category", metavar="SLUG")
    c.add_argument("--topic", metavar="SLUG")
    c.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    c.add_argument("--since", type=_date_arg, metavar="DATE", help="published on or after")
    c.add_argument("--until", type=_date_arg, metavar="DATE", help="published on or before")
    c.add_argument("--source", metavar="NAME")
    c.add_argument("--limit", type=_positive, default=limit)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="reader",
        description="Offline reader for legal news about China.",
        parents=[global_options()],
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str,
        fn: Callable[[Store, argparse.Namespace], int],
        helptext: str,
        json_flag: bool = True,
    ) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=helptext, description=helptext)
        c.set_defaults(func=fn)
        if json_flag:
            c.add_argument("--json", action="store_true", help="print JSON")
        return c

    command("info", cmd_info, "summarise the library")
    command("sample", cmd_sample, "import the bundled sample library")
    imp = command(
        "import", cmd_import, "import a library pack (folder or .zip), or: annotations FILE"
    )
    imp.add_argument("pack")
    annotations_cli.extend_import(imp)  # reader import annotations FILE

    _add_filters(command("list", cmd_list, "list articles, newest first"), limit=200)

    show = command("show", cmd_show, "show one article")
    show.add_argument("slug")
    show.add_argument("--lang")
    show.add_argument("--source", metavar="NAME")

    se = command("search", cmd_search, "full-text search in every language")
    se.add_argument("query")
    _add_filters(se, limit=20)

    for name, fn in (("bookmark", cmd_bookmark), ("unbookmark", cmd_unbookmark)):
        c = command(name, fn, f"{name} an article (all its languages)", json_flag=False)
        c.add_argument("slug")
        c.add_argument("--source", metavar="NAME")

    col = sub.add_parser("collection", help="named collections of articles")
    colsub = col.add_subparsers(dest="collection_command", metavar="ACTION", required=True)
    add = colsub.add_parser("add", help="add articles to a collection (created if new)")
    add.set_defaults(func=cmd_collection_add)
    add.add_argument("name")
    add.add_argument("slugs", nargs="+", metavar="SLUG")
    add.add_argument("--source", metavar="NAME")
    add.add_argument("-q", "--quiet", action="store_true")
    cl = colsub.add_parser("list", help="list collections")
    cl.set_defaults(func=cmd_collection_list)
    cl.add_argument("--json", action="store_true")

    bk = command("backup", cmd_backup, "copy the library to a backup file", json_flag=False)
    bk.add_argument("-o", "--output", metavar="FILE")
    rs = sub.add_parser(
        "restore", help="replace the library with a backup (the current file is kept aside)"
    )
    rs.add_argument("file", nargs="?", help="backup file (default: the latest backup)")
    rs.set_defaults(func=None)
    command("check", cmd_check, "run SQLite's full integrity check")
    sync_cli.add_parsers(sub, command)
    related_cli.add_parsers(sub, command)
    annotations_cli.add_parsers(sub, command)
    annotations_cli.add_export_parser(export_cli.add_export_parser(sub))
    return p


def _restore(path: Path, args: argparse.Namespace) -> int:
    backup = Path(args.file) if args.file else None
    if backup is None:
        found = list_backups(path)
        if not found:
            raise UsageError(f"No backups of {path} were found.")
        backup = found[0]
    from reader import APP_NAME, app  # Qt's lock file, shared with the window

    lock = app.lock_library(path)
    if lock is None:
        raise UsageError(
            f"{path} is open in {APP_NAME}; close it first, or restore from "
            "File → Backups… in the app."
        )
    try:
        kept = restore_backup(path, backup)
    finally:
        lock.unlock()
    print(
        f"Restored {path} from {backup}."
        + (f" The replaced file was kept as {kept}." if kept else "")
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    db = Path(args.db or os.environ.get("READER_DB") or paths.chosen_library())
    if args.command is None:  # reader/cli/__init__.py opens the window without coming here
        from reader import app

        return app.run(db, quit_after=args.quit_after)
    try:
        if args.command == "restore":
            return _restore(db, args)
        with Store.open(db) as store:
            return int(args.func(store, args))
    except (StoreError, UsageError, sync_cli.SyncUsageError) as err:
        print(f"reader: {err}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as err:
        # Damage in a large library shows up on use rather than at open.
        if not is_corruption(err):
            raise
        print(f"reader: {corruption_error(db, err)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
