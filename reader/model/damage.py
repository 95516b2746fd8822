"""Where a machine translation damaged numbers and dates, and how blocks of two
language versions of one article are paired.

The site's translations replace digits with the token ``XNUMX`` ("XNUMX April XNUMX")
and sometimes garble dates in other ways. :func:`block_damage` compares one translated
paragraph with the English paragraph it was made from: every ``XNUMX`` is a damaged
spot, the English numbers not found in the translation are the real numbers a reader
needs, and an English date whose day or year is missing from the translation is a
garbled date even where no ``XNUMX`` shows.

:func:`align` pairs the blocks (headings, paragraphs, list items …) of two versions
by structure only: it never reads the words, so it works between any two scripts.
No I/O and no Qt here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

TOKEN = "XNUMX"
_TOKEN = re.compile(r"XNUMX")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# fmt: off
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
           "November|December")
# fmt: on
_DATES = (
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?:{_MONTHS}),? (?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?:{_MONTHS}) (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-\d{2}-(?P<day>\d{2})\b"),
)


@dataclass(frozen=True)
class BlockDamage:
    """What a translated block lost, compared with its English block."""

    spots: tuple[tuple[int, int], ...]
    """Offsets of each ``XNUMX`` token in the translated block's text."""
    numbers: tuple[str, ...]
    """Numbers of the English block missing from the translation, in English order
    (the real numbers behind the ``XNUMX`` tokens)."""
    dates: tuple[str, ...]
    """Dates of the English block whose day or year the translation lost."""

    @property
    def damaged(self) -> bool:
        return bool(self.spots or self.dates)


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script (Arabic-Indic, Devanagari, Thai,
    full-width …) written as an ASCII digit, so that numbers compare across scripts."""
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            value = unicodedata.digit(ch, None)
            out.append(str(value) if value is not None else ch)
        else:
            out.append(ch)
    return "".join(out)


def numbers(text: str) -> list[str]:
    """The numbers of a text, digits only ("1,000" and "1.000" both read "1000")."""
    return [re.sub(r"[.,]", "", m.group()) for m in _NUMBER.finditer(ascii_digits(text))]


def english_dates(text: str) -> list[tuple[str, str, str]]:
    """(the date as written, its day, its year) of each date in an English text."""
    found: list[tuple[int, tuple[str, str, str]]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), (m.group(), m.group("day").lstrip("0"), m.group("year"))))
    return [d for _, d in sorted(found)]


def block_damage(translation: str, english: str | None) -> BlockDamage:
    """Compare one translated block with its English block (None: no English block
    pairs with it, and then only ``XNUMX`` tokens can be found)."""
    spots = tuple((m.start(), m.end()) for m in _TOKEN.finditer(translation))
    if not english:
        return BlockDamage(spots, (), ())
    have = Counter(numbers(translation))
    missing: list[str] = []
    for n in numbers(english):
        if have[n] > 0:
            have[n] -= 1
        else:
            missing.append(n)
    present = set(numbers(translation))
    dates = tuple(
        text
        for text, day, year in english_dates(english)
        if day not in present or year not in present
    )
    return BlockDamage(spots, tuple(missing), dates)


def count_damage(translation: str, english: str | None) -> int:
    """How many damaged spots a whole translation has: its ``XNUMX`` tokens or, when it
    has none, the English dates whose day or year appear nowhere in it. A
    document-level count, cheap enough for every translation of a large library (the
    article list's marks); the reading view finds spots paragraph by paragraph."""
    tokens = translation.count(TOKEN)
    if tokens or not english:
        return tokens
    present = set(numbers(translation))
    return sum(
        1 for _, day, year in english_dates(english) if day not in present or year not in present
    )


# ---- structural alignment ------------------------------------------------------------


def is_heading(kind: str) -> bool:
    return len(kind) == 2 and kind[0] == "h" and kind[1].isdigit()


Pair = tuple[int | None, int | None]


_GAP = 1.0  # a block with nothing beside it
_KIND_MISMATCH = 1.5  # two blocks of different kinds in one row
_HEADING_MISMATCH = 3.0  # a heading beside a block that is not one


def align(
    left: Sequence[str],
    right: Sequence[str],
    left_lengths: Sequence[int] = (),
    right_lengths: Sequence[int] = (),
) -> list[Pair]:
    """Pair the blocks of two versions of one article, given each block's kind
    ("h2", "p", "li", "table", …) in document order, and optionally each block's
    length in characters. Returns (left index, right index) rows, in order; None pads
    a side where the other has a block of its own.

    Identical structures pair one to one. Otherwise, when both have the same number of
    headings, each heading section is aligned on its own (so a split or merged
    paragraph shifts nothing past the next heading); else the whole sequences are.
    Aligning is a least-cost path (like Gale and Church's sentence alignment): a row
    of two blocks of the same kind costs how far their length ratio is from the two
    versions' overall ratio, a row of different kinds costs more, a padded block a
    fixed amount.
    """
    if list(left) == list(right):
        return [(i, i) for i in range(len(left))]
    ll = list(left_lengths) if len(left_lengths) == len(left) else [1] * len(left)
    rl = list(right_lengths) if len(right_lengths) == len(right) else [1] * len(right)
    ratio = math.log((sum(ll) + 1) / (sum(rl) + 1))
    lh = [i for i, k in enumerate(left) if is_heading(k)]
    rh = [i for i, k in enumerate(right) if is_heading(k)]
    if lh and len(lh) == len(rh):
        rows: list[Pair] = []
        lcuts = [0, *lh, len(left)]
        rcuts = [0, *rh, len(right)]
        for k in range(len(lcuts) - 1):
            rows += _least_cost(
                left, right, ll, rl, ratio, (lcuts[k], lcuts[k + 1]), (rcuts[k], rcuts[k + 1])
            )
        return rows
    return _least_cost(left, right, ll, rl, ratio, (0, len(left)), (0, len(right)))


def _least_cost(
    left: Sequence[str],
    right: Sequence[str],
    ll: Sequence[int],
    rl: Sequence[int],
    ratio: float,
    lspan: tuple[int, int],
    rspan: tuple[int, int],
) -> list[Pair]:
    l0, l1 = lspan
    r0, r1 = rspan
    n, m = l1 - l0, r1 - r0

    def pair_cost(i: int, j: int) -> float:
        a, b = left[l0 + i], right[r0 + j]
        cost = 0.0
        if a != b:
            cost += _HEADING_MISMATCH if is_heading(a) != is_heading(b) else _KIND_MISMATCH
        lengths = math.log((ll[l0 + i] + 20) / (rl[r0 + j] + 20))
        return cost + abs(lengths - ratio)

    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]  # 1 pair, 2 left alone, 3 right alone
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if i and j and cost[i - 1][j - 1] + pair_cost(i - 1, j - 1) < here:
                here = cost[i - 1][j - 1] + pair_cost(i - 1, j - 1)
                step[i][j] = 1
            if i and cost[i - 1][j] + _GAP < here:
                here = cost[i - 1][j] + _GAP
                step[i][j] = 2
            if j and cost[i][j - 1] + _GAP < here:
                here = cost[i][j - 1] + _GAP
                step[i][j] = 3
            cost[i][j] = here
    rows: list[Pair] = []
    i, j = n, m
    while i or j:
        move = step[i][j]
        if move == 1:
            rows.append((l0 + i - 1, r0 + j - 1))
            i, j = i - 1, j - 1
        elif move == 2:
            rows.append((l0 + i - 1, None))
            i -= 1
        else:
            rows.append((None, r0 + j - 1))
            j -= 1
    rows.reverse()
    return rows
