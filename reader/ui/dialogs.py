"""Dialogs: sources, preferences, keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.i18n import tr
from reader.model import LANGUAGES
from reader.settings import Settings
from reader.store import Store
from reader.sync.sources import canonical_url, source_key, web_address_problem
from reader.sync.sources.cjo import DEFAULT_BASE_URL, DEFAULT_LANGUAGE_URL, DEFAULT_LANGUAGES
from reader.ui.tasks import Worker


def _ok_cancel(form: QFormLayout, accept: Callable[[], None], reject: Callable[[], None]) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject)
    form.addRow(buttons)


class LanguagePicker(QListWidget):
    """Checkable languages in a chosen order (drag to reorder)."""

    def __init__(self, chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        order = list(chosen) + [c for c in LANGUAGES if c not in chosen]
        for code in order:
            item = QListWidgetItem(f"{LANGUAGES[code]} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out


class SourceEditor(QDialog):
    """Add or edit one source."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        kind: str = "cjo",
        values: dict[str, object] | None = None,
    ) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(tr("Source"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(tr("China Justice Observer"), "cjo")
        self.kind.addItem(tr("RSS or Atom feed"), "feed")
        self.kind.setCurrentIndex(0 if kind == "cjo" else 1)
        self.kind.setEnabled(not values)
        self.name = QLineEdit(str(values.get("name") or ""))
        self.url = QLineEdit(
            str(values.get("url") or DEFAULT_BASE_URL if kind == "cjo" else values.get("url") or "")
        )
        self.language_url = QLineEdit(str(values.get("language_url") or DEFAULT_LANGUAGE_URL))
        langs = values.get("languages") or list(DEFAULT_LANGUAGES)
        self.languages = LanguagePicker([str(x) for x in langs] if isinstance(langs, list) else [])
        self.delay = QDoubleSpinBox()
        self.delay.setRange(0.0, 60.0)
        self.delay.setSingleStep(0.25)
        self.delay.setValue(float(str(values.get("delay", 0.25))))
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Address"), self.url)
        form.addRow(tr("Translations at"), self.language_url)
        form.addRow(tr("Languages"), self.languages)
        form.addRow(tr("Pause between requests (s)"), self.delay)
        _ok_cancel(form, self._check, self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        cjo = self.kind.currentData() == "cjo"
        self.language_url.setEnabled(cjo)
        self.languages.setEnabled(cjo)

    def _check(self) -> None:
        url = self.url.text().strip()
        if not url.startswith(("http://", "https://")):
            QMessageBox.warning(
                self, tr("Source"), tr("The address must start with http:// or https://.")
            )
            return
        if web_address_problem(url) is not None:  # no host, or one no one can read
            QMessageBox.warning(
                self,
                tr("Source"),
                tr("The address needs a valid host name, as in https://example.org/feed/."),
            )
            return
        if self.kind.currentData() == "cjo" and "{lang}" not in self.language_url.text():
            QMessageBox.warning(
                self, tr("Source"), tr("The translations address must contain {lang}.")
            )
            return
        self.accept()

    def result_values(self) -> dict[str, object]:
        url = self.url.text().strip()
        kind = str(self.kind.currentData())
        name = self.name.text().strip() or (
            "cjo" if kind == "cjo" else canonical_url(url).split("//", 1)[-1].split("/")[0]
        )
        config: dict[str, object] = {"delay": self.delay.value()}
        if kind == "cjo":
            langs = self.languages.chosen()
            config["language_url"] = self.language_url.text().strip()
            config["languages"] = langs if "en" in langs else ["en", *langs]
        return {"kind": kind, "name": name, "url": url, "config": config}


class SourcesDialog(QDialog):
    def __init__(
        self,
        store: Store,
        worker: Worker,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.worker = worker
        self.changed = changed
        self.setWindowTitle(tr("Sources"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Kind"), tr("Address")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.remove_button = QPushButton(tr("Remove"))
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.reload()

    def reload(self) -> None:
        sources = self.store.sources()
        self.table.setRowCount(len(sources))
        for i, s in enumerate(sources):
            for j, text in enumerate(
                (s.name, s.kind + (" (sample)" if s.sample else ""), s.base_url)
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def _after(self, _result: object = None) -> None:
        self.reload()
        self.changed()

    def add(self) -> None:
        editor = SourceEditor(self)
        if not editor.exec():
            return
        v = editor.result_values()

        def task(store: Store) -> None:
            kind, url = str(v["kind"]), str(v["url"])
            config = v["config"]
            assert isinstance(config, dict)
            # A duplicate raises Conflict; the worker shows its message.
            store.add_source(
                str(v["name"]),
                kind,
                source_key(kind, url),
                title=str(v["name"]),
                base_url=url,
                config=config,
            )

        self.worker.submit(task, self._after)

    def edit(self) -> None:
        name = self._selected()
        src = self.store.source(name) if name else None
        if src is None or src.sample:
            return
        values: dict[str, object] = {"name": src.name, "url": src.base_url, **src.config}
        editor = SourceEditor(self, kind=src.kind, values=values)
        if not editor.exec():
            return
        v = editor.result_values()
        edited = v["config"]
        assert isinstance(edited, dict)
        config = {**src.config, **edited}
        self.worker.submit(
            lambda s: s.update_source(src.name, base_url=str(v["url"]), config=config), self._after
        )

    def remove(self) -> None:
        name = self._selected()
        if not name:
            return
        answer = QMessageBox.question(
            self,
            tr("Remove source"),
            tr(
                "Remove {name} and its articles from the library? Bookmarks, collections and "
                "notes are kept and come back if you add the source again."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.submit(lambda s: s.remove_source(name), self._after)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout(self)
        self.languages = LanguagePicker(settings.get("content_languages"))
        self.theme = QComboBox()
        for t in ("light", "dark", "sepia"):
            self.theme.addItem(tr(t.title()), t)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("theme"))))
        self.font_size = QSpinBox()
        self.font_size.setRange(10, 40)
        self.font_size.setValue(settings.get("font_size"))
        self.interval = QSpinBox()
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(tr(" min (0 = manual)"))
        self.interval.setValue(settings.get("sync_interval_minutes"))
        self.library = QLineEdit(settings.get("library_path"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        lib_row = QHBoxLayout()
        lib_row.addWidget(self.library)
        lib_row.addWidget(browse)
        self.paper = QComboBox()
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get("paper_size"))))
        form.addRow(tr("Content languages (in order)"), self.languages)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Font size"), self.font_size)
        form.addRow(tr("Sync automatically every"), self.interval)
        form.addRow(tr("Library file (applies at next start)"), lib_row)
        form.addRow(tr("Paper size for PDF"), self.paper)
        _ok_cancel(form, self._save, self.reject)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Library file"),
            self.library.text(),
            tr("Libraries (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.library.setText(path)

    def _save(self) -> None:
        langs = self.languages.chosen() or ["en"]
        self.settings.set("content_languages", langs)
        self.settings.set("theme", str(self.theme.currentData()))
        self.settings.set("font_size", self.font_size.value())
        self.settings.set("sync_interval_minutes", self.interval.value())
        self.settings.set("library_path", self.library.text().strip())
        self.settings.set("paper_size", str(self.paper.currentData()))
        self.accept()


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        rows = [
            (a.text().replace("&", ""), a.shortcut().toString())
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        rows.append((tr("Open the selected article"), "Enter"))
        rows.append((tr("Move in the list"), "↑ ↓"))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (text, keys) in enumerate(sorted(rows)):
            table.setItem(i, 0, QTableWidgetItem(text))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.resizeColumnToContents(0)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table


class FailuresDialog(QDialog):
    """What the last sync could not fetch, and why."""

    def __init__(self, failures: Sequence[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sync failures"))
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(failures), 3)
        table.setHorizontalHeaderLabels([tr("Source"), tr("Article"), tr("Problem")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, f in enumerate(failures):
            for j, key in enumerate(("source", "article", "error")):
                table.setItem(i, j, QTableWidgetItem(f.get(key, "")))
        table.resizeColumnsToContents()
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table
