"""The article page: header, rewriting of images and links, safety, numbering, styles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.export import article_html
from reader.export.article_html import (
    LANGUAGE_FONT_FAMILIES,
    PageOptions,
    compose_article,
    document_text_direction,
)
from reader.model import LANGUAGES, Document
from reader.store import Store
from reader.sync.ingest import html_to_text
from reader.sync.pack import import_pack, sample_pack_path

SERVING = "serving-process-on-chinese-defendants"
HELD = "https://chinajusticeobserver.com/a/held-article"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("export") / "library.sqlite")
    report = import_pack(store, sample_pack_path())
    assert report.failed == 0, report.errors
    yield store
    store.close()


def asset_url(sha: str) -> str:
    return f"lexsinica://asset/{sha}"


def article_link(href: str) -> str | None:
    return "lexsinica://article/sample/held-article" if href == HELD else None


def compose(doc: Document, **options: Any) -> str:
    return compose_article(
        doc, PageOptions(**options), asset_url=asset_url, article_link=article_link
    )


def parse(page: str) -> LexborHTMLParser:
    return LexborHTMLParser(page)


def one(tree: LexborHTMLParser, selector: str) -> LexborNode:
    node = tree.css_first(selector)
    assert node is not None, selector
    return node


def body_of(page: str) -> LexborNode:
    return one(parse(page), "article.body")


def with_html(doc: Document, html: str) -> Document:
    return dataclasses.replace(doc, html=html)


# ---- header ------------------------------------------------------------------------


def test_header_names_title_date_terms_source_and_retrieval(library: Store) -> None:
    doc = library.document(SERVING, "en")
    tree = parse(compose(doc))
    assert one(tree, "h1.title").text() == "Serving Process on a Defendant in China"
    assert one(tree, "title").text() == "Serving Process on a Defendant in China"
    assert one(tree, ".meta .published dd").text() == "12 March 2024"
    assert one(tree, ".meta .published time").attributes["datetime"] == "2024-03-12"
    assert [n.text() for n in tree.css(".meta .categories .term")] == ["Cross-Border Disputes"]
    assert "How Chinese Courts Work" in one(tree, ".meta .topics").text()
    contributors = one(tree, ".meta .contributors").text()
    assert "Zhou Yiming" in contributors and "Lin Haoran" in contributors
    assert "林浩然" in contributors  # the native name the source gives
    assert one(tree, ".meta .editor dd").text() == "Tomas Berg"
    source = one(tree, ".meta .source a")
    assert source.attributes["href"] == doc.summary.url == source.text()
    fetched = max(doc.revisions, key=lambda r: r.number).fetched_at
    retrieved = one(tree, ".meta .retrieved dd").text()
    assert retrieved == f"{fetched.day} {fetched:%B} {fetched.year}"
    assert one(tree, ".meta .language dd").text() == "English"
    assert one(tree, "p.lead").text() == doc.summary_text
    assert tree.css_first(".meta .revision") is None  # one revision only
    assert tree.css_first(".removed-notice") is None


def test_header_shows_revision_and_removal(library: Store) -> None:
    doc = library.document("guiding-cases-and-similar-case-retrieval", "en")
    assert len(doc.revisions) == 2
    removed = dataclasses.replace(doc, removed_upstream=datetime(2025, 1, 2, 9, 0, tzinfo=UTC))
    tree = parse(compose(removed))
    assert one(tree, ".meta .revision dd").text() == str(doc.revision)
    newest = next(r for r in doc.revisions if r.number == doc.revision).fetched_at
    assert one(tree, ".meta .retrieved time").attributes["datetime"] == newest.isoformat()
    assert one(tree, ".removed-notice").text() == "Removed from the source on 2 January 2025"


def test_language_name_is_written_in_its_own_script(library: Store) -> None:
    doc = library.document("choice-of-court-agreements-with-chinese-parties", "ar")
    span = one(parse(compose(doc)), ".meta .language span")
    assert span.text() == LANGUAGES["ar"]
    assert span.attributes["lang"] == "ar" and span.attributes["dir"] == "rtl"


def test_every_label_goes_through_the_translation_hook(
    library: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_html, "_t", lambda text: f"«{text}»")
    doc = dataclasses.replace(
        library.document("guiding-cases-and-similar-case-retrieval", "en"),
        removed_upstream=datetime(2025, 1, 2, tzinfo=UTC),
    )
    tree = parse(compose(doc, sample=True))
    labels = [n.text() for n in tree.css(".meta dt")]
    assert len(labels) >= 9
    assert all(label.startswith("«") and label.endswith("»") for label in labels)
    assert one(tree, ".removed-notice").text().startswith("«Removed from the source on»")
    # Dates follow the interface language through QLocale (tests/ui/test_interface_language.py).
    assert one(tree, ".sample-banner strong").text() == "«Sample content written for this app»"


def test_text_is_escaped_not_interpreted(library: Store) -> None:
    doc = library.document(SERVING, "en")
    summary = dataclasses.replace(doc.summary, title="<b>Bold</b> & co")
    page = compose(dataclasses.replace(doc, summary=summary, summary_text="<i>x</i>"))
    assert "<title>&lt;b&gt;Bold&lt;/b&gt; &amp; co</title>" in page
    assert "<b>Bold</b>" not in page and "<i>x</i>" not in page


# ---- images ------------------------------------------------------------------------


def test_stored_images_point_at_the_asset_url(library: Store) -> None:
    doc = library.document(SERVING, "en")
    assert 'src="asset:' in doc.html
    page = compose(doc)
    assert "asset:" not in page.replace("lexsinica://asset/", "")
    imgs = body_of(page).css("img")
    assert imgs
    for img in imgs:
        src = img.attributes["src"] or ""
        assert src.startswith("lexsinica://asset/") and len(src) == len("lexsinica://asset/") + 64


def test_remote_images_become_placeholders(library: Store) -> None:
    doc = with_html(
        library.document(SERVING, "en"),
        '<p>Chart: <img src="https://example.org/chart.png" alt="Caseload chart"></p>'
        '<p><img src="http://example.org/x.png"><img src="asset:not-a-hash" alt="bad"></p>',
    )
    body = body_of(compose(doc))
    assert body.css("img") == []
    boxes = body.css(".image-placeholder")
    assert len(boxes) == 3
    assert boxes[0].attributes["data-alt"] == "Caseload chart"
    assert boxes[0].attributes["aria-label"] == "Caseload chart"
    assert boxes[0].attributes["data-note"] == "Image not available offline"
    assert boxes[0].attributes["title"] == "https://example.org/chart.png"
    assert "src=" not in (body.html or "")  # nothing that loads


# ---- links -------------------------------------------------------------------------


def test_links_to_held_articles_are_rewritten_others_kept_unsafe_dropped(
    library: Store,
) -> None:
    doc = with_html(
        library.document(SERVING, "en"),
        f'<p><a href="{HELD}">held</a> <a href="/a/held-article">relative held</a>'
        ' <a href="https://chinajusticeobserver.com/a/not-held">not held</a>'
        ' <a href="https://www.court.gov.cn/">court</a>'
        ' <a href="mailto:editor@example.org">mail</a> <a href="#note-1">note</a>'
        ' <a href="javascript:alert(1)">js</a> <a href="JaVa\tScRiPt:alert(1)">js2</a>'
        ' <a href="  javascript:alert(1)">js3</a> <a href="file:///etc/passwd">file</a>'
        ' <a href="data:text/html,hi">data</a> <a href="vbscript:x">vb</a></p>',
    )
    links = {a.text(): a.attributes for a in body_of(compose(doc)).css("a")}
    assert links["held"]["href"] == "lexsinica://article/sample/held-article"
    assert links["held"]["class"] == "internal"
    assert links["held"]["data-original-href"] == HELD
    assert links["relative held"]["href"] == "lexsinica://article/sample/held-article"
    not_held = "https://chinajusticeobserver.com/a/not-held"
    assert links["not held"] == {"href": not_held, "class": "external"}
    assert links["court"]["href"] == "https://www.court.gov.cn/"
    assert links["mail"]["href"] == "mailto:editor@example.org"
    assert links["note"]["href"] == "#note-1"
    for name in ("js", "js2", "js3", "file", "data", "vb"):
        assert "href" not in links[name], name


# ---- direction, safety -------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "lang", "direction"),
    [
        (SERVING, "en", "ltr"),
        ("choice-of-court-agreements-with-chinese-parties", "ar", "rtl"),
        ("chinese-judgments-enforced-abroad", "he", "rtl"),
        ("chinese-judgments-enforced-abroad", "zh-cn", "ltr"),
    ],
)
def test_html_element_carries_lang_and_dir(
    library: Store, slug: str, lang: str, direction: str
) -> None:
    page = compose(library.document(slug, lang))
    assert page.startswith("<!DOCTYPE html>\n")
    html = one(parse(page), "html")
    assert html.attributes["lang"] == lang
    assert html.attributes["dir"] == direction
    assert document_text_direction(lang) == direction


def test_text_direction_of_language_tags() -> None:
    assert document_text_direction("AR") == "rtl"
    assert document_text_direction("he-IL") == "rtl"
    assert document_text_direction("zh-tw") == "ltr"


def test_page_has_strict_csp_and_never_carries_script(library: Store) -> None:
    doc = with_html(
        library.document(SERVING, "en"),
        '<p onclick="alert(1)" style="color:red" class="sample-banner" data-para="99"'
        ' target="_blank">a</p>'
        "<script>alert(1)</script><SCRIPT src=x></SCRIPT><iframe src=x></iframe>"
        "<style>body{display:none}</style><svg><script>alert(2)</script></svg>"
        '<object data="x"></object><noscript><p>n</p></noscript><base href="https://evil/">'
        '<form action="https://evil/"><button formaction="x">b</button></form>',
    )
    page = compose(doc)
    tree = parse(page)
    csp = one(tree, 'meta[http-equiv="Content-Security-Policy"]').attributes["content"] or ""
    assert "default-src 'none'" in csp
    assert "img-src lexsinica: data:" in csp
    assert "script-src" not in csp
    assert one(tree, "meta[charset]").attributes["charset"] == "utf-8"
    assert "<script" not in page.lower()
    body = one(tree, "article.body")
    for tag in ("iframe", "style", "svg", "object", "noscript", "base", "form", "button"):
        assert body.css(tag) == [], tag
    p = one(tree, "article.body p")
    assert p.attributes == {}
    assert p.text() == "a"


def test_stylesheet_is_inlined_and_fonts_are_chosen_per_language(library: Store) -> None:
    page = compose(library.document(SERVING, "en"))
    tree = parse(page)
    assert tree.css('link[rel="stylesheet"]') == []
    css = one(tree, "head style").text()
    assert ":lang(ar)" in css and '"Noto Naskh Arabic"' in css
    assert '"Noto Sans CJK SC"' in css and '"Noto Sans CJK TC"' in css
    assert ".theme-dark" in css and ".print" in css
    assert "html { font-size: 18px; }" in css


def test_every_site_language_has_fonts() -> None:
    assert set(LANGUAGE_FONT_FAMILIES) == set(LANGUAGES)
    assert LANGUAGE_FONT_FAMILIES["zh-cn"][0] == "Noto Sans CJK SC"
    assert LANGUAGE_FONT_FAMILIES["zh-tw"][0] == "Noto Sans CJK TC"
    assert LANGUAGE_FONT_FAMILIES["ja"][0] == "Noto Sans CJK JP"
    assert LANGUAGE_FONT_FAMILIES["ko"][0] == "Noto Sans CJK KR"
    assert LANGUAGE_FONT_FAMILIES["th"][0] == "Noto Sans Thai"
    assert LANGUAGE_FONT_FAMILIES["hi"][0] == "Noto Sans Devanagari"
    assert LANGUAGE_FONT_FAMILIES["ar"][0] == "Noto Naskh Arabic"
    assert LANGUAGE_FONT_FAMILIES["he"][0] == "Noto Sans Hebrew"
    assert LANGUAGE_FONT_FAMILIES["ru"][0] == LANGUAGE_FONT_FAMILIES["vi"][0] == "Noto Serif"


# ---- paragraph numbers -------------------------------------------------------------


def test_paragraph_numbers_are_sequential_and_deterministic(library: Store) -> None:
    doc = library.document(SERVING, "en")
    first = compose(doc, paragraph_numbers=True)
    assert first == compose(doc, paragraph_numbers=True)
    numbered = body_of(first).css("[data-para]")
    assert [n.attributes["data-para"] for n in numbered] == [
        str(i) for i in range(1, len(numbered) + 1)
    ]
    assert len(numbered) > 15
    assert {n.tag for n in numbered} <= {"p", "li", "blockquote", "pre", "div", "section"}
    assert "para-numbers" in (one(parse(first), "html").attributes["class"] or "")
    plain = compose(doc)
    assert body_of(plain).css("[data-para]") == []


def test_paragraph_numbering_follows_citable_blocks(library: Store) -> None:
    doc = with_html(
        library.document(SERVING, "en"),
        "<h2>Heading</h2><p>one</p><ul><li>two<ol><li>nested</li></ol></li><li>three</li></ul>"
        "<blockquote><p>four</p><p>still four</p></blockquote>"
        "<div><p>five</p><div>six</div></div><table><tr><td><p>cell</p></td></tr></table>"
        "<figure><figcaption>cap</figcaption></figure><section>seven</section>",
    )
    body = body_of(compose(doc, paragraph_numbers=True))
    order = [(n.attributes["data-para"], n.tag) for n in body.css("[data-para]")]
    assert order == [
        ("1", "p"),
        ("2", "li"),
        ("3", "li"),
        ("4", "blockquote"),
        ("5", "p"),
        ("6", "div"),
        ("7", "section"),
    ]
    unnumbered = [n.text() for n in body.css("li li, td p, figcaption, h2")]
    assert unnumbered == ["Heading", "nested", "cell", "cap"]
    assert all("data-para" not in n.attributes for n in body.css("li li, td p, figcaption, h2"))


def test_an_article_nested_thousands_deep_is_composed(library: Store) -> None:
    # The walks over the body keep a stack: nesting past Python's recursion limit is read.
    deep = "<div>" * 3000 + "<p>one</p><div><p>two</p></div>" + "</div>" * 3000
    doc = with_html(library.document(SERVING, "en"), deep)
    body = body_of(compose(doc, paragraph_numbers=True))
    assert [(n.attributes["data-para"], n.text()) for n in body.css("[data-para]")] == [
        ("1", "one"),
        ("2", "two"),
    ]


def test_links_no_one_can_follow_are_no_links(library: Store) -> None:
    # Ingest keeps such an address as written; the page must still be composed.
    broken = (
        '<p><a href="//[::1/x">one</a> <a href="http://[::1">two</a> '
        '<a href="https://example.org/ok">three</a></p>'
    )
    body = body_of(compose(with_html(library.document(SERVING, "en"), broken)))
    assert [a.attributes.get("href") for a in body.css("a")] == [
        None,
        None,
        "https://example.org/ok",
    ]
    assert body.text().split() == ["one", "two", "three"]


def test_body_text_is_the_stored_text(library: Store) -> None:
    """Numbers and placeholders are generated content: the DOM text of the body stays
    the indexed text that annotations anchor on, for every sample document."""
    for row in library.list_articles(limit=1000):
        for lang in row.languages:
            doc = library.document(row.slug, lang)
            body = body_of(compose(doc, paragraph_numbers=True))
            assert html_to_text(body.inner_html or "") == doc.text, (row.slug, lang)


def test_tables_are_wrapped_for_scrolling_and_keep_their_content(library: Store) -> None:
    doc = library.document("chinese-judgments-enforced-abroad", "zh-cn")
    body = body_of(compose(doc))
    wrapper = one(LexborHTMLParser(body.html or ""), ".table-scroll")
    table = wrapper.css_first("table")
    assert table is not None and "柏林高等法院" in table.text()
    assert len(body.css("tr")) == doc.html.count("<tr>")


# ---- options -----------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark", "sepia"])
def test_theme_is_a_class_on_the_root(library: Store, theme: str) -> None:
    page = compose(library.document(SERVING, "en"), theme=theme)
    classes = (one(parse(page), "html").attributes["class"] or "").split()
    assert f"theme-{theme}" in classes
    assert [c for c in classes if c.startswith("theme-")] == [f"theme-{theme}"]


def test_print_drops_the_theme(library: Store) -> None:
    page = compose(library.document(SERVING, "en"), theme="dark", for_print=True)
    classes = (one(parse(page), "html").attributes["class"] or "").split()
    assert classes == ["print"]


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        PageOptions(theme="neon")
    with pytest.raises(ValueError):
        PageOptions(font_size=500)


def test_font_size_sets_the_base(library: Store) -> None:
    page = compose(library.document(SERVING, "en"), font_size=22)
    assert "html { font-size: 22px; }" in page


def test_sample_banner_only_when_asked(library: Store) -> None:
    doc = library.document(SERVING, "en")
    banner = one(parse(compose(doc, sample=True)), ".sample-banner")
    assert "Sample content written for this app" in banner.text()
    assert banner.attributes["role"] == "note"
    assert parse(compose(doc)).css_first(".sample-banner") is None
