"""Annotations as W3C Web Annotation JSON-LD, and back.

Export: an ``AnnotationCollection`` whose ``first`` is one embedded ``AnnotationPage``
holding every annotation. Each annotation is in the model's terms:

* ``id`` ``urn:uuid:…`` (the annotation's uuid, stable across exports and libraries);
* ``motivation`` ``commenting`` when it has a note, else ``highlighting``;
* ``body``: the note as a ``TextualBody`` (``format`` ``text/markdown``), each tag as a
  ``TextualBody`` with ``purpose`` ``tagging``; a plain highlight has no body;
* ``target``: a ``SpecificResource`` whose ``source`` is the article's address (an
  external resource with its ``language`` and ``format``), with a
  ``TextQuoteSelector`` (exact, prefix, suffix) and a ``TextPositionSelector``
  (start, end) over the document's normalized text.

The app's own facts travel as extension properties under the ``lexsinica:`` prefix,
declared by a second object in ``@context`` (the Web Annotation context stays first
and nothing of it is redefined, as the model's section on extensions asks):
``lexsinica:sourceKey``, ``lexsinica:slug``, ``lexsinica:lang``, ``lexsinica:revision``
(the revision it was made on), ``lexsinica:anchoredRevision``, ``lexsinica:color``,
``lexsinica:state`` and ``lexsinica:title``. Other readers ignore them, as the model
says they must.

Note language: the note's language is not known (a note on a Chinese article is as
likely written in English), so the note body claims none; the document's language is
on the target's ``source`` and in ``lexsinica:lang``.

Import (:func:`parse` then :func:`restore`) reads such a file, or one written by other
software (an ``AnnotationCollection`` with embedded pages, an ``AnnotationPage`` or one
``Annotation``): every annotation is checked before anything is written, so a malformed
file is refused whole with one line saying where and why. An annotation without the
``lexsinica:`` properties is matched to a held article by its target's address. Each
is restored with :meth:`Store.restore_annotation_record`, anchored by its text quote
(the position is only a hint); one whose passage is not found is kept as an orphan.
"""

from __future__ import annotations

import json
import uuid as _uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote as _urlquote

from reader import __version__
from reader.export.annotations_scope import AnnotationSet, DocumentNotes
from reader.model import ANNOTATION_COLORS, Annotation
from reader.model.anchoring import Quote
from reader.store import Store

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NAMESPACE = "tag:lexsinica-reader,2026:annotation#"
"""The IRI the ``lexsinica:`` prefix stands for (a tag URI, RFC 4151: it names the
terms without pretending to be a web address that serves them)."""
CONTEXT: list[Any] = [ANNO_CONTEXT, {"lexsinica": NAMESPACE}]

_EXT = "lexsinica:"


class AnnotationFileError(ValueError):
    """The file is not W3C Web Annotation JSON this reader can import (one line)."""


# ---- export -----------------------------------------------------------------------------


