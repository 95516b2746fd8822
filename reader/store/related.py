"""Related articles computed offline, and the citation index.

For every article the store keeps its citations (``citation``, ``article_citation``)
and its most frequent distinctive words (``article_keyword``), extracted from the
stored text, and a list of computed related articles (``related`` rows of kind
'computed') with a score and a short reason.

Score of a candidate B for an article A (same source):

* text similarity: BM25 of B's words against A's most distinctive words (the query),
  divided by A's score against itself (0..1);
* shared citations: the sum of their inverse document frequencies, so that sharing a
  rarely cited interpretation counts more than sharing the Civil Procedure Law;
* shared topics, then categories and contributors;
* recency as a tie-breaker: the closer B's date to A's, the better.

Incremental: the ``related_dirty`` table lists articles whose text changed (triggers
fill it when an article is inserted or a document gets a new revision). ``compute``
extracts those articles, computes their lists, and then recomputes only the other
articles that listed a changed article or that a changed article would now enter.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import math
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reader.model import ENGLISH, Citation, RelatedKind, RelatedLink
from reader.store import citations as _cit

TOP_N = 8
"""Computed related articles kept per article."""
KEYWORDS_KEPT = 30
"""Words kept per article (its most frequent, stop words left out)."""
QUERY_TERMS = 12
"""Of those, the most distinctive ones used to look for neighbours."""
POSTINGS = 60
"""Per word, the articles where it is most frequent that are looked at."""
TERM_POSTINGS = 300
"""Per citation, the most recent articles that are looked at."""
TOPIC_POSTINGS = 100
"""Per topic, the most recent articles that are looked at (those found by words or
citations count their shared topics whatever their age)."""
BATCH = 500
BATCH_SCORED = 64
"""Candidates read at a time while scoring (the early stop leaves most unread)."""
MapFunction = Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]
"""``fn`` applied to each item, results in order: the built-in ``map`` or a pool's."""
DF_CAP = 2000
"""Document frequencies are counted up to this: a word or citation in more articles
than that is common anyway, and counting its every article on each update would cost
more than the update itself."""

# Weights of the signals (tuned on the sample library and the fixture site: see
# bench/README.md, "Related articles").
W_TEXT = 5.0
W_CITATION = 0.5
W_TOPIC = 0.4
W_CATEGORY = 0.2
W_CONTRIBUTOR = 0.3
W_RECENCY = 0.05
K1 = 1.2

_STOP = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "although",
        "among",
        "and",
        "another",
        "any",
        "are",
        "aren't",
        "around",
        "as",
        "at",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "cannot",
        "could",
        "did",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "its",
        "itself",
        "just",
        "least",
        "less",
        "like",
        "made",
        "make",
        "many",
        "may",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "neither",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "often",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "others",
        "otherwise",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "rather",
        "same",
        "shall",
        "she",
        "should",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "thus",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "also",
        "article",
        "articles",
        "new",
        "two",
        "three",
        "four",
        "five",
        "first",
        "second",
        "third",
        "year",
        "years",
        "said",
        "says",
        "say",
        "see",
        "used",
        "use",
        "using",
        "well",
        "way",
        "ways",
        "still",
        "already",
        "much",
        "thing",
        "things",
        "get",
        "got",
        "become",
        "becomes",
        "became",
        "take",
        "takes",
        "took",
        "within",
        "whereas",
        "therefore",
        "hence",
        "whose",
        "xnumx",
        "inside",
        "explained",
        "guide",
        "introduction",
        "overview",
        "look",
        "part",
    ]
)
_TOKEN = re.compile(r"[^\W\d_]{3,30}")
_CJK_START = "\u2e80"


@dataclass
class RelatedReport:
    extracted: int = 0
    """Articles whose citations and words were read again."""
    computed: int = 0
    """Articles whose related list was computed."""
    neighbours: int = 0
    """Of those, unchanged articles recomputed because a changed one concerns them."""
    remaining: int = 0
    """Changed articles left for the next run (with a ``limit``)."""
    seconds: float = 0.0


# ---- extraction --------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)  # a library's vocabulary repeats from article to article
def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def keywords(title: str, text: str, kept: int = KEYWORDS_KEPT) -> list[tuple[str, int]]:
    """The most frequent words of a document (title words count three times), without
    stop words, numbers, CJK runs (segmenting them is the search index's job)."""
    counts: Counter[str] = Counter(_TOKEN.findall(text.lower()))
    for w in _TOKEN.findall(title.lower()):
        counts[w] += 3
    merged: Counter[str] = Counter()
    for w, n in counts.items():
        if w in _STOP or w[0] >= _CJK_START:
            continue
        merged[_stem(w)] += n
    return merged.most_common(kept)


