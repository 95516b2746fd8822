"""Side by side and damage marks on the sample library's real articles."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from reader.export.article_html import CONTENT_SECURITY_POLICY, PageOptions, compose_article
from reader.export.highlight import text_map
from reader.export.side_by_side import (
    body_blocks,
    compose_side_by_side,
    find_damage,
    mark_page_damage,
)
from reader.store import Store

AWARDS = "enforcing-foreign-arbitral-awards-prior-reporting"  # ar damaged (XNUMX)
RECIPROCITY = "supreme-court-embraces-presumed-reciprocity"  # ar undamaged


def _compose(store: Store, slug: str, left: str, right: str) -> LexborHTMLParser:
    a = store.document(slug, left)
    b = store.document(slug, right)
    english = a if left == "en" else b
    page = compose_side_by_side(
        a,
        b,
        PageOptions(),
        asset_url=lambda s: f"lexsinica://asset/{s}",
        article_link=lambda _u: None,
        english=english,
    )
    return LexborHTMLParser(page)


def _rows(tree: LexborHTMLParser) -> list[list[tuple[str, str, str, str]]]:
    """(kind, lang, dir, text) of both cells of each aligned row."""
    out = []
    for row in tree.css("tr.sbs-row"):
        cells = [c for c in row.css("td") if c.parent is not None and c.parent.mem_id == row.mem_id]
        out.append(
            [
                (
                    c.attributes.get("data-kind") or "",
                    c.attributes.get("lang") or "",
                    c.attributes.get("dir") or "",
                    " ".join(c.text().split()),
                )
                for c in cells
            ]
        )
    return out


def test_english_and_arabic_rows_pair_headings_and_paragraphs(sample_store: Store) -> None:
    tree = _compose(sample_store, AWARDS, "en", "ar")
    rows = _rows(tree)
    en_blocks = body_blocks(sample_store.document(AWARDS, "en").html)
    assert len(rows) == len(en_blocks) == 24
    for left, right in rows:
        assert left[0] == right[0]  # a heading beside a heading, an item beside an item
        assert left[1:3] == ("en", "ltr") and right[1:3] == ("ar", "rtl")
    headings = [(lt[3], r[3]) for lt, r in rows if lt[0] == "h2"]
    assert headings[0] == ("1. The legal basis for enforcement", "1. الأساس القانوني للتنفيذ")
    assert headings[1] == ("2. How the reporting chain works", "2. كيف تعمل سلسلة الإبلاغ")
    # The paragraph under the first heading, in both languages.
    first_under = rows[[lt[3] for lt, _ in rows].index(headings[0][0]) + 1]
    assert first_under[0][3].startswith("China acceded to the 1958 New York Convention")
    assert first_under[1][3].startswith("انضمت الصين إلى اتفاقية نيويورك")
    # One self-contained page: the same CSP, no script.
    assert tree.css_first("meta[http-equiv]").attributes["content"] == CONTENT_SECURITY_POLICY
    assert not tree.css("script")


def test_side_by_side_marks_the_damaged_arabic_column(sample_store: Store) -> None:
    tree = _compose(sample_store, AWARDS, "en", "ar")
    marks = tree.css("mark.damage")
    assert marks and all(m.text() == "XNUMX" for m in marks)
    assert all(m.parent is not None for m in marks)
    # Every mark sits in the Arabic column.
    for m in marks:
        node = m.parent
        while node is not None and node.tag != "td":
            node = node.parent
        assert node is not None and node.attributes.get("lang") == "ar"


def test_unequal_structures_pad_instead_of_shifting(sample_store: Store) -> None:
    en = sample_store.document(RECIPROCITY, "en")
    ar = sample_store.document(RECIPROCITY, "ar")
    shortened = ar.html.replace("</p>", "</p><p>Extra paragraph.</p>", 1)
    from dataclasses import replace

    ar2 = replace(ar, html=shortened)
    page = compose_side_by_side(
        en, ar2, PageOptions(), asset_url=str, article_link=lambda _u: None, english=en
    )
    rows = _rows(LexborHTMLParser(page))
    pads = [r for r in rows if r[0][0] == "pad"]
    assert len(pads) == 1 and pads[0][1][3] == "Extra paragraph."
    assert all(lt[0] == r[0] for lt, r in rows if lt[0] != "pad")


def test_an_xnumx_paragraph_is_flagged_with_its_english_numbers(sample_store: Store) -> None:
    en = sample_store.document(AWARDS, "en")
    ar = sample_store.document(AWARDS, "ar")
    found = find_damage(body_blocks(ar.html), body_blocks(en.html))
    acceded = next(f for f in found if "1958 New York Convention" in f.english)
    assert acceded.damage.numbers == ("1958", "22", "1987", "290", "2021", "246")
    assert "22 April 1987" in acceded.damage.dates
    assert len(acceded.damage.spots) == 6

    page = compose_article(ar, PageOptions(), asset_url=str, article_link=lambda _u: None)
    marked, blocks = mark_page_damage(page, en.html)
    assert blocks == len(found) > 0
    tree = LexborHTMLParser(marked)
    first = tree.css("mark.damage")[0]
    assert "1995" in first.attributes["title"]  # "Since 1995" in the English paragraph
    assert "English:" in first.attributes["data-english"]
    assert tree.css_first("p.damage-notice") is not None
    # The article body's text is untouched: annotations stay anchored.
    body = tree.css_first("article.body")
    assert body is not None and text_map(body).text == ar.text


def test_an_english_page_or_a_sound_translation_is_left_alone(sample_store: Store) -> None:
    en = sample_store.document(RECIPROCITY, "en")
    ar = sample_store.document(RECIPROCITY, "ar")
    page = compose_article(ar, PageOptions(), asset_url=str, article_link=lambda _u: None)
    assert mark_page_damage(page, en.html) == (page, 0)


def test_blocks_nested_thousands_deep_are_found() -> None:
    html = "<div>" * 3000 + "<h2>Title</h2><div><p>One.</p><p>Two.</p></div>" + "</div>" * 3000
    assert [(b.kind, b.text) for b in body_blocks(html)] == [
        ("h2", "Title"),
        ("p", "One."),
        ("p", "Two."),
    ]
