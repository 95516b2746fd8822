"""PDF binder: a collection or any selection of articles as one PDF, with a cover, a
table of contents with page numbers, each article from a new page, an outline entry
per article and per heading, and (with annotations) the notes.

Articles are printed BINDER_CHUNK to a page load, two loads at once; the chunks go to
a temporary folder and are joined with bounded memory; every page number is then known
before the table of contents is printed. Progress is reported per chunk; the callback
returns False to cancel, which leaves the target untouched.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from reader.export import pdf_notes
from reader.export.pdf import (
    ExportCancelled,
    ExportResult,
    PdfOptions,
    Progress,
    _Exporter,
    _metadata,
    _outline_for,
    _page_count,
)
from reader.export.pdf_assemble import (
    Assembler,
    OutlineItem,
    Part,
    TargetError,
    check_target,
    join_files,
    shifted,
)
from reader.export.pdf_engine import PrintEngine
from reader.export.pdf_pages import (
    PreparedPage,
    TocEntry,
    binder_chunk,
    cover_page,
    long_date,
    notes_page,
    short_citation,
    toc_page,
)
from reader.store import Store

__all__ = ["export_binder", "export_collection"]

BINDER_CHUNK = 25
"""Articles printed in one page load: fewer loads and one font set per chunk, while
the renderer's memory and the steps of the progress bar stay small."""
PARALLEL_PRINTS = 2
"""Chunks printed at the same time, each in its own renderer process."""
JOIN_FLUSH_PAGES = 400
"""Joining the chunks saves and reopens the file every this many pages (bounded memory)."""


@dataclass(frozen=True)
class _Article:
    """What a binder keeps of an article once its page is prepared (not the document)."""

    title: str
    lang: str
    subtitle: str
    citation: str
    title_anchor: str
    headings: tuple[tuple[str, int, str], ...]
    contributors: tuple[str, ...]
    keywords: tuple[str, ...]
    notes: str


def export_collection(
    store: Store,
    name: str,
    target: Path,
    *,
    options: PdfOptions | None = None,
    force: bool = False,
    progress: Progress | None = None,
    engine: PrintEngine | None = None,
) -> ExportResult:
    """A binder of a collection: its name and description on the cover."""
    found = [c for c in store.collections() if c.name == name]
    items = store.collection_slugs(name)  # NotFound when there is no such collection
    description = found[0].description if found else ""
    sources = {}
    for key, _ in items:
        if key not in sources:
            src = store.source_by_key(key)
            sources[key] = src.name if src else None
    return export_binder(
        store,
        [(sources[key], slug) for key, slug in items],
        target,
        name=name,
        description=description,
        options=options,
        force=force,
        progress=progress,
        engine=engine,
    )


def export_binder(
    store: Store,
    items: Sequence[tuple[str | None, str]],
    target: Path,
    *,
    name: str,
    description: str = "",
    options: PdfOptions | None = None,
    force: bool = False,
    progress: Progress | None = None,
    engine: PrintEngine | None = None,
    lang: str | None = None,
) -> ExportResult:
    """A binder of (source name or None, slug) items: cover, table of contents, each
    article from a new page, and (with annotations) the notes. ``lang`` is preferred
    where an article is held in it (then the options' languages, then English).
    Raises ExportCancelled when ``progress`` returns False."""
    options = options or PdfOptions()
    if lang:
        options = replace(options, languages=(lang, *options.languages))
    if not items:
        raise TargetError("There are no articles to put in the binder.")
    check_target(target, force)
    for source, slug in items:  # unknown or ambiguous names fail before any printing
        store.resolve(slug, source)
    ex = _Exporter(store, options, engine)
    try:
        with tempfile.TemporaryDirectory(prefix="lexsinica-binder-") as tmp:
            folder = Path(tmp)
            articles, files = _print_articles(ex, items, None, folder, progress)
            return _assemble_binder(ex, articles, files, folder, target, name, description, force)
    finally:
        ex.close()


