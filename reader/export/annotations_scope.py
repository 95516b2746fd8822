"""Which annotations an export holds: one article (one or all of its languages), one
collection, or the whole library; grouped by document, each with the document it is on
(when the library holds it) for the citation.

Shared by the Markdown and the W3C Web Annotation exports. No Qt.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from reader.model import Annotation, Document, Source
from reader.store import NotFound, Store


@dataclass(frozen=True)
class DocumentNotes:
    """The annotations on one language of one article, in text order (orphans last)."""

    source_key: str
    slug: str
    lang: str
    source: Source | None
    document: Document | None
    """None when the library no longer holds (or never held) the article."""
    annotations: tuple[Annotation, ...]

    @property
    def title(self) -> str:
        if self.document is not None:
            return self.document.summary.title
        titled = [a.title for a in self.annotations if a.title]
        return titled[0] if titled else self.slug

    @property
    def url(self) -> str:
        return self.document.summary.url if self.document is not None else ""

    @property
    def retrieved(self) -> datetime | None:
        """When the revision that the quotes are on was fetched."""
        doc = self.document
        if doc is None:
            return None
        for rev in doc.revisions:
            if rev.number == doc.revision:
                return rev.fetched_at
        return doc.revisions[-1].fetched_at if doc.revisions else None


@dataclass(frozen=True)
class AnnotationSet:
    kind: str
    """``article``, ``collection`` or ``library``."""
    label: str
    description: str
    documents: tuple[DocumentNotes, ...]

    @property
    def annotations(self) -> list[Annotation]:
        return [a for d in self.documents for a in d.annotations]

    @property
    def total(self) -> int:
        return sum(len(d.annotations) for d in self.documents)


def gather(
    store: Store,
    *,
    slug: str | None = None,
    lang: str | None = None,
    source: str | None = None,
    collection: str | None = None,
) -> AnnotationSet:
    """The annotations (not deleted) of one article (``slug``, optionally one ``lang``),
    of a ``collection`` (articles in the collection's order), or of the whole library.

    Raises the store's NotFound for an unknown article or collection."""
    if slug is not None and collection is not None:
        raise ValueError("name an article or a collection, not both")
    description = ""
    if collection is not None:
        found = [c for c in store.collections() if c.name == collection]
        if not found:
            raise NotFound(f"No collection named {collection!r}.")
        kind, label, description = "collection", found[0].name, found[0].description
        notes = store.annotations(collection=collection, lang=lang)
    elif slug is not None:
        _, source_name = store.resolve(slug, source)
        notes = store.annotations(slug=slug, lang=lang, source=source_name)
        kind = "article"
        label = ""
        with contextlib.suppress(NotFound):
            label = store.document(slug, lang, source=source_name).summary.title
        label = label or slug
    else:
        kind, label = "library", "All annotations"
        notes = store.annotations(lang=lang, source=source)
    return AnnotationSet(kind, label, description, tuple(_by_document(store, notes)))


def _by_document(store: Store, notes: list[Annotation]) -> list[DocumentNotes]:
    groups: dict[tuple[str, str, str], list[Annotation]] = {}
    for a in notes:  # the store's order: article (or collection position), language, start
        groups.setdefault((a.source_key, a.slug, a.lang), []).append(a)
    sources: dict[str, Source | None] = {}
    out = []
    for (key, slug, lang), items in groups.items():
        if key not in sources:
            sources[key] = store.source_by_key(key)
        src = sources[key]
        doc = None
        if src is not None:
            with contextlib.suppress(NotFound):
                doc = store.document(slug, lang, source=src.name)
        placed = sorted((a for a in items if a.state != "orphaned"), key=lambda a: (a.start, a.id))
        orphans = sorted(
            (a for a in items if a.state == "orphaned"),
            key=lambda a: (a.anchored_revision, a.start, a.id),
        )
        out.append(DocumentNotes(key, slug, lang, src, doc, (*placed, *orphans)))
    return out