def _documents(conn: sqlite3.Connection, article_id: int) -> list[tuple[str, str, str, str]]:
    return [
        (str(lang), str(title), str(summary), str(text))
        for lang, title, summary, text in conn.execute(
            "SELECT d.lang, d.title, d.summary, t.text FROM document d "
            "JOIN document_text t ON t.document_id = d.id WHERE d.article_id = ? "
            "ORDER BY d.lang <> 'en', d.lang",
            (article_id,),
        )
    ]


Extracted = tuple[list[_cit.CitationMention], list[tuple[str, int]]]
"""An article's citations and its most frequent words."""


def extracted(docs: Sequence[tuple[str, str, str, str]]) -> Extracted:
    """The citations and words of an article's documents (lang, title, summary, text),
    English first. Reads nothing and writes nothing: it can run in another process."""
    if not docs:
        return [], []
    main = docs[0]  # English when held, else the first language
    groups = [_cit.extract(f"{main[1]}\n{main[2]}\n{main[3]}", english=main[0] == ENGLISH)]
    # Translations add the Chinese titles they share with the main text or that name a
    # known law: machine translations also put newspapers and phrases in 《》, and write
    # titles in traditional characters, which would list one law several times.
    known = {c.key for c in groups[0]}
    for _lang, title, summary, text in docs[1:]:
        found = _cit.extract(f"{title}\n{summary}\n{text}", english=False)
        groups.append([c for c in found if c.key in known or c.name in _cit.ENGLISH_NAMES])
    return _cit.merge(groups), keywords(main[1], f"{main[2]}\n{main[3]}")


def _store_extracted(conn: sqlite3.Connection, article_id: int, found: Extracted) -> None:
    conn.execute("DELETE FROM article_citation WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM article_keyword WHERE article_id = ?", (article_id,))
    citations, words = found
    for c in citations:
        cid = _citation_id(conn, c)
        conn.execute(
            "INSERT OR REPLACE INTO article_citation (article_id, citation_id, mentions, provisions) "
            "VALUES (?, ?, ?, ?)",
            (article_id, cid, c.mentions, ",".join(c.provisions)),
        )
    conn.executemany(
        "INSERT INTO article_keyword (article_id, term, tf) VALUES (?, ?, ?)",
        [(article_id, w, n) for w, n in words],
    )


def _citation_id(conn: sqlite3.Connection, c: _cit.CitationMention) -> int:
    """The citation row for a mention: by key, else by the same Chinese title."""
    row = conn.execute(
        "SELECT id, key, native_name FROM citation WHERE key = ?", (c.key,)
    ).fetchone()
    if row is None and c.native_name:
        row = conn.execute(
            "SELECT id, key, native_name FROM citation WHERE native_name = ? LIMIT 1",
            (c.native_name,),
        ).fetchone()
        if row is not None and row[1] == c.native_name and c.key != c.native_name:
            # Known so far by its Chinese title only: it now has an English name.
            conn.execute(
                "UPDATE citation SET key = ?, name = ? WHERE id = ?", (c.key, c.name, row[0])
            )
    if row is None:
        cur = conn.execute(
            "INSERT INTO citation (key, kind, name, native_name) VALUES (?, ?, ?, ?)",
            (c.key, c.kind, c.name, c.native_name),
        )
        return int(cur.lastrowid or 0)
    if c.native_name and not row[2]:
        conn.execute("UPDATE citation SET native_name = ? WHERE id = ?", (c.native_name, row[0]))
    return int(row[0])


# ---- what scoring reads --------------------------------------------------------------


@dataclass
class _Article:
    id: int
    source_id: int
    slug: str
    published: date | None
    topics: frozenset[int]
    categories: frozenset[int]
    contributors: frozenset[int]
    words: dict[str, int] | None = None
    """term -> frequency (None: not read yet, see ``_Library.words``)."""
    citations: dict[int, tuple[str, ...]] | None = None
    """citation id -> provisions (None: not read yet, see ``_Library.cites``)."""


