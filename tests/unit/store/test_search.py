from datetime import date

import pytest

from reader.model import SearchFilter
from reader.store import Store
from tests.conftest import make_article

CORPUS = {
    "court-en": {
        "en": (
            "Supreme Court rules on arbitration",
            "<p>The Supreme People's Court "
            "ruled that the arbitration agreement was valid. Café owners rejoiced.</p>",
        )
    },
    "court-zh": {"zh-cn": ("最高人民法院的裁定", "<p>最高人民法院认定仲裁协议有效。</p>")},
    "court-ja": {"ja": ("最高裁判所の判断", "<p>裁判所は仲裁合意を有効と判断した。</p>")},
    "court-th": {"th": ("ศาลฎีกาตัดสิน", "<p>ศาลฎีกาตัดสินว่าสัญญาอนุญาโตตุลาการมีผลใช้บังคับ</p>")},
    "court-ar": {"ar": ("المحكمة العليا", "<p>قضت المحكمة الشعبية العليا بصحة اتفاق التحكيم.</p>")},
    "court-ru": {
        "ru": ("Верховный суд", "<p>Верховный народный суд признал арбитражное соглашение.</p>")
    },
    "other": {"en": ("Company chops", "<p>A company seal binds the company.</p>")},
}


@pytest.fixture
def corpus(store: Store, source_id: int) -> Store:
    for i, (slug, docs) in enumerate(CORPUS.items()):
        store.write_article(source_id, make_article(slug, docs, published=date(2024, 1, 1 + i)))
    return store


def slugs(store: Store, query: str, **flt: object) -> list[str]:
    return [h.slug for h in store.search(query, SearchFilter(**flt))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("法院", "court-zh"),  # two Chinese characters
        ("仲裁", "court-zh"),
        ("人民法院", "court-zh"),  # longer word: a phrase of bigrams
        ("裁判所", "court-ja"),  # Japanese
        ("ศาลฎีกา", "court-th"),  # Thai
        ("المحكمة", "court-ar"),  # Arabic without diacritics
        ("المَحْكَمَة", "court-ar"),  # Arabic with diacritics
        ("суд", "court-ru"),
        ("CAFE", "court-en"),  # case and accent insensitive
        ("arbitra*", "court-en"),  # prefix
        ('"arbitration agreement"', "court-en"),  # phrase
    ],
)
def test_finds_every_script(corpus: Store, query: str, expected: str) -> None:
    assert expected in slugs(corpus, query)


def test_phrase_requires_adjacency(corpus: Store) -> None:
    assert slugs(corpus, '"agreement arbitration"') == []


def test_unrelated_documents_are_not_found(corpus: Store) -> None:
    assert "other" not in slugs(corpus, "arbitration")
    assert slugs(corpus, "nonexistentword") == []


def test_title_hits_rank_first(store: Store, source_id: int) -> None:
    store.write_article(
        source_id, make_article("body-only", {"en": ("Plain", "<p>" + "word " * 50 + "seal</p>")})
    )
    store.write_article(
        source_id, make_article("in-title", {"en": ("Seal rules", "<p>Other text.</p>")})
    )
    assert slugs(store, "seal")[0] == "in-title"


def test_snippet_marks_hits_and_escapes_html(store: Store, source_id: int) -> None:
    store.write_article(
        source_id, make_article("x", {"en": ("T", "<p>Use &lt;b&gt; and the Court.</p>")})
    )
    hit = store.search("court")[0]
    assert "<mark>Court</mark>" in hit.snippet
    assert "&lt;b&gt;" in hit.snippet


def test_snippet_marks_chinese_and_arabic_with_marks(corpus: Store) -> None:
    zh = corpus.search("法院")[0]
    assert "<mark>法院</mark>" in zh.snippet
    ar = corpus.search("المَحْكَمَة")[0]
    assert "<mark>المحكمة</mark>" in ar.snippet


def test_filters(corpus: Store) -> None:
    assert slugs(corpus, "法院", lang="en") == []
    assert slugs(corpus, "法院", lang="zh-cn") == ["court-zh"]
    assert slugs(corpus, "arbitration", category="missing") == []
    assert slugs(corpus, "arbitration", since=date(2024, 1, 2)) == []
    assert slugs(corpus, "arbitration", until=date(2024, 1, 1)) == ["court-en"]
    assert slugs(corpus, "arbitration", bookmarked=True) == []
    corpus.set_bookmark("court-en")
    assert slugs(corpus, "arbitration", bookmarked=True) == ["court-en"]


def test_edited_document_is_reindexed(store: Store, source_id: int) -> None:
    store.write_article(source_id, make_article("e", {"en": ("T", "<p>original wording</p>")}))
    store.write_article(source_id, make_article("e", {"en": ("T", "<p>revised text</p>")}))
    assert slugs(store, "original") == []
    assert slugs(store, "revised") == ["e"]


def test_removed_source_leaves_no_index_entries(corpus: Store) -> None:
    corpus.remove_source("test")
    assert slugs(corpus, "arbitration") == []
    assert corpus.search_count("法院") == 0


def test_garbage_query_is_not_an_error(corpus: Store) -> None:
    for q in ['"', "*", "AND OR NOT", "(", "^", "a:b", "-x"]:
        corpus.search(q)  # must not raise


def test_huge_match_sets_rank_the_most_recently_added(
    store: Store, source_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import search as search_mod

    # The oldest article is the best match, but only the 3 latest of 6 matches are ranked.
    store.write_article(source_id, make_article("best", {"en": ("Seal seal seal", "<p>seal</p>")}))
    for i in range(5):
        store.write_article(
            source_id, make_article(f"s{i}", {"en": (f"T{i}", "<p>a seal here</p>")})
        )
    assert slugs(store, "seal")[0] == "best"
    monkeypatch.setattr(search_mod, "RANK_CAP", 3)
    assert sorted(slugs(store, "seal")) == ["s2", "s3", "s4"]
    assert store.search_count("seal") == 6  # the count still covers every match
