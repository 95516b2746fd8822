"""Composition root of the desktop app: open the library, build the window, run.

The full window arrives with the app issue; until then this shows the library's newest
articles so that ``reader`` with no command opens something real.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.store import Store, StoreError


def run(db: Path) -> int:
    if os.geteuid() == 0 if hasattr(os, "geteuid") else False:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.ui.placeholder import PlaceholderWindow

    qt_app = QApplication.instance() or QApplication(sys.argv)
    try:
        store = Store.open(db)
    except StoreError as err:
        QMessageBox.critical(None, "Cannot open the library", str(err))
        return 1
    window = PlaceholderWindow(store)
    window.show()
    try:
        return int(qt_app.exec())
    finally:
        store.close()