def timestamp(moment: datetime) -> str:
    """xsd:dateTime in UTC with the ``Z`` designator, as the model recommends."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def placeholder_source(key: str, slug: str, lang: str) -> str:
    """An IRI for an article the library does not hold (its address is unknown)."""
    return f"{NAMESPACE[:-1]}/article/{_urlquote(key, safe='')}/{_urlquote(slug, safe='')}/{lang}"


def annotation_json(
    note: Annotation, doc: DocumentNotes | None = None, *, context: bool = True
) -> dict[str, Any]:
    """One annotation as a Web Annotation (with ``@context`` unless it is embedded in a
    page that has one)."""
    data: dict[str, Any] = {}
    if context:
        data["@context"] = CONTEXT
    data["id"] = f"urn:uuid:{note.uuid}"
    data["type"] = "Annotation"
    data["motivation"] = "commenting" if note.note.strip() else "highlighting"
    data["created"] = timestamp(note.created_at)
    data["modified"] = timestamp(note.modified_at)
    bodies: list[dict[str, Any]] = []
    if note.note.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/markdown",
                "value": note.note,
            }
        )
    for tag in note.tags:
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    if len(bodies) == 1:
        data["body"] = bodies[0]
    elif bodies:
        data["body"] = bodies
    url = doc.url if doc is not None else ""
    source: dict[str, Any] = {
        "id": url or placeholder_source(note.source_key, note.slug, note.lang),
        "type": "Text",
        "format": "text/html",
        "language": note.lang,
    }
    data["target"] = {
        "type": "SpecificResource",
        "source": source,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": note.exact,
                "prefix": note.prefix,
                "suffix": note.suffix,
            },
            {"type": "TextPositionSelector", "start": note.start, "end": note.end},
        ],
    }
    title = (doc.title if doc is not None else "") or note.title
    data.update(
        {
            _EXT + "sourceKey": note.source_key,
            _EXT + "slug": note.slug,
            _EXT + "lang": note.lang,
            _EXT + "revision": note.revision,
            _EXT + "anchoredRevision": note.anchored_revision,
            _EXT + "color": note.color,
            _EXT + "state": note.state,
        }
    )
    if title:
        data[_EXT + "title"] = title
    return data


def collection_json(aset: AnnotationSet, *, generated: datetime | None = None) -> dict[str, Any]:
    """The whole set as one ``AnnotationCollection`` with one embedded page."""
    collection_id = f"urn:uuid:{_uuid.uuid4()}"
    items = [annotation_json(a, d, context=False) for d in aset.documents for a in d.annotations]
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": aset.label,
        "total": len(items),
        "generated": timestamp(generated or datetime.now(UTC)),
        "generator": {
            "type": "Software",
            "name": f"Lex Sinica Reader {__version__}",
        },
        _EXT + "scope": aset.kind,
    }
    if aset.description:
        data[_EXT + "description"] = aset.description
    data["first"] = {
        "id": f"urn:uuid:{_uuid.uuid4()}",
        "type": "AnnotationPage",
        "partOf": collection_id,
        "startIndex": 0,
        "items": items,
    }
    return data


def dumps(aset: AnnotationSet, *, generated: datetime | None = None) -> str:
    return (
        json.dumps(collection_json(aset, generated=generated), ensure_ascii=False, indent=2) + "\n"
    )


# ---- import -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedAnnotation:
    """One annotation read from a file, checked, not yet restored."""

    uuid: str
    quote: Quote
    note: str
    tags: tuple[str, ...]
    color: str
    created_at: datetime | None
    source_url: str
    source_key: str
    slug: str
    lang: str
    revision: int
    """The revision it was made on (1 when the file did not say)."""
    anchored_revision: int
    """The revision its quote was last found in (``revision`` when not said)."""
    state: str
    """The state it had where it was exported ('' when the file did not say)."""


@dataclass(frozen=True)
class ImportReport:
    new: int
    present: int
    """Already in the library (same id): left as they are."""
    orphaned: int
    """Of the new ones, those whose passage was not found (kept as orphans)."""

    @property
    def total(self) -> int:
        return self.new + self.present


def parse(text: str | bytes) -> list[ParsedAnnotation]:
    """Read and check a whole file; raises :class:`AnnotationFileError` (one line)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise AnnotationFileError(
            f"not JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from err
    except UnicodeDecodeError as err:
        raise AnnotationFileError("not JSON: the file is not UTF-8 text") from err
    items = _annotations_of(data)
    parsed = []
    for index, item in enumerate(items, start=1):
        try:
            parsed.append(_annotation(item))
        except AnnotationFileError as err:
            ident = item.get("id") if isinstance(item, dict) else None
            where = f"annotation {index}" + (f" ({ident})" if isinstance(ident, str) else "")
            raise AnnotationFileError(f"{where}: {err}") from None
    return parsed


def read_file(path: Path) -> list[ParsedAnnotation]:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise AnnotationFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AnnotationFileError(f"{path}: is a folder, not a file") from None
    except OSError as err:
        raise AnnotationFileError(f"{path}: cannot be read ({err.strerror})") from None
    try:
        return parse(raw)
    except AnnotationFileError as err:
        raise AnnotationFileError(f"{path}: {err}") from None


def restore(store: Store, items: Sequence[ParsedAnnotation]) -> ImportReport:
    """Put parsed annotations into the library. Every annotation is matched to a source
    first (so that one that cannot be placed stops the import before anything is
    written); annotations already present (same id) are left alone."""
    placed: list[tuple[ParsedAnnotation, str, str, str]] = []
    for index, item in enumerate(items, start=1):
        key, slug, lang = item.source_key, item.slug, item.lang
        if not (key and slug and lang):
            found = store.find_by_url(item.source_url) if item.source_url else None
            if found is None:
                raise AnnotationFileError(
                    f"annotation {index} (urn:uuid:{item.uuid}): it names no article "
                    f"(no lexsinica:slug) and its target {item.source_url or '(none)'} "
                    "is not an article in this library"
                )
            name, slug, lang = found
            src = store.source(name)
            if src is None:  # pragma: no cover - find_by_url returned it a moment ago
                raise AnnotationFileError(f"the source {name!r} has gone")
            key = src.key
        placed.append((item, key, slug, lang))
    new = present = orphaned = 0
    for item, key, slug, lang in placed:
        result, is_new = store.restore_annotation_record(
            key=key,
            slug=slug,
            lang=lang,
            quote=item.quote,
            # Used for an orphan only: its quote is that of the revision it was last
            # found in, which is what the app shows for an orphan.
            revision=item.anchored_revision,
            color=item.color,
            note=item.note,
            tags=item.tags,
            uuid=item.uuid,
            created_at=item.created_at,
            made_on=item.revision,
            state=item.state,
        )
        if not is_new:
            present += 1
            continue
        new += 1
        if result.state == "orphaned":
            orphaned += 1
    return ImportReport(new=new, present=present, orphaned=orphaned)


def import_file(store: Store, path: Path) -> ImportReport:
    return restore(store, read_file(path))


# ---- checking -----------------------------------------------------------------------------


def _types(node: Mapping[str, Any]) -> set[str]:
    value = node.get("type", node.get("@type"))
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _annotations_of(data: Any) -> list[Any]:
    if not isinstance(data, dict):
        raise AnnotationFileError(
            "not a Web Annotation file: expected a JSON object (an AnnotationCollection, "
            f"AnnotationPage or Annotation), found a JSON {_json_kind(data)}"
        )
    kinds = _types(data)
    if "AnnotationCollection" in kinds:
        first = data.get("first")
        if first is None:
            if data.get("total") == 0:
                return []
            raise AnnotationFileError("the AnnotationCollection has no 'first' page")
        if not isinstance(first, dict):
            raise AnnotationFileError(
                "the AnnotationCollection's pages are not embedded ('first' is a link); "
                "export it with its pages included"
            )
        items: list[Any] = []
        page: Any = first
        seen = 0
        while isinstance(page, dict):
            items += _page_items(page)
            seen += 1
            page = page.get("next")
            if isinstance(page, str):
                raise AnnotationFileError(
                    f"page {seen + 1} of the AnnotationCollection is a link, not embedded"
                )
        return items
    if "AnnotationPage" in kinds:
        return _page_items(data)
    if "Annotation" in kinds:
        return [data]
    found = ", ".join(sorted(kinds)) or "no type"
    raise AnnotationFileError(
        f"not a Web Annotation file: its type is {found}, not AnnotationCollection, "
        "AnnotationPage or Annotation"
    )


def _page_items(page: Mapping[str, Any]) -> list[Any]:
    if "AnnotationPage" not in _types(page):
        raise AnnotationFileError("a page of the collection is not an AnnotationPage")
    items = page.get("items")
    if not isinstance(items, list):
        raise AnnotationFileError("an AnnotationPage has no 'items' list")
    return items


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "null"


def _annotation(item: Any) -> ParsedAnnotation:
    if not isinstance(item, dict):
        raise AnnotationFileError(f"expected an object, found a JSON {_json_kind(item)}")
    if "Annotation" not in _types(item):
        raise AnnotationFileError("its type is not Annotation")
    ident = item.get("id")
    if not isinstance(ident, str) or not ident:
        raise AnnotationFileError("it has no id")
    uuid = _uuid_of(ident)
    target, source_url = _target(item.get("target"))
    quote = _quote(target)
    note, tags = _bodies(item)
    color = _ext_str(item, "color") or "yellow"
    if color not in ANNOTATION_COLORS:
        raise AnnotationFileError(
            f"unknown colour {color!r} (lexsinica:color is one of {', '.join(ANNOTATION_COLORS)})"
        )
    revision = _revision(item, "revision", 1)
    anchored_revision = _revision(item, "anchoredRevision", revision)
    state = _ext_str(item, "state")
    if state not in ("", "anchored", "moved", "orphaned"):
        raise AnnotationFileError(f"unknown lexsinica:state {state!r}")
    return ParsedAnnotation(
        uuid=uuid,
        quote=quote,
        note=note,
        tags=tags,
        color=color,
        created_at=_moment(item.get("created"), "created"),
        source_url=source_url,
        source_key=_ext_str(item, "sourceKey"),
        slug=_ext_str(item, "slug"),
        lang=_ext_str(item, "lang"),
        revision=revision,
        anchored_revision=anchored_revision,
        state=state,
    )


def _revision(item: Mapping[str, Any], name: str, default: int) -> int:
    value = item.get(_EXT + name, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise AnnotationFileError(f"lexsinica:{name} is not a revision number")
    return value


def _ext_str(item: Mapping[str, Any], name: str) -> str:
    value = item.get(_EXT + name, "")
    if not isinstance(value, str):
        raise AnnotationFileError(f"lexsinica:{name} is not a string")
    return value


def _uuid_of(ident: str) -> str:
    if ident.lower().startswith("urn:uuid:"):
        try:
            return str(_uuid.UUID(ident[9:]))
        except ValueError:
            raise AnnotationFileError(f"its id {ident!r} is not a valid urn:uuid") from None
    # Another tool's IRI: the same id gives the same uuid, so importing twice adds nothing.
    return str(_uuid.uuid5(_uuid.NAMESPACE_URL, ident))


def _target(value: Any) -> tuple[Mapping[str, Any], str]:
    targets = _list(value)
    if not targets:
        raise AnnotationFileError("it has no target")
    for target in targets:
        if isinstance(target, dict) and any(
            isinstance(s, dict) and "TextQuoteSelector" in _types(s)
            for s in _list(target.get("selector"))
        ):
            source = target.get("source")
            if isinstance(source, dict):
                source = source.get("id", source.get("@id"))
            if not isinstance(source, str) or not source:
                raise AnnotationFileError("its target has no source address")
            return target, source
    raise AnnotationFileError("its target has no TextQuoteSelector (the quoted passage)")


def _quote(target: Mapping[str, Any]) -> Quote:
    selectors = [s for s in _list(target.get("selector")) if isinstance(s, dict)]
    tq = next(s for s in selectors if "TextQuoteSelector" in _types(s))
    exact, prefix, suffix = tq.get("exact"), tq.get("prefix", ""), tq.get("suffix", "")
    if not isinstance(exact, str) or not exact.strip():
        raise AnnotationFileError("its TextQuoteSelector has no exact text")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise AnnotationFileError("the prefix or suffix of its TextQuoteSelector is not text")
    start, end = 0, len(exact)
    positions = [s for s in selectors if "TextPositionSelector" in _types(s)]
    if positions:
        s, e = positions[0].get("start"), positions[0].get("end")
        if (
            not isinstance(s, int)
            or not isinstance(e, int)
            or isinstance(s, bool)
            or isinstance(e, bool)
            or not 0 <= s <= e
        ):
            raise AnnotationFileError("its TextPositionSelector has no valid start and end")
        start, end = s, e
    return Quote(exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)


def _bodies(item: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    notes: list[str] = []
    tags: list[str] = []
    body_value = item.get("bodyValue")
    if isinstance(body_value, str) and body_value.strip():
        notes.append(body_value)
    for body in _list(item.get("body")):
        if isinstance(body, str):
            continue  # a linked resource: nothing to restore into a note
        if not isinstance(body, dict):
            raise AnnotationFileError("a body is neither an object nor a link")
        if "TextualBody" not in _types(body) and "value" not in body:
            continue
        value = body.get("value")
        if not isinstance(value, str):
            raise AnnotationFileError("a TextualBody has no text value")
        purposes = set(_list(body.get("purpose")))
        if "tagging" in purposes:
            tags.append(value)
        elif value.strip():
            notes.append(value)
    return "\n\n".join(notes), tuple(tags)


def _moment(value: Any, name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnnotationFileError(f"its {name} time is not text")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise AnnotationFileError(
            f"its {name} time {value!r} is not an ISO 8601 date-time"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def counts_text(report: ImportReport) -> str:
    orphaned = (
        f" ({report.orphaned} kept as orphans: passage or article not in this library)"
        if report.orphaned
        else ""
    )
    return f"{report.new} new{orphaned}, {report.present} already present"
