"""Computed related articles and the citation index, on the sample library and on
small libraries written for the test."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reader.model import RelatedKind, RelatedLink, SearchFilter
from reader.store import Store, related
from reader.sync.work import WorkerPool
from tests.conftest import make_article

CPL = "civil-procedure-law-2023-foreign-related-amendments"


def computed(store: Store, slug: str, lang: str = "en") -> list[RelatedLink]:
    return store.related(slug, lang, kind=RelatedKind.COMPUTED)


def test_every_sample_article_has_computed_related_with_reasons(sample_store: Store) -> None:
    assert sample_store.related_pending() == 0  # the import computed them
    for s in sample_store.list_articles():
        links = computed(sample_store, s.slug)
        assert len(links) >= 5, s.slug
        assert s.slug not in {x.slug for x in links}
        assert all(x.reason and x.held and x.published for x in links), s.slug
        scores = [x.score for x in links]
        assert scores == sorted(scores, reverse=True)


def test_sample_neighbours_are_sensible(sample_store: Store) -> None:
    cpl = computed(sample_store, CPL)
    top = {x.slug for x in cpl[:5]}
    # The site's own picks for this article that share its statute and topic.
    assert {
        "supreme-court-embraces-presumed-reciprocity",
        "serving-process-on-chinese-defendants",
    } <= top
    reasons = {x.slug: x.reason for x in cpl}
    assert "cites the Civil Procedure Law" in reasons["supreme-court-embraces-presumed-reciprocity"]
    quota = computed(sample_store, "judge-quota-system-explained")
    assert any("same topic: How Chinese Courts Work" in x.reason for x in quota[:5])
    judges = next(x for x in quota if x.slug == "china-international-commercial-court")
    assert "cites the Judges Law" in judges.reason


def test_both_kinds_and_language_of_targets(sample_store: Store) -> None:
    links = sample_store.related(CPL, "zh-cn")
    kinds = [x.kind for x in links]
    assert kinds.index(RelatedKind.COMPUTED) > 0
    assert set(kinds[: kinds.index(RelatedKind.COMPUTED)]) == {RelatedKind.SITE}
    for x in links:
        held = sample_store.languages(x.slug)[0]
        # The target's Chinese version is named when held, English otherwise.
        assert x.lang == ("zh-cn" if "zh-cn" in held else "en"), x.slug
        assert x.title == sample_store.document(x.slug, x.lang).summary.title


def test_citation_index_and_filter(sample_store: Store) -> None:
    index = {c.key: c for c in sample_store.citations()}
    cpl = index["civil procedure law"]
    assert (cpl.kind, cpl.name, cpl.native_name) == ("law", "Civil Procedure Law", "民事诉讼法")
    citing = {s.slug for s in sample_store.citing_articles("civil procedure law")}
    assert len(citing) == cpl.articles >= 8
    assert {CPL, "serving-process-on-chinese-defendants"} <= citing
    assert "(2019)京0105民初12345号" in index
    assert index["judges law"].articles == 2
    flt = SearchFilter(citation="judges law")
    assert sample_store.count(flt) == 2
    assert {s.slug for s in sample_store.list_articles(flt)} == {
        "china-international-commercial-court",
        "judge-quota-system-explained",
    }
    own = {
        c.key: p
        for c, p in sample_store.article_citations("collecting-debts-from-chinese-companies")
    }
    assert own["civil procedure law"] == ("103", "246", "289")


BODY = "<p>{text}</p>"


def _article(slug: str, text: str, topics: tuple[str, ...] = (), day: int = 1):  # type: ignore[no-untyped-def]
    return make_article(
        slug,
        {"en": (slug.replace("-", " ").title(), BODY.format(text=text))},
        published=date(2024, 1, day),
        topics=topics,
    )


def _dirty(store: Store) -> set[int]:
    conn: sqlite3.Connection = store._read()
    return {int(r[0]) for r in conn.execute("SELECT article_id FROM related_dirty")}


def _lists(store: Store) -> dict[str, list[tuple[str, str, float]]]:
    conn: sqlite3.Connection = store._read()
    out: dict[str, list[tuple[str, str, float]]] = {}
    for slug, target, reason, score in conn.execute(
        "SELECT a.slug, r.target_slug, r.reason, r.score FROM related r "
        "JOIN article a ON a.id = r.article_id WHERE r.kind = 'computed' ORDER BY a.slug, r.position"
    ):
        out.setdefault(slug, []).append((target, reason, score))
    return out


TOPICS = [
    ("Apostille certificates replace consular legalisation for public documents.", ("apostille",)),
    ("Arbitral awards and the arbitration commission, arbitrators and seats.", ("arbitration",)),
    ("Enforcement judges freeze bank accounts of judgment debtors.", ("enforcement",)),
]


def test_incremental_update_touches_only_what_changed(store: Store, source_id: int) -> None:
    with store.transaction():
        for i in range(18):
            text, topics = TOPICS[i % 3]
            store.write_article(
                source_id, _article(f"old-{i:02d}", f"{text} Item {i}.", topics, 1 + i)
            )
    first = store.compute_related()
    assert (first.extracted, first.computed) == (18, 18)
    assert _dirty(store) == set()
    before = _lists(store)
    # Nothing changed: nothing is computed.
    assert store.compute_related().computed == 0
    # A re-sync with the same content marks nothing.
    store.write_article(
        source_id, _article("old-05", f"{TOPICS[2][0]} Item 5.", ("enforcement",), 6)
    )
    assert _dirty(store) == set()
    # One new article on apostilles, citing a law none of the others cites.
    text = f"{TOPICS[0][0]} Item 18. The Foreign State Immunity Law applies as well."
    store.write_article(source_id, _article("new-apostille", text, ("apostille",), 19))
    assert len(_dirty(store)) == 1
    report = store.compute_related()
    assert report.extracted == 1
    assert report.computed == 1 + report.neighbours < 19
    after = _lists(store)
    assert after["new-apostille"][0][1].startswith("similar wording: ")
    changed = {slug for slug in before if after[slug] != before[slug]}
    # Every apostille article now lists the new one; every list that changed did so
    # because of it; the others were left exactly as they were.
    apostille = {f"old-{i:02d}" for i in range(0, 18, 3)}
    assert apostille <= changed
    for slug in changed:
        assert "new-apostille" in {t for t, _, _ in after[slug]}, slug
    assert len(changed) <= report.neighbours
    assert "Foreign State Immunity Law" in {c.name for c in store.citations()}


def test_edited_article_is_recomputed_and_removed_one_dropped(store: Store, source_id: int) -> None:
    for i in range(6):
        text, topics = TOPICS[i % 2]
        store.write_article(source_id, _article(f"a-{i}", text, topics, 1 + i))
    store.compute_related()
    # a-0 is rewritten about enforcement: its list follows.
    store.write_article(source_id, _article("a-0", TOPICS[2][0], ("enforcement",), 1))
    assert len(_dirty(store)) == 1
    report = store.compute_related()
    assert report.extracted == 1
    reasons = [x.reason for x in computed(store, "a-0")]
    assert not any("same topic: Apostille" in r for r in reasons)


def test_full_recompute_and_slices(sample_store: Store) -> None:
    before = _lists(sample_store)
    report = sample_store.compute_related(full=True, limit=10)
    assert report.remaining == 14
    assert sample_store.related_pending() == 14
    while sample_store.related_pending():
        sample_store.compute_related(limit=10)
    assert _lists(sample_store) == before


@pytest.mark.parametrize("kind", [RelatedKind.SITE, RelatedKind.COMPUTED])
def test_not_held_site_links_and_kinds(sample_store: Store, kind: RelatedKind) -> None:
    links = sample_store.related(CPL, "en", kind=kind)
    assert links and {x.kind for x in links} == {kind}


def test_incremental_lists_match_a_full_recompute(store: Store, source_id: int) -> None:
    for i in range(18):
        text, topics = TOPICS[i % 3]
        store.write_article(source_id, _article(f"old-{i:02d}", f"{text} Item {i}.", topics, 1 + i))
    store.compute_related()
    for i, (text, topics) in enumerate(TOPICS):
        store.write_article(
            source_id, _article(f"new-{i}", f"{text} Item {18 + i}. Also new.", topics, 20 + i)
        )
    report = store.compute_related()
    assert report.extracted == 3 and report.computed == 3 + report.neighbours
    incremental = {k: [t for t, _, _ in v] for k, v in _lists(store).items()}
    store.compute_related(full=True)
    full = {k: [t for t, _, _ in v] for k, v in _lists(store).items()}
    assert incremental == full


def _every_candidate_scored(lib: related._Library, a: related._Article) -> list[tuple[float, int]]:
    """score_article's ranking without its early stop: every candidate scored."""
    q = related._query(lib, a)
    candidates, text, cites = related.candidates_of(lib, q)
    ranked = []
    for bid in candidates:
        b = lib.article(bid)
        assert b is not None
        score, day, *_ = related._combine(lib, q, b, text.get(bid, 0.0), cites.get(bid, 0.0))
        ranked.append((score, day, bid))
    ranked.sort(key=lambda x: (-x[0], -x[1], x[2]))
    return [(score, bid) for score, _day, bid in ranked[: related.TOP_N * 2]]


