"""Redlines between two revisions' texts: word by word, per character in Chinese."""

from __future__ import annotations

import re
from html import unescape
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from reader.export import redline as redline_module
from reader.export.redline import redline, redline_revisions, revision_text, tokens

_BREAK = '<span class="break">\u00b6</span>'


def _read_back(html: str, side: str) -> str:
    """One side's text from a redline: "old" drops the insertions, "new" the deletions.
    An inserted pilcrow ends its paragraph; a deleted one is a break of the old text
    inside a paragraph of the new."""
    html = html.replace('<span class="sep"> </span>', "")
    drop = "ins" if side == "old" else "del"
    whole = "inserted" if side == "old" else "deleted"
    html = re.sub(rf'(\n)?<p[^>]*class="{whole}"[^>]*>.*?</p>(?(1)|\n?)', "", html)
    if side == "old":  # a break only in the new text: join the next paragraph on
        html = re.sub(rf"<ins>(?:(?!</ins>).)*{re.escape(_BREAK)}</ins></p>\n<p[^>]*>", "", html)
    html = re.sub(rf"<{drop}>.*?</{drop}>", "", html)
    html = html.replace(_BREAK, "\n" if side == "old" else "")
    text = re.sub(r"<[^>]+>", "", html.replace("</p>\n<p", "</p>\u2029<p"))
    return unescape(text).replace("\u2029", "\n")


def _side(html: str, drop: str) -> list[str]:
    return _read_back(html, "old" if drop == "ins" else "new").split("\n")


def _marks(html: str, tag: str) -> list[str]:
    return [n.text(deep=True) for n in LexborHTMLParser(f"<body>{html}</body>").css(tag)]


def test_english_marks_changed_words_and_counts_them() -> None:
    old = (
        "The Supreme People's Court issued the interpretation in 2023.\n"
        "It applies to foreign-related commercial cases.\n"
        "The old rule on service is repealed."
    )
    new = (
        "The Supreme People's Court issued a revised interpretation in 2024.\n"
        "It applies to foreign-related commercial cases.\n"
        "Courts may now serve documents by email."
    )
    r = redline(old, new)
    assert _marks(r.html, "del")[:2] == ["the", "2023"]
    assert _marks(r.html, "ins")[:2] == ["a revised", "2024"]
    # The unchanged paragraph is there, unmarked.
    assert "<p>It applies to foreign-related commercial cases.</p>" in r.html
    assert (r.insertions, r.deletions) == (len(_marks(r.html, "ins")), len(_marks(r.html, "del")))
    assert r.insertions >= 3 and r.deletions >= 3
    assert r.changed_paragraphs == 2
    assert _side(r.html, "ins") == old.split("\n")
    assert _side(r.html, "del") == new.split("\n")


def test_spaces_between_changes_fold_into_one_change() -> None:
    r = redline("the quick brown fox", "a slow red fox")
    assert _marks(r.html, "del") == ["the quick brown"]
    assert _marks(r.html, "ins") == ["a slow red"]
    assert (r.insertions, r.deletions) == (1, 1)


def test_identical_texts_have_no_marks() -> None:
    text = "One.\nTwo."
    r = redline(text, text)
    assert not r.changed
    assert (r.insertions, r.deletions, r.changed_paragraphs) == (0, 0, 0)
    assert "<ins>" not in r.html and "<del>" not in r.html
    assert _side(r.html, "del") == ["One.", "Two."]


def test_whole_paragraphs_added_and_removed() -> None:
    r = redline("Intro.\nGone paragraph.\nEnd.", "Intro.\nEnd.\nA new closing paragraph.")
    assert '<p class="deleted"><a name="change-1"></a><del>Gone paragraph.</del></p>' in r.html
    assert _marks(r.html, "del") == ["Gone paragraph."]
    assert _marks(r.html, "ins") == ["A new closing paragraph."]
    assert (r.insertions, r.deletions, r.changed_paragraphs) == (1, 1, 2)


def test_chinese_is_compared_per_character() -> None:
    old = "最高人民法院发布了司法解释。\n该解释自公布之日起施行。"
    new = "最高人民法院发布了新的司法解释。\n该解释自二〇二四年一月一日起施行。"
    r = redline(old, new)
    # 日 is common to both dates, so it stays unmarked.
    assert _marks(r.html, "ins") == ["新的", "二〇二四年一月一"]
    assert _marks(r.html, "del") == ["公布之"]
    assert _side(r.html, "ins") == old.split("\n")
    assert _side(r.html, "del") == new.split("\n")
    assert tokens("法院判决") == ["法", "院", "判", "决"]


def test_arabic_words_keep_their_vowel_marks_and_the_html_reads_right_to_left() -> None:
    old = "قضت المحكمة العليا بِرَفْضِ الطعن.\nانتهى."
    new = "قضت المحكمة الشعبية العليا بِقَبُولِ الطعن.\nانتهى."
    r = redline(old, new, rtl=True)
    assert _marks(r.html, "ins") == ["الشعبية ", "بِقَبُولِ"]
    assert _marks(r.html, "del") == ["بِرَفْضِ"]
    assert r.html.count('<p dir="rtl">') == 2
    assert "بِرَفْضِ" in tokens(old)  # harakat stay with their word


def test_thai_marks_stay_with_their_letter() -> None:
    # ที่ is three code points (a letter, a vowel above, a tone mark): one token.
    assert tokens("ที่") == ["ที่"]
    r = redline("ศาลที่", "ศาลนี้")
    assert _marks(r.html, "del") == ["ที่"]
    assert _marks(r.html, "ins") == ["นี้"]