def _print_articles(
    ex: _Exporter,
    items: Sequence[tuple[str | None, str]],
    lang: str | None,
    folder: Path,
    progress: Progress | None,
) -> tuple[list[_Article], list[Path]]:
    """Prepare every article and print them BINDER_CHUNK at a time (one page load and
    one font set per chunk; the renderer's memory is bounded by the chunk), two chunks
    at once (two renderer processes on two cores)."""
    articles: list[_Article] = []
    sizes: list[int] = []

    def chunks() -> Iterator[str]:
        pending: list[PreparedPage] = []
        for n, (source, slug) in enumerate(items, start=1):
            doc = ex.document(slug, lang, source)
            page, notes = ex.prepare(doc, binder=True, id_prefix=f"a{n}-")
            s = doc.summary
            source_title = ex.source_title(s.source)
            when = long_date(s.published) if s.published else ""
            articles.append(
                _Article(
                    title=s.title,
                    lang=s.lang,
                    subtitle=" · ".join(x for x in (source_title, when) if x),
                    citation=short_citation(doc, source_title),
                    title_anchor=page.title_anchor,
                    headings=tuple((h.anchor, h.level, h.text) for h in page.headings),
                    contributors=s.contributors,
                    keywords=(*s.categories, *s.topics),
                    notes=notes,
                )
            )
            pending.append(page)
            del doc
            if len(pending) == BINDER_CHUNK or n == len(items):
                sizes.append(len(pending))
                yield binder_chunk(pending)
                pending = []

    done = [0]

    def store_chunk(index: int, pdf: bytes) -> bool:
        (folder / f"chunk-{index:05d}.pdf").write_bytes(pdf)
        done[0] += sizes[index]
        last = articles[min(done[0], len(articles)) - 1].title
        return progress is None or progress(done[0], len(items), last)

    if not ex.engine.print_many(chunks(), ex.layout, store_chunk, PARALLEL_PRINTS):
        raise ExportCancelled("The binder was cancelled; nothing was written.")
    files = [folder / f"chunk-{i:05d}.pdf" for i in range(len(sizes))]
    return articles, files


def _assemble_binder(
    ex: _Exporter,
    articles: Sequence[_Article],
    files: Sequence[Path],
    folder: Path,
    target: Path,
    name: str,
    description: str,
    force: bool,
) -> ExportResult:
    body = folder / "body.pdf"
    body_pages, dests = join_files(files, body, JOIN_FLUSH_PAGES)
    starts = [dests.get(a.title_anchor, (0, 0.0))[0] for a in articles]
    cover = ex.engine.print_html(cover_page(name, description, ex.today, len(articles)), ex.layout)
    toc_pages, toc = 1, b""
    for _ in range(4):  # the contents' length moves the page numbers it shows
        front = 1 + toc_pages
        entries = [
            TocEntry(a.title, a.lang, a.subtitle, front + start + 1)
            for a, start in zip(articles, starts, strict=True)
        ]
        toc = ex.engine.print_html(toc_page(entries), ex.layout)
        actual = _page_count(toc)
        if actual == toc_pages:
            break
        toc_pages = actual
    front = 1 + toc_pages
    asm = Assembler(body)
    try:
        asm.prepend(toc)
        asm.prepend(cover)
        dests = shifted(dests, front)
        toc_part = Part(1, toc_pages, {})
        outline = [OutlineItem("Contents", 1)]
        footers: list[tuple[str, str]] = [("", "en")] + [("Contents", "en")] * toc_pages
        bounds = [front + s for s in starts] + [front + body_pages]
        for a, first, end in zip(articles, bounds, bounds[1:], strict=False):
            outline.append(_outline_for(dests, a.title, a.title_anchor, first, a.headings))
            footers += [(a.citation, a.lang)] * (end - first)
        notes_sections = [(a.title, a.lang, a.notes) for a in articles if a.notes]
        if notes_sections:
            notes = asm.add_part(ex.engine.print_html(notes_page(notes_sections), ex.layout))
            dests.update(notes.destinations)
            outline.append(OutlineItem("Notes", notes.first_page))
            footers += [("Notes", "en")] * notes.pages
        asm.resolve_links(dests)
        asm.link_toc(toc_part, [front + s for s in starts])
        asm.link_uris(pdf_notes.DEST_LINK_PREFIX, dests)
        total = asm.page_count
        ex.stamp_footers(asm, footers)
        asm.add_outline(outline)
        asm.set_metadata(
            _metadata(
                name,
                [c for a in articles for c in a.contributors],
                description or f"A binder of {len(articles)} articles",
                [k for a in articles for k in a.keywords],
            ),
            datetime.now().astimezone(),
        )
        asm.write(target, force)
    finally:
        asm.close()
    return ExportResult(target, total, len(articles))
