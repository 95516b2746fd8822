"""A minimal window listing the library until the real main window lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from reader import APP_NAME
from reader.store import Store


class PlaceholderWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        info = store.info()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        sample = any(s.sample for s in store.sources())
        label = QLabel(  # i18n: not translated (the first window, no longer opened by the app)
            f"{info.articles} articles in {len(info.languages)} languages"
            + (" — sample content, written for this app" if sample else "")
        )
        layout.addWidget(label)
        self.list = QListWidget(central)
        for row in store.list_articles(limit=200):
            when = row.published.isoformat() if row.published else ""
            self.list.addItem(f"{when}   {row.title}   [{', '.join(row.languages)}]")
        layout.addWidget(self.list)
        self.setCentralWidget(central)
        self.resize(900, 600)
