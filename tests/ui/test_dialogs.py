from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.dialogs import PreferencesDialog, ShortcutsDialog, SourceEditor, SourcesDialog
from tests.ui.conftest import Harness


def test_sources_dialog_adds_and_removes(
    qtbot: QtBot, sample_window: Harness, monkeypatch: object
) -> None:
    h = sample_window
    dialog = SourcesDialog(h.store, h.worker, h.window.refresh_all, h.window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # the sample library

    def fake_exec(editor: SourceEditor) -> int:
        editor.kind.setCurrentIndex(1)  # feed
        editor.url.setText("https://npc.example/feed/")
        editor.name.setText("NPC")
        return 1

    monkeypatch.setattr(SourceEditor, "exec", fake_exec)  # type: ignore[attr-defined]
    dialog.add()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    src = h.store.source("NPC")
    assert src is not None and src.kind == "feed" and src.base_url == "https://npc.example/feed/"
    dialog.table.selectRow([dialog.table.item(i, 0).text() for i in range(2)].index("NPC"))
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[attr-defined]
    dialog.remove()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert h.store.source("NPC") is None


def test_source_editor_refuses_bad_addresses(qtbot: QtBot, monkeypatch: object) -> None:
    editor = SourceEditor()
    qtbot.addWidget(editor)
    warnings: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))  # type: ignore[attr-defined]
    editor.url.setText("chinajusticeobserver.com")
    editor._check()
    editor.url.setText("https://chinajusticeobserver.com")
    editor.language_url.setText("https://example.org/zh")
    editor._check()
    assert len(warnings) == 2 and "{lang}" in warnings[1]
    for unreadable in ("https:///feed", "https://[chinajusticeobserver.com/feed"):
        editor.url.setText(unreadable)
        editor._check()
        assert "host name" in warnings[-1]
    assert len(warnings) == 4
    values = SourceEditor().result_values()
    assert values["kind"] == "cjo" and values["config"]["languages"][0] == "en"  # type: ignore[index]


def test_preferences_save_settings(qtbot: QtBot, sample_window: Harness) -> None:
    dialog = PreferencesDialog(sample_window.settings, sample_window.window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(22)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog._save()
    s = sample_window.settings
    assert (s.get("theme"), s.get("font_size"), s.get("paper_size")) == ("dark", 22, "letter")


def test_shortcuts_are_listed(qtbot: QtBot, sample_window: Harness) -> None:
    dialog = ShortcutsDialog(sample_window.window.actions(), sample_window.window)
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(i, 1).text() for i in range(dialog.table.rowCount())}
    assert {"J", "K", "Ctrl+K", "F5", "Ctrl+D"} <= keys
