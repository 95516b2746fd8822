"""``reader annotate``, ``reader annotations``, ``reader export annotations`` and
``reader import annotations FILE``.

``import`` already takes a library pack (``reader import PACK``); :func:`extend_import`
gives it an optional second argument, so that ``reader import annotations FILE``
imports annotations and everything else stays as it was.

(Not ``reader/cli/annotations.py``: ``reader.cli`` has ``from __future__ import
annotations``, whose name would shadow such a submodule.)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.cli.output import print_json
from reader.export import annotations_md, annotations_w3c
from reader.export.annotations_scope import gather
from reader.export.files import write_text_atomic
from reader.model import ANNOTATION_COLORS, Annotation
from reader.store import Store

Command = Callable[[Store, argparse.Namespace], int]


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 1


def annotation_json(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "uuid": a.uuid,
        "source": a.source,
        "slug": a.slug,
        "lang": a.lang,
        "title": a.title,
        "quote": a.exact,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "start": a.start,
        "end": a.end,
        "note": a.note,
        "tags": list(a.tags),
        "color": a.color,
        "state": a.state,
        "revision": a.revision,
        "anchored_revision": a.anchored_revision,
        "updated_since": a.current_revision > a.revision,
        "created": a.created_at.isoformat(),
        "modified": a.modified_at.isoformat(),
    }


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# ---- reader annotate / reader annotations -------------------------------------------------


def cmd_annotate(store: Store, args: argparse.Namespace) -> int:
    a = store.annotate_quote(
        args.slug,
        args.lang,
        args.quote,
        prefix=args.prefix or "",
        suffix=args.suffix or "",
        source=args.source,
        color=args.color,
        note=args.note or "",
        tags=args.tag or (),
    )
    if args.json:
        print_json(annotation_json(a))
    else:
        print(
            f"Annotation {a.id} on {a.slug} [{a.lang}] at {a.start}..{a.end}: “{_short(a.exact, 60)}”"
        )
    return 0


def cmd_annotations(store: Store, args: argparse.Namespace) -> int:
    rows = store.annotations(
        slug=args.slug,
        lang=args.lang,
        source=args.source,
        collection=args.collection,
        tag=args.tag,
        color=args.color,
        state=args.state,
        query=args.search,
    )
    if args.json:
        print_json([annotation_json(a) for a in rows])
        return 0
    if not rows:
        print("No annotations.")
        return 0
    for a in rows:
        state = "" if a.state == "anchored" else f" ({a.state})"
        tags = "  " + " ".join(f"#{t}" for t in a.tags) if a.tags else ""
        print(f"{a.id:5}  {a.slug} [{a.lang}] {a.color}{state}{tags}")
        print(f"       “{_short(a.exact, 100)}”")
        if a.note.strip():
            print(f"       {_short(a.note, 100)}")
    return 0


# ---- reader export annotations ------------------------------------------------------------


def cmd_export_annotations(store: Store, args: argparse.Namespace) -> int:
    if args.slug and args.collection:
        return _fail("name either --slug SLUG or --collection NAME, not both.")
    target = None if args.output == "-" else Path(args.output)
    if target is not None:
        problem = _target_problem(target, args.force)
        if problem:
            return _fail(problem)
    aset = gather(
        store, slug=args.slug, lang=args.lang, source=args.source, collection=args.collection
    )
    text = annotations_md.render(aset) if args.format == "md" else annotations_w3c.dumps(aset)
    if target is None:
        sys.stdout.write(text)
        return 0
    try:
        write_text_atomic(target, text)
    except OSError as err:
        return _fail(f"cannot write {target}: {err.strerror or err}.")
    noun = "annotation" if aset.total == 1 else "annotations"
    print(f"Wrote {target} ({aset.total} {noun}, {args.format}).")
    return 0


def _target_problem(target: Path, force: bool) -> str:
    if target.is_dir():
        return f"{target} is a folder; give a file name."
    if target.exists() and not force:
        return f"{target} exists; use --force to replace it."
    if not target.parent.is_dir():
        return f"the folder {target.parent} does not exist."
    return ""


# ---- reader import annotations FILE -------------------------------------------------------


def cmd_import_annotations(store: Store, args: argparse.Namespace) -> int:
    try:
        report = annotations_w3c.import_file(store, Path(args.file))
    except annotations_w3c.AnnotationFileError as err:
        return _fail(f"{err}; nothing was imported.")
    if args.json:
        print_json(
            {
                "new": report.new,
                "present": report.present,
                "orphaned": report.orphaned,
                "total": report.total,
            }
        )
    else:
        print(f"Imported annotations from {args.file}: {annotations_w3c.counts_text(report)}.")
    return 0


def extend_import(imp: argparse.ArgumentParser) -> None:
    """Let ``reader import`` also take ``annotations FILE``."""
    imp.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="with 'annotations' as the first argument: a W3C Web Annotation JSON file",
    )
    imp.epilog = (
        "reader import annotations FILE imports annotations exported with "
        "'reader export annotations --format json' (W3C Web Annotation JSON-LD)."
    )
    pack_import: Command = imp.get_default("func")

    def dispatch(store: Store, args: argparse.Namespace) -> int:
        if args.file is None:
            return pack_import(store, args)
        if args.pack != "annotations":
            return _fail(
                f"'reader import {args.pack} {args.file}': import takes one pack, "
                "or 'annotations FILE'."
            )
        return cmd_import_annotations(store, args)

    imp.set_defaults(func=dispatch)


# ---- parsers ----------------------------------------------------------------------------


def add_parsers(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """``annotate`` and ``annotations`` (``command`` adds --json)."""
    c = command("annotate", cmd_annotate, "highlight a passage of an article, with a note")
    c.add_argument("slug", metavar="SLUG")
    c.add_argument("--lang", required=True, help="the language version (e.g. en, ar, zh-cn)")
    c.add_argument("--quote", required=True, metavar="TEXT", help="the passage, as in the text")
    c.add_argument("--prefix", metavar="TEXT", help="text just before it (when it recurs)")
    c.add_argument("--suffix", metavar="TEXT", help="text just after it (when it recurs)")
    c.add_argument("--note", metavar="MARKDOWN", help="a note, in Markdown")
    c.add_argument("--color", choices=ANNOTATION_COLORS, default="yellow")
    c.add_argument("--tag", action="append", metavar="TAG", help="a tag (repeatable)")
    c.add_argument("--source", metavar="NAME")

    ls = command("annotations", cmd_annotations, "list annotations in reading order")
    ls.add_argument("--slug", metavar="SLUG")
    ls.add_argument("--lang")
    ls.add_argument("--source", metavar="NAME")
    ls.add_argument("--collection", metavar="NAME")
    ls.add_argument("--tag", metavar="TAG")
    ls.add_argument("--color", choices=ANNOTATION_COLORS)
    ls.add_argument("--state", choices=("anchored", "moved", "orphaned"))
    ls.add_argument("--search", metavar="QUERY", help="search quotes, notes and tags")


def add_export_parser(actions: Any) -> argparse.ArgumentParser:
    """``reader export annotations`` in the export group."""
    exp: argparse.ArgumentParser = actions.add_parser(
        "annotations",
        help="highlights and notes as Markdown or W3C Web Annotation JSON-LD",
        description=(
            "Export the annotations of one article (--slug), a collection (--collection) "
            "or the whole library, as Markdown (quotes, notes and citations) or as W3C "
            "Web Annotation JSON-LD that 'reader import annotations FILE' reads back."
        ),
    )
    exp.set_defaults(func=cmd_export_annotations)
    exp.add_argument("--format", choices=("md", "json"), required=True)
    exp.add_argument("--slug", metavar="SLUG")
    exp.add_argument("--lang", help="only this language version")
    exp.add_argument("--source", metavar="NAME")
    exp.add_argument("--collection", metavar="NAME")
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help="'-' for stdout")
    exp.add_argument("--force", action="store_true", help="replace an existing file")
    return exp
