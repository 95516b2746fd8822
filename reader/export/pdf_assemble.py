"""Post-processing of the PDFs Chromium prints, with pikepdf (qpdf): parts joined into
one file, running footers stamped on, named destinations turned into explicit page
targets, outline (bookmarks), table-of-contents links, metadata, and an atomic write.

Footers are printed by Chromium too (one page per footer, see
:func:`reader.export.pdf_pages.footer_pages`), so they carry a real text layer in any
script; each footer page is drawn over its content page as a form XObject. pikepdf
rather than pypdf because joining copies every object of every part: qpdf does that in
C++ without parsing content streams, about ten times faster than pypdf on a binder.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, PageLocation, String
from pikepdf import OutlineItem as PdfOutlineItem

from reader.export.pdf_pages import TOC_LINK_PREFIX


class TargetError(Exception):
    """The target file exists (without force) or cannot be written."""


@dataclass(frozen=True)
class Part:
    """A printed part placed in the document: where it starts and its destinations."""

    first_page: int
    pages: int
    destinations: Mapping[str, tuple[int, float]]
    """Named destination -> (page index in the whole document, top in points)."""


@dataclass(frozen=True)
class OutlineItem:
    title: str
    page: int
    top: float | None = None
    children: tuple[OutlineItem, ...] = ()


def check_target(target: Path, force: bool) -> None:
    """Refuse early (before any printing) a target that exists or cannot be written."""
    if target.is_dir():
        raise TargetError(f"{target} is a folder; give a file name ending in .pdf.")
    if target.exists() and not force:
        raise TargetError(f"{target} already exists; choose another name or overwrite it.")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise TargetError(f"The folder {parent} does not exist.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise TargetError(f"The folder {parent} is not writable.")
    if target.exists() and not os.access(target, os.W_OK):
        raise TargetError(f"{target} is read-only.")


class Assembler:
    """Builds one PDF: a base document (the printed body, opened, not copied) with
    parts inserted in front of it or appended after it."""

    def __init__(self, base: bytes | Path | None = None) -> None:
        self._sources: list[pikepdf.Pdf] = []
        if base is None:
            self.pdf = pikepdf.Pdf.new()
            self.base = Part(0, 0, {})
        else:
            self.pdf = pikepdf.Pdf.open(io.BytesIO(base) if isinstance(base, bytes) else base)
            self.base = Part(0, len(self.pdf.pages), _destinations(self.pdf, 0))

    @property
    def page_count(self) -> int:
        return len(self.pdf.pages)

    def _open(self, pdf: bytes | Path) -> pikepdf.Pdf:
        source = pikepdf.Pdf.open(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
        self._sources.append(source)  # copied objects are read from it until saved
        return source

    def add_part(self, pdf: bytes | Path) -> Part:
        """Append every page of a printed part."""
        source = self._open(pdf)
        first = self.page_count
        dests = _destinations(source, first)
        self.pdf.pages.extend(source.pages)
        return Part(first, len(source.pages), dests)

    def prepend(self, pdf: bytes | Path) -> Part:
        """Insert a part's pages in front; every page index known so far moves by its
        length (callers add the length to the indices they hold)."""
        source = self._open(pdf)
        for i, page in enumerate(source.pages):
            self.pdf.pages.insert(i, page)
        return Part(0, len(source.pages), _destinations(source, 0))

    def resolve_links(self, dests: Mapping[str, tuple[int, float]]) -> None:
        """Point every link to a named destination at its page (a named target does not
        survive joining files; an explicit one does). Links to unknown names go inert."""
        for page in self.pdf.pages:
            for annot in page.obj.get("/Annots", Array()):
                dest = annot.get("/Dest")
                if dest is None or not isinstance(dest, (Name, String)):
                    continue
                key = str(dest).lstrip("/")
                if key in dests:
                    annot.Dest = self._xyz(*dests[key])
                else:
                    del annot["/Dest"]

    def _xyz(self, page_index: int, top: float | None) -> Array:
        return Array([self.pdf.pages[page_index].obj, Name.XYZ, None, top, None])

    def stamp_footers(self, footers_pdf: bytes, pages: Iterable[int]) -> None:
        """Draw footer page k on document page ``pages[k]`` (same paper size)."""
        footers = pikepdf.Pdf.open(io.BytesIO(footers_pdf))
        self._sources.append(footers)
        for footer_page, index in zip(footers.pages, pages, strict=False):
            page = self.pdf.pages[index]
            page.add_overlay(footer_page, pikepdf.Rectangle(page.mediabox))

    def link_uris(self, prefix: str, dests: Mapping[str, tuple[int, float]]) -> None:
        """Turn links to ``prefix + NAME`` (between parts printed apart) into jumps to
        the named destination NAME."""
        for page in self.pdf.pages:
            for annot in page.obj.get("/Annots", Array()):
                action = annot.get("/A")
                uri = str(action.get("/URI", "")) if action is not None else ""
                if not uri.startswith(prefix):
                    continue
                del annot["/A"]
                where = dests.get(uri[len(prefix) :])
                if where is not None:
                    annot.Dest = self._xyz(*where)

    def link_toc(self, toc: Part, targets: Sequence[int]) -> None:
        """Turn the table of contents' ``TOC_LINK_PREFIX + N`` links into jumps to the
        first page of article N (``targets[N - 1]``, a page index)."""
        for index in range(toc.first_page, toc.first_page + toc.pages):
            for annot in self.pdf.pages[index].obj.get("/Annots", Array()):
                action = annot.get("/A")
                uri = str(action.get("/URI", "")) if action is not None else ""
                if not uri.startswith(TOC_LINK_PREFIX):
                    continue
                n = int(uri[len(TOC_LINK_PREFIX) :])
                del annot["/A"]
                annot.Dest = self._xyz(targets[n - 1], None)

    def add_outline(self, items: Sequence[OutlineItem]) -> None:
        with self.pdf.open_outline() as outline:
            outline.root.extend(_outline_items(items))
        if items:
            self.pdf.Root.PageMode = Name.UseOutlines

    def set_metadata(self, meta: Mapping[str, str], created: datetime) -> None:
        stamp = created.strftime("D:%Y%m%d%H%M%S")
        offset = created.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            stamp += f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
        info = Dictionary({f"/{k}": String(v) for k, v in meta.items() if v})
        info.CreationDate = String(stamp)
        info.ModDate = String(stamp)
        self.pdf.trailer.Info = self.pdf.make_indirect(info)

    def set_language(self, lang: str) -> None:
        self.pdf.Root.Lang = String(lang)

    def write(self, target: Path, force: bool) -> None:
        """Write into a temporary file beside ``target``, then rename it over: the
        target is either untouched or complete, never half written."""
        check_target(target, force)
        parent = target.parent if str(target.parent) else Path(".")
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
        except OSError as err:
            raise TargetError(f"Cannot write in {parent}: {err.strerror or err}.") from err
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as fh:
                self.pdf.save(fh, object_stream_mode=pikepdf.ObjectStreamMode.generate)
                fh.flush()
                os.fsync(fh.fileno())
            if not force and target.exists():
                raise TargetError(f"{target} appeared while exporting; it was left as it was.")
            os.replace(tmp, target)
        except OSError as err:
            raise TargetError(f"Cannot write {target}: {err.strerror or err}.") from err
        finally:
            tmp.unlink(missing_ok=True)

    def close(self) -> None:
        self.pdf.close()
        for source in self._sources:
            source.close()
        self._sources.clear()


def _outline_items(items: Sequence[OutlineItem]) -> list[PdfOutlineItem]:
    out = []
    for item in items:
        if item.top is not None:
            entry = PdfOutlineItem(item.title, item.page, PageLocation.XYZ, top=item.top)
        else:
            entry = PdfOutlineItem(item.title, item.page)
        entry.children.extend(_outline_items(item.children))
        out.append(entry)
    return out


def _destinations(source: pikepdf.Pdf, first: int) -> dict[str, tuple[int, float]]:
    """Chromium writes its named destinations in the catalogue's /Dests dictionary."""
    dests = source.Root.get("/Dests")
    if dests is None:
        return {}
    numbers = {page.obj.objgen: i for i, page in enumerate(source.pages)}
    out: dict[str, tuple[int, float]] = {}
    for name, value in dests.items():
        array = value.get("/D") if isinstance(value, Dictionary) else value
        if not isinstance(array, Array) or len(array) == 0:
            continue
        index = numbers.get(array[0].objgen)
        if index is None:
            continue
        top = float(array[3]) if len(array) > 3 and array[3] is not None else 0.0
        out[str(name).lstrip("/")] = (first + index, top)
    return out