@dataclass
class _Library:
    """Reads what scoring needs, on demand, with caches (or all at once: ``preload``)."""

    conn: sqlite3.Connection
    articles: dict[int, _Article] = field(default_factory=dict)
    term_df: dict[str, int] = field(default_factory=dict)
    word_postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    term_postings: dict[int, list[int]] = field(default_factory=dict)
    cit_postings: dict[int, list[int]] = field(default_factory=dict)
    cit_df: dict[int, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    cit_names: dict[int, tuple[str, str]] = field(default_factory=dict)
    total: int = 0
    all_df: bool = False

    def __post_init__(self) -> None:
        self.total = int(self.conn.execute("SELECT count(*) FROM article").fetchone()[0])

    def preload(self) -> None:
        """Everything but the postings, in a few scans (for a full recompute)."""
        conn = self.conn
        terms: dict[int, dict[str, set[int]]] = {}
        for aid, role, tid in conn.execute("SELECT article_id, role, term_id FROM article_term"):
            terms.setdefault(aid, {}).setdefault(role, set()).add(tid)
        words: dict[int, dict[str, int]] = {}
        for aid, term, tf in conn.execute("SELECT article_id, term, tf FROM article_keyword"):
            words.setdefault(aid, {})[term] = tf
        cits: dict[int, dict[int, tuple[str, ...]]] = {}
        for aid, cid, prov in conn.execute(
            "SELECT article_id, citation_id, provisions FROM article_citation"
        ):
            cits.setdefault(aid, {})[cid] = tuple(p for p in prov.split(",") if p)
        for aid, sid, slug, published in conn.execute(
            "SELECT id, source_id, slug, published FROM article"
        ):
            t = terms.get(aid, {})
            self.articles[aid] = _Article(
                aid,
                sid,
                slug,
                date.fromisoformat(published) if published else None,
                frozenset(t.get("topic", ())),
                frozenset(t.get("category", ())),
                frozenset(t.get("contributor", ())),
                words.get(aid, {}),
                cits.get(aid, {}),
            )
        df: Counter[str] = Counter()
        for w in words.values():
            df.update(w.keys())
        self.term_df = {t: min(n, DF_CAP) for t, n in df.items()}
        self.all_df = True
        for cid, n in conn.execute(
            "SELECT citation_id, count(*) FROM article_citation GROUP BY citation_id"
        ):
            self.cit_df[cid] = min(n, DF_CAP)

    def article(self, aid: int) -> _Article | None:
        if aid not in self.articles:
            self.load_many([aid])
        return self.articles.get(aid)

    def load_many(self, ids: Iterable[int]) -> None:
        """Date, source and taxonomy of many articles in a few queries (their words and
        citations are read when a reason needs them)."""
        missing = [i for i in ids if i not in self.articles]
        for start in range(0, len(missing), BATCH):
            chunk = missing[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            roles: dict[int, dict[str, set[int]]] = {}
            for aid, role, tid in self.conn.execute(
                f"SELECT article_id, role, term_id FROM article_term WHERE article_id IN ({marks})",
                chunk,
            ):
                roles.setdefault(aid, {}).setdefault(role, set()).add(tid)
            for aid, sid, slug, published in self.conn.execute(
                f"SELECT id, source_id, slug, published FROM article WHERE id IN ({marks})", chunk
            ):
                r = roles.get(aid, {})
                self.articles[aid] = _Article(
                    int(aid),
                    int(sid),
                    str(slug),
                    date.fromisoformat(published) if published else None,
                    frozenset(r.get("topic", ())),
                    frozenset(r.get("category", ())),
                    frozenset(r.get("contributor", ())),
                )

    def words(self, a: _Article) -> dict[str, int]:
        if a.words is None:
            a.words = {
                str(t): int(n)
                for t, n in self.conn.execute(
                    "SELECT term, tf FROM article_keyword WHERE article_id = ?", (a.id,)
                )
            }
        return a.words

    def cites(self, a: _Article) -> dict[int, tuple[str, ...]]:
        if a.citations is None:
            a.citations = {
                int(c): tuple(x for x in str(p).split(",") if x)
                for c, p in self.conn.execute(
                    "SELECT citation_id, provisions FROM article_citation WHERE article_id = ?",
                    (a.id,),
                )
            }
        return a.citations

    def df(self, term: str) -> int:
        if term not in self.term_df:
            if self.all_df:
                return 0
            self.term_df[term] = int(
                self.conn.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM article_keyword WHERE term = ? LIMIT ?)",
                    (term, DF_CAP),
                ).fetchone()[0]
            )
        return self.term_df[term]

    def idf(self, term: str) -> float:
        n = self.df(term)
        return math.log(1 + (self.total - n + 0.5) / (n + 0.5))

    def citation_idf(self, cid: int) -> float:
        if cid not in self.cit_df:
            self.cit_df[cid] = int(
                self.conn.execute(
                    "SELECT count(*) FROM "
                    "(SELECT 1 FROM article_citation WHERE citation_id = ? LIMIT ?)",
                    (cid, DF_CAP),
                ).fetchone()[0]
            )
        n = self.cit_df[cid]
        return math.log(1 + (self.total - n + 0.5) / (n + 0.5))

    def words_of(self, term: str) -> list[tuple[int, float]]:
        """(article, saturated frequency) of the articles where ``term`` is most frequent."""
        found = self.word_postings.get(term)
        if found is None:
            found = self.word_postings[term] = [
                (int(a), _saturate(int(n)))
                for a, n in self.conn.execute(
                    "SELECT article_id, tf FROM article_keyword WHERE term = ? "
                    "ORDER BY tf DESC LIMIT ?",
                    (term, POSTINGS),
                )
            ]
        return found

    def with_term(self, tid: int) -> list[int]:
        found = self.term_postings.get(tid)
        if found is None:
            found = self.term_postings[tid] = [
                int(r[0])
                for r in self.conn.execute(
                    "SELECT article_id FROM article_term WHERE term_id = ? AND role <> 'editor' "
                    "ORDER BY article_id DESC LIMIT ?",
                    (tid, TOPIC_POSTINGS),
                )
            ]
        return found

    def citing(self, cid: int) -> list[int]:
        found = self.cit_postings.get(cid)
        if found is None:
            found = self.cit_postings[cid] = [
                int(r[0])
                for r in self.conn.execute(
                    "SELECT article_id FROM article_citation WHERE citation_id = ? "
                    "ORDER BY article_id DESC LIMIT ?",
                    (cid, TERM_POSTINGS),
                )
            ]
        return found

    def nearest_in_time(self, a: _Article, n: int) -> list[int]:
        """The articles of ``a``'s source published closest to it."""
        day = a.published.isoformat() if a.published else "9999-12-31"
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM article WHERE source_id = ? AND id <> ? "
                "ORDER BY abs(julianday(coalesce(published, '1970-01-01')) - julianday(?)) "
                "LIMIT ?",
                (a.source_id, a.id, day, n),
            )
        ]

    def term_name(self, tid: int) -> str:
        if tid not in self.names:
            row = self.conn.execute("SELECT name FROM term WHERE id = ?", (tid,)).fetchone()
            self.names[tid] = str(row[0]) if row else ""
        return self.names[tid]

    def citation(self, cid: int) -> tuple[str, str]:
        if cid not in self.cit_names:
            row = self.conn.execute(
                "SELECT kind, name FROM citation WHERE id = ?", (cid,)
            ).fetchone()
            self.cit_names[cid] = (str(row[0]), str(row[1])) if row else ("", "")
        return self.cit_names[cid]


