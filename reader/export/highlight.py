"""Highlights drawn into an article's HTML, from offsets in its normalized text.

Annotations are anchored on :attr:`reader.model.Document.text`, which ingest derives
from the stored HTML (one line per block, runs of white space collapsed, blank lines
dropped). :func:`text_map` walks a parsed body the same way and remembers, for every
character of that text, the text node and position it came from; :func:`highlight`
then wraps each annotated range in ``<mark class="hl hl-COLOUR">`` elements (one per
text node it crosses), so that highlights appear in the reading view and in PDFs
without any script. If the walk does not give back the stored text exactly (a
document stored by an older ingest), nothing is marked rather than marking the
wrong words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.model import Annotation
from reader.model.text import BLOCK_TAGS, CELL_TAGS, SPACE_CHARS

_SPACE = re.compile(f"[{SPACE_CHARS}]")


@dataclass(frozen=True)
class TextMap:
    text: str
    origin: list[tuple[LexborNode, int] | None]
    """For each character of ``text``: the text node it came from and its index
    there; ``None`` for the line breaks between blocks (and cell separators)."""


def text_map(root: LexborNode) -> TextMap:
    """The normalized text under ``root`` and where each of its characters came from."""
    raw: list[tuple[str, LexborNode | None, int]] = []
    # The walk of reader/sync/ingest.py (_tree_text), with a stack for nesting of any depth.
    after: list[tuple[LexborNode | None, bool]] = []
    node = root.child
    while True:
        while node is not None:
            tag = node.tag or ""
            if tag == "-text":
                raw.extend((ch, node, i) for i, ch in enumerate(node.text_content or ""))
                node = node.next
                continue
            if tag in BLOCK_TAGS:
                raw.append(("\n", None, 0))
            elif tag in CELL_TAGS:
                raw.append((" ", None, 0))
            elif tag.startswith("-"):
                node = node.next
                continue
            after.append((node.next, tag in BLOCK_TAGS))
            node = node.child
        if not after:
            break
        node, block = after.pop()
        if block:
            raw.append(("\n", None, 0))
    out: list[str] = []
    origin: list[tuple[LexborNode, int] | None] = []
    line: list[tuple[str, LexborNode | None, int]] = []

    def flush() -> None:
        # Collapse runs of spaces to the first, strip both ends, drop empty lines.
        kept: list[tuple[str, LexborNode | None, int]] = []
        for ch, node, i in line:
            if _SPACE.match(ch):
                if kept and kept[-1][0] == " ":
                    continue
                kept.append((" ", node, i))
            else:
                kept.append((ch, node, i))
        # str.strip(): any white space at the ends goes, not only the collapsed kinds.
        lo, hi = 0, len(kept)
        while lo < hi and kept[lo][0].isspace():
            lo += 1
        while hi > lo and kept[hi - 1][0].isspace():
            hi -= 1
        kept = kept[lo:hi]
        if not kept:
            return
        if out:
            out.append("\n")
            origin.append(None)
        for ch, node, i in kept:
            out.append(ch)
            origin.append((node, i) if node is not None else None)
        line.clear()

    for item in raw:
        if item[0] == "\n":
            flush()
            line.clear()
        else:
            line.append(item)
    flush()
    return TextMap("".join(out), origin)


def text_runs(mapping: TextMap, start: int, end: int) -> list[tuple[LexborNode, int, int]]:
    """The text nodes that ``mapping.text[start:end]`` came from, as (node, first, end)
    character ranges within each node, in document order."""
    runs: list[tuple[LexborNode, int, int]] = []
    for offset in range(start, end):
        spot = mapping.origin[offset]
        if spot is None:
            continue
        node, i = spot
        if runs and runs[-1][0].mem_id == node.mem_id and runs[-1][2] == i:
            runs[-1] = (node, runs[-1][1], i + 1)
        else:
            runs.append((node, i, i + 1))
    return runs


def drawable(annotations: Sequence[Annotation], text: str) -> list[Annotation]:
    """The annotations that can be drawn on ``text``: not orphaned, not deleted, and
    with offsets inside it."""
    return [
        a
        for a in annotations
        if a.state != "orphaned" and 0 <= a.start < a.end <= len(text) and not a.deleted
    ]


def note_numbers(annotations: Sequence[Annotation]) -> dict[int, int]:
    """Endnote numbers (1, 2, …) of the annotations that have a note, in text order."""
    numbered = sorted((a for a in annotations if a.note.strip()), key=lambda a: (a.start, a.id))
    return {a.id: n for n, a in enumerate(numbered, start=1)}


def highlight(
    tree: LexborHTMLParser, root: LexborNode, text: str, annotations: Sequence[Annotation]
) -> list[int]:
    """Wrap each found annotation's range of ``text`` under ``root`` in marks.

    Returns the ids of the annotations drawn. Orphaned annotations and those whose
    offsets do not fit the text are skipped; so is everything when the body's text is
    not ``text``.
    """
    shown = drawable(annotations, text)
    if not shown:
        return []
    mapping = text_map(root)
    if mapping.text != text:
        return []
    numbers = note_numbers(shown)
    # Per text node: the character ranges to mark and which annotation each is.
    pieces: dict[int, tuple[LexborNode, list[tuple[int, int, Annotation]]]] = {}
    ends: dict[int, tuple[int, int]] = {}  # annotation id -> (node, end) of its last piece
    for a in sorted(shown, key=lambda a: (a.start, a.id)):
        runs = text_runs(mapping, a.start, a.end)
        for node, lo, hi in runs:
            pieces.setdefault(node.mem_id, (node, []))[1].append((lo, hi, a))
        if runs:
            ends[a.id] = (runs[-1][0].mem_id, runs[-1][2])
    drawn: set[int] = set()
    for node, ranges in pieces.values():
        _split(tree, node, ranges, numbers, ends, drawn)
    return sorted(drawn)


def _split(
    tree: LexborHTMLParser,
    node: LexborNode,
    ranges: list[tuple[int, int, Annotation]],
    numbers: dict[int, int],
    ends: dict[int, tuple[int, int]],
    drawn: set[int],
) -> None:
    """Replace one text node by its pieces: plain text and marks, and after the last
    piece of an annotation with a note, its endnote reference."""
    content = node.text_content or ""
    cuts = sorted({0, len(content), *(r[0] for r in ranges), *(r[1] for r in ranges)})
    for lo, hi in itertools.pairwise(cuts):
        covering = [a for s, e, a in ranges if s <= lo and hi <= e]
        piece = content[lo:hi]
        if not covering:
            node.insert_before(piece)
            continue
        top = covering[-1]  # the later-starting (inner) highlight shows its colour
        mark = tree.create_node("mark")
        mark.attrs["class"] = f"hl hl-{top.color}"
        mark.attrs["data-annotation"] = " ".join(str(a.id) for a in covering)
        if top.id not in drawn:
            mark.attrs["id"] = f"hl-{top.id}"
            if top.note.strip():
                mark.attrs["title"] = _tooltip(top.note)
        mark.insert_child(piece)
        node.insert_before(mark)
        drawn.update(a.id for a in covering)
        for a in covering:
            number = numbers.get(a.id)
            if number is not None and ends.get(a.id) == (node.mem_id, hi):
                ref = tree.create_node("sup")
                ref.attrs["class"] = "hl-ref"
                ref.attrs["data-note"] = str(number)
                ref.attrs["id"] = f"hl-ref-{a.id}"
                node.insert_before(ref)
    node.decompose()


def _tooltip(note: str) -> str:
    flat = " ".join(note.split())
    return flat if len(flat) <= 300 else flat[:299] + "…"
