"""File → Export as PDF… and Print…, with the PDF machinery loaded on first use.

Printing needs Qt PDF, Qt Print Support and pikepdf, which together take a noticeable
share of the app's start-up when read from a cold disk; the menu entries are made at
start-up, the exporter (reader/ui/export_dialogs.py) when one is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.i18n import tr

if TYPE_CHECKING:
    from reader.ui.export_dialogs import PdfExporter


class LazyExporter:
    """Stands for the window's PdfExporter, creating it when first needed."""

    def __init__(self, window: Any) -> None:
        self._window = window
        self._real: PdfExporter | None = None

    def get(self) -> PdfExporter:
        if self._real is None:
            from reader.ui.export_dialogs import PdfExporter

            self._real = PdfExporter(self._window)
        return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


def add_export_actions(window: Any, menu: QMenu) -> LazyExporter:
    """Add Export as PDF… and Print… to ``menu``; the window keeps the exporter behind
    them as ``pdf_exporter``."""
    exporter = LazyExporter(window)
    export = QAction(tr("Export as PDF…"), window)
    export.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export.triggered.connect(lambda: exporter.get().ask_and_export())
    printing = QAction(tr("Print…"), window)
    printing.setShortcut(QKeySequence.StandardKey.Print)
    printing.triggered.connect(lambda: exporter.get().print_())
    for action in (export, printing):
        window.addAction(action)
        menu.addAction(action)
    window.pdf_exporter = exporter
    return exporter