# ---- scoring -----------------------------------------------------------------------


def _saturate(tf: int) -> float:
    return tf * (K1 + 1) / (tf + K1)


@dataclass
class _Query:
    """What scoring against ``a`` needs, computed once per article."""

    a: _Article
    weighted: list[tuple[float, str]]
    self_score: float
    cit_idf: dict[int, float]


def _query(lib: _Library, a: _Article) -> _Query:
    a_words = lib.words(a)
    # A word no other article has finds nothing: the query is the most distinctive of
    # the words A shares with at least one other article.
    weighted = sorted(
        ((lib.idf(t) * _saturate(n), t) for t, n in a_words.items() if lib.df(t) > 1),
        reverse=True,
    )[:QUERY_TERMS]
    self_score = sum(w * _saturate(a_words[t]) for w, t in weighted) or 1.0
    cit_idf = {cid: lib.citation_idf(cid) for cid in lib.cites(a)}
    return _Query(a, weighted, self_score, cit_idf)


def _at_most_besides(a: _Article) -> float:
    """The most the signals other than text and citations can add to a score for A."""
    most = W_TOPIC * len(a.topics) + W_CONTRIBUTOR * len(a.contributors) + W_RECENCY
    return most + (W_CATEGORY * len(a.categories) if W_CATEGORY else 0.0)


