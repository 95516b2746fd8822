"""File → Export as PDF… and Print… in the real window, offscreen: the current
article, a selection, a collection; replacing a file only when the user says so;
printing through a real QPrinter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.export.pdf import PdfOptions
from reader.model import SearchFilter
from reader.ui.export_dialogs import ExportDialog, choices_of, paint_pdf
from reader.ui.sidebar import ListSpec
from tests.pdf_checks import outline_titles, pdftotext, squeeze
from tests.ui.conftest import Harness

CHOPS = "company-chops-and-seals"


def _menu_texts(h: Harness) -> list[str]:
    file_menu = h.window.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions()]


def test_current_article_to_pdf(qtbot: QtBot, sample_window: Harness, tmp_path: Path) -> None:
    w = sample_window.window
    assert "Export as PDF…" in _menu_texts(sample_window)
    assert "Print…" in _menu_texts(sample_window)
    w.open_article("sample", CHOPS, "th")
    choices = choices_of(w)
    assert [c.kind for c in choices] == ["article"]
    target = tmp_path / "chops.pdf"
    result = w.pdf_exporter.export_to(choices[0], PdfOptions(), target)
    assert result is not None and result.pages >= 1
    title = sample_window.store.document(CHOPS, "th").summary.title
    assert squeeze(title) in squeeze(pdftotext(target))
    assert str(target) in w.statusBar().currentMessage()


def test_existing_file_is_replaced_only_when_confirmed(
    qtbot: QtBot, sample_window: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = sample_window.window
    w.open_article("sample", CHOPS, "en")
    choice = choices_of(w)[0]
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"the client's copy")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert w.pdf_exporter.export_to(choice, PdfOptions(), target) is None
    assert target.read_bytes() == b"the client's copy"
    assert w.pdf_exporter.export_to(choice, PdfOptions(), target) is not None
    assert target.read_bytes().startswith(b"%PDF")


def test_selection_and_collection_become_binders(
    qtbot: QtBot, sample_window: Harness, tmp_path: Path
) -> None:
    w = sample_window.window
    sample_window.store.add_to_collection(
        "Matter 7", ["company-chops-and-seals", "what-is-a-judicial-interpretation"]
    )
    w.show_spec(ListSpec("Matter 7", SearchFilter(collection="Matter 7"), "collection"))
    assert w.model.rowCount() == 2
    selection = w.table.selectionModel()
    for row in range(2):
        index = w.model.index(row, 0)
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    kinds = [c.kind for c in choices_of(w)]
    assert "selection" in kinds and kinds[-1] == "collection"
    dialog = ExportDialog(choices_of(w), PdfOptions(), False, w)
    assert dialog.choice().kind == "collection"  # the last offer is the default
    assert not dialog.annotations.isEnabled()
    dialog.deleteLater()
    for choice in choices_of(w):
        if choice.kind == "article":
            continue
        target = tmp_path / f"{choice.kind}.pdf"
        result = w.pdf_exporter.export_to(choice, PdfOptions(), target)
        assert result is not None and result.articles == 2
        top = [t for depth, t, _ in outline_titles(target) if depth == 0]
        assert top[0] == "Contents" and len(top) == 3
    assert "Matter 7" in pdftotext(tmp_path / "collection.pdf", 1, 1)


def test_print_draws_every_page(qtbot: QtBot, sample_window: Harness, tmp_path: Path) -> None:
    w = sample_window.window
    w.open_article("sample", CHOPS, "en")
    source = tmp_path / "source.pdf"
    result = w.pdf_exporter.export_to(choices_of(w)[0], PdfOptions(), source)
    assert result is not None
    document = QPdfDocument()
    document.load(str(source))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setFullPage(True)
    assert paint_pdf(document, printer) == result.pages
    document.close()
    check = QPdfDocument()
    check.load(str(printed))
    assert check.pageCount() == result.pages
    check.close()


def test_cancelling_a_binder_writes_nothing(
    qtbot: QtBot, sample_window: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr("reader.export.pdf_binder.BINDER_CHUNK", 1)  # a progress step per article
    w = sample_window.window
    w.show_spec(ListSpec("All", SearchFilter(), "newest"))
    selection = w.table.selectionModel()
    for row in range(4):
        selection.select(
            w.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    choice = next(c for c in choices_of(w) if c.kind == "selection")

    def press_cancel() -> None:
        dialogs = w.findChildren(QProgressDialog)
        if dialogs:
            dialogs[0].cancel()
        else:
            QTimer.singleShot(10, press_cancel)

    QTimer.singleShot(0, press_cancel)
    target = tmp_path / "cancelled.pdf"
    assert w.pdf_exporter.export_to(choice, PdfOptions(), target) is None
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert "cancelled" in w.statusBar().currentMessage()
