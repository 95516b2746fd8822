"""Annotations in a PDF: highlights drawn in their colours in the body, and notes as
numbered endnotes, each linked to its highlight and back.

Builds on the annotation store (``Store.annotations``) and on
:mod:`reader.export.highlight`, which wraps a document's annotated ranges in
``<mark class="hl hl-COLOR" id="hl-ID" data-note="N">``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

import markdown

from reader.model import Document
from reader.store import Store


class AnnotationsUnavailable(Exception):
    """This build has no annotation store or highlighter to export from."""


@dataclass(frozen=True)
class DocumentNotes:
    body_filter: Callable[[str], str] | None
    """Wraps the annotated ranges of the body HTML in marks; None when there are none."""
    endnotes_html: str
    """The numbered endnotes placed after the article ("" when there are no notes)."""
    notes_html: str
    """The same notes for a binder's notes section (links back to the highlights)."""


NONE = DocumentNotes(None, "", "")


def _api(store: Store) -> tuple[Callable[..., Any], Any]:
    lister = getattr(store, "annotations", None)
    try:
        highlight = importlib.import_module("reader.export.highlight")
    except ImportError:
        highlight = None
    if lister is None or highlight is None:
        raise AnnotationsUnavailable("Annotations are not available in this version.")
    return lister, highlight


def require(store: Store) -> None:
    """Raise AnnotationsUnavailable before any printing when annotations cannot be
    exported."""
    _api(store)


def for_document(store: Store, doc: Document) -> DocumentNotes:
    lister, highlight = _api(store)
    s = doc.summary
    found = [
        a
        for a in lister(slug=s.slug, lang=s.lang, source=s.source)
        if getattr(a, "state", "anchored") not in ("orphaned", "deleted")
    ]
    if not found:
        return NONE
    found.sort(key=lambda a: (a.start, a.end))
    numbers: dict[int, int] = {}
    for a in found:
        if (a.note or "").strip():
            numbers[a.id] = len(numbers) + 1
    wrap = highlight.highlight_html

    def body_filter(body: str) -> str:
        return str(wrap(body, doc.text, found, numbers))

    items = []
    for a in found:
        n = numbers.get(a.id)
        if n is None:
            continue
        note = markdown.markdown(a.note, output_format="html")
        items.append(
            f'<li id="note-{a.id}" value="{n}"><blockquote>{escape(a.exact)}</blockquote>'
            f'{note} <a class="back" href="#hl-{a.id}">↩ in the text</a></li>'
        )
    if not items:
        return DocumentNotes(body_filter, "", "")
    listing = f"<ol>{''.join(items)}</ol>"
    endnotes = f'<section class="endnotes" lang="en" dir="ltr"><h2>Notes</h2>{listing}</section>'
    return DocumentNotes(body_filter, endnotes, listing)
