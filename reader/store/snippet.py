"""Snippets with the query's hits marked, built in Python.

FTS5's own ``snippet()`` works on the segmented (bigram) text and would show bigrams,
so the store finds the hits again in the document's plain text: both sides are folded
(case, Latin accents, Arabic marks, NFKC) with a map back to the original offsets.
"""

from __future__ import annotations

import html
import re
import unicodedata

from reader.store.segment import QueryTerm, normalize

_WINDOW = 200
_MAX_HITS = 60
_ARABIC_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f]")


def _latin_bases() -> dict[int, str]:
    """Precomposed Latin letters -> their base letter (é -> e), one char to one char."""
    table: dict[int, str] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        decomposed = unicodedata.normalize("NFD", chr(cp))
        if (
            len(decomposed) > 1
            and decomposed[0].isalpha()
            and all(unicodedata.combining(c) for c in decomposed[1:])
        ):
            table[cp] = decomposed[0]
    return table


_LATIN_BASE = _latin_bases()


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _pattern(needle: str, prefix: bool) -> re.Pattern[str]:
    """A regex for a folded needle in fast-folded text: Arabic letters may carry marks
    in the text, runs of spaces match any whitespace."""
    parts = []
    for ch in needle:
        if ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch) + (_ARABIC_MARKS if _is_arabic(ch) else ""))
    return re.compile("".join(parts) + (r"\w*" if prefix else ""))


def _fast_hits(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]] | None:
    """Hits found with C-speed folding (accents, case); None when that folding would
    change offsets (a rare character that lowercases to two), or may miss (full-width
    letters and digits, which only NFKC folds)."""
    folded = text.translate(_LATIN_BASE).lower()
    if len(folded) != len(text) or _FULLWIDTH.search(text):
        return None
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = " ".join(_fold(term.text)[0].split())
        if needle:
            spans.extend(m.span() for m in _pattern(needle, term.prefix).finditer(folded))
            if len(spans) > _MAX_HITS:
                break
    return spans


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", normalize(ch))
    # Drop combining marks of Latin-like letters only: Thai and Devanagari marks are
    # part of the letters and must stay.
    kept = [c for c in decomposed if not (unicodedata.combining(c) and ord(c) < 0x0370)]
    return "".join(kept).casefold()


def _fold(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, the offset of its source char."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


def find_hits(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]]:
    """Return sorted, non-overlapping (start, end) spans of ``text`` matching terms."""
    spans = _fast_hits(text, terms)
    if spans is None:
        spans = _slow_hits(text, terms)
    return _merge(spans)


def _slow_hits(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]]:
    """Character-by-character folding with an offset map (NFKC, any mark)."""
    folded, where = _fold(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle, _ = _fold(term.text)
        needle = " ".join(needle.split())
        if not needle:
            continue
        start = 0
        while True:
            pos = folded.find(needle, start)
            if pos < 0:
                break
            end = pos + len(needle)
            if term.prefix:
                while end < len(folded) and folded[end].isalnum():
                    end += 1
            spans.append((where[pos], where[end - 1] + 1))
            start = end
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(spans)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def make_snippet(text: str, terms: list[QueryTerm], window: int = _WINDOW) -> str:
    """A passage of about ``window`` characters around the densest hits, HTML-escaped,
    with each hit wrapped in ``<mark>``. Falls back to the text's opening."""
    text = " ".join(text.split())
    hits = find_hits(text, terms)
    if not hits:
        return html.escape(_cut(text, 0, window))
    # Choose the window start that covers the most hits (among the first few).
    best_start, best_count = hits[0][0], 0
    for s, _ in hits[:_MAX_HITS]:
        count = sum(1 for hs, he in hits[:_MAX_HITS] if hs >= s and he <= s + window)
        if count > best_count:
            best_start, best_count = s, count
    start = max(0, best_start - window // 4)
    # Start at a word boundary where there is one near.
    space = text.rfind(" ", max(0, start - 20), start + 1)
    if space > 0:
        start = space + 1
    end = min(len(text), start + window)
    parts: list[str] = ["…" if start > 0 else ""]
    pos = start
    for s, e in hits:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        parts.append(html.escape(text[pos:s]))
        parts.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    parts.append(html.escape(text[pos:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


def _cut(text: str, start: int, length: int) -> str:
    piece = text[start : start + length]
    return piece + ("…" if start + length < len(text) else "")
