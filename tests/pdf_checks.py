"""Checks of real PDF files with poppler (pdftotext, pdffonts) and pypdf: what a reader
of the file gets, independent of the code that wrote it."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader

# pdftotext wraps right-to-left runs in embedding marks; a reader searching the text
# does not type them.
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def squeeze(text: str) -> str:
    """NFKC, without bidi marks and without whitespace: pdftotext puts spaces and line
    breaks where the layout has gaps (between a Devanagari vowel sign and its consonant,
    at line ends), which is not a difference a search would make."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).translate(_BIDI))


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", unicodedata.normalize("NFKC", text)) if len(w) > 1]


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb, sub, uni of every font."""
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        cells = line.split()
        # name may be "[none]"; the last five columns are emb sub uni objnum gen.
        rows.append({"name": cells[0], "emb": cells[-5], "sub": cells[-4], "uni": cells[-3]})
    return rows


def outline_titles(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based page) of every outline entry, in order."""
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return found
