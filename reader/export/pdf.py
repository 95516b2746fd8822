"""PDF export of one article, and what the binder (:mod:`reader.export.pdf_binder`)
shares with it: options, the exporter's state, outline and metadata.

How (see docs/design.md, "PDF export"): each article's page is the reading view's page
in print style (:mod:`reader.export.pdf_pages`), printed by Qt WebEngine
(:mod:`reader.export.pdf_engine`) so that every script is shaped by Chromium and the
text layer stays searchable; pikepdf then joins the parts, stamps the running footers,
adds the outline, the table of contents' links and the metadata
(:mod:`reader.export.pdf_assemble`), and the file is written beside the target and
renamed over it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pikepdf

from reader import APP_NAME, __version__
from reader.export import pdf_notes
from reader.export.pdf_assemble import (
    Assembler,
    OutlineItem,
    TargetError,
    check_target,
)
from reader.export.pdf_engine import PrintEngine, PrintError, page_layout, paper_size_mm
from reader.export.pdf_pages import (
    Footer,
    PreparedPage,
    footer_pages,
    prepare_article,
    short_citation,
)
from reader.model import Document
from reader.store import Store

__all__ = [
    "ExportCancelled",
    "ExportResult",
    "PdfOptions",
    "PrintError",
    "TargetError",
    "export_article",
]

MIN_FOOTER_MM = 16.0
FOOTER_SPLIT_PAGES = 60
"""From this many pages, the footers print in two halves at once."""
Progress = Callable[[int, int, str], bool]
"""(articles done, articles in all, title of the last one) -> go on?"""


class ExportCancelled(Exception):
    """The user cancelled a binder; nothing was written."""


@dataclass(frozen=True)
class PdfOptions:
    paper: str = "a4"
    """"a4" or "letter"."""
    margins_mm: float = 20
    paragraph_numbers: bool = False
    annotations: bool = False
    """Highlights in their colours and notes as numbered endnotes."""
    languages: tuple[str, ...] = ()
    """Preferred languages when an article is named without one."""

    def __post_init__(self) -> None:
        if self.paper not in ("a4", "letter"):
            raise ValueError(f"Unknown paper size {self.paper!r}; use a4 or letter.")
        if not 5 <= self.margins_mm <= 50:
            raise ValueError(f"Margins of {self.margins_mm} mm are outside 5–50 mm.")

    @classmethod
    def from_settings(cls, settings: object, **overrides: object) -> PdfOptions:
        """Paper, margins, paragraph numbers and languages from the app's settings."""
        get = settings.get  # type: ignore[attr-defined]
        values: dict[str, object] = {
            "paper": get("paper_size"),
            "margins_mm": float(get("margins_mm")),
            "paragraph_numbers": bool(get("paragraph_numbers")),
            "languages": tuple(get("content_languages")),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    articles: int
    warnings: tuple[str, ...] = field(default=())


class _Exporter:
    def __init__(self, store: Store, options: PdfOptions, engine: PrintEngine | None) -> None:
        self.store = store
        self.options = options
        self._engine = engine
        self._own_engine = engine is None
        bottom = max(options.margins_mm, MIN_FOOTER_MM)
        self.layout = page_layout(options.paper, options.margins_mm, bottom)
        self.bottom_mm = bottom
        self.today = date.today()
        self._source_titles: dict[str, str] = {}
        if options.annotations:
            pdf_notes.require(store)

    @property
    def engine(self) -> PrintEngine:
        """Started on first use, after the cheap checks of names and target."""
        if self._engine is None:
            self._engine = PrintEngine(self.store)
        return self._engine

    def close(self) -> None:
        if self._own_engine and self._engine is not None:
            self._engine.close()

    def source_title(self, name: str) -> str:
        if name not in self._source_titles:
            src = self.store.source(name)
            self._source_titles[name] = (src.title or src.name) if src else name
        return self._source_titles[name]

    def document(self, slug: str, lang: str | None, source: str | None) -> Document:
        return self.store.document(slug, lang, source=source, preferred=self.options.languages)

    def prepare(
        self, doc: Document, *, binder: bool = False, id_prefix: str = ""
    ) -> tuple[PreparedPage, str]:
        """The article's page, and (in a binder, with annotations) its notes for the
        binder's Notes section."""
        annotations = pdf_notes.annotations_of(self.store, doc) if self.options.annotations else []
        page = prepare_article(
            doc,
            paragraph_numbers=self.options.paragraph_numbers,
            exported=self.today,
            asset_url=lambda sha: f"lexsinica://asset/{sha}",
            annotations=annotations,
            binder=binder,
            id_prefix=id_prefix,
        )
        notes = ""
        if binder and annotations:
            notes = pdf_notes.notes_list(
                annotations,
                doc.text,
                id_prefix=id_prefix,
                back_href=lambda target: pdf_notes.DEST_LINK_PREFIX + target,
                lang=doc.summary.lang,
            )
        return page, notes

    def stamp_footers(self, asm: Assembler, items: Sequence[tuple[str, str]]) -> None:
        """Print one footer page per (text, language) and stamp it on page N. A long
        document's footers print in two halves at once."""
        width, height = paper_size_mm(self.options.paper)
        total = len(items)
        footers = [Footer(text, lang, n, total) for n, (text, lang) in enumerate(items, start=1)]
        cut = total // 2 if total >= FOOTER_SPLIT_PAGES else total
        parts = [(0, footers[:cut]), (cut, footers[cut:])] if cut < total else [(0, footers)]
        htmls = [
            footer_pages(part, width, height, self.options.margins_mm, self.bottom_mm)
            for _, part in parts
        ]
        layout = page_layout(self.options.paper, 0, 0)
        printed: dict[int, bytes] = {}
        if len(htmls) == 1:
            printed[0] = self.engine.print_html(htmls[0], layout)
        else:

            def keep(index: int, pdf: bytes) -> bool:
                printed[index] = pdf
                return True

            self.engine.print_many(htmls, layout, keep)
        for i, (start, part) in enumerate(parts):
            asm.stamp_footers(printed[i], range(start, start + len(part)))


def _outline_for(
    dests: Mapping[str, tuple[int, float]],
    title: str,
    title_anchor: str,
    first_page: int,
    headings: Sequence[tuple[str, int, str]],
) -> OutlineItem:
    """An outline entry for an article with its headings nested by level."""
    root: list[OutlineItem] = []
    stack: list[tuple[int, list[OutlineItem], str, int, float | None]] = []

    def close_to(level: int) -> None:
        while stack and stack[-1][0] >= level:
            _level, children, text, page, top = stack.pop()
            item = OutlineItem(text, page, top, tuple(children))
            (stack[-1][1] if stack else root).append(item)

    for anchor, level, text in headings:
        where = dests.get(anchor)
        if where is None:
            continue
        close_to(level)
        stack.append((level, [], text, where[0], where[1]))
    close_to(0)
    page, top = dests.get(title_anchor, (first_page, 0.0))
    return OutlineItem(title, page, top or None, tuple(root))


def _metadata(
    title: str, authors: Sequence[str], subject: str, keywords: Sequence[str]
) -> dict[str, str]:
    unique = list(dict.fromkeys(a for a in authors if a))
    return {
        "Title": title,
        "Author": "; ".join(unique[:20]),
        "Subject": subject,
        "Keywords": ", ".join(dict.fromkeys(k for k in keywords if k)),
        "Creator": f"{APP_NAME} {__version__}",
        "Producer": f"{APP_NAME} {__version__} (Qt WebEngine, pikepdf)",
    }


def export_article(
    store: Store,
    slug: str,
    target: Path,
    *,
    lang: str | None = None,
    source: str | None = None,
    options: PdfOptions | None = None,
    force: bool = False,
    engine: PrintEngine | None = None,
) -> ExportResult:
    """Print one article to ``target``. Raises NotFound/Conflict (store), TargetError
    (exists without ``force``, not writable) or PrintError; the target is never left
    half written."""
    options = options or PdfOptions()
    check_target(target, force)
    ex = _Exporter(store, options, engine)
    try:
        doc = ex.document(slug, lang, source)
        page, _ = ex.prepare(doc)
        asm = Assembler(ex.engine.print_html(page.html, ex.layout))
        try:
            total = asm.page_count
            citation = short_citation(doc, ex.source_title(doc.summary.source))
            asm.resolve_links(asm.base.destinations)
            ex.stamp_footers(asm, [(citation, doc.summary.lang)] * total)
            heads = [(h.anchor, h.level, h.text) for h in page.headings]
            item = _outline_for(asm.base.destinations, "", page.title_anchor, 0, heads)
            asm.add_outline(item.children)
            s = doc.summary
            asm.set_metadata(
                _metadata(
                    s.title,
                    s.contributors,
                    doc.summary_text or citation.replace("\u2068", "").replace("\u2069", ""),
                    (*s.categories, *s.topics),
                ),
                datetime.now().astimezone(),
            )
            asm.set_language(s.lang)
            asm.write(target, force)
        finally:
            asm.close()
        return ExportResult(target, total, 1)
    finally:
        ex.close()


def _page_count(data: bytes | Path) -> int:
    with pikepdf.Pdf.open(io.BytesIO(data) if isinstance(data, bytes) else data) as pdf:
        return len(pdf.pages)
