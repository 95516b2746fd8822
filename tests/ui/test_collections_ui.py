"""Bookmarks and collections from the window: real widgets, the real worker, a real
library file; every step is checked in the store and in what the window shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.model import SearchFilter
from reader.ui.collections_ui import (
    AddToCollectionDialog,
    EditCollectionDialog,
    collection_spec,
)
from reader.ui.sidebar import ListSpec
from tests.ui.conftest import Harness


def _answer(fill: Callable[[QWidget], None], seen: list[str] | None = None) -> None:
    """Answer the next modal dialog with ``fill`` (it opens once the action runs)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        if seen is not None:
            seen.append(
                dialog.findChild(QWidget, "qt_msgbox_label").text()
                if isinstance(dialog, QMessageBox)
                else type(dialog).__name__
            )
        fill(dialog)

    QTimer.singleShot(0, run)


def _slugs(h: Harness, name: str) -> list[str]:
    return [slug for _, slug in h.store.collection_slugs(name)]


def _listed(h: Harness) -> list[str]:
    m = h.window.model
    return [m.summary(r).slug for r in range(m.rowCount())]  # type: ignore[union-attr]


def _select_rows(h: Harness, rows: list[int]) -> None:
    """Select rows as a click and Ctrl+clicks would (whatever modifiers Qt believes are
    still held after a simulated shortcut)."""
    sel = h.window.table.selectionModel()
    flags = sel.SelectionFlag
    model = h.window.model
    sel.setCurrentIndex(model.index(rows[0], 0), flags.ClearAndSelect | flags.Rows)
    for r in rows[1:]:
        sel.select(model.index(r, 0), flags.Select | flags.Rows)


def _new_collection(name: str, description: str) -> Callable[[QWidget], None]:
    def fill(d: QWidget) -> None:
        assert isinstance(d, AddToCollectionDialog)
        d.new_choice.setChecked(True)
        d.name.setText(name)
        d.description.setPlainText(description)
        d.accept()

    return fill


def _existing(name: str) -> Callable[[QWidget], None]:
    def fill(d: QWidget) -> None:
        assert isinstance(d, AddToCollectionDialog)
        d.existing_choice.setChecked(True)
        d.existing.setCurrentIndex(d.existing.findData(name))
        d.accept()

    return fill


def test_collection_from_the_selection_then_order_remove_rename_delete(
    qtbot: QtBot, sample_window: Harness
) -> None:
    h, w = sample_window, sample_window.window
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)
    first = _listed(h)[:3]
    actions = w.collection_actions
    assert not actions.move_up_action.isEnabled()  # not in a collection

    # Create a collection from two selected articles, with the keyboard shortcut.
    _select_rows(h, [0, 1])
    _answer(_new_collection("Matter: Acme v. Beta", "Arbitration in Shanghai"))
    w.activateWindow()
    qtbot.keyClick(
        w.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(h.store.collections()))
    name = "Matter: Acme v. Beta"
    assert _slugs(h, name) == first[:2]
    (c,) = h.store.collections()
    assert c.description == "Arbitration in Shanghai"
    qtbot.waitUntil(lambda: name in w.sidebar.spec_titles())
    assert w.sidebar.count_of(collection_spec(name)) == "2"

    # Add a third article (and one already in it) to the existing collection.
    _select_rows(h, [1, 2])
    _answer(_existing(name))
    actions.add_action.trigger()
    qtbot.waitUntil(lambda: len(_slugs(h, name)) == 3)
    assert _slugs(h, name) == first
    # The message comes with the worker's answer, a moment after the write.
    qtbot.waitUntil(lambda: "1 already in it" in w.statusBar().currentMessage())
    qtbot.waitUntil(lambda: w.sidebar.count_of(collection_spec(name)) == "3")

    # Show it: the list follows the collection's order; reorder with Alt+Up / Alt+Down.
    assert w.sidebar.select_title(name)
    qtbot.waitUntil(lambda: _listed(h) == first)
    _select_rows(h, [2])
    assert actions.move_up_action.isEnabled() and actions.remove_action.isEnabled()
    qtbot.keyClick(w.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected = [first[0], first[2], first[1]]
    qtbot.waitUntil(lambda: _slugs(h, name) == expected)
    qtbot.waitUntil(lambda: _listed(h) == expected)
    assert w.table.currentIndex().row() == 1  # the moved article stays selected
    qtbot.keyClick(w.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected = [first[2], first[0], first[1]]
    qtbot.waitUntil(lambda: _slugs(h, name) == expected and _listed(h) == expected)
    assert w.table.currentIndex().row() == 0
    qtbot.keyClick(w.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # top: nothing
    qtbot.keyClick(w.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    expected = [first[0], first[2], first[1]]
    qtbot.waitUntil(lambda: _slugs(h, name) == expected and _listed(h) == expected)

    # Remove the selected article from the collection: it stays in the library.
    removed = expected[1]
    _select_rows(h, [1])
    actions.remove_action.trigger()
    qtbot.waitUntil(lambda: _slugs(h, name) == [expected[0], expected[2]])
    qtbot.waitUntil(lambda: _listed(h) == [expected[0], expected[2]])
    assert w.sidebar.count_of(collection_spec(name)) == "2"
    assert h.store.document(removed) is not None

    # Rename and describe it from the sidebar's context menu: the list stays on it.
    menu = actions.build_sidebar_menu(collection_spec(name))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["New collection…", "Edit name and description…", "Delete collection…"]
    edit = menu.actions()[2]

    def rename(d: QWidget) -> None:
        assert isinstance(d, EditCollectionDialog)
        assert d.name.text() == name
        d.name.setText("Acme v. Beta (closed)")
        d.description.setPlainText("Award enforced in 2024")
        d.accept()

    _answer(rename)
    edit.trigger()
    new = "Acme v. Beta (closed)"
    qtbot.waitUntil(lambda: [c.name for c in h.store.collections()] == [new])
    assert h.store.collections()[0].description == "Award enforced in 2024"
    assert _slugs(h, new) == [expected[0], expected[2]]
    qtbot.waitUntil(lambda: new in w.sidebar.spec_titles() and name not in w.sidebar.spec_titles())
    qtbot.waitUntil(lambda: w.heading.text().startswith(f"<b>{new}</b>"))
    assert _listed(h) == [expected[0], expected[2]]

    # Delete it: the confirmation says the articles stay; they do.
    seen: list[str] = []
    _answer(lambda d: d.button(QMessageBox.StandardButton.Yes).click(), seen)  # type: ignore[attr-defined]
    actions.build_sidebar_menu(collection_spec(new)).actions()[3].trigger()
    qtbot.waitUntil(lambda: h.store.collections() == [])
    assert "stay in the library" in seen[0] and "2 article" in seen[0]
    qtbot.waitUntil(lambda: new not in w.sidebar.spec_titles())
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)  # back on All articles
    assert h.store.count() == 24


def test_cancelling_and_refused_names_change_nothing(qtbot: QtBot, sample_window: Harness) -> None:
    h, w = sample_window, sample_window.window
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)
    h.store.create_collection("Taken", "")
    w.refresh_all()
    _select_rows(h, [0])

    def try_taken(d: QWidget) -> None:
        assert isinstance(d, AddToCollectionDialog)
        d.new_choice.setChecked(True)
        d.name.setText("Taken")
        assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()
        assert "already exists" in d.problem.text()
        d.reject()

    _answer(try_taken)
    w.collection_actions.add_action.trigger()
    assert _slugs(h, "Taken") == []
    # Cancelling the delete confirmation keeps the collection.
    _answer(lambda d: d.button(QMessageBox.StandardButton.Cancel).click())  # type: ignore[attr-defined]
    w.collection_actions.delete_collection("Taken")
    assert [c.name for c in h.store.collections()] == ["Taken"]


def test_list_context_menu_bookmarks_the_selection(qtbot: QtBot, sample_window: Harness) -> None:
    h, w = sample_window, sample_window.window
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)
    _select_rows(h, [3, 4])
    slugs = set(_listed(h)[3:5])
    menu = w.collection_actions.build_list_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Bookmark", "Add to collection…", "Open in browser"]
    menu.actions()[0].trigger()
    marks = ListSpec("Bookmarks", SearchFilter(bookmarked=True))
    qtbot.waitUntil(lambda: w.sidebar.count_of(marks) == "2")
    assert {s.slug for s in h.store.list_articles(SearchFilter(bookmarked=True))} == slugs
    # Now both are bookmarked: the menu offers to remove the bookmarks.
    menu = w.collection_actions.build_list_menu()
    assert menu.actions()[0].text() == "Remove bookmark"
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: w.sidebar.count_of(marks) == "0")


