"""Highlighting from the reading view, the notes panel's wiring, undo and the notebook.

The window calls :func:`add_annotation_actions` once its reading view, notes panel and
menus exist; the controller it returns owns the annotation actions, so that the main
window stays a composition of parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from reader.model import Annotation
from reader.store import Store, StoreError
from reader.ui.annotations_panel import NoteDialog
from reader.ui.notebook import Notebook

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class AnnotationController(QObject):
    def __init__(self, window: MainWindow, tr: Callable[[str], str]) -> None:
        super().__init__(window)
        self.window = window
        self.tr_ = tr
        self.view = window.view
        self.panel = window.notes_panel
        self.notebook: Notebook | None = None
        self.view.highlight_requested.connect(self.highlight_selection)
        self.view.bookmark_requested.connect(window.toggle_bookmark)
        self.panel.reveal.connect(self.view.reveal_annotation)
        self.panel.changed.connect(self._changed)
        self.panel.reattach_requested.connect(self.reattach)

    # ---- highlighting --------------------------------------------------------------

    def highlight_selection(self, colour: str = "yellow", with_note: bool = False) -> None:
        """Highlight what is selected in the article (asking for a note if wanted)."""
        if self.view.current is None:
            return
        source, slug, lang = self.view.current

        def got(span: tuple[int, int] | None) -> None:
            if span is None:
                self._say(self.tr_("Select some text in the article first."))
                return
            try:
                start, end = self.window.store.visible_span(slug, lang, *span, source=source)
                text = self.window.store.document(slug, lang, source=source).text
            except StoreError as err:
                self.window.show_error(str(err))
                return
            note, chosen = "", colour
            tags: tuple[str, ...] = ()
            if with_note:
                dialog = NoteDialog(text[start:end], self.tr_, colour=colour, parent=self.window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                note, tags, chosen = dialog.values()
            self.window.worker.submit(
                lambda s: s.annotate(
                    slug, lang, start, end, source=source, color=chosen, note=note, tags=tags
                ),
                self._created,
            )

        self.view.selection_offsets(got)

    def _created(self, note: Annotation) -> None:
        self.panel.record_created(note)
        self._changed()
        self.view.reveal_annotation(note.id)

    def reattach(self, annotation_id: int) -> None:
        if self.view.current is None:
            return
        source, slug, lang = self.view.current

        def got(span: tuple[int, int] | None) -> None:
            if span is None:
                self._say(self.tr_("Select the passage this note belongs to, then re-attach."))
                return

            def work(s: Store) -> Annotation:
                start, end = s.visible_span(slug, lang, *span, source=source)
                return s.reattach_annotation(annotation_id, start, end)

            self.window.worker.submit(work, lambda _n: self._changed_and_refresh())

        self.view.selection_offsets(got)

    def _changed_and_refresh(self) -> None:
        self.panel.refresh()
        self._changed()

    def _changed(self) -> None:
        self.view.reload_article(keep_position=True)
        self.window.refresh_annotation_marks()
        if self.notebook is not None and self.notebook.isVisible():
            self.notebook.reload()

    def undo(self) -> None:
        if not self.panel.undo():
            self._say(self.tr_("Nothing to undo."))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    # ---- notebook ------------------------------------------------------------------

    def show_notebook(self) -> None:
        if self.notebook is None:
            self.notebook = Notebook(self.window.store, self.window.searcher, self.tr_, self.window)
            self.notebook.open_requested.connect(self._open_from_notebook)
        self.notebook.reload()
        self.notebook.show()
        self.notebook.raise_()
        self.notebook.activateWindow()

    def _open_from_notebook(self, source: str, slug: str, lang: str, annotation_id: int) -> None:
        self.window.open_article(source, slug, lang)

        # The highlight exists once the page has loaded.
        def reveal(ok: bool) -> None:
            self.view.loadFinished.disconnect(reveal)
            if ok:
                self.view.reveal_annotation(annotation_id)
                self.panel.select(annotation_id)

        self.view.loadFinished.connect(reveal)


def add_annotation_actions(
    window: MainWindow, article: QMenu, view: QMenu, tr: Callable[[str], str]
) -> AnnotationController:
    ctl = AnnotationController(window, tr)
    act = window._action  # the window's helper: a translated, shortcut-carrying action
    article.addSeparator()
    article.addAction(act("Highlight selection", lambda: ctl.highlight_selection(), "Ctrl+Shift+H"))
    article.addAction(
        act("Highlight with note…", lambda: ctl.highlight_selection("yellow", True), "Ctrl+Shift+N")
    )
    undo: QAction = act("Undo note change", ctl.undo, "Ctrl+Z")
    article.addAction(undo)
    view.addSeparator()
    view.addAction(act("Notebook…", ctl.show_notebook, "Ctrl+Shift+B"))
    return ctl