def _combine(
    lib: _Library, q: _Query, b: _Article, text: float, cites: float
) -> tuple[float, int, float, float, int]:
    """(score, day, text part, citation part, shared topics) of B for A."""
    a = q.a
    t_part = W_TEXT * text / q.self_score
    c_part = W_CITATION * min(cites / (math.log(1 + lib.total) or 1.0), 3.0)
    topics = len(a.topics & b.topics) if a.topics else 0
    score = t_part + c_part + W_TOPIC * topics
    if W_CATEGORY and a.categories:
        score += W_CATEGORY * len(a.categories & b.categories)
    if a.contributors:
        score += W_CONTRIBUTOR * len(a.contributors & b.contributors)
    day = b.published.toordinal() if b.published else 0
    if a.published and b.published:
        score += W_RECENCY / (1 + abs(a.published.toordinal() - day) / 365)
    return score, day, t_part, c_part, topics


def candidates_of(lib: _Library, q: _Query) -> tuple[set[int], dict[int, float], dict[int, float]]:
    """The articles worth scoring for ``q.a``, with their text and citation matches."""
    a = q.a
    # Text: A's most distinctive words as a BM25 query over the others' words.
    text: dict[int, float] = {}
    for w, t in q.weighted:
        for bid, saturated in lib.words_of(t):
            text[bid] = text.get(bid, 0.0) + w * saturated
    # Citations: rarer ones weigh more.
    cites: dict[int, float] = {}
    for cid, idf in q.cit_idf.items():
        for bid in lib.citing(cid):
            cites[bid] = cites.get(bid, 0.0) + idf
    candidates = set(text) | set(cites)
    for tid in a.topics:
        candidates.update(lib.with_term(tid))
    candidates.discard(a.id)
    if len(candidates) < TOP_N:
        # Little in common with anything: the same category, then the nearest in time.
        for tid in a.categories:
            candidates.update(lib.with_term(tid))
        if len(candidates) < TOP_N + 1:
            candidates.update(lib.nearest_in_time(a, TOP_N + 1))
        candidates.discard(a.id)
    return candidates, text, cites


def score_article(lib: _Library, a: _Article) -> list[tuple[float, int, str]]:
    """(score, article id, reason) of the best candidates for ``a``, best first."""
    q = _query(lib, a)
    candidates, text, cites = candidates_of(lib, q)
    # Candidates in order of their text and citation parts; the other signals add at
    # most ``besides``. Once a candidate could not reach the KEPT-th best score even
    # with all of them, neither can any after it: scoring stops there (exactly the
    # list scoring them all would give; a feed whose every item shares one topic and
    # author has hundreds of candidates per article).
    kept = TOP_N * 2
    besides = _at_most_besides(a) + 1e-6  # (the margin covers rounding in the sums)
    # ``first``: _combine's text and citation parts, with the divisions done once.
    first = dict.fromkeys(candidates, 0.0)
    per_text = W_TEXT / q.self_score
    for bid, found in text.items():
        if bid in first:
            first[bid] = found * per_text
    per_citation = 1.0 / (math.log(1 + lib.total) or 1.0)
    for bid, found in cites.items():
        if bid in first:
            first[bid] += W_CITATION * min(found * per_citation, 3.0)
    order = sorted(candidates, key=first.__getitem__, reverse=True)
    ranked: list[tuple[float, int, int, float, float, int]] = []
    best: list[float] = []  # the KEPT best scores so far, lowest first
    for i, bid in enumerate(order):
        if len(best) == kept and first[bid] + besides < best[0]:
            break
        if i % BATCH_SCORED == 0:  # read the candidates about to be scored, not all
            lib.load_many(order[i : i + BATCH_SCORED])
        b = lib.article(bid)
        if b is None or b.source_id != a.source_id:
            continue
        score, day, t_part, c_part, topics = _combine(
            lib, q, b, text.get(bid, 0.0), cites.get(bid, 0.0)
        )
        ranked.append((score, day, bid, t_part, c_part, topics))
        if len(best) < kept:
            heapq.heappush(best, score)
        elif score > best[0]:
            heapq.heapreplace(best, score)
    # Best first; on equal scores the newer article.
    ranked.sort(key=lambda x: (-x[0], -x[1], x[2]))
    out = []
    for score, _day, bid, t_part, c_part, topics in ranked[:kept]:
        parts = _parts(t_part, c_part, topics)
        out.append((score, bid, _reason(lib, a, lib.articles[bid], parts, q.weighted, q.cit_idf)))
    return out


