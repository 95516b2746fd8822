"""Text segmentation for the full-text index, identical for documents and queries.

FTS5's ``unicode61`` tokenizer splits on spaces and punctuation, which suits English,
Arabic or Russian but leaves a whole Chinese, Japanese or Thai sentence as one token.
Before text reaches the index we therefore:

* normalise to NFKC (full-width Latin and digits become ASCII);
* strip Arabic diacritics and tatweel, so a vowelled query finds plain text and back;
* turn every run of Han/Kana/Hangul characters, and every Thai run, into overlapping
  character bigrams separated by spaces (``最高人民法院`` -> ``最高 高人 人民 民法 法院``).

A query goes through the same steps: a two-character word becomes a single bigram
token, a longer one a phrase of bigrams, a single character a prefix. This works on
every SQLite with FTS5 (the trigram tokenizer cannot match fewer than three characters).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass

# Arabic harakat, superscript alef, Quranic marks, and the tatweel used for stretching.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_ARABIC_MARKS = re.compile(f"[{_MARKS}]")

_CJK = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
_THAI = "\u0e00-\u0e7f"
_RUN = re.compile(f"[{_CJK}]+|[{_THAI}]+")
# One character class scans several times faster than the alternation above; runs it
# finds are then split by script (a CJK run touching a Thai one is rare). The Arabic
# marks are in the class too, so one scan both drops them and finds the runs (a run the
# marks interrupt is one run once they are gone).
_RUN_OR_MARKS = re.compile(f"[{_CJK}{_THAI}{_MARKS}]+")
_CJK_OR_THAI = re.compile(f"[{_CJK}{_THAI}]")


def normalize(text: str) -> str:
    """NFKC plus Arabic mark removal: the form both index and query start from."""
    return _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text))


def _bigrams(run: str) -> str:
    if len(run) < 2:
        return run
    return " ".join(map(operator.add, run[:-1], run[1:]))


def segment(text: str) -> str:
    """Return ``text`` as it should be given to the FTS5 index: ``normalize``, then
    each run of Han, Kana, Hangul or Thai as bigrams."""
    if text.isascii():  # (a constant-time test) nothing to normalize, no run
        return text
    if "\n" not in text:
        return _segment_line(text)
    # Line by line, so that the lines of a document that are all ASCII (most, in an
    # English text citing a Chinese law) skip the scan, which costs about 10 ns a
    # character. Nothing crosses a line break: NFKC never combines a character with
    # one, and no run contains one.
    return "\n".join(line if line.isascii() else _segment_line(line) for line in text.split("\n"))


def _segment_line(text: str) -> str:
    return _RUN_OR_MARKS.sub(_segment_run, unicodedata.normalize("NFKC", text))


def _segment_run(match: re.Match[str]) -> str:
    run = _ARABIC_MARKS.sub("", match.group(0))
    return " ".join(f" {_bigrams(part)} " for part in _RUN.findall(run))


def _is_token_char(ch: str) -> bool:
    # What unicode61 with categories 'L* N* Co M*' treats as part of a token.
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or cat == "Co"


def tokens(text: str) -> list[str]:
    """Split already-segmented text the way the index tokenizer does (before folding)."""
    out: list[str] = []
    cur: list[str] = []
    for ch in text:
        if _is_token_char(ch):
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


@dataclass(frozen=True)
class QueryTerm:
    """One user term: a word, a prefix (``arbitra*``) or a quoted phrase."""

    text: str
    prefix: bool = False
    phrase: bool = False


_QUERY_PART = re.compile(r'"([^"]*)"?|(\S+)')


def parse_query(query: str) -> list[QueryTerm]:
    """Split a user query into terms; quotes make phrases, a trailing * a prefix."""
    terms: list[QueryTerm] = []
    for m in _QUERY_PART.finditer(query):
        if m.group(1) is not None:
            if m.group(1).strip():
                terms.append(QueryTerm(m.group(1).strip(), phrase=True))
            continue
        word = m.group(2)
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if word:
            terms.append(QueryTerm(word, prefix=prefix))
    return terms


def _fts_term(term: QueryTerm) -> str | None:
    toks = tokens(segment(term.text))
    if not toks:
        return None
    quoted = '"' + " ".join(toks) + '"'
    single_cjk = len(toks) == 1 and len(toks[0]) == 1 and _CJK_OR_THAI.match(toks[0])
    if term.prefix or single_cjk:
        # A single CJK character only ever appears inside bigrams: search it as a prefix.
        return quoted + "*"
    return quoted


def fts_query(query: str) -> str | None:
    """Build an FTS5 MATCH expression (terms ANDed), or None if nothing is searchable."""
    parts = [p for p in (_fts_term(t) for t in parse_query(query)) if p]
    return " ".join(parts) if parts else None
