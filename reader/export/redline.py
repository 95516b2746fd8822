"""Redlines: what changed between two revisions of a document, word by word.

The texts compared are the documents' normalized plain texts (``revision_text``), one
paragraph a line, the same text the store indexes and annotations anchor in.

1. The paragraphs are matched first (``difflib.SequenceMatcher`` over whole lines), so
   an unchanged paragraph costs one hash comparison and a long article with a few edits
   is compared in milliseconds.
2. Each run of changed paragraphs is then compared token by token. A token is a word
   (letters, digits and their combining marks, so Arabic or Hebrew with vowel points
   stays one word), one run of spaces, one punctuation mark, one line break, or one
   Chinese/Japanese/Korean/Thai character: those scripts write no spaces between
   words, so a character is the smallest unit we can mark without a dictionary.
3. Spaces left unchanged between two changes are folded into them, so "the quick
   brown" → "a slow red" reads as one deletion and one insertion rather than three of
   each.

The result is escaped HTML with one ``<p>`` per paragraph and ``<ins>``/``<del>`` around
the changes, and the number of insertions and deletions shown (each ``<ins>`` and each
``<del>`` counts once). No Qt here: the dialog and any export can use it.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from selectolax.lexbor import LexborHTMLParser

from reader.export.highlight import text_map

__all__ = ["Redline", "redline", "redline_revisions", "revision_text", "tokens"]

EQUAL, INSERT, DELETE = "=", "+", "-"
Segment = tuple[str, str]  # (EQUAL | INSERT | DELETE, text)


@dataclass(frozen=True)
class Redline:
    html: str
    insertions: int
    deletions: int
    changed_paragraphs: int

    @property
    def changed(self) -> bool:
        return bool(self.insertions or self.deletions)


def revision_text(html_text: str) -> str:
    """The normalized plain text of a revision's stored HTML (as the store indexes it)."""
    body = LexborHTMLParser(f"<body>{html_text}</body>").body
    return text_map(body).text if body is not None else ""


def _unspaced(ch: str) -> bool:
    """Scripts written without spaces between words: Han, Kana, Hangul, Thai, Lao,
    Khmer, Myanmar."""
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF
        or 0x31F0 <= o <= 0x31FF
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or 0x0E00 <= o <= 0x0EFF  # Thai, Lao
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x17FF  # Khmer
    )


def tokens(text: str) -> list[str]:
    """Split text into the units a redline marks; ``"".join(tokens(t)) == t``."""
    out: list[str] = []
    kind = ""  # kind of the token being built: w(ord), s(pace), c(haracter), or ""
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] == "M" or ch in "\u200c\u200d":
            # A combining mark or joiner stays with what it follows (Thai vowels above
            # and below, Arabic harakat, Hebrew points, accents written separately).
            if out:
                out[-1] += ch
                continue
            out.append(ch)
            kind = "w"
            continue
        if ch == "\n":
            out.append(ch)
            kind = ""
        elif _unspaced(ch):
            out.append(ch)
            kind = "c"
        elif cat[0] in "LN" or ch == "_":
            if kind == "w":
                out[-1] += ch
            else:
                out.append(ch)
                kind = "w"
        elif ch.isspace():
            if kind == "s":
                out[-1] += ch
            else:
                out.append(ch)
                kind = "s"
        else:  # punctuation and symbols: one token each
            out.append(ch)
            kind = ""
    return out


def _token_diff(old: str, new: str) -> list[Segment]:
    return _absorb_short_equalities(_fold_spaces(_diff_tokens(tokens(old), tokens(new))))


# Cost limits. difflib's matcher grows with len(a) * len(b) (and with how often tokens
# repeat), so a long run is compared sentence by sentence first; runs still too long
# after that are marked as deleted and inserted whole rather than freezing the window.
_EXACT = 250_000  # up to ~500 x 500 tokens: every token may seed a match
_COARSE = 4_000_000  # up to ~2,000 x 2,000: frequent tokens (over 1 %) seed none
_ENDS = frozenset(".!?;:。！？；：")