def _parts(t_part: float, c_part: float, topics: int) -> list[tuple[float, str]]:
    return [(c_part, "citation"), (W_TOPIC * topics, "topic"), (t_part, "text")]


def score_pair(lib: _Library, q: _Query, b: _Article) -> tuple[float, int, str]:
    """(score, day, reason) of one candidate B for ``q.a``, as ``score_article`` would
    score it (B's word frequencies are read directly rather than from the postings)."""
    b_words = lib.words(b)
    text = sum(w * _saturate(b_words[t]) for w, t in q.weighted if t in b_words)
    b_cites = lib.cites(b)
    cites = sum(idf for cid, idf in q.cit_idf.items() if cid in b_cites)
    score, day, t_part, c_part, topics = _combine(lib, q, b, text, cites)
    reason = _reason(lib, q.a, b, _parts(t_part, c_part, topics), q.weighted, q.cit_idf)
    return score, day, reason


def merge_into(lib: _Library, conn: sqlite3.Connection, aid: int, changed: set[int]) -> None:
    """Update an unchanged article's stored list for a few changed articles only: each
    is scored against it and put in its place (or dropped); the rest stays as stored."""
    a = lib.article(aid)
    if a is None:
        return
    kept: dict[int, tuple[float, int, str]] = {}
    for tid, score, reason, published in conn.execute(
        """SELECT t.id, r.score, r.reason, t.published FROM related r
           JOIN article t ON t.source_id = ? AND t.slug = r.target_slug
           WHERE r.article_id = ? AND r.kind = 'computed'""",
        (a.source_id, aid),
    ):
        day = date.fromisoformat(published).toordinal() if published else 0
        kept[int(tid)] = (float(score), day, str(reason))
    q = _query(lib, a)
    lib.load_many(changed)
    for bid in changed:
        b = lib.article(bid)
        kept.pop(bid, None)
        if b is not None and b.source_id == a.source_id and bid != aid:
            kept[bid] = score_pair(lib, q, b)
    ranked = sorted(kept.items(), key=lambda x: (-x[1][0], -x[1][1], x[0]))
    lib.load_many(k for k, _ in ranked[:TOP_N])
    _store_list(conn, lib, aid, [(v[0], k, v[2]) for k, v in ranked])


def _reason(
    lib: _Library,
    a: _Article,
    b: _Article,
    parts: list[tuple[float, str]],
    weighted: list[tuple[float, str]],
    cit_idf: dict[int, float],
) -> str:
    """One or two signals in words: a shared citation first (what a lawyer looks
    for), then the stronger of shared topic and similar wording."""
    out: list[str] = []
    order = sorted(parts, key=lambda p: (p[1] != "citation", -p[0]))
    for weight, what in order:
        if weight <= 0 or len(out) == 2:
            continue
        if what == "citation":
            a_cites, b_cites = lib.cites(a), lib.cites(b)
            shared = [cid for cid in a_cites if cid in b_cites]
            if not shared:
                continue
            cid = max(shared, key=lambda x: (cit_idf.get(x, 0.0), -x))
            kind, name = lib.citation(cid)
            provs = set(a_cites.get(cid, ())) & set(b_cites.get(cid, ()))
            out.append("cites " + _cit.label(kind, name, sorted(provs, key=int)[:1]))
        elif what == "topic":
            tid = min(a.topics & b.topics, key=lambda t: lib.term_name(t))
            out.append(f"same topic: {lib.term_name(tid)}")
        elif what == "text" and weight >= 0.3:
            b_words = lib.words(b)
            words = [t for w, t in weighted if t in b_words][:3]
            out.append("similar wording: " + ", ".join(words))
    shared_cats = a.categories & b.categories
    if not out and shared_cats:
        out.append(f"same category: {lib.term_name(min(shared_cats))}")
    if not out:
        out.append("published around the same time")
    return "; ".join(out)


