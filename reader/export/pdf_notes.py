"""Annotations in a PDF: highlights in their colours in the body (drawn by
:func:`reader.export.article_html.compose_article` through
:mod:`reader.export.highlight`), and notes as numbered endnotes, each note linked to
its highlight's reference mark and back.

One article: the endnotes follow the article. A binder: the notes of every article
are gathered in a Notes section at the end, grouped by article; since that section is
printed apart from the articles, links between them name their target as
``https://binder.invalid/dest/ID`` and the assembly points them at the right page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from reader.export.highlight import drawable, note_numbers
from reader.export.note_html import render_note
from reader.model import Annotation, Document
from reader.store import Store

DEST_LINK_PREFIX = "https://binder.invalid/dest/"


class AnnotationsUnavailable(Exception):
    """The library cannot list annotations (kept for callers that check first)."""


def require(store: Store) -> None:
    """Raise AnnotationsUnavailable when this library cannot give annotations."""
    if not hasattr(store, "annotations"):
        raise AnnotationsUnavailable("Annotations are not available in this version.")


def annotations_of(store: Store, doc: Document) -> list[Annotation]:
    s = doc.summary
    return list(store.annotations(slug=s.slug, lang=s.lang, source=s.source))


def notes_list(
    annotations: Sequence[Annotation],
    text: str,
    *,
    id_prefix: str,
    back_href: Callable[[str], str],
    lang: str = "en",
) -> str:
    """The numbered notes (``<ol>``) of one document: note N carries the id
    ``{id_prefix}note-ID`` and links back to its reference mark; notes whose passage is
    no longer in the text follow, unnumbered, with their quote. Empty when no
    annotation has a note."""
    shown = drawable(annotations, text)
    numbers = note_numbers(shown)
    numbered = sorted((a for a in shown if a.id in numbers), key=lambda a: numbers[a.id])
    items = []
    for a in numbered:
        items.append(
            f'<li id="{id_prefix}note-{a.id}" value="{numbers[a.id]}">'
            f'<blockquote class="hl-{escape(a.color)}" lang="{escape(lang)}" dir="auto">'
            f"{escape(a.exact)}</blockquote>"
            f"{render_note(a.note)} "
            f'<a class="back" href="{back_href(f"{id_prefix}hl-ref-{a.id}")}">'
            "↩ back to the passage</a></li>"
        )
    lost = [a for a in annotations if a not in shown and a.note.strip()]
    parts = [f"<ol>{''.join(items)}</ol>"] if items else []
    if lost:
        entries = "".join(
            f'<li><blockquote lang="{escape(lang)}" dir="auto">{escape(a.exact)}</blockquote>'
            f"{render_note(a.note)}</li>"
            for a in lost
        )
        parts.append(
            '<p class="lost">Notes on passages no longer found in this revision:</p>'
            f"<ul>{entries}</ul>"
        )
    return "".join(parts)


def endnotes_section(listing: str) -> str:
    if not listing:
        return ""
    return f'<section class="endnotes" lang="en" dir="ltr"><h2>Notes</h2>{listing}</section>'