def test_a_paragraph_split_or_joined_shows_the_break() -> None:
    split = redline("First sentence. Second sentence.", "First sentence.\nSecond sentence.")
    assert split.html == (
        f'<p><a name="change-1"></a>First sentence.<del> </del><ins>{_BREAK}</ins></p>\n'
        "<p>Second sentence.</p>"
    )
    joined = redline("First sentence.\nSecond sentence.", "First sentence. Second sentence.")
    assert joined.html.count("<p>") == 1 and f"<del>{_BREAK}</del>" in joined.html
    assert (joined.insertions, joined.deletions) == (1, 1)


def test_markup_in_the_text_is_escaped() -> None:
    r = redline("Price < 5 & more", 'Price <script>alert("x")</script> & more')
    assert "<script>" not in r.html
    assert "&lt;/script&gt;" in r.html and "&amp; more" in r.html
    assert _side(r.html, "del") == ['Price <script>alert("x")</script> & more']


def test_revision_text_is_the_indexed_text() -> None:
    html = "<h2>Title</h2><p>First  <b>bold</b> para.</p><ul><li>Item</li></ul>"
    assert revision_text(html) == "Title\nFirst bold para.\nItem"


_WORDS = st.sampled_from(["court", "法院", "قضت", "the", "ruling", ",", "判决", "2024", "ที่"])
_PARA = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)
_TEXT = st.lists(_PARA, min_size=1, max_size=6).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(old=_TEXT, new=_TEXT)
def test_each_side_of_any_redline_reads_back_exactly(old: str, new: str) -> None:
    r = redline(old, new)
    assert _read_back(r.html, "old") == old
    assert _read_back(r.html, "new") == new
    assert r.changed == (old != new)


def test_an_added_section_is_whole_paragraphs_not_words_spread_over_neighbours() -> None:
    old = "4. The courts\nCourts now presume reciprocity.\n5. What this means\nPrepare early."
    new = (
        "4. The courts\nCourts now presume reciprocity.\n5. Update: the 2023 amendment\n"
        "The amendment wrote much of this practice into the statute.\n"
        "6. What this means\nPrepare early."
    )
    r = redline(old, new)
    assert (
        '<p class="inserted"><a name="change-1"></a><ins>5. Update: the 2023 amendment</ins></p>'
        in r.html
    )
    assert (
        '<p><a name="change-3"></a><del>5</del><span class="sep"> </span><ins>6</ins>. What this means</p>'
        in r.html
    )
    assert (r.insertions, r.deletions, r.changed_paragraphs) == (3, 1, 3)
    assert _read_back(r.html, "old") == old and _read_back(r.html, "new") == new


_SENTENCE = st.lists(_WORDS, min_size=1, max_size=6).map(lambda w: " ".join(w) + ".")
_LONG_PARA = st.lists(_SENTENCE, min_size=1, max_size=8).map(" ".join)
_LONG_TEXT = st.lists(_LONG_PARA, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(old=_LONG_TEXT, new=_LONG_TEXT)
def test_the_cheaper_paths_for_long_texts_read_back_exactly(old: str, new: str) -> None:
    # Tiny limits send these small texts down the paths long articles take: sentence by
    # sentence, frequent tokens ignored as seeds, and whole runs deleted and inserted.
    with (
        patch.object(redline_module, "_EXACT", 12),
        patch.object(redline_module, "_COARSE", 150),
        patch.object(redline_module, "_MAX_PAIRS", 2),
    ):
        r = redline(old, new)
    assert _read_back(r.html, "old") == old
    assert _read_back(r.html, "new") == new


def test_a_long_paragraph_marks_only_the_changed_sentence() -> None:
    sentences = [f"Sentence {i} of the judgment cites article {i % 7}." for i in range(2000)]
    old = " ".join(sentences)
    sentences[1234] = "Sentence 1234 of the judgment cites article 9 instead."
    new = " ".join(sentences)
    r = redline(old, new)  # (bench/bench_redline.py times this kind of text)
    assert _marks(r.html, "del") == ["2"]
    assert _marks(r.html, "ins") == ["9 instead"]
    assert _read_back(r.html, "new") == new


def test_a_changed_title_or_summary_comes_first_under_its_label() -> None:
    old = ("Courts and reciprocity", "A short summary.", "Body one.\nBody two.")
    new = ("Courts and presumed reciprocity", "A short summary.", "Body one.\nBody 2.")
    r = redline_revisions(old, new, ("Titel", "Zusammenfassung", "Text"))
    assert r.html.startswith('<h3 class="field">Titel</h3>\n<p><a name="change-1"></a>Courts and')
    assert "Zusammenfassung" not in r.html  # unchanged: not shown
    assert '<h3 class="field">Text</h3>' in r.html
    assert '<a name="change-2"></a>Body' in r.html  # anchors count on through the parts
    assert (r.insertions, r.deletions, r.changed_paragraphs) == (2, 1, 2)
    # Nothing but the text changed: the text alone, unlabelled.
    same = redline_revisions(("T", "S", "a b"), ("T", "S", "a c"))
    assert same.html == redline("a b", "a c").html


def test_a_rewritten_sentence_reads_as_one_deletion_and_one_insertion() -> None:
    old = "The court may refuse the application where the judgment was obtained by fraud."
    new = "A judgment obtained by fraud is refused, and the court must say why in writing."
    r = redline(old, new)
    # Not "The court may refuse … the … judgment …" picked out word by word.
    assert len(_marks(r.html, "del")) <= 2 and len(_marks(r.html, "ins")) <= 2
    assert _read_back(r.html, "old") == old and _read_back(r.html, "new") == new
    # A small edit stays word by word.
    small = redline(old, old.replace("may refuse", "shall refuse"))
    assert _marks(small.html, "del") == ["may"] and _marks(small.html, "ins") == ["shall"]
