"""Importing a library pack (docs/pack-format.md) through the sync ingest path.

The bundled sample library is such a pack. A pack may be a folder or a ``.zip`` of
one. Each article is written all or nothing (all its revisions, languages and images
in one savepoint); a broken article is reported and skipped, and the import goes on.
"""

from __future__ import annotations

import json
import mimetypes
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reader.model import (
    ENGLISH,
    ArticleRecord,
    AssetRecord,
    DocumentRecord,
    RelatedLink,
    Source,
    Term,
    TermKind,
    WriteOutcome,
)
from reader.store import Store
from reader.sync.ingest import build_document, inner_html

PACK_FORMAT = "lexsinica-pack"
PACK_VERSION = 1
_BATCH = 25
_REVISION_FILE = re.compile(r"^(?P<lang>[a-z]{2}(?:-[a-z]{2})?)(?:@(?P<n>\d+))?\.html$")


class PackError(Exception):
    """The pack as a whole cannot be read; the message says why."""


@dataclass
class ImportReport:
    source: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def count(self, outcome: WriteOutcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


class _Files:
    """Read access to a pack folder or zip, confined to the pack."""

    def __init__(self, location: Path) -> None:
        self._zip: zipfile.ZipFile | None = None
        self._root = location
        self._prefix = ""
        if location.is_file():
            try:
                self._zip = zipfile.ZipFile(location)
            except (zipfile.BadZipFile, OSError) as err:
                raise PackError(f"{location} is not a pack (not a folder or a zip): {err}") from err
            names = [n for n in self._zip.namelist() if n.endswith("pack.json")]
            if not names:
                raise PackError(f"{location} has no pack.json.")
            self._prefix = min(names, key=len)[: -len("pack.json")]
        elif not (location / "pack.json").is_file():
            raise PackError(f"{location} is not a pack: pack.json is missing.")

    def _safe(self, rel: str) -> str:
        norm = posixpath.normpath(rel.lstrip("/"))
        if norm.startswith("..") or norm == ".":
            raise PackError(f"refusing a path outside the pack: {rel!r}")
        return norm

    def read_bytes(self, rel: str) -> bytes:
        rel = self._safe(rel)
        try:
            if self._zip is not None:
                return self._zip.read(self._prefix + rel)
            return (self._root / rel).read_bytes()
        except (KeyError, OSError) as err:
            raise PackError(f"missing file {rel!r} in the pack") from err

    def read_text(self, rel: str) -> str:
        data = self.read_bytes(rel)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise PackError(f"{rel} is not UTF-8 text ({err.reason} at byte {err.start})") from err

    def article_dirs(self) -> list[str]:
        if self._zip is not None:
            found = {
                PurePosixPath(n[len(self._prefix) :]).parts[1]
                for n in self._zip.namelist()
                if n.startswith(self._prefix + "articles/")
                and n.count("/") - self._prefix.count("/") >= 2
            }
            return sorted(found)
        folder = self._root / "articles"
        return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []

    def list_dir(self, rel: str) -> list[str]:
        rel = self._safe(rel)
        if self._zip is not None:
            start = self._prefix + rel + "/"
            return sorted(
                n[len(start) :]
                for n in self._zip.namelist()
                if n.startswith(start) and "/" not in n[len(start) :] and n != start
            )
        return sorted(p.name for p in (self._root / rel).iterdir() if p.is_file())

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def sample_pack_path() -> Path:
    """The bundled sample library (a folder inside the installed package)."""
    return Path(str(resources.files("reader") / "resources" / "sample"))


def _parse_document_file(text: str, lang: str) -> tuple[str, str, str]:
    tree = HTMLParser(text)
    html_node = tree.css_first("html")
    declared = (html_node.attributes.get("lang") or "").lower() if html_node else ""
    if declared and declared != lang:
        raise PackError(f"declares lang={declared!r} but is named {lang!r}")
    title_node = tree.css_first("title")
    title = title_node.text() if title_node else ""
    if not title.strip():
        raise PackError("has no <title>")
    desc = tree.css_first('meta[name="description"]')
    summary = (desc.attributes.get("content") or "") if desc else ""
    return title, summary, inner_html(tree)


def _document_url(source: dict[str, Any], lang: str, slug: str) -> str:
    base = str(source.get("base_url", "")).rstrip("/")
    if lang == ENGLISH or not source.get("language_url"):
        return f"{base}/a/{slug}"
    return str(source["language_url"]).format(lang=lang).rstrip("/") + f"/a/{slug}"


class PackImporter:
    def __init__(
        self, store: Store, location: Path, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.store = store
        self.location = Path(location)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._files = _Files(self.location)
        try:
            self.manifest = json.loads(self._files.read_text("pack.json"))
        except json.JSONDecodeError as err:
            raise PackError(f"pack.json is not valid JSON: {err}") from err
        if self.manifest.get("format") != PACK_FORMAT:
            raise PackError(
                f"{location} is not a library pack (format {self.manifest.get('format')!r})."
            )
        if int(self.manifest.get("version", 0)) > PACK_VERSION:
            raise PackError(
                "This pack was made by a newer version of the app; update to import it."
            )
        self.source_info: dict[str, Any] = dict(self.manifest.get("source") or {})
        if not self.source_info.get("name"):
            raise PackError("pack.json names no source.")

    def close(self) -> None:
        self._files.close()

    # ---- source and taxonomy -----------------------------------------------------

    def _ensure_source(self) -> Source:
        info = self.source_info
        key = str(info.get("key") or f"pack:{info['name']}")
        existing = self.store.source_by_key(key)
        if existing is not None:
            return existing
        config = {k: v for k, v in info.items() if k not in {"name", "key", "title", "base_url"}}
        return self.store.add_source(
            str(info["name"]),
            # A pack is never synced: its articles are a snapshot, whatever site they
            # came from (kept in config["kind"]).
            "pack",
            key,
            title=str(info.get("title", "")),
            base_url=str(info.get("base_url", "")),
            config=config,
            sample=bool(self.manifest.get("sample", False)),
        )

    def _terms(self) -> Iterator[Term]:
        for field_name, kind in (
            ("categories", TermKind.CATEGORY),
            ("topics", TermKind.TOPIC),
            ("contributors", TermKind.CONTRIBUTOR),
        ):
            for t in self.manifest.get(field_name) or []:
                yield Term(
                    kind,
                    str(t["slug"]),
                    str(t.get("name") or t["slug"]),
                    t.get("native_name"),
                    t.get("description"),
                )

    # ---- articles ----------------------------------------------------------------

    def _fetch_asset(self, src: str) -> tuple[bytes, str, str] | None:
        if "://" in src or src.startswith(("data:", "/")):
            return None
        try:
            data = self._files.read_bytes(src)
        except PackError:
            return None
        mime = mimetypes.guess_type(src)[0] or "application/octet-stream"
        return data, mime, f"pack://{self.source_info['name']}/{self._files._safe(src)}"

    def _records(self, slug: str) -> list[ArticleRecord]:
        """One record per revision layer, oldest first."""
        base = f"articles/{slug}"
        meta = json.loads(self._files.read_text(f"{base}/meta.json"))
        if meta.get("slug", slug) != slug:
            raise PackError(f"meta.json names slug {meta.get('slug')!r}")
        fetched = meta.get("fetched_at") or {}
        revisions: dict[str, list[tuple[int, str]]] = {}
        for name in self._files.list_dir(base):
            m = _REVISION_FILE.match(name)
            if m:
                n = int(m.group("n")) if m.group("n") else 1_000_000
                revisions.setdefault(m.group("lang"), []).append((n, name))
        if ENGLISH not in revisions:
            raise PackError("has no English document (en.html)")
        published = date.fromisoformat(meta["published"]) if meta.get("published") else None
        related = tuple(
            RelatedLink(str(r["slug"]), str(r.get("title", "")), str(r.get("teaser", "")))
            for r in meta.get("related") or []
        )
        layers = max(len(v) for v in revisions.values())
        records = []
        for layer in range(layers):
            docs: list[DocumentRecord] = []
            assets: dict[str, AssetRecord] = {}
            for lang, files in sorted(revisions.items()):
                files.sort()
                if layer >= len(files):
                    continue
                name = files[layer][1]
                try:
                    title, summary, body = _parse_document_file(
                        self._files.read_text(f"{base}/{name}"), lang
                    )
                except PackError as err:
                    raise PackError(f"{name} {err}") from err
                stamp = fetched.get(name[: -len(".html")])
                doc, doc_assets, _ = build_document(
                    lang=lang,
                    title=title,
                    summary=summary,
                    raw_html=body,
                    url=_document_url(self.source_info, lang, slug),
                    fetched_at=datetime.fromisoformat(stamp) if stamp else self._clock(),
                    fetch_asset=self._fetch_asset,
                )
                docs.append(doc)
                assets.update((a.sha256, a) for a in doc_assets)
            records.append(
                ArticleRecord(
                    slug=slug,
                    published=published,
                    documents=tuple(docs),
                    categories=tuple(meta.get("categories") or ()),
                    topics=tuple(meta.get("topics") or ()),
                    contributors=tuple(meta.get("contributors") or ()),
                    editor=meta.get("editor"),
                    related=related,
                    assets=tuple(assets.values()),
                )
            )
        return records

    def run(self, progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
        source = self._ensure_source()
        self.store.upsert_terms(source.id, self._terms())
        report = ImportReport(source=source.name)
        slugs = self._files.article_dirs()
        for start in range(0, len(slugs), _BATCH):
            with self.store.transaction():
                for i, slug in enumerate(slugs[start : start + _BATCH], start=start):
                    if progress:
                        progress(i, len(slugs), slug)
                    self._import_one(source, slug, report)
        return report

    def _import_one(self, source: Source, slug: str, report: ImportReport) -> None:
        try:
            records = self._records(slug)
            if self.store.has_article(source.id, slug):
                # Earlier revisions are already held; only the newest can be news.
                records = records[-1:]
            with self.store.transaction():
                outcomes = [self.store.write_article(source.id, rec) for rec in records]
        except (PackError, ValueError, KeyError, TypeError) as err:
            report.failed += 1
            report.errors.append({"slug": slug, "error": str(err) or type(err).__name__})
            return
        if WriteOutcome.NEW in outcomes:
            report.count(WriteOutcome.NEW)
        elif WriteOutcome.UPDATED in outcomes:
            report.count(WriteOutcome.UPDATED)
        else:
            report.count(WriteOutcome.UNCHANGED)


def import_pack(
    store: Store, location: Path, progress: Callable[[int, int, str], None] | None = None
) -> ImportReport:
    """Import a pack folder or zip; see :class:`PackImporter`. The related lists of
    the articles imported (and of those they concern) are brought up to date after."""
    importer = PackImporter(store, location)
    try:
        report = importer.run(progress)
    finally:
        importer.close()
    store.compute_related()
    return report
