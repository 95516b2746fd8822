"""Highlights drawn into article HTML from offsets in the stored text."""

from __future__ import annotations

import random

from selectolax.lexbor import LexborHTMLParser

from reader.export.article_html import PageOptions, compose_article
from reader.export.highlight import note_numbers, text_map
from reader.model.anchoring import span_of_visible
from reader.store import Store


def _page(store: Store, slug: str, lang: str) -> LexborHTMLParser:
    doc = store.document(slug, lang)
    notes = store.annotations(slug=slug, lang=lang)
    html = compose_article(
        doc,
        PageOptions(),
        asset_url=lambda sha: f"lexsinica://asset/{sha}",
        article_link=lambda href: None,
        annotations=notes,
    )
    return LexborHTMLParser(html)


def _marked_text(tree: LexborHTMLParser, annotation_id: int) -> str:
    return "".join(
        m.text(deep=True)
        for m in tree.css("mark.hl")
        if str(annotation_id) in (m.attributes.get("data-annotation") or "").split()
    )


def test_text_map_gives_back_the_stored_text_of_every_sample_document(
    sample_store: Store,
) -> None:
    checked = 0
    for summary in sample_store.list_articles(limit=100):
        for lang in sample_store.document(summary.slug, "en").translations:
            doc = sample_store.document(summary.slug, lang)
            tree = LexborHTMLParser(f"<body>{doc.html}</body>")
            assert tree.body is not None
            assert text_map(tree.body).text == doc.text, (summary.slug, lang)
            checked += 1
    assert checked > 60


def test_highlights_cover_exactly_their_passages_in_every_script(sample_store: Store) -> None:
    rng = random.Random(7)
    for lang in ("en", "ar", "zh-cn", "hi", "th"):
        summaries = sample_store.list_articles(limit=100)
        slug = next(s.slug for s in summaries if lang in s.languages)
        doc = sample_store.document(slug, lang)
        made = []
        for _ in range(6):
            start = rng.randrange(len(doc.text) - 80)
            end = start + rng.randint(5, 300)  # often across paragraphs and inline tags
            end = min(end, len(doc.text))
            if not doc.text[start:end].strip() or doc.text[start].isspace():
                continue
            made.append(sample_store.annotate(slug, lang, start, end, note="see *this*"))
        tree = _page(sample_store, slug, lang)
        body = tree.css_first("article.body")
        assert body is not None
        # Drawing highlights never changes the text a reader (or a PDF) gets.
        assert text_map(body).text == doc.text
        for note in made:
            # A mark never spans a line break between blocks: compare without them.
            assert _marked_text(tree, note.id) == note.exact.replace("\n", ""), (lang, note.id)
        # Each note's reference follows its highlight, numbered in text order.
        numbers = note_numbers(made)
        refs = {
            r.attributes.get("id"): r.attributes.get("data-note") for r in tree.css("sup.hl-ref")
        }
        for note in made:
            assert refs[f"hl-ref-{note.id}"] == str(numbers[note.id])


def test_overlapping_highlights_and_orphans(sample_store: Store) -> None:
    slug = sample_store.list_articles(limit=1)[0].slug
    doc = sample_store.document(slug, "en")
    outer = sample_store.annotate(slug, "en", 10, 60, color="green")
    inner = sample_store.annotate(slug, "en", 20, 30, color="pink")
    tree = _page(sample_store, slug, "en")
    assert _marked_text(tree, outer.id) == doc.text[10:60]
    assert _marked_text(tree, inner.id) == doc.text[20:30]
    pink = [m for m in tree.css("mark.hl-pink")]
    assert "".join(m.text() for m in pink) == doc.text[20:30]
    # An orphan is listed, never drawn.
    sample_store.delete_annotation(outer.id)
    tree = _page(sample_store, slug, "en")
    assert _marked_text(tree, outer.id) == ""


def test_selection_counted_without_white_space() -> None:
    text = "First line.\nSecond  line here."
    assert span_of_visible(text, 0, 5) == (0, 5)
    # "line." of the first line through "Second": 5 visible chars of the first line
    # after "First", then 6 of the next.
    start, end = span_of_visible(text, 5, 16)
    assert text[start:end] == "line.\nSecond"