def test_scoring_stops_early_without_changing_the_lists(store: Store, source_id: int) -> None:
    # A feed's shape: every article shares one topic and one author, and much wording,
    # so each has hundreds of candidates and the early stop has work to skip.
    words = [
        "arbitration",
        "award",
        "court",
        "enforcement",
        "treaty",
        "judgment",
        "appeal",
        "contract",
    ]
    for i in range(150):
        body = " ".join(words[(i * k) % len(words)] for k in range(1, 40 + i % 13))
        rec = make_article(
            f"post-{i}",
            {"en": (f"Note {i} on {words[i % len(words)]}", f"<p>{body} Civil Procedure Law</p>")},
            published=date(2024, 1, 1 + i % 28),
            topics=("courts",),
        )
        store.write_article(source_id, replace(rec, contributors=("one-author",)))
    store.compute_related()
    lib = related._Library(store._conn)
    lib.preload()
    for aid in list(lib.articles)[:60]:
        a = lib.articles[aid]
        got = [(score, bid) for score, bid, _reason in related.score_article(lib, a)]
        assert got == _every_candidate_scored(lib, a)


def test_extraction_in_worker_processes_gives_the_same_library(tmp_path: Path) -> None:
    words = ["arbitration", "award", "court", "enforcement", "treaty", "judgment"]
    records = [
        make_article(
            f"a{i}",
            {
                "en": (f"Note {i}", f"<p>{' '.join(words[: 2 + i % 5])} Civil Procedure Law</p>"),
                "zh-cn": (f"笔记 {i}", "<p>《中华人民共和国民事诉讼法》第二百七十条</p>"),
            },
            topics=("courts",),
        )
        for i in range(60)
    ]
    tables = "SELECT * FROM article_keyword ORDER BY 1, 2", "SELECT * FROM related ORDER BY 1, 2, 3"
    found = []
    for name, workers in (("inline", 0), ("workers", 2)):
        with Store.open(tmp_path / f"{name}.sqlite") as store:
            sid = store.add_source("s", "feed", "key").id
            with store.transaction():
                store.write_new_articles(sid, records)
            with WorkerPool(workers) as pool:
                each = pool.each if workers else None
                report = store.compute_related(map_=each)
                assert report.extracted == 60 and pool.processes == workers
            rows = [store._conn.execute(sql).fetchall() for sql in tables]
            rows.append(
                store._conn.execute(
                    "SELECT a.slug, c.key, x.mentions, x.provisions FROM article_citation x "
                    "JOIN article a ON a.id = x.article_id JOIN citation c ON c.id = x.citation_id "
                    "ORDER BY 1, 2"
                ).fetchall()
            )
            found.append(rows)
    assert found[0] == found[1]
    assert found[0][0] and found[0][1] and found[0][2]  # words, lists and citations
