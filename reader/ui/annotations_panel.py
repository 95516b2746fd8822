"""The notes panel: the current article's highlights and notes in text order.

Clicking one scrolls the reading view to its highlight. Edit, recolour, tag, delete
and re-attach go through the serial worker; every change commits at once and can be
undone (Edit → Undo, Ctrl+Z). Orphans — passages that are gone from the current
revision — stay listed with their quote and the revision where they last anchored.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.model import ANNOTATION_COLORS, Annotation
from reader.store import Store, StoreError
from reader.ui.tasks import Worker

SWATCH = {
    "yellow": "#ffd600",
    "green": "#3cc85a",
    "blue": "#4696ff",
    "pink": "#ff5aa0",
    "purple": "#a064ff",
}
ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(SWATCH.get(colour, "#cccccc")))
    return QIcon(pix)


def excerpt(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def state_label(note: Annotation, tr: Callable[[str], str]) -> str:
    if note.state == "orphaned":
        return tr("not found in the current version (last found in revision {n})").format(
            n=note.anchored_revision
        )
    if note.state == "moved":
        return tr("moved: the text changed around it")
    return ""


@dataclass
class UndoStep:
    label: str
    action: Callable[[Store], object]


class NoteDialog(QDialog):
    """Write or edit a note (Markdown, previewed as you type), its tags and colour."""

    def __init__(
        self,
        quote: str,
        tr: Callable[[str], str],
        *,
        note: str = "",
        tags: tuple[str, ...] = (),
        colour: str = "yellow",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Note"))
        self.resize(560, 440)
        form = QFormLayout()
        quoted = QLabel(f"<blockquote><i>{html.escape(excerpt(quote, 400))}</i></blockquote>")
        quoted.setWordWrap(True)
        quoted.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(quoted)
        self.editor = QPlainTextEdit(note)
        self.editor.setPlaceholderText(
            tr("Your note, in Markdown: **bold**, *italic*, lists, links")
        )
        self.editor.setAccessibleName(tr("Note text"))
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(tr("Note preview"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        form.addRow(split)
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setPlaceholderText(tr("comma-separated, e.g. reciprocity, service"))
        form.addRow(tr("Tags"), self.tags)
        self.colour = QComboBox()
        for c in ANNOTATION_COLORS:
            self.colour.addItem(swatch(c), tr(c.capitalize()), c)
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour)))
        form.addRow(tr("Colour"), self.colour)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.editor.textChanged.connect(self._preview)
        self._preview()
        self.editor.setFocus()

    def _preview(self) -> None:
        from reader.export.note_html import render_note  # Markdown, when a note is shown

        self.preview.setHtml(render_note(self.editor.toPlainText()))

    def values(self) -> tuple[str, tuple[str, ...], str]:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return self.editor.toPlainText().strip(), tags, str(self.colour.currentData())


class AnnotationsPanel(QWidget):
    """Lists the annotations of the article in the reading view."""

    reveal = Signal(int)  # annotation id: scroll the view to it
    changed = Signal()  # something was saved: the view and the list redraw
    reattach_requested = Signal(int)  # re-attach this orphan to the view's selection

    def __init__(
        self, store: Store, worker: Worker, tr: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.worker = worker
        self.tr_ = tr
        self.current: tuple[str, str, str] | None = None
        self.notes: list[Annotation] = []
        self.undo_steps: list[UndoStep] = []

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Highlights and notes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(tr("Note"))
        self.empty = QLabel(
            tr(
                "No highlights yet. Select text in the article and choose "
                "Highlight (right-click, or Ctrl+Shift+H)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 6px;")

        self.edit_button = QPushButton(tr("Edit note…"))
        self.colour_button = QToolButton()
        self.colour_button.setText(tr("Colour"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        colours = QMenu(self.colour_button)
        for c in ANNOTATION_COLORS:
            act = colours.addAction(swatch(c), tr(c.capitalize()))
            act.triggered.connect(lambda _=False, c=c: self.recolour(c))
        self.colour_button.setMenu(colours)
        self.delete_button = QPushButton(tr("Delete"))
        self.reattach_button = QPushButton(tr("Re-attach to selection"))
        self.reattach_button.setToolTip(
            tr("Select the passage in the article where this note belongs, then click here")
        )
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.colour_button, self.delete_button, self.reattach_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([200, 100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda item: self.reveal.emit(self._id(item)))
        self.list.itemClicked.connect(lambda item: self.reveal.emit(self._id(item)))
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.reattach_button.clicked.connect(self._reattach)
        self._update_buttons()

    # ---- contents ----------------------------------------------------------------------

    def show_article(self, source: str, slug: str, lang: str) -> None:
        self.current = (source, slug, lang)
        self.refresh()

    def refresh(self) -> None:
        keep = self.selected_id()
        self.list.clear()
        self.notes = []
        if self.current is not None:
            source, slug, lang = self.current
            try:
                self.notes = self.store.annotations(slug=slug, lang=lang, source=source)
            except StoreError:
                self.notes = []
        # Text order; orphans (no place in the text) after the others.
        self.notes.sort(key=lambda a: (a.state == "orphaned", a.start, a.id))
        for note in self.notes:
            item = QListWidgetItem(swatch(note.color), self._line(note))
            item.setData(ANNOTATION_ID_ROLE, note.id)
            item.setToolTip(excerpt(note.exact, 600))
            if note.state == "orphaned":
                item.setForeground(QColor("#9a3b00"))
            self.list.addItem(item)
            if note.id == keep:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not self.notes)
        self._current_changed()

    def _line(self, note: Annotation) -> str:
        text = f"“{excerpt(note.exact, 120)}”"
        if note.note.strip():
            text += "\n✎ " + excerpt(note.note, 120)
        if note.tags:
            text += "\n# " + ", ".join(note.tags)
        status = state_label(note, self.tr_)
        if status:
            text += f"\n⚠ {status}"
        return text

    def _id(self, item: QListWidgetItem | None) -> int:
        return int(item.data(ANNOTATION_ID_ROLE)) if item is not None else 0

    def selected_id(self) -> int:
        return self._id(self.list.currentItem())

    def selected(self) -> Annotation | None:
        wanted = self.selected_id()
        return next((n for n in self.notes if n.id == wanted), None)

    def select(self, annotation_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if self._id(item) == annotation_id:
                self.list.setCurrentItem(item)
                return

    def _current_changed(self, *_args: object) -> None:
        note = self.selected()
        if note is None:
            self.detail.setHtml("")
        else:
            from reader.export.note_html import render_note  # Markdown, when a note is shown

            parts = [f"<blockquote><i>{html.escape(note.exact)}</i></blockquote>"]
            parts.append(render_note(note.note))
            meta = [self.tr_("made on revision {n}").format(n=note.revision)]
            if note.tags:
                meta.append(self.tr_("tags: {t}").format(t=html.escape(", ".join(note.tags))))
            status = state_label(note, self.tr_)
            if status:
                meta.append(html.escape(status))
            parts.append(f"<p style='color: gray'>{' · '.join(meta)}</p>")
            self.detail.setHtml("".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self.selected()
        for b in (self.edit_button, self.colour_button, self.delete_button):
            b.setEnabled(note is not None)
        self.reattach_button.setVisible(note is not None and note.state == "orphaned")

    def _context_menu(self, pos: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr_("Edit note…"), self.edit_selected)
        for c in ANNOTATION_COLORS:
            menu.addAction(swatch(c), self.tr_(c.capitalize()), lambda c=c: self.recolour(c))
        menu.addAction(self.tr_("Delete"), self.delete_selected)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    # ---- changes -------------------------------------------------------------------

    def _write(self, action: Callable[[Store], object], undo: UndoStep | None) -> None:
        def done(_result: object) -> None:
            if undo is not None:
                self.undo_steps.append(undo)
            self.refresh()
            self.changed.emit()

        self.worker.submit(action, done)

    def edit_selected(self) -> None:
        note = self.selected()
        if note is None:
            return
        dialog = NoteDialog(
            note.exact, self.tr_, note=note.note, tags=note.tags, colour=note.color, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, tags, colour = dialog.values()
        nid, old = note.id, note
        self._write(
            lambda s: s.update_annotation(nid, note=text, tags=tags, color=colour),
            UndoStep(
                self.tr_("Note edit undone"),
                lambda s: s.update_annotation(nid, note=old.note, tags=old.tags, color=old.color),
            ),
        )

    def recolour(self, colour: str) -> None:
        note = self.selected()
        if note is None or note.color == colour:
            return
        nid, old = note.id, note.color
        self._write(
            lambda s: s.update_annotation(nid, color=colour),
            UndoStep(
                self.tr_("Colour change undone"), lambda s: s.update_annotation(nid, color=old)
            ),
        )

    def delete_selected(self) -> None:
        note = self.selected()
        if note is None:
            return
        nid = note.id
        self._write(
            lambda s: s.delete_annotation(nid),
            UndoStep(self.tr_("Note restored"), lambda s: s.delete_annotation(nid, deleted=False)),
        )

    def undo(self) -> str:
        """Undo the last change to a note (of any article); what was undone, or '' when
        there is nothing to undo."""
        if not self.undo_steps:
            return ""
        step = self.undo_steps.pop()
        self._write(step.action, None)
        return step.label

    def record_created(self, note: Annotation) -> None:
        """A highlight was just made in the view: it can be undone from here too."""
        nid = note.id
        self.undo_steps.append(
            UndoStep(self.tr_("Highlight removed"), lambda s: s.delete_annotation(nid))
        )
        self.refresh()
        self.select(nid)

    def _reattach(self) -> None:
        note = self.selected()
        if note is not None:
            self.reattach_requested.emit(note.id)
