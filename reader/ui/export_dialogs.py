"""File → Export as PDF… and Print…: the current article, the articles selected in the
list, or the collection shown, as one PDF (a binder when there are several).

Exporting asks what to export and how (paper, paragraph numbers, annotations), then
where; an existing file is replaced only when the user says so. A binder shows a
progress dialog whose Cancel stops it and leaves the target untouched.

Printing makes the same PDF in a temporary folder and hands it to the print preview
(whose Print button opens the system print dialog); its pages are drawn at the
printer's resolution (at most 300 dpi), as Qt WebEngine's own printing does.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.export.pdf import (
    ExportCancelled,
    ExportResult,
    PdfOptions,
    PrintError,
    TargetError,
    export_article,
)
from reader.export.pdf_binder import export_binder, export_collection
from reader.export.pdf_notes import AnnotationsUnavailable, require
from reader.i18n import format_number, tr, trn
from reader.store import Store, StoreError

log = logging.getLogger(__name__)
_MAX_PRINT_DPI = 300


@dataclass(frozen=True)
class Choice:
    """What to export: one article, a selection, or a collection."""

    kind: str  # "article", "selection" or "collection"
    label: str
    items: tuple[tuple[str, str, str], ...] = ()  # (source, slug, lang)
    collection: str = ""

    @property
    def default_name(self) -> str:
        base = self.collection or (self.items[0][1] if len(self.items) == 1 else "binder")
        safe = "".join(c if c.isalnum() or c in "-_ " else "-" for c in base).strip()
        return f"{safe or 'export'}.pdf"


def choices_of(window: Any) -> list[Choice]:
    """What the window offers: the article shown, the selected rows (two or more), the
    collection whose list is shown."""
    found: list[Choice] = []
    current = getattr(window.view, "current", None)
    if current is not None:
        found.append(Choice("article", tr("This article"), (tuple(current),)))
    rows = sorted({i.row() for i in window.table.selectionModel().selectedRows()})
    selected = [s for s in (window.model.summary(r) for r in rows) if s is not None]
    if len(selected) > 1:
        found.append(
            Choice(
                "selection",
                trn("The %Ln selected article(s)", len(selected)),
                tuple((s.source, s.slug, s.lang) for s in selected),
            )
        )
    spec = getattr(window, "_spec", None)
    name = spec.filter.collection if spec is not None else None
    if name:
        found.append(
            Choice("collection", tr("The collection “{name}”").format(name=name), collection=name)
        )
    return found


class ExportDialog(QDialog):
    """What to export and with which options."""

    def __init__(
        self, choices: list[Choice], options: PdfOptions, annotations: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export as PDF"))
        self.choices = choices
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Export")))
        self.buttons: list[QRadioButton] = []
        for c in choices:
            button = QRadioButton(c.label)
            self.buttons.append(button)
            layout.addWidget(button)
        # A selection or a collection is what the user most likely means when shown.
        self.buttons[-1].setChecked(True)
        form = QFormLayout()
        self.paper = QComboBox()
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("US Letter"), "letter")
        self.paper.setCurrentIndex(0 if options.paper == "a4" else 1)
        form.addRow(tr("Paper"), self.paper)
        self.numbers = QCheckBox(tr("Number paragraphs for pinpoint citation"))
        self.numbers.setChecked(options.paragraph_numbers)
        form.addRow("", self.numbers)
        self.annotations = QCheckBox(tr("Include highlights and notes"))
        self.annotations.setEnabled(annotations)
        if not annotations:
            self.annotations.setToolTip(tr("Annotations are not available in this version."))
        form.addRow("", self.annotations)
        layout.addLayout(form)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def choice(self) -> Choice:
        for button, c in zip(self.buttons, self.choices, strict=True):
            if button.isChecked():
                return c
        return self.choices[0]

    def options(self, base: PdfOptions) -> PdfOptions:
        return replace(
            base,
            paper=str(self.paper.currentData()),
            paragraph_numbers=self.numbers.isChecked(),
            annotations=self.annotations.isChecked(),
        )


class PdfExporter:
    """Runs an export for the window, with progress and cancel for binders."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.store: Store = window.store

    def base_options(self) -> PdfOptions:
        return PdfOptions.from_settings(self.window.settings)

    def annotations_available(self) -> bool:
        try:
            require(self.store)
        except AnnotationsUnavailable:
            return False
        return True

    def run(self, choice: Choice, options: PdfOptions, target: Path, force: bool) -> ExportResult:
        """Export ``choice`` to ``target``; raises the export's errors."""
        if choice.kind == "article":
            source, slug, lang = choice.items[0]
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return export_article(
                    self.store,
                    slug,
                    target,
                    lang=lang,
                    source=source,
                    options=options,
                    force=force,
                )
            finally:
                QGuiApplication.restoreOverrideCursor()
        progress = QProgressDialog(tr("Preparing the binder…"), tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(tr("Export as PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def report(done: int, total: int, title: str) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                tr("Printed {done} of {total}: {title}").format(
                    done=format_number(done), total=format_number(total), title=title
                )
            )
            QGuiApplication.processEvents()
            return not progress.wasCanceled()

        try:
            if choice.kind == "collection":
                return export_collection(
                    self.store,
                    choice.collection,
                    target,
                    options=options,
                    force=force,
                    progress=report,
                )
            items = [(source, slug) for source, slug, _ in choice.items]
            langs = tuple(dict.fromkeys(lang for _, _, lang in choice.items))
            return export_binder(
                self.store,
                items,
                target,
                name=tr("Selected articles"),
                options=replace(options, languages=langs + options.languages),
                force=force,
                progress=report,
            )
        finally:
            progress.close()
            progress.deleteLater()

    # ---- the menu actions ------------------------------------------------------------

    def ask_and_export(self) -> None:
        choices = choices_of(self.window)
        if not choices:
            self.window.show_error(tr("Choose an article, select articles or open a collection."))
            return
        dialog = ExportDialog(
            choices, self.base_options(), self.annotations_available(), self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice, options = dialog.choice(), dialog.options(self.base_options())
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Export as PDF"),
            str(Path.home() / choice.default_name),
            tr("PDF files (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        self.export_to(choice, options, target)

    def export_to(self, choice: Choice, options: PdfOptions, target: Path) -> ExportResult | None:
        """Export, asking before an existing file is replaced; errors are shown."""
        force = False
        if target.exists():
            answer = QMessageBox.question(
                self.window,
                APP_NAME,
                tr("{name} already exists. Replace it?").format(name=target.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            force = True
        try:
            result = self.run(choice, options, target, force)
        except ExportCancelled:
            self.window.statusBar().showMessage(tr("Export cancelled; nothing was written."), 5000)
            return None
        except (TargetError, PrintError, StoreError, AnnotationsUnavailable) as err:
            self.window.show_error(str(err))
            return None
        self.window.statusBar().showMessage(
            trn("Exported %Ln page(s) to {path}", result.pages).format(path=result.path), 8000
        )
        return result

    def print_(self) -> None:
        choices = choices_of(self.window)
        if not choices:
            self.window.show_error(tr("Choose an article, select articles or open a collection."))
            return
        choice = choices[0] if len(choices) == 1 else self._pick(choices)
        if choice is None:
            return
        with tempfile.TemporaryDirectory(prefix="lexsinica-print-") as tmp:
            target = Path(tmp) / "print.pdf"
            try:
                self.run(choice, self.base_options(), target, force=False)
            except ExportCancelled:
                return
            except (TargetError, PrintError, StoreError) as err:
                self.window.show_error(str(err))
                return
            preview_pdf(target, self.window)

    def _pick(self, choices: list[Choice]) -> Choice | None:
        dialog = ExportDialog(choices, self.base_options(), False, self.window)
        dialog.setWindowTitle(tr("Print"))
        dialog.paper.setEnabled(False)
        dialog.numbers.setEnabled(False)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the document's pages on ``printer`` (at most 300 dpi); returns pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    try:
        dpi = min(printer.resolution(), _MAX_PRINT_DPI)
        first, last = printer.fromPage(), printer.toPage()
        pages = range(document.pageCount())
        if first > 0:
            pages = range(first - 1, min(last or document.pageCount(), document.pageCount()))
        for i in pages:
            if drawn:
                printer.newPage()
            size_pt = document.pagePointSize(i)
            image = document.render(
                i, QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72))
            )
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            target = QRectF(QPointF(0, 0), paper.size().toSizeF())
            painter.drawImage(target, image)
            drawn += 1
    finally:
        painter.end()
    return drawn


def preview_pdf(path: Path, parent: QWidget, exec_: Callable[[QDialog], int] | None = None) -> None:
    """The print preview of a PDF file, with the system print dialog behind Print."""
    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(path.stem)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(tr("Print preview"))
    preview.paintRequested.connect(lambda p: paint_pdf(document, p))
    (exec_ or QDialog.exec)(preview)
    preview.deleteLater()
    document.close()
    document.deleteLater()