def test_bookmark_the_article_in_the_reading_view(qtbot: QtBot, sample_window: Harness) -> None:
    h, w = sample_window, sample_window.window
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)
    slug = _listed(h)[5]
    w.open_article("sample", slug, "en")
    qtbot.waitUntil(lambda: w.view.current is not None and w.view.current[1] == slug)
    w.collection_actions.bookmark_shown_article()
    qtbot.waitUntil(lambda: w.collection_actions.is_bookmarked("sample", slug))
    w.collection_actions.bookmark_shown_article()  # toggles back
    qtbot.waitUntil(lambda: not w.collection_actions.is_bookmarked("sample", slug))


def test_a_selected_block_moves_together_and_stops_at_the_top(
    qtbot: QtBot, sample_window: Harness
) -> None:
    h, w = sample_window, sample_window.window
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)
    five = _listed(h)[:5]
    h.store.add_to_collection("Block", five)
    w.refresh_all()
    assert w.sidebar.select_title("Block")
    qtbot.waitUntil(lambda: _listed(h) == five)
    _select_rows(h, [2, 3])
    a, b, c, d, e = five

    def alt(key: Qt.Key) -> None:
        qtbot.keyClick(w.table, key, Qt.KeyboardModifier.AltModifier)

    def selected() -> list[str]:
        return [s.slug for s in w.collection_actions.selected()]

    alt(Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: _slugs(h, "Block") == [a, c, d, b, e] == _listed(h))
    qtbot.waitUntil(lambda: selected() == [c, d])
    alt(Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: _slugs(h, "Block") == [c, d, a, b, e] == _listed(h))
    qtbot.waitUntil(lambda: selected() == [c, d])
    alt(Qt.Key.Key_Up)  # already at the top: nothing moves
    alt(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _slugs(h, "Block") == [a, c, d, b, e] == _listed(h))
    assert selected() == [c, d]


def test_a_new_empty_collection_from_the_sidebar(qtbot: QtBot, sample_window: Harness) -> None:
    h, w = sample_window, sample_window.window
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)
    menu = w.collection_actions.build_sidebar_menu(None)  # e.g. on a heading
    assert [a.text() for a in menu.actions()] == ["New collection…"]

    def fill(d: QWidget) -> None:
        assert isinstance(d, EditCollectionDialog) and d.windowTitle() == "New collection"
        d.name.setText("  Client X  ")
        d.description.setPlainText("Retainer 2025")
        d.accept()

    _answer(fill)
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: [c.name for c in h.store.collections()] == ["Client X"])
    assert h.store.collections()[0].description == "Retainer 2025"
    qtbot.waitUntil(lambda: w.heading.text().startswith("<b>Client X</b>"))  # shown, empty
    assert w.model.rowCount() == 0
