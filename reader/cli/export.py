"""``reader export …``: the export command group.

:func:`add_export_parser` creates the group and returns its sub-command action, so
that other exports (``reader export annotations …``) add their own sub-command to the
same group::

    actions = export_cli.add_export_parser(sub)
    annotations_cli.add_parser(actions)

``reader export pdf`` prints through Qt WebEngine with a headless QGuiApplication
created on first use; quitting it ends WebEngine for the process, so one process runs
one export command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader import paths
from reader.store import Store


def add_export_parser(sub: Any) -> Any:
    """Add ``export`` to the top-level sub-commands; returns its sub-command action."""
    exp = sub.add_parser(
        "export",
        help="export articles (PDF) and annotations (Markdown, JSON-LD)",
        description="Export articles or annotations to files.",
    )
    actions = exp.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    add_pdf_parser(actions)
    return actions


def add_pdf_parser(actions: Any) -> argparse.ArgumentParser:
    pdf: argparse.ArgumentParser = actions.add_parser(
        "pdf",
        help="one article, or a binder of several or of a collection, as PDF",
        description=(
            "Export one article as PDF (reader export pdf SLUG -o FILE), several articles "
            "as one binder (SLUG SLUG … --title NAME), or a collection as a binder "
            "(--collection NAME). Paper, margins and paragraph numbers default to the "
            "app's settings."
        ),
    )
    pdf.set_defaults(func=cmd_export_pdf)
    pdf.add_argument("slugs", nargs="*", metavar="SLUG")
    pdf.add_argument("--collection", metavar="NAME", help="a binder of this collection")
    pdf.add_argument("--title", metavar="NAME", help="the binder's title (several slugs)")
    pdf.add_argument("--lang", help="language of the article(s) (default: settings, then en)")
    pdf.add_argument("--source", metavar="NAME")
    pdf.add_argument("--annotations", action="store_true", help="highlights and notes")
    pdf.add_argument("--paper", choices=("a4", "letter"))
    pdf.add_argument("--margins", type=float, metavar="MM", help="page margins in mm")
    pdf.add_argument(
        "--paragraph-numbers",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="number paragraphs for pinpoint citation",
    )
    pdf.add_argument("--force", action="store_true", help="overwrite an existing file")
    pdf.add_argument("-o", "--output", metavar="FILE", required=True)
    return pdf


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 1


def cmd_export_pdf(store: Store, args: argparse.Namespace) -> int:
    if bool(args.collection) == bool(args.slugs):
        return _fail("name either SLUG(s) or --collection NAME.")
    # Qt is imported only when a PDF is wanted: the rest of the CLI stays light.
    from reader.export.pdf import (
        ExportCancelled,
        PdfOptions,
        PrintError,
        TargetError,
        export_article,
    )
    from reader.export.pdf_binder import export_binder, export_collection
    from reader.export.pdf_notes import AnnotationsUnavailable
    from reader.settings import Settings
    from reader.ui.binding import protect_none

    protect_none()  # PySide6 6.12 on Python 3.11 loses references to None (a binder is long)
    settings = Settings(paths.config_dir() / "settings.json")
    try:
        options = PdfOptions.from_settings(
            settings,
            paper=args.paper,
            margins_mm=args.margins,
            paragraph_numbers=args.paragraph_numbers,
            annotations=args.annotations or None,
        )
    except ValueError as err:
        return _fail(str(err))
    target = Path(args.output)
    progress = _progress if sys.stderr.isatty() else None
    try:
        if args.collection:
            result = export_collection(
                store,
                args.collection,
                target,
                options=options,
                force=args.force,
                progress=progress,
            )
        elif len(args.slugs) == 1:
            result = export_article(
                store,
                args.slugs[0],
                target,
                lang=args.lang,
                source=args.source,
                options=options,
                force=args.force,
            )
        else:
            result = export_binder(
                store,
                [(args.source, slug) for slug in args.slugs],
                target,
                name=args.title or "Selected articles",
                options=options,
                force=args.force,
                progress=progress,
                lang=args.lang,
            )
    except (TargetError, PrintError, AnnotationsUnavailable) as err:
        return _fail(str(err))
    except ExportCancelled as err:
        return _fail(str(err))
    if progress is not None:
        print(file=sys.stderr)
    what = "article" if result.articles == 1 else "articles"
    print(f"Wrote {result.path} ({result.pages} pages, {result.articles} {what}).")
    return 0


def _progress(done: int, total: int, title: str) -> bool:
    print(f"\r[{done}/{total}] {title[:60]:60}", end="", file=sys.stderr, flush=True)
    return True
