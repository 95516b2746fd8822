"""Highlighting from the reading view, the notes panel's wiring, undo and the notebook.

The window calls :func:`add_annotation_actions` once its reading view, notes panel and
menus exist; the controller it returns owns the annotation actions, so that the main
window stays a composition of parts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QMessageBox,
)

from reader import i18n
from reader.export import annotations_md, annotations_w3c
from reader.export.annotations_scope import gather
from reader.export.annotations_w3c import AnnotationFileError
from reader.export.files import write_text_atomic
from reader.i18n import trn
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
        # The article in the view, whether or not the list shows it.
        self.view.bookmark_requested.connect(
            lambda: window.collection_actions.bookmark_shown_article()
        )
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
        done = self.panel.undo()
        self._say(done + "." if done else self.tr_("Nothing to undo."))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    # ---- export and import ---------------------------------------------------------

    def export_notes(self) -> None:
        """Export notes (this article, the collection shown, or all) to Markdown or to
        W3C Web Annotation JSON-LD."""
        tr = self.tr_
        scopes: list[tuple[str, dict[str, str | None]]] = []
        if self.view.current is not None:
            source, slug, _lang = self.view.current
            scopes.append((tr("This article"), {"slug": slug, "source": source}))
        collection = self.window.current_collection()
        if collection:
            scopes.append(
                (tr("The collection “{name}”").format(name=collection), {"collection": collection})
            )
        scopes.append((tr("All notes in the library"), {}))
        dialog = QDialog(self.window)
        dialog.setWindowTitle(tr("Export notes"))
        form = QFormLayout(dialog)
        scope = QComboBox()
        for label, _ in scopes:
            scope.addItem(label)
        form.addRow(tr("Notes of"), scope)
        fmt = QComboBox()
        fmt.addItem(tr("Markdown (to read, print or paste)"), "md")
        fmt.addItem(tr("W3C Web Annotation JSON-LD (to import again)"), "json")
        form.addRow(tr("Format"), fmt)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        where = scopes[scope.currentIndex()][1]
        kind = str(fmt.currentData())
        suffix, name_filter = (
            (".md", tr("Markdown (*.md)"))
            if kind == "md"
            else (".jsonld", tr("Web Annotation JSON-LD (*.jsonld *.json)"))
        )
        stem = where.get("slug") or where.get("collection") or "notes"
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export notes"), str(Path.home() / f"{stem}{suffix}"), name_filter
        )
        if not path:
            return  # the file dialog itself asked before replacing a file
        self.export_to(Path(path), kind, where)

    def export_to(self, target: Path, kind: str, where: dict[str, str | None]) -> None:
        """Write the notes of ``where`` (slug and source, or collection, or nothing for
        all) to ``target`` as ``md`` or ``json``, on the search worker."""

        def work(s: Store) -> int:
            aset = gather(
                s,
                slug=where.get("slug"),
                source=where.get("source"),
                collection=where.get("collection"),
            )
            text = annotations_md.render(aset) if kind == "md" else annotations_w3c.dumps(aset)
            try:
                write_text_atomic(target, text)
            except OSError as err:
                raise StoreError(
                    i18n.tr("Cannot write {path}: {error}.").format(
                        path=target, error=err.strerror or err
                    )
                ) from err
            return aset.total

        self.window.searcher.submit(
            work,
            lambda n: self._say(trn("Exported %Ln note(s) to {path}.", n).format(path=target)),
            self.window.show_error,
        )

    def import_notes(self) -> None:
        tr = self.tr_
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Import notes"),
            str(Path.home()),
            tr("Web Annotation JSON-LD (*.jsonld *.json);;All files (*)"),
        )
        if not path:
            return
        self.import_from(Path(path))

    def import_from(self, source: Path) -> None:
        """Import a Web Annotation JSON-LD file on the writer; report what came in."""
        tr = self.tr_

        def work(s: Store) -> str:
            try:
                report = annotations_w3c.import_file(s, source)
            except (AnnotationFileError, OSError) as err:
                raise StoreError(f"{source.name}: {err}") from err
            return annotations_w3c.counts_text(report)

        def done(summary: str) -> None:
            self._say(summary)
            QMessageBox.information(self.window, tr("Import notes"), summary)
            self.panel.refresh()
            self._changed()

        self.window.worker.submit(work, done, self.window.show_error)

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
    window: MainWindow, article: QMenu, view: QMenu, file: QMenu, tr: Callable[[str], str]
) -> AnnotationController:
    ctl = AnnotationController(window, tr)
    file.addSeparator()
    file.addAction(window._action("Export notes…", ctl.export_notes))
    file.addAction(window._action("Import notes…", ctl.import_notes))
    _action = window._action  # the window's helper: a translated, shortcut-carrying action
    article.addSeparator()
    article.addAction(
        _action("Highlight selection", lambda: ctl.highlight_selection(), "Ctrl+Shift+H")
    )
    article.addAction(
        _action(
            "Highlight with note…", lambda: ctl.highlight_selection("yellow", True), "Ctrl+Shift+N"
        )
    )
    undo: QAction = _action("Undo note change", ctl.undo, "Ctrl+Z")
    article.addAction(undo)
    view.addSeparator()
    view.addAction(_action("Notebook…", ctl.show_notebook, "Ctrl+Shift+B"))
    return ctl
