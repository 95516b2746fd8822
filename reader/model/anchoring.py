"""Where an annotation's passage is in a document's text, after the text has changed.

An annotation is stored with two selectors over the document's normalized text
(:attr:`reader.model.Document.text`, one line per block, whitespace collapsed), in the
W3C Web Annotation model's terms: a *text quote* (the exact passage with up to
:data:`CONTEXT` characters of prefix and suffix) and a *text position* (start and end
offsets). :func:`anchor` finds the passage in a new version of the text:

1. **position**: the quote is still at its offsets → ``anchored``;
2. **exact quote**: the quote occurs elsewhere; among several occurrences the one whose
   surroundings best match the prefix and suffix wins, nearness to the old position
   breaking ties → ``moved``;
3. **fuzzy**: an approximate occurrence within a bounded edit distance (15 % of the
   quote's length) that begins and ends like the quote → ``moved``; exact and
   approximate candidates compete on one score: similarity to the quote, how well the
   prefix and suffix match their surroundings, and the distance from the old position;
4. otherwise ``orphaned``: the caller keeps the annotation and its original quote.

A quote is only attached to text that is the same passage or plausibly an edit of it:
a short quote (a case number, "Article 5") must also be recognised by its surroundings,
because a one-character change there ("Article 6") is a different provision, not an
edit. Pure Python, no I/O; the approximate search is Myers' bit-parallel algorithm, so
re-anchoring costs milliseconds even on long documents.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from difflib import SequenceMatcher

CONTEXT = 32
"""Characters of prefix and suffix stored with each quote."""

MAX_ERROR_RATE = 0.15
"""Edits allowed in a fuzzy match, as a share of the quote's length."""

DISTINCTIVE = 24
"""A quote at least this long identifies its passage by itself; a shorter one also
needs its surroundings to match."""

_MAX_OCCURRENCES = 2000
_VOUCH = 0.75  # a side score that stands in for a matching first or last word


class AnchorState(enum.StrEnum):
    ANCHORED = "anchored"
    MOVED = "moved"
    ORPHANED = "orphaned"


