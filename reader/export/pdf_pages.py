"""The HTML pages that the PDF export prints: an article prepared for paper, a binder's
cover and table of contents, a notes section, and the running footers.

No Qt here. Each function returns a complete page that Qt WebEngine prints
(:mod:`reader.export.pdf_engine`); :mod:`reader.export.pdf_assemble` then stamps the
footers onto the printed pages, builds the outline from the headings' named
destinations and resolves the table of contents' links.

Two conventions tie the HTML to the assembly:

* every heading to appear in the outline gets an id ``pdf-h-N``, and a rendered (but
  empty, invisible) link points at it, because Chromium writes a named destination into
  the PDF only for ids that a link targets;
* the binder's table of contents links to ``https://binder.invalid/N`` (article N);
  the assembly turns those link annotations into jumps to the article's first page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from reader.export.article_html import (
    PageOptions,
    compose_article,
    document_text_direction,
)
from reader.export.pdf_notes import DEST_LINK_PREFIX, notes_list
from reader.model import LANGUAGES, Annotation, Document

HEADING_ID_PREFIX: Final = "pdf-h-"
TITLE_ID: Final = "pdf-title"
TOC_LINK_PREFIX: Final = "https://binder.invalid/"
_HEADINGS = "article.body h1, article.body h2, article.body h3, article.body h4"
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Print-only rules added to every printed page: invisible anchors for the outline,
# highlight colours and endnotes for annotated exports.
PRINT_CSS: Final = """
.pdf-anchors { display: block; height: 0; overflow: hidden; line-height: 0; }
.pdf-anchors a { display: inline-block; width: 1px; height: 1px; }
.meta .exported dd { font-variant-numeric: tabular-nums; }
a.hl-ref-link { color: inherit; text-decoration: none; }
blockquote.hl-yellow { border-color: #e6c200 !important; }
blockquote.hl-green { border-color: #3cb45a !important; }
blockquote.hl-blue { border-color: #4696ff !important; }
blockquote.hl-pink { border-color: #ff5aa0 !important; }
blockquote.hl-purple { border-color: #a064ff !important; }
.endnotes { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #8a8a8a;
  font-size: 0.9rem; break-before: auto; }
.endnotes h2 { font-size: 1.2rem; margin: 0 0 0.8rem; }
.endnotes ol { padding-inline-start: 2rem; margin: 0; }
.endnotes li { margin: 0 0 0.7em; break-inside: avoid; }
.endnotes blockquote { margin: 0.2em 0 0.3em; padding-inline-start: 0.8rem;
  border-inline-start: 3px solid #8a8a8a; }
.endnotes .back { font-size: 0.8em; }
.endnotes .lost { font-style: italic; }
"""


@dataclass(frozen=True)
class Heading:
    """A heading of a printed page: its anchor id, outline level (1 = top) and text."""

    anchor: str
    level: int
    text: str


@dataclass(frozen=True)
class PreparedPage:
    html: str
    """The complete page."""
    headings: tuple[Heading, ...]
    title_anchor: str
    head: str = ""
    """The page's ``<head>`` element (the same stylesheet for every article)."""
    main: str = ""
    """The ``<main>`` element, for a binder that prints several articles as one page."""
    lang: str = "en"
    direction: str = "ltr"
    classes: str = "print"


def long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_citation(doc: Document, source_title: str) -> str:
    """The line a footer repeats: source, title and publication date."""
    s = doc.summary
    parts = [source_title] if source_title else []
    # First-strong isolates keep an Arabic or Hebrew title from pulling the date
    # into its right-to-left run ("8 February" shown as "February … 8").
    parts.append(f"“\u2068{s.title}\u2069”")
    if s.published is not None:
        parts.append(long_date(s.published))
    return ", ".join(parts)


def prepare_article(
    doc: Document,
    *,
    paragraph_numbers: bool,
    exported: date,
    asset_url: Callable[[str], str],
    article_link: Callable[[str], str | None] = lambda _url: None,
    annotations: Sequence[Annotation] = (),
    binder: bool = False,
    id_prefix: str = "",
) -> PreparedPage:
    """The page of one article for printing: the reading view's page in print style,
    with the title block completed (revision, export date), heading anchors for the
    outline and, with ``annotations``, highlights whose note marks link to numbered
    endnotes (after the article; in a ``binder``, in its Notes section).
    ``id_prefix`` makes the article's ids (and its links to them) unique in a binder."""
    options = PageOptions(
        paragraph_numbers=paragraph_numbers, for_print=True, sample=doc.summary.sample
    )
    page = compose_article(
        doc, options, asset_url=asset_url, article_link=article_link, annotations=annotations
    )
    tree = LexborHTMLParser(page)
    head = tree.head
    if head is not None:
        style = tree.create_node("style")
        style.insert_child(PRINT_CSS)
        head.insert_child(style)
    _complete_title_block(tree, doc, exported)
    targets = _link_note_marks(tree, id_prefix if binder else None)
    main = tree.css_first("main")
    if annotations and not binder and main is not None:
        listing = notes_list(
            annotations,
            doc.text,
            id_prefix="",
            back_href=lambda i: f"#{i}",
            lang=doc.summary.lang,
        )
        if listing:
            section = tree.create_node("section")
            section.attrs["class"] = "endnotes"
            section.attrs["lang"] = "en"
            section.attrs["dir"] = "ltr"
            section.inner_html = f"<h2>Notes</h2>{listing}"
            main.insert_child(section)
    if id_prefix:
        for node in tree.css("main [id]"):
            node.attrs["id"] = id_prefix + (node.attributes.get("id") or "")
        for node in tree.css('main a[href^="#"]'):
            node.attrs["href"] = "#" + id_prefix + (node.attributes.get("href") or "#")[1:]
    title_anchor = id_prefix + TITLE_ID
    title = tree.css_first("h1.title")
    if title is not None:
        title.attrs["id"] = title_anchor
    headings = []
    for n, node in enumerate(tree.css(_HEADINGS), start=1):
        anchor = f"{id_prefix}{HEADING_ID_PREFIX}{n}"
        node.attrs["id"] = anchor
        text = " ".join((node.text(deep=True) or "").split())
        if text:
            headings.append(Heading(anchor, int((node.tag or "h2")[1]), text))
    root = tree.css_first("html")
    attrs = root.attributes if root is not None else {}
    html = tree.html or ""
    # Chromium writes a named destination only for an id that a link points at.
    targets = [title_anchor, *(h.anchor for h in headings), *(id_prefix + t for t in targets)]
    anchors = "".join(f'<a href="#{a}"></a>' for a in targets)
    tail = f'<nav class="pdf-anchors" aria-hidden="true">{anchors}</nav>'
    html = html.replace("</main>", f"{tail}</main>", 1)
    return PreparedPage(
        html,
        tuple(headings),
        title_anchor,
        head=_between(html, "<head>", "</head>"),
        main=_between(html, "<main", "</main>"),
        lang=attrs.get("lang") or "en",
        direction=attrs.get("dir") or "ltr",
        classes=attrs.get("class") or "print",
    )


def _link_note_marks(tree: LexborHTMLParser, binder_prefix: str | None) -> list[str]:
    """Make each highlight's note mark (``sup.hl-ref``) a link to its note: ``#note-ID``
    on the same page, or (in a binder, ``binder_prefix`` given) the Notes section's
    entry. Returns the marks' ids."""
    ids = []
    for sup in tree.css("sup.hl-ref"):
        ref = sup.attributes.get("id") or ""
        if not ref.startswith("hl-ref-"):
            continue
        note = "note-" + ref[len("hl-ref-") :]
        link = tree.create_node("a")
        link.attrs["class"] = "hl-ref-link"
        if binder_prefix is None:
            link.attrs["href"] = f"#{note}"
        else:
            link.attrs["href"] = DEST_LINK_PREFIX + binder_prefix + note
        # selectolax copies a node put into a detached parent; swap the copy in.
        link.insert_child(sup)
        sup.replace_with(link, move=True)
        ids.append(ref)
    return ids


def _between(html: str, start_tag: str, end_tag: str) -> str:
    start = html.find(start_tag)
    end = html.rfind(end_tag)
    return html[start : end + len(end_tag)] if 0 <= start < end else ""


# Rules the reading view's stylesheet sets on <html> per script, for the article
# blocks of a binder page (several languages on one page).
_BINDER_ARTICLE_CSS = """
.binder-article { break-before: page; line-height: var(--lh); }
.binder-article:first-child { break-before: auto; }
.binder-article:lang(zh), .binder-article:lang(ja), .binder-article:lang(ko) { --lh: 1.8; }
.binder-article:lang(ar), .binder-article:lang(he), .binder-article:lang(hi),
.binder-article:lang(th) { --lh: 1.8; }
.binder-article:lang(ar) { --body-size: 1.12rem; }
"""


def binder_chunk(pages: Sequence[PreparedPage]) -> str:
    """Several prepared articles as one page to print, each from a new page: one
    print for many articles shares the fonts (a much smaller PDF) and skips a page
    load per article."""
    if not pages:
        raise ValueError("no articles")
    head = pages[0].head.replace("</head>", f"<style>{_BINDER_ARTICLE_CSS}</style></head>", 1)
    classes = " ".join(sorted({c for p in pages for c in p.classes.split()}))
    blocks = [
        f'<div class="binder-article" lang="{escape(p.lang)}" dir="{p.direction}">{p.main}</div>'
        for p in pages
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en" dir="ltr" class="{escape(classes)}">{head}'
        f"<body>{''.join(blocks)}</body></html>"
    )


def _complete_title_block(tree: LexborHTMLParser, doc: Document, exported: date) -> None:
    meta = tree.css_first("dl.meta")
    if meta is None:
        return
    rows = []
    if tree.css_first("dl.meta .revision") is None:
        rows.append(("revision", "Revision", escape(str(doc.revision))))
    rows.append(("exported", "Exported on", escape(long_date(exported))))
    for cls, label, value in rows:
        node = tree.create_node("div")
        node.attrs["class"] = cls
        node.inner_html = f"<dt>{escape(label)}</dt><dd>{value}</dd>"
        meta.insert_child(node)


# ---- binder pages --------------------------------------------------------------------

_BINDER_CSS = """
html { font-family: "Noto Serif", "DejaVu Serif", "Noto Serif CJK SC", serif;
  color: #000; background: #fff; font-size: 16px; line-height: 1.5; }
body { margin: 0; }
.cover { display: flex; flex-direction: column; justify-content: center;
  min-height: 200mm; text-align: center; }
.cover h1 { font-size: 2.4rem; line-height: 1.25; margin: 0 0 1.2rem; }
.cover .description { font-size: 1.1rem; margin: 0 auto 2rem; max-width: 32rem; }
.cover .facts { font-size: 0.95rem; color: #333; }
.toc h1 { font-size: 1.6rem; margin: 0 0 1.2rem; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { break-inside: avoid; margin: 0 0 0.55rem; }
.toc a { display: flex; align-items: baseline; gap: 0.6rem; color: inherit;
  text-decoration: none; }
.toc .n { flex: none; min-width: 1.8rem; font-variant-numeric: tabular-nums; }
.toc .t { flex: 1 1 auto; }
.toc .t small { display: block; color: #333; font-size: 0.8rem; }
.toc .dots { flex: 1 1 2rem; border-bottom: 1px dotted #777; min-width: 2rem; }
.toc .p { flex: none; font-variant-numeric: tabular-nums; }
.notes h1 { font-size: 1.6rem; margin: 0 0 1.2rem; }
.notes h2 { font-size: 1.15rem; margin: 1.6rem 0 0.6rem; }
.notes ol { padding-inline-start: 2rem; margin: 0; }
.notes li { margin: 0 0 0.7em; break-inside: avoid; }
.notes blockquote { margin: 0.2em 0 0.3em; padding-inline-start: 0.8rem;
  border-inline-start: 3px solid #8a8a8a; }
.notes .back { font-size: 0.8em; color: inherit; }
.notes .lost { font-style: italic; }
.pdf-anchors { display: block; height: 0; overflow: hidden; line-height: 0; }
.pdf-anchors a { display: inline-block; width: 1px; height: 1px; }
blockquote.hl-yellow { border-color: #e6c200; } blockquote.hl-green { border-color: #3cb45a; }
blockquote.hl-blue { border-color: #4696ff; } blockquote.hl-pink { border-color: #ff5aa0; }
blockquote.hl-purple { border-color: #a064ff; }
"""


def _page(body: str, title: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{_BINDER_CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


@dataclass(frozen=True)
class TocEntry:
    title: str
    lang: str
    subtitle: str
    page: int
    """1-based page number in the finished binder."""


def cover_page(name: str, description: str, exported: date, count: int) -> str:
    facts = f"{count} article{'s' if count != 1 else ''} · compiled {long_date(exported)}"
    desc = f'<p class="description">{escape(description)}</p>' if description else ""
    body = (
        f'<section class="cover"><h1>{escape(name)}</h1>{desc}'
        f'<p class="facts">{escape(facts)}</p>'
        '<p class="facts">Lex Sinica Reader</p></section>'
    )
    return _page(body, name)


def toc_page(entries: Sequence[TocEntry]) -> str:
    """The table of contents; entry N links to ``TOC_LINK_PREFIX + N``."""
    items = []
    for n, e in enumerate(entries, start=1):
        direction = document_text_direction(e.lang)
        sub = f"<small>{escape(e.subtitle)}</small>" if e.subtitle else ""
        items.append(
            f'<li><a href="{TOC_LINK_PREFIX}{n}"><span class="n">{n}.</span>'
            f'<span class="t"><span lang="{escape(e.lang)}" dir="{direction}">'
            f"{escape(e.title)}</span>{sub}</span>"
            f'<span class="dots"></span><span class="p">{e.page}</span></a></li>'
        )
    body = f'<section class="toc"><h1>Contents</h1><ol>{"".join(items)}</ol></section>'
    return _page(body, "Contents")


def notes_page(sections: Sequence[tuple[str, str, str]]) -> str:
    """The binder's notes: (article title, language, notes HTML) per article."""
    parts = ['<section class="notes"><h1>Notes</h1>']
    for title, lang, notes in sections:
        direction = document_text_direction(lang)
        parts.append(f'<h2 lang="{escape(lang)}" dir="{direction}">{escape(title)}</h2>{notes}')
    ids = re.findall(r'<li id="([^"]+)"', "".join(n for _, _, n in sections))
    anchors = "".join(f'<a href="#{i}"></a>' for i in ids)
    parts.append(f'</section><nav class="pdf-anchors" aria-hidden="true">{anchors}</nav>')
    return _page("".join(parts), "Notes")


# ---- footers -------------------------------------------------------------------------


@dataclass(frozen=True)
class Footer:
    text: str
    """Short citation (or section name); empty for a page without a footer."""
    lang: str
    page: int
    pages: int


def footer_pages(
    footers: Sequence[Footer], width_mm: float, height_mm: float, margin_mm: float, bottom_mm: float
) -> str:
    """One page per footer, each the full paper size, with the citation at the start and
    "Page N of M" at the end of the bottom margin; printed once, then stamped onto
    the content pages."""
    css = f"""
html {{ font-family: "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif;
  font-size: 8pt; color: #333; }}
body {{ margin: 0; }}
.sheet {{ position: relative; width: {width_mm}mm; height: {height_mm - 0.6:.2f}mm;
  overflow: hidden; break-after: page; }}
.sheet:last-child {{ break-after: auto; }}
.f {{ position: absolute; left: {margin_mm}mm; right: {margin_mm}mm;
  bottom: {max(bottom_mm / 2 - 2.5, 3):.2f}mm; display: flex; gap: 6mm;
  border-top: 0.5pt solid #999; padding-top: 1.2mm; }}
.c {{ flex: 1 1 auto; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  unicode-bidi: plaintext; text-align: left; }}
.p {{ flex: none; }}
"""
    sheets = []
    for f in footers:
        if not f.text:
            sheets.append('<div class="sheet"></div>')
            continue
        label = (LANGUAGES.get(f.lang) and f.lang) or "en"
        sheets.append(
            f'<div class="sheet"><div class="f" lang="en" dir="ltr">'
            f'<span class="c" lang="{escape(label)}" dir="auto">{_isolated(f.text)}</span>'
            f'<span class="p">Page {f.page} of {f.pages}</span></div></div>'
        )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{''.join(sheets)}</body></html>"
    )


def _isolated(text: str) -> str:
    """Escape ``text``, turning first-strong isolate marks (U+2068 … U+2069) into
    ``<bdi>``: the same isolation, without invisible characters in the text layer."""
    out = []
    for n, piece in enumerate(text.replace("\u2069", "\u2068").split("\u2068")):
        out.append(f"<bdi>{escape(piece)}</bdi>" if n % 2 else escape(piece))
    return "".join(out)
