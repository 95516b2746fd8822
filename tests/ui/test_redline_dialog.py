"""Article → Compare revisions… on real revisions: the sample's edited articles and an
Arabic article written twice."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.export.redline import redline, revision_text
from reader.i18n import format_datetime
from reader.store import Store
from reader.ui.redline_dialog import RedlineDialog, summary_text
from tests.conftest import make_article
from tests.ui.conftest import Harness

EDITED = "guiding-cases-and-similar-case-retrieval"  # two revisions in en and zh-cn
SINGLE = "supreme-court-embraces-presumed-reciprocity"  # ar has one revision


def _open_dialog(qtbot: QtBot, h: Harness, slug: str, lang: str) -> RedlineDialog:
    w = h.window
    w.open_article("sample", slug, lang)
    qtbot.waitUntil(lambda: w.view.current == ("sample", slug, lang), timeout=15000)
    w.compare_action.trigger()
    dialog = w.redline_dialog
    assert isinstance(dialog, RedlineDialog) and dialog.isVisible()
    return dialog


def test_compare_the_sample_revisions(qtbot: QtBot, sample_window: Harness) -> None:
    h = sample_window
    dialog = _open_dialog(qtbot, h, EDITED, "en")
    doc = h.store.document(EDITED, "en")
    # Defaults: the revision before the newest against the newest, labelled with dates.
    assert dialog.old_combo.currentData() == 1 and dialog.new_combo.currentData() == 2
    first = doc.revisions[0]
    label = f"Revision 1 — fetched {format_datetime(first.fetched_at)}"
    assert dialog.old_combo.currentText() == label and first.fetched_at.year == 2024
    assert dialog.new_combo.currentText().endswith("(newest)")
    expected = redline(
        revision_text(h.store.revision_html(doc.summary.document_id, 1) or ""),
        revision_text(h.store.revision_html(doc.summary.document_id, 2) or ""),
    )
    assert dialog.summary.text() == summary_text(expected)
    assert dialog.summary.text().startswith("5 insertion")  # (plural forms from the .qm)
    assert expected.insertions == 5 and expected.deletions == 2
    shown = dialog.browser.toPlainText()
    assert "People's Court Case Database" in shown  # the added section
    assert "2016" in shown and "May 2015" in shown  # the corrected date, both sides
    # Insertions are underlined and deletions struck through by the style sheet.
    html = dialog.browser.toHtml()
    assert re.search(r'text-decoration: ?underline[^"]*">May 2015<', html)
    assert re.search(r'text-decoration: ?line-through[^"]*">2016<', html)
    assert dialog.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The same revision on both sides; then the other way round.
    dialog.new_combo.setCurrentIndex(0)
    assert dialog.summary.text() == "Choose two different revisions."
    assert dialog.browser.toPlainText() == ""
    dialog.old_combo.setCurrentIndex(1)
    assert dialog.summary.text().startswith(f"{expected.deletions} insertion")
    assert "read insertions as removals" in dialog.summary.text()
    dialog.close()


def test_chinese_revisions_are_compared_per_character(qtbot: QtBot, sample_window: Harness) -> None:
    dialog = _open_dialog(qtbot, sample_window, EDITED, "zh-cn")
    assert dialog.result_ is not None
    # Compared per character; "年" alone between two changes then joins them.
    assert "<del>2016年</del><ins>2015年5月</ins>" in dialog.result_.html
    assert (dialog.result_.insertions, dialog.result_.deletions) == (5, 2)
    assert re.match(r"5 insertion.*, 2 deletion", dialog.summary.text())
    dialog.next_button.click()
    assert dialog._change == 1
    dialog.previous_button.click()  # wraps round to the last change
    assert dialog._change == dialog.result_.changed_paragraphs
    dialog.close()


def test_the_updated_notice_opens_the_comparison(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.open_article("sample", EDITED, "en")
    qtbot.waitUntil(lambda: w.view.current == ("sample", EDITED, "en"), timeout=15000)
    dialog = w.compare_revisions()  # what the view's "updated since" notice links to
    assert isinstance(dialog, RedlineDialog) and dialog.doc.summary.slug == EDITED
    dialog.close()


def test_an_article_with_one_revision(qtbot: QtBot, sample_window: Harness) -> None:
    dialog = _open_dialog(qtbot, sample_window, SINGLE, "ar")
    assert dialog.summary.text() == "This article has only one revision: nothing to compare."
    assert not dialog.old_combo.isEnabled() and not dialog.next_button.isEnabled()
    dialog.close()


def test_arabic_reads_right_to_left(qtbot: QtBot, store: Store, source_id: int) -> None:
    store.write_article(
        source_id, make_article("ar-case", {"ar": ("حكم", "<p>قضت المحكمة برفض الطعن.</p>")})
    )
    store.write_article(
        source_id,
        make_article("ar-case", {"ar": ("حكم", "<p>قضت المحكمة العليا بقبول الطعن.</p>")}),
    )
    dialog = RedlineDialog(store, store.document("ar-case", "ar"))
    qtbot.addWidget(dialog)
    assert dialog.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.result_ is not None and '<p dir="rtl">' in dialog.result_.html
    assert (dialog.result_.insertions, dialog.result_.deletions) == (1, 1)
    assert dialog.summary.text() == summary_text(dialog.result_)
    block = dialog.browser.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert block.text() == "قضت المحكمة برفض العليا بقبول الطعن."  # deleted, a space, inserted


def test_nothing_is_loaded_from_anywhere(
    qtbot: QtBot, store: Store, source_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "x.png"
    store.write_article(source_id, make_article("img", {"en": ("T", "<p>Old text.</p>")}))
    store.write_article(
        source_id,
        make_article("img", {"en": ("T", f'<p>New text <img src="file://{target}"> here.</p>')}),
    )
    dialog = RedlineDialog(store, store.document("img", "en"))
    qtbot.addWidget(dialog)
    assert "<img" not in (dialog.result_.html if dialog.result_ else "")
    assert dialog.browser.loadResource(0, target.as_uri()) is None  # type: ignore[arg-type]


def test_a_changed_summary_is_shown_above_the_text(qtbot: QtBot, sample_window: Harness) -> None:
    slug = "choice-of-court-agreements-with-chinese-parties"  # its summary was edited
    h = sample_window
    doc = h.store.document(slug, "en")
    (title1, summary1), (title2, summary2) = (
        h.store.revision_heading(doc.summary.document_id, n) for n in (1, 2)
    )
    assert title1 == title2 and summary1 != summary2
    dialog = _open_dialog(qtbot, h, slug, "en")
    assert dialog.result_ is not None
    shown = dialog.browser.toPlainText()
    assert shown.startswith("Summary\n")
    assert "\nText\n" in shown and "Title" not in shown.split("\n")
    body = redline(
        revision_text(h.store.revision_html(doc.summary.document_id, 1) or ""),
        revision_text(h.store.revision_html(doc.summary.document_id, 2) or ""),
    )
    heading = redline(summary1, summary2)
    assert dialog.result_.insertions == body.insertions + heading.insertions
    assert dialog.result_.deletions == body.deletions + heading.deletions
    dialog.close()