def _diff_tokens(a: list[str], b: list[str], by_sentence: bool = True) -> list[Segment]:
    """Changes from tokens ``a`` to tokens ``b``, cheapest first: the common start and
    end, then sentences, then tokens."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    out: list[Segment] = []
    if start:
        out.append((EQUAL, "".join(a[:start])))
    mid_a, mid_b = a[start : len(a) - end], b[start : len(b) - end]
    if mid_a and mid_b:
        out.extend(_diff_middle(mid_a, mid_b, by_sentence))
    elif mid_a:
        out.append((DELETE, "".join(mid_a)))
    elif mid_b:
        out.append((INSERT, "".join(mid_b)))
    if end:
        out.append((EQUAL, "".join(a[len(a) - end :])))
    return out


def _diff_middle(a: list[str], b: list[str], by_sentence: bool) -> list[Segment]:
    size = len(a) * len(b)
    if size <= _EXACT:
        return _opcodes(a, b, autojunk=False)
    sa, sb = _sentences(a), _sentences(b)
    if by_sentence and (len(sa) > 1 or len(sb) > 1):
        out: list[Segment] = []
        ka, kb = ["".join(x) for x in sa], ["".join(x) for x in sb]
        matcher = SequenceMatcher(None, ka, kb, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out.append((EQUAL, "".join(ka[i1:i2])))
            elif tag == "delete":
                out.append((DELETE, "".join(ka[i1:i2])))
            elif tag == "insert":
                out.append((INSERT, "".join(kb[j1:j2])))
            else:
                flat_a = [t for x in sa[i1:i2] for t in x]
                flat_b = [t for x in sb[j1:j2] for t in x]
                out.extend(_diff_tokens(flat_a, flat_b, by_sentence=False))
        return out
    if size <= _COARSE:
        return _opcodes(a, b, autojunk=True)
    return [(DELETE, "".join(a)), (INSERT, "".join(b))]


def _opcodes(a: list[str], b: list[str], autojunk: bool) -> list[Segment]:
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=autojunk).get_opcodes():
        if tag == "equal":
            out.append((EQUAL, "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            out.append((DELETE, "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append((INSERT, "".join(b[j1:j2])))
    return out


def _sentences(toks: list[str]) -> list[list[str]]:
    """Tokens grouped into sentences (a sentence keeps its closing mark and the spaces
    or line break after it)."""
    out: list[list[str]] = []
    current: list[str] = []
    ended = False
    for t in toks:
        if ended and not t.isspace():
            out.append(current)
            current = []
            ended = False
        current.append(t)
        if t in _ENDS or t == "\n":
            ended = True
    if current:
        out.append(current)
    return out


def _absorb_short_equalities(segments: list[Segment]) -> list[Segment]:
    """Readability over minimality (the semantic clean-up of Myers' diff-match-patch):
    an unchanged stretch between two changes, at most half as long as the larger side
    of the change on its left and of the one on its right, joins them. A rewritten sentence
    then reads as one deletion and one insertion, not as words picked out of both."""
    groups: list[tuple[str, str, str]] = []  # ("=", text, "") or ("~", deleted, inserted)
    for kind, text in segments:
        if kind == EQUAL:
            groups.append((EQUAL, text, ""))
        elif groups and groups[-1][0] == "~":
            _, d, i = groups[-1]
            groups[-1] = ("~", d + text, i) if kind == DELETE else ("~", d, i + text)
        else:
            groups.append(("~", text, "") if kind == DELETE else ("~", "", text))
    changed = True
    while changed:
        changed = False
        for n in range(1, len(groups) - 1):
            kind, text, _ = groups[n]
            before, after = groups[n - 1], groups[n + 1]
            if (
                kind == EQUAL
                and before[0] == after[0] == "~"
                and "\n" not in text
                and 2 * len(text) <= max(len(before[1]), len(before[2]))
                and 2 * len(text) <= max(len(after[1]), len(after[2]))
            ):
                merged = ("~", before[1] + text + after[1], before[2] + text + after[2])
                groups[n - 1 : n + 2] = [merged]
                changed = True
                break
    out: list[Segment] = []
    for kind, a, b in groups:
        if kind == EQUAL:
            out.append((EQUAL, a))
            continue
        if a:
            out.append((DELETE, a))
        if b:
            out.append((INSERT, b))
    return out


def _fold_spaces(segments: list[Segment]) -> list[Segment]:
    """Fold unchanged spaces lying between two changes into both sides of the change."""
    out: list[Segment] = []
    i = 0
    while i < len(segments):
        kind, text = segments[i]
        if kind != EQUAL:
            # Gather a run of changes, absorbing spaces-only equal parts inside it.
            deleted: list[str] = []
            inserted: list[str] = []
            j = i
            while j < len(segments):
                k, t = segments[j]
                if k == DELETE:
                    deleted.append(t)
                elif k == INSERT:
                    inserted.append(t)
                elif (
                    t.strip() == ""
                    and "\n" not in t
                    and j + 1 < len(segments)
                    and segments[j + 1][0] != EQUAL
                ):
                    deleted.append(t)
                    inserted.append(t)
                else:
                    break
                j += 1
            if deleted:
                out.append((DELETE, "".join(deleted)))
            if inserted:
                out.append((INSERT, "".join(inserted)))
            i = j
            continue
        out.append((kind, text))
        i += 1
    return out


Paragraph = tuple[str, list[Segment]]  # (class: "" | "inserted" | "deleted", segments)


def _paragraphs(old: str, new: str) -> list[Paragraph]:
    """The paragraphs of the redline, in the order of the new text."""
    a, b = old.split("\n"), new.split("\n")
    paras: list[Paragraph] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            paras.extend(("", [(EQUAL, line)]) for line in a[i1:i2])
        else:
            paras.extend(_changed_block(a[i1:i2], b[j1:j2]))
    return paras


def _changed_block(a: list[str], b: list[str]) -> list[Paragraph]:
    """Old paragraphs ``a`` became new paragraphs ``b``. The most similar pair is
    compared word by word and the paragraphs on each side of it recursively (as
    ``difflib.ndiff`` pairs lines), so an added heading is a paragraph of its own rather
    than words spread over its neighbours; paragraphs left without a similar partner
    are whole insertions or deletions, or, when both sides have some, one word-by-word
    comparison of the lot."""
    if not a:
        return [("inserted", [(INSERT, line)]) for line in b]
    if not b:
        return [("deleted", [(DELETE, line)]) for line in a]
    best = None if _rebroken(a, b) else _most_similar(a, b)
    if best is None:
        return _block_diff(a, b)
    i, j = best
    return [
        *_changed_block(a[:i], b[:j]),
        *_block_diff([a[i]], [b[j]]),
        *_changed_block(a[i + 1 :], b[j + 1 :]),
    ]


_SIMILAR = 0.5  # share of tokens two paragraphs must have in common to be paired
_MAX_PAIRS = 400  # larger blocks are compared as one (pairing costs len(a) * len(b))


def _rebroken(a: list[str], b: list[str]) -> bool:
    """Whether the block is mostly the same words with the paragraphs split or joined
    differently (then the breaks themselves are what a reader needs to see)."""
    if len(a) == len(b):
        return False
    ta, tb = tokens(" ".join(a)), tokens(" ".join(b))
    if len(ta) * len(tb) > _EXACT:
        return False
    m = SequenceMatcher(None, ta, tb, autojunk=False)
    return (
        m.real_quick_ratio() >= _REBROKEN
        and m.quick_ratio() >= _REBROKEN
        and m.ratio() >= _REBROKEN
    )


_REBROKEN = 0.85


def _most_similar(a: list[str], b: list[str]) -> tuple[int, int] | None:
    if len(a) * len(b) > _MAX_PAIRS or (len(a) == 1 and len(b) == 1):
        return None
    best, where = _SIMILAR, None
    matcher: SequenceMatcher[str] = SequenceMatcher(autojunk=True)
    tokens_a = [tokens(line) for line in a]
    for j, line_b in enumerate(b):
        matcher.set_seq2(tokens(line_b))
        for i, toks in enumerate(tokens_a):
            matcher.set_seq1(toks)
            if (
                matcher.real_quick_ratio() > best
                and matcher.quick_ratio() > best
                and matcher.ratio() > best
            ):
                best, where = matcher.ratio(), (i, j)
    return where


def _block_diff(a: list[str], b: list[str]) -> list[Paragraph]:
    """Word-by-word comparison of paragraphs joined by line breaks. The result follows
    the new text's paragraphs: a break only in the old text is a deleted break inside
    a paragraph, one only in the new text an inserted break that ends one."""
    paras: list[Paragraph] = []
    current: list[Segment] = []
    for kind, text in _token_diff("\n".join(a), "\n".join(b)):
        if kind == DELETE:  # deleted breaks stay inside the paragraph
            current.append((kind, text))
            continue
        for n, part in enumerate(text.split("\n")):
            if n:
                if kind == INSERT:
                    current.append((INSERT, "\n"))
                paras.append(("", current))
                current = []
            if part:
                current.append((kind, part))
    paras.append(("", current))
    return paras


_BREAK = '<span class="break">\u00b6</span>'


# Between a deleted word and the inserted one that replaces it: "<del>old</del>
# <ins>new</ins>" rather than "oldnew" (in Arabic the two would even join letters).
_SEPARATOR = '<span class="sep"> </span>'


def _touching(deleted: str, inserted: str) -> bool:
    last, first = deleted[-1], inserted[0]
    return not (last.isspace() or first.isspace() or _unspaced(last) or _unspaced(first))


def _merged(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for kind, text in segments:
        if not text:
            continue
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def redline(old: str, new: str, *, rtl: bool = False, first: int = 1) -> Redline:
    """Compare two plain texts (paragraphs are lines) and mark the changes.

    A paragraph break present on one side only shows as a pilcrow (¶) inside the
    ``<ins>`` or ``<del>``; whole paragraphs added or removed are ``<p class="inserted">``
    or ``<p class="deleted">``; a word replaced by another is ``<del>old</del><span
    class="sep"> </span><ins>new</ins>`` (the space belongs to neither side). Each
    changed paragraph starts with an anchor ``change-N``, N counting from ``first``."""
    out: list[str] = []
    insertions = deletions = changed = 0
    direction = ' dir="rtl"' if rtl else ""
    for cls, para in _paragraphs(old, new):
        segs = _merged(para)
        anchor = ""
        if any(k != EQUAL for k, _ in segs):
            changed += 1
            anchor = f'<a name="change-{first + changed - 1}"></a>'
        parts: list[str] = []
        for n, (kind, text) in enumerate(segs):
            escaped = html.escape(text, quote=False).replace("\n", _BREAK)
            if kind == INSERT:
                insertions += 1
                if n and segs[n - 1][0] == DELETE and _touching(segs[n - 1][1], text):
                    parts.append(_SEPARATOR)
                parts.append(f"<ins>{escaped}</ins>")
            elif kind == DELETE:
                deletions += 1
                parts.append(f"<del>{escaped}</del>")
            else:
                parts.append(escaped)
        attrs = direction + (f' class="{cls}"' if cls else "")
        out.append(f"<p{attrs}>{anchor}{''.join(parts)}</p>")
    return Redline("\n".join(out), insertions, deletions, changed)


def redline_revisions(
    old: tuple[str, str, str],
    new: tuple[str, str, str],
    labels: tuple[str, str, str] = ("Title", "Summary", "Text"),
    *,
    rtl: bool = False,
) -> Redline:
    """Two revisions as (title, summary, text). The text is always shown; a changed
    title or summary comes first under its label (then the text is labelled too), and
    its insertions and deletions count with the text's."""
    parts: list[str] = []
    insertions = deletions = changed = 0
    direction = ' dir="rtl"' if rtl else ""
    for label, a, b in zip(labels[:2], old[:2], new[:2], strict=True):
        if a == b:
            continue
        r = redline(a, b, rtl=rtl, first=changed + 1)
        parts.append(f'<h3 class="field"{direction}>{html.escape(label)}</h3>\n{r.html}')
        insertions, deletions = insertions + r.insertions, deletions + r.deletions
        changed += r.changed_paragraphs
    body = redline(old[2], new[2], rtl=rtl, first=changed + 1)
    if parts:
        parts.append(f'<h3 class="field"{direction}>{html.escape(labels[2])}</h3>')
    parts.append(body.html)
    return Redline(
        "\n".join(parts),
        insertions + body.insertions,
        deletions + body.deletions,
        changed + body.changed_paragraphs,
    )
