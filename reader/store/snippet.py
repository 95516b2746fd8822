"""Snippets with the query's hits marked, built in Python.

FTS5's own ``snippet()`` works on the segmented (bigram) text and would show bigrams,
so the store finds the hits again in the document's plain text: both sides are folded
(case, Latin accents, Arabic marks, NFKC) with a map back to the original offsets.
"""

from __future__ import annotations

import html
import unicodedata

from reader.store.segment import QueryTerm, normalize

_WINDOW = 200


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
    spans.sort()
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
    # Choose the window start that covers the most hits.
    best_start, best_count = hits[0][0], 0
    for s, _ in hits:
        count = sum(1 for hs, he in hits if hs >= s and he <= s + window)
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