@dataclass(frozen=True)
class Quote:
    """The two selectors of one annotation: text quote and text position."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Anchor:
    state: AnchorState
    start: int = -1
    end: int = -1

    @property
    def found(self) -> bool:
        return self.state is not AnchorState.ORPHANED


def describe(text: str, start: int, end: int, context: int = CONTEXT) -> Quote:
    """The selectors of ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no passage at {start}..{end} in a text of {len(text)} characters")
    return Quote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def span_of_visible(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets in ``text`` of the passage from its ``start``-th to its ``end``-th
    character that is not white space. The reading view counts a selection that way,
    because the page's text differs from ``text`` only in white space."""
    if not 0 <= start < end:
        raise ValueError(f"no passage at {start}..{end}")
    seen = 0
    begin = -1
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if seen == start:
            begin = i
        seen += 1
        if seen == end:
            return begin, i + 1
    raise ValueError(f"the text has only {seen} visible characters, not {end}")


def anchor(text: str, quote: Quote) -> Anchor:
    """Find ``quote`` in ``text`` (see the module notes for the order of attempts)."""
    exact = quote.exact
    if not exact or not text:
        return Anchor(AnchorState.ORPHANED)
    if text[quote.start : quote.end] == exact:
        return Anchor(AnchorState.ANCHORED, quote.start, quote.end)
    found = _search(text, quote)
    if found is None:
        return Anchor(AnchorState.ORPHANED)
    # Found elsewhere, or at the same place with changed wording: either way the
    # highlight no longer covers exactly what was annotated where it was annotated.
    return Anchor(AnchorState.MOVED, *found)


# ---- scoring ---------------------------------------------------------------------------


def _side_score(wanted: str, window: str) -> float:
    """How much of the stored prefix (or suffix) survives in the text beside a
    candidate: the longest run of it found in a window twice its length, so that an
    insertion right next to the quote does not erase the evidence."""
    if not wanted:
        return 1.0 if not window else 0.5
    if not window:
        return 0.0
    match = SequenceMatcher(None, wanted, window, autojunk=False).find_longest_match(
        0, len(wanted), 0, len(window)
    )
    return match.size / len(wanted)


def _sides(text: str, quote: Quote, start: int, end: int) -> tuple[float, float]:
    """How well the prefix and the suffix match the candidate's surroundings."""
    reach = 2 * max(len(quote.prefix), len(quote.suffix), 1)
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    # An empty stored prefix means the quote began the document: only the beginning
    # matches that fully.
    prefix = _side_score(quote.prefix, before) if quote.prefix else (1.0 if start == 0 else 0.3)
    suffix = (
        _side_score(quote.suffix, after) if quote.suffix else (1.0 if end == len(text) else 0.3)
    )
    return prefix, suffix


def _nearness(text: str, quote: Quote, start: int) -> float:
    return 1.0 - min(abs(start - quote.start), len(text)) / max(len(text), 1)


def _context_needed(length: int, distance: int, copies: int) -> float:
    """How much of its surroundings a candidate must share with the quote.

    A long quote found word for word is its passage wherever it now stands; a short
    one needs some support from its surroundings (more when it occurs several times);
    an approximate match needs more support than an exact one, and a short
    approximate match the most, since a small change to a short passage ("Article 5"
    → "Article 6") usually makes it a different passage.
    """
    if distance == 0:
        if length >= DISTINCTIVE:
            return 0.0
        return 0.2 if copies == 1 else 0.5
    return 0.2 if length >= DISTINCTIVE else 0.7


# ---- search ----------------------------------------------------------------------------


def _search(text: str, quote: Quote) -> tuple[int, int] | None:
    """The best candidate among the exact occurrences and the approximate ones.

    Exact and approximate candidates compete on one score (similarity of the text,
    surroundings, nearness), so a slightly edited passage in its own place beats an
    identical copy of it elsewhere in the document.
    """
    exact = quote.exact
    length = len(exact)
    best: tuple[float, int, int] | None = None
    candidates = _candidates(text, exact)
    copies = sum(1 for _, _, distance in candidates if distance == 0)
    for start, end, distance in candidates:
        before, after = _sides(text, quote, start, end)
        ctx = (before + after) / 2
        if ctx < _context_needed(length, distance, copies):
            continue
        if distance and not _same_edges(exact, text[start:end], before, after):
            continue
        # Word for word beats nearly so: an intact passage whose surroundings were
        # edited is still the passage, even if a slightly edited copy of it elsewhere
        # kept its surroundings.
        similarity = 1.0 - distance / length + (0.25 if distance == 0 else 0.0)
        score = 2.0 * similarity + ctx + 0.3 * _nearness(text, quote, start)
        if best is None or score > best[0]:
            best = (score, start, end)
    return None if best is None else (best[1], best[2])


def _same_edges(exact: str, found: str, before: float, after: float) -> bool:
    """An approximate match must begin and end like the quote — with the same first
    and last word (one edit allowed in each; in scripts written without spaces, the
    same first and last few characters) — unless the surroundings on that side vouch
    for it (``before``/``after``: prefix and suffix scores). An edit inside a passage
    keeps its edges; a different passage sharing most of its words usually does not."""
    words, got = exact.split(), found.split()
    if len(words) >= 3 and len(got) >= 2:
        head = _distance(words[0], got[0]) <= 1
        tail = _distance(words[-1], got[-1]) <= 1
    else:
        k = max(2, min(5, len(exact) // 5))
        head = _distance(exact[:k], found[:k]) <= 1
        tail = _distance(exact[-k:], found[-k:]) <= 1
    return (head or before >= _VOUCH) and (tail or after >= _VOUCH)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _candidates(text: str, exact: str) -> list[tuple[int, int, int]]:
    """(start, end, edit distance) of every place the quote might be."""
    length = len(exact)
    found: dict[tuple[int, int], int] = {}
    pos = text.find(exact)
    while pos >= 0 and len(found) < _MAX_OCCURRENCES:
        found[(pos, pos + length)] = 0
        pos = text.find(exact, pos + 1)
    limit = int(length * MAX_ERROR_RATE)
    if limit >= 1:
        for end_incl in _approximate_ends(_end_scores(exact, text), limit)[:_MAX_OCCURRENCES]:
            for start, distance in _starts(exact, text, end_incl + 1, limit):
                start, end = _trim(text, start, end_incl + 1)
                if end > start:
                    found.setdefault((start, end), distance)
    return [(s, e, d) for (s, e), d in found.items()]


def _approximate_ends(scores: list[int], limit: int) -> list[int]:
    """Ends of approximate matches: every local minimum under the limit (equal
    neighbours included, so that "…intermediate n" does not hide "…intermediate
    new China" when both are four edits from "…intermediate China")."""
    last = len(scores) - 1
    return [
        j
        for j, s in enumerate(scores)
        if s <= limit and (j == 0 or scores[j - 1] >= s) and (j == last or scores[j + 1] >= s)
    ]


# ---- approximate matching --------------------------------------------------------------


def _end_scores(pattern: str, text: str) -> list[int]:
    """For each position j of ``text``, the least edit distance between ``pattern`` and
    any substring of ``text`` ending at j (inclusive): Myers' bit-vector algorithm."""
    m = len(pattern)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = full, 0, m
    out: list[int] = []
    append = out.append
    for ch in text:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        append(score)
    return out


def _starts(pattern: str, text: str, end: int, limit: int) -> list[tuple[int, int]]:
    """(start, distance) of the matches of ``pattern`` ending at ``end`` (exclusive):
    the same search run backwards from the end, every local minimum under the limit
    (the nearest-scoring start can cut a word in two where a slightly worse one does
    not)."""
    lo = max(0, end - len(pattern) - limit)
    rev = _end_scores(pattern[::-1], text[lo:end][::-1])
    return [(end - i - 1, rev[i]) for i in _approximate_ends(rev, limit)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A highlight never begins or ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
