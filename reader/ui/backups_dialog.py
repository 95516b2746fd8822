"""The Backups dialog: the library's backups with date, kind and size; back up now;
choose one to restore; delete one; the schedule of automatic backups.

"Back up now" hands the work to a callable that runs it in the background (the app's
writer thread) and calls back. The dialog does not restore by itself: restoring replaces the library file, so the
window that owns the library has to close first. ``exec()`` returns Accepted with
``chosen`` set to the backup the user confirmed, and the caller restores it (see
``reader.ui.library_actions.restore``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.i18n import N_, format_datetime, locale, tr
from reader.settings import Settings
from reader.store import BackupFile, backup_files, backups_folder

KINDS = {
    "auto": N_("Automatic"),
    "manual": N_("Made by hand"),
    "replaced": N_("Replaced by a restore"),
    "copy": N_("Copy"),
}


def kind_label(reason: str) -> str:
    if reason.startswith("pre-migration-v"):
        return tr("Before an upgrade (from schema {v})").format(v=reason.rsplit("v", 1)[1])
    return tr(KINDS.get(reason, reason))


def size_label(size: int) -> str:
    """1.5 MB, 1,5 Mo, ١٫٥ م.ب: the interface language's units and decimal sign."""
    fmt = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    precision = 0 if size < 1024 * 1024 else 1 if size < 1024**3 else 2
    return locale().formattedDataSize(max(size, 1024), precision, fmt)


class BackupsDialog(QDialog):
    def __init__(
        self,
        library: Path,
        settings: Settings,
        back_up_now: Callable[[Callable[[Path], None], Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.back_up_now = back_up_now
        self.chosen: Path | None = None
        self.backups: list[BackupFile] = []
        self.setWindowTitle(tr("Backups"))
        self.resize(720, 440)

        intro = QLabel(
            tr(
                "Backups of {library}. Restoring one replaces the library; the current "
                "file is kept in the backups folder first, so a restore can be undone."
            ).format(library=library)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Kind"), tr("Size"), tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(tr("No backups yet."))

        self.backup_button = QPushButton(tr("Back up now"))
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.folder_button = QPushButton(tr("Show folder"))
        self.folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.folder_button)

        self.interval = QSpinBox()
        self.interval.setRange(0, 24 * 30)
        self.interval.setSuffix(tr(" hours"))
        self.interval.setSpecialValueText(tr("never"))
        self.interval.setValue(settings.get("backup_interval_hours"))
        self.kept = QSpinBox()
        self.kept.setRange(1, 100)
        self.kept.setValue(settings.get("backups_kept"))
        form = QFormLayout()
        form.addRow(tr("Back up automatically every"), self.interval)
        form.addRow(tr("Automatic backups to keep"), self.kept)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.backups = backup_files(self.library)
        self.table.clearSelection()  # rows shift: never leave another backup selected
        self.table.setRowCount(len(self.backups))
        for i, b in enumerate(self.backups):
            when = format_datetime(b.created)
            cells = [when, kind_label(b.reason), size_label(b.size), b.path.name]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.backups)
        self._selection_changed()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.delete_button.setEnabled(self.selected() is not None)

    def make_backup(self) -> None:
        """Ask for a backup; ``back_up_now`` calls back (on the GUI thread) when done."""
        self.backup_button.setEnabled(False)
        self.backup_button.setText(tr("Backing up…"))
        self.back_up_now(self._backed_up, self._backup_failed)

    def _backed_up(self, made: Path) -> None:
        self._backup_finished()
        self.reload()
        for i, b in enumerate(self.backups):
            if b.path == made:
                self.table.selectRow(i)

    def _backup_failed(self, message: str) -> None:
        self._backup_finished()
        QMessageBox.warning(self, APP_NAME, tr("No backup was made: {e}").format(e=message))

    def _backup_finished(self) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(tr("Back up now"))

    def confirm_restore(self, backup: BackupFile) -> bool:
        when = format_datetime(backup.created)
        answer = QMessageBox.question(
            self,
            tr("Restore a backup"),
            tr(
                "Replace the library with the backup of {when}?\n\nEverything changed "
                "since then is replaced. The current library is kept in the backups "
                "folder first, so you can restore it again."
            ).format(when=when),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm_restore(backup):
            return
        self.chosen = backup.path
        self.accept()

    def confirm_delete(self, backup: BackupFile) -> bool:
        when = format_datetime(backup.created)
        answer = QMessageBox.question(
            self,
            tr("Delete a backup"),
            tr("Delete the backup of {when} ({kind}, {size})? This cannot be undone.").format(
                when=when, kind=kind_label(backup.reason), size=size_label(backup.size)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm_delete(backup):
            return
        try:
            backup.path.unlink(missing_ok=True)
        except OSError as err:
            QMessageBox.warning(self, APP_NAME, tr("Not deleted: {e}").format(e=err))
        self.reload()

    def show_folder(self) -> None:
        folder = backups_folder(self.library)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:
        self.settings.set("backup_interval_hours", self.interval.value())
        self.settings.set("backups_kept", self.kept.value())
        self.settings.save()
        super().done(result)