def _store_list(
    conn: sqlite3.Connection, lib: _Library, aid: int, scored: list[tuple[float, int, str]]
) -> None:
    conn.execute("DELETE FROM related WHERE article_id = ? AND kind = 'computed'", (aid,))
    conn.executemany(
        "INSERT OR REPLACE INTO related (article_id, kind, target_slug, position, reason, score) "
        "VALUES (?, 'computed', ?, ?, ?, ?)",
        [
            (aid, lib.articles[bid].slug, pos, reason, round(score, 4))
            for pos, (score, bid, reason) in enumerate(scored[:TOP_N])
        ],
    )


# ---- the whole update ----------------------------------------------------------------


def compute(
    conn: sqlite3.Connection,
    transaction: Callable[[], contextlib.AbstractContextManager[object]],
    *,
    full: bool = False,
    limit: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    map_: MapFunction | None = None,
) -> RelatedReport:
    """Bring citations and computed related lists up to date (see the module text).

    ``transaction`` opens a store transaction (a context manager); work is committed in
    batches so that an interrupted run keeps what it finished and leaves the rest dirty.
    With ``limit``, at most that many changed articles are handled (the app works in
    slices so that other writes are not held up); ``remaining`` says how many are left.
    ``map_`` runs the extraction of many articles (like the built-in ``map``; a caller
    with worker processes passes theirs).
    """
    t0 = time.monotonic()
    report = RelatedReport()
    if full:
        with transaction():
            conn.execute("INSERT OR IGNORE INTO related_dirty (article_id) SELECT id FROM article")
    dirty = [int(r[0]) for r in conn.execute("SELECT article_id FROM related_dirty ORDER BY 1")]
    # Articles still waiting (this run's and later slices'): never worth redoing early.
    waiting = set(dirty)
    if limit is not None and len(dirty) > limit:
        report.remaining = len(dirty) - limit
        dirty = dirty[:limit]
    if not dirty:
        return report
    # Who lists a changed article now (its reason or score may change).
    listed_by: dict[int, set[int]] = {}
    if not full:
        for start in range(0, len(dirty), BATCH):
            chunk = dirty[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            targets = conn.execute(
                f"SELECT id, source_id, slug FROM article WHERE id IN ({marks})", chunk
            ).fetchall()
            for tid, sid, slug in targets:
                # Seeks in related(kind, target_slug): never a scan of every list.
                for (aid,) in conn.execute(
                    "SELECT r.article_id FROM related r JOIN article a ON a.id = r.article_id "
                    "WHERE r.kind = 'computed' AND r.target_slug = ? AND a.source_id = ?",
                    (slug, sid),
                ):
                    if aid not in waiting:
                        listed_by.setdefault(int(aid), set()).add(int(tid))
    # 1. Extraction: each article's citations and words, found again from its stored
    # text (``map_`` may spread the finding over processes; reading and writing the
    # library stay here).
    each: MapFunction = map_ or map
    for start in range(0, len(dirty), BATCH):
        chunk = dirty[start : start + BATCH]
        results = list(each(extracted, [_documents(conn, aid) for aid in chunk]))
        with transaction():
            for aid, result in zip(chunk, results, strict=True):
                _store_extracted(conn, aid, result)
        report.extracted += len(chunk)
        if progress:
            progress("extract", report.extracted, len(dirty))
    with transaction():
        conn.execute(
            "DELETE FROM citation WHERE id NOT IN (SELECT citation_id FROM article_citation)"
        )
    # 2. Scoring.
    lib = _Library(conn)
    if full or len(dirty) > 2000:
        lib.preload()
    todo = list(dirty)
    entering: dict[int, set[int]] = {}
    done = 0
    for start in range(0, len(todo), BATCH):
        chunk = todo[start : start + BATCH]
        with transaction():
            for aid in chunk:
                a = lib.article(aid)
                if a is None:
                    continue
                scored = score_article(lib, a)
                _store_list(conn, lib, aid, scored)
                if not full:
                    for bid in _would_enter(conn, lib, a, scored, waiting):
                        entering.setdefault(bid, set()).add(aid)
            conn.executemany(
                "DELETE FROM related_dirty WHERE article_id = ?", [(aid,) for aid in chunk]
            )
        done += len(chunk)
        if progress:
            progress("score", done, len(todo))
    report.computed = done
    # 3. Unchanged articles that a changed article concerns: only the changed ones are
    # scored against them and merged into their stored lists.
    touched: dict[int, set[int]] = {}
    for found in (listed_by, entering):
        for aid, changed in found.items():
            if aid not in waiting:
                touched.setdefault(aid, set()).update(changed)
    others = sorted(touched)
    for start in range(0, len(others), BATCH):
        with transaction():
            for aid in others[start : start + BATCH]:
                merge_into(lib, conn, aid, touched[aid])
    report.neighbours = len(others)
    report.computed += len(others)
    report.seconds = time.monotonic() - t0
    return report


def _would_enter(
    conn: sqlite3.Connection,
    lib: _Library,
    a: _Article,
    scored: list[tuple[float, int, str]],
    dirty: set[int],
) -> list[int]:
    """Unchanged neighbours of ``a`` whose lists ``a`` would now enter (the score is
    nearly symmetric: a neighbour's weakest kept score is the bar)."""
    out = []
    for score, bid, _reason in scored:
        if bid in dirty:
            continue
        rows = conn.execute(
            "SELECT count(*), min(score) FROM related WHERE article_id = ? AND kind = 'computed'",
            (bid,),
        ).fetchone()
        if int(rows[0]) < TOP_N or score > float(rows[1] or 0):
            out.append(bid)
    return out


def pending(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM related_dirty").fetchone()[0])


# ---- reading -------------------------------------------------------------------------


def related_links(
    conn: sqlite3.Connection, article_id: int, lang: str, kind: RelatedKind | None = None
) -> list[RelatedLink]:
    """Site-given then computed links; a held target is named by its version in
    ``lang`` when held, else English, else any held language."""
    rows = conn.execute(
        """SELECT r.kind, r.target_slug, r.title, r.teaser, r.reason, r.score, t.id, t.published
           FROM related r JOIN article a ON a.id = r.article_id
           LEFT JOIN article t ON t.source_id = a.source_id AND t.slug = r.target_slug
           WHERE r.article_id = ? AND (? IS NULL OR r.kind = ?)
           ORDER BY r.kind = 'computed', r.position""",
        (article_id, kind, kind),
    ).fetchall()
    out: list[RelatedLink] = []
    for k, slug, title, teaser, reason, score, tid, published in rows:
        held_title, held_lang = None, ""
        if tid is not None:
            doc = conn.execute(
                "SELECT title, lang FROM document WHERE article_id = ? "
                "ORDER BY lang <> ?, lang <> 'en', lang LIMIT 1",
                (tid, lang),
            ).fetchone()
            if doc is not None:
                held_title, held_lang = str(doc[0]), str(doc[1])
        out.append(
            RelatedLink(
                slug=str(slug),
                title=held_title or str(title) or str(slug),
                teaser=str(teaser),
                kind=RelatedKind(k),
                reason=str(reason),
                held=held_title is not None,
                published=date.fromisoformat(published) if published else None,
                lang=held_lang,
                score=float(score),
            )
        )
    return out


def citations(
    conn: sqlite3.Connection, source_id: int | None = None, kinds: Sequence[str] = ()
) -> list[Citation]:
    """Every cited law or case with the number of articles citing it, most cited first."""
    where = ["1"]
    args: list[object] = []
    if source_id is not None:
        where.append("a.source_id = ?")
        args.append(source_id)
    if kinds:
        where.append(f"c.kind IN ({','.join('?' * len(kinds))})")
        args += list(kinds)
    rows = conn.execute(
        f"""SELECT c.key, c.kind, c.name, c.native_name, count(DISTINCT ac.article_id)
            FROM citation c JOIN article_citation ac ON ac.citation_id = c.id
            JOIN article a ON a.id = ac.article_id
            WHERE {" AND ".join(where)}
            GROUP BY c.id ORDER BY count(DISTINCT ac.article_id) DESC, c.name COLLATE NOCASE""",
        args,
    )
    return [Citation(str(k), str(kd), str(n), str(nn), int(cnt)) for k, kd, n, nn, cnt in rows]


def article_citations(
    conn: sqlite3.Connection, article_id: int
) -> list[tuple[Citation, tuple[str, ...]]]:
    """One article's citations with the provisions it names, most mentioned first."""
    rows = conn.execute(
        """SELECT c.key, c.kind, c.name, c.native_name, ac.provisions FROM article_citation ac
           JOIN citation c ON c.id = ac.citation_id WHERE ac.article_id = ?
           ORDER BY ac.mentions DESC, c.name""",
        (article_id,),
    )
    return [
        (Citation(str(k), str(kd), str(n), str(nn)), tuple(x for x in str(p).split(",") if x))
        for k, kd, n, nn, p in rows
    ]