def shifted(dests: Mapping[str, tuple[int, float]], by: int) -> dict[str, tuple[int, float]]:
    return {name: (page + by, top) for name, (page, top) in dests.items()}


def join_files(
    files: Sequence[Path], target: Path, flush_pages: int = 400
) -> tuple[int, dict[str, tuple[int, float]]]:
    """Join printed files into ``target``; returns its page count and the named
    destinations of every file (ids are unique across the files). Memory stays
    bounded: the joined file is saved and reopened every ``flush_pages`` pages, which
    drops the objects qpdf holds for the pages copied so far."""
    if not files:
        raise ValueError("nothing to join")
    scratch = [target.with_suffix(".a.pdf"), target.with_suffix(".b.pdf")]
    pdf = pikepdf.Pdf.open(files[0])
    dests = _destinations(pdf, 0)
    sources: list[pikepdf.Pdf] = []
    since, flips = 0, 0
    try:
        for file in files[1:]:
            source = pikepdf.Pdf.open(file)
            sources.append(source)
            dests.update(_destinations(source, len(pdf.pages)))
            pdf.pages.extend(source.pages)
            since += len(source.pages)
            if since >= flush_pages:
                out = scratch[flips % 2]
                pdf.save(out)
                pdf.close()
                for src in sources:
                    src.close()
                sources.clear()
                pdf = pikepdf.Pdf.open(out)
                since, flips = 0, flips + 1
        pdf.save(target)
        return len(pdf.pages), dests
    finally:
        pdf.close()
        for src in sources:
            src.close()
        for path in scratch:
            path.unlink(missing_ok=True)
