"""Annotations as a Markdown document for reading, pasting into a memo or printing.

For a collection: its name and description first, then its articles in the
collection's order; for one article or the whole library: a title, then each annotated
document. Per document: a heading with the title, a citation line (source, address,
published, retrieved, revision, language), then each annotation in text order — the
quote as a blockquote, the note as written (Markdown), then tags, colour and state.
Orphans (passage not found in the current revision) come last under their own heading,
each with the revision in which it last anchored.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from reader.export.annotations_scope import AnnotationSet, DocumentNotes
from reader.model import Annotation

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#+\-=])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Plain text that Markdown shows as it is (quotes are text, not markup)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _ORDERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", text))


def blockquote(text: str) -> str:
    """A quote as a blockquote; each line of the text (a block of the article) stays
    a paragraph of its own."""
    lines = [escape(line.strip()) for line in text.splitlines() if line.strip()]
    return "\n>\n".join(f"> {line}" for line in lines) or ">"


def _date(moment: datetime | None) -> str:
    if moment is None:
        return "unknown"
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date().isoformat()


def citation(doc: DocumentNotes) -> str:
    """One line naming where the quotes come from."""
    if doc.document is None:
        return (
            f"*{escape(doc.slug)}* [{doc.lang}] is not in this library"
            + (f" (source {escape(doc.source.title)})" if doc.source is not None else "")
            + "; the quotes are as last anchored."
        )
    summary = doc.document.summary
    source = doc.source.title if doc.source is not None and doc.source.title else summary.source
    published = summary.published.isoformat() if summary.published else "undated"
    parts = [
        escape(source),
        f"<{summary.url}>" if summary.url else "no address",
        f"published {published}",
        f"retrieved {_date(doc.retrieved)}",
        f"revision {doc.document.revision}",
        f"language {doc.lang}",
    ]
    return "Source: " + " · ".join(parts) + "."


def _state(a: Annotation) -> str:
    if a.state == "orphaned":
        return f"**orphaned**: passage not found; last anchored in revision {a.anchored_revision}"
    if a.state == "moved":
        return f"moved (found again in revision {a.anchored_revision})"
    return "anchored"


def _annotation(a: Annotation) -> list[str]:
    out = [blockquote(a.exact), ""]
    if a.note.strip():
        out += [a.note.strip(), ""]
    facts = []
    if a.tags:
        facts.append("Tags: " + ", ".join(f"`#{t}`" for t in a.tags))
    facts.append(f"Colour: {a.color}")
    facts.append(f"State: {_state(a)}")
    out += [" · ".join(facts), ""]
    return out


def document_section(doc: DocumentNotes, level: int = 2) -> list[str]:
    hashes = "#" * level
    out = [f"{hashes} {escape(doc.title)} [{doc.lang}]", "", citation(doc), ""]
    placed = [a for a in doc.annotations if a.state != "orphaned"]
    orphans = [a for a in doc.annotations if a.state == "orphaned"]
    for a in placed:
        out += _annotation(a)
    if orphans:
        out += [f"{hashes}# Orphaned annotations", ""]
        out += [
            "The passages of these annotations are not in the current text of the "
            "article; they are kept with their original quotes.",
            "",
        ]
        for a in orphans:
            out += _annotation(a)
    return out


def render(aset: AnnotationSet, *, generated: datetime | None = None) -> str:
    """The whole set as Markdown."""
    when = _date(generated or datetime.now(UTC))
    count = aset.total
    noun = "annotation" if count == 1 else "annotations"
    if aset.kind == "collection":
        heading = f"# {escape(aset.label)}"
    elif aset.kind == "article":
        heading = f"# Annotations: {escape(aset.label)}"
    else:
        heading = "# Annotations"
    out = [heading, ""]
    if aset.description.strip():
        out += [aset.description.strip(), ""]
    articles = len({(d.source_key, d.slug) for d in aset.documents})
    out += [
        f"{count} {noun} on {articles} article{'s' if articles != 1 else ''}, "
        f"exported from Lex Sinica Reader on {when}.",
        "",
    ]
    for doc in aset.documents:
        out += document_section(doc)
    return "\n".join(out).rstrip() + "\n"
