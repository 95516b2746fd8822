"""Article → Compare revisions…: a redline between two revisions of the article shown.

The texts are compared by ``reader.export.redline``; the result is shown in a
QTextBrowser that loads nothing (no images, no links followed, nothing remote).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.export.redline import Redline, redline_revisions, revision_text
from reader.i18n import format_datetime, tr, trn
from reader.model import LANGUAGES, RTL_LANGUAGES, Document, Revision
from reader.store import Store, StoreError

STYLE = """
p { margin: 0 0 0.7em 0; }
ins { background-color: #d4f4dc; color: #064d1b; text-decoration: underline; }
del { background-color: #fadbd9; color: #8c0a0a; text-decoration: line-through; }
.break { font-weight: bold; }
h3 { margin: 0.4em 0 0.3em 0; font-size: small; color: #555555; }
"""


def summary_text(r: Redline) -> str:
    """ "12 insertions, 3 deletions" (and how many paragraphs changed)."""
    if not r.changed:
        return tr("No differences in the text.")
    return tr("{insertions}, {deletions} ({paragraphs})").format(
        insertions=trn("%Ln insertion(s)", r.insertions),
        deletions=trn("%Ln deletion(s)", r.deletions),
        paragraphs=trn("%Ln paragraph(s) changed", r.changed_paragraphs),
    )


def revision_label(rev: Revision, newest: int) -> str:
    when = format_datetime(rev.fetched_at)
    label = tr("Revision {n} — fetched {when}").format(n=rev.number, when=when)
    return label + (" " + tr("(newest)") if rev.number == newest else "")


class _Browser(QTextBrowser):
    """A text browser that never loads a resource: the redline is text only."""

    def loadResource(self, _type: int, _name: QUrl | str) -> Any:
        return None


class RedlineDialog(QDialog):
    def __init__(self, store: Store, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.doc = doc
        self.result_: Redline | None = None
        self._texts: dict[int, tuple[str, str, str]] = {}
        self._change = 0
        summary = doc.summary
        lang_name = LANGUAGES.get(summary.lang, summary.lang)
        self.setWindowTitle(tr("Compare revisions — {title}").format(title=summary.title))
        self.resize(860, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(summary.title)}</b> — {_escape(lang_name)}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        revisions = sorted(doc.revisions, key=lambda r: r.number)
        newest = revisions[-1].number if revisions else 0
        pickers = QHBoxLayout()
        self.old_combo = QComboBox()
        self.old_combo.setAccessibleName(tr("Older revision"))
        self.new_combo = QComboBox()
        self.new_combo.setAccessibleName(tr("Newer revision"))
        for rev in revisions:
            label = revision_label(rev, newest)
            self.old_combo.addItem(label, rev.number)
            self.new_combo.addItem(label, rev.number)
        self.old_combo.setCurrentIndex(max(0, len(revisions) - 2))
        self.new_combo.setCurrentIndex(max(0, len(revisions) - 1))
        from_label = QLabel(tr("&From:"))
        from_label.setBuddy(self.old_combo)
        to_label = QLabel(tr("&To:"))
        to_label.setBuddy(self.new_combo)
        pickers.addWidget(from_label)
        pickers.addWidget(self.old_combo, 1)
        pickers.addWidget(to_label)
        pickers.addWidget(self.new_combo, 1)
        layout.addLayout(pickers)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Summary of the changes"))
        layout.addWidget(self.summary)
        self.browser = _Browser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(tr("Changes between the two revisions"))
        self.browser.document().setDefaultStyleSheet(STYLE)
        if summary.lang in RTL_LANGUAGES:
            self.browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.previous_button = QPushButton(tr("&Previous change"))
        self.next_button = QPushButton(tr("&Next change"))
        buttons.addButton(self.previous_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.previous_button.clicked.connect(lambda: self.go_to_change(-1))
        self.next_button.clicked.connect(lambda: self.go_to_change(1))
        layout.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(lambda _i: self.compare())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.compare())
        if len(revisions) < 2:
            self.old_combo.setEnabled(False)
            self.new_combo.setEnabled(False)
        self.compare()

    def _version(self, number: int) -> tuple[str, str, str]:
        """(title, summary, text) of a revision."""
        if number not in self._texts:
            doc_id = self.doc.summary.document_id
            html = self.store.revision_html(doc_id, number)
            heading = self.store.revision_heading(doc_id, number)
            if html is None or heading is None:
                raise StoreError(tr("Revision {n} is missing from the library.").format(n=number))
            self._texts[number] = (*heading, revision_text(html))
        return self._texts[number]

    def compare(self) -> None:
        self.result_ = None
        self._change = 0
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        if old is None or new is None or self.old_combo.count() < 2:
            self.summary.setText(tr("This article has only one revision: nothing to compare."))
            self.browser.clear()
            return
        if old == new:
            self.summary.setText(tr("Choose two different revisions."))
            self.browser.clear()
            return
        try:
            result = redline_revisions(
                self._version(int(old)),
                self._version(int(new)),
                (tr("Title"), tr("Summary"), tr("Text")),
                rtl=self.doc.summary.lang in RTL_LANGUAGES,
            )
        except StoreError as err:
            self.summary.setText(str(err))
            self.browser.clear()
            return
        self.result_ = result
        text = summary_text(result)
        if old > new:
            text += " " + tr("(the older revision is on the right: read insertions as removals)")
        self.summary.setText(text)
        self.browser.setHtml(result.html)
        self.next_button.setEnabled(result.changed_paragraphs > 0)
        self.previous_button.setEnabled(result.changed_paragraphs > 0)

    def go_to_change(self, step: int) -> None:
        if self.result_ is None or not self.result_.changed_paragraphs:
            return
        n = self.result_.changed_paragraphs
        self._change = (self._change - 1 + step) % n + 1 if self._change else (1 if step > 0 else n)
        self.browser.scrollToAnchor(f"change-{self._change}")


def _escape(text: str) -> str:
    return escape(text, quote=False)


def open_redline(window: Any) -> RedlineDialog | None:
    """Show the dialog for the article in the reading view (None when there is none)."""
    current = window.view.current
    if current is None:
        window.statusBar().showMessage(tr("Open an article to compare its revisions."), 6000)
        return None
    source, slug, lang = current
    try:
        doc = window.store.document(slug, lang, source=source)
    except StoreError as err:
        window.show_error(str(err))
        return None
    dialog = RedlineDialog(window.store, doc, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.redline_dialog = dialog
    return dialog


def add_redline_action(window: Any, menu: QMenu) -> QAction:
    """Article → Compare revisions…; also ``window.compare_revisions()``."""
    action = QAction(tr("Compare revisions…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    action.triggered.connect(lambda _c=False: open_redline(window))
    window.addAction(action)
    menu.addAction(action)
    window.compare_revisions = lambda: open_redline(window)
    window.compare_action = action
    return action
