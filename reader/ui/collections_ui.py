"""Bookmarks and collections in the window: adding the selected articles to a collection
(an existing one or a new one, in one dialog), removing them, ordering a collection by
hand, renaming, describing and deleting collections, and the article list's context
menu.

Every change is written by the window's serial worker; the list and the sidebar are
refreshed when it is done. ``add_collection_actions`` wires it all into a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.i18n import tr, trn
from reader.model import ArticleSummary, Collection, SearchFilter
from reader.store import Store
from reader.ui.sidebar import ListSpec


class AddToCollectionDialog(QDialog):
    """Pick an existing collection or name a new one (with a description)."""

    def __init__(
        self,
        collections: Sequence[Collection],
        count: int,
        parent: QWidget | None = None,
        current: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add to collection"))
        self._taken = {c.name for c in collections}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(trn("Add %Ln article(s) to:", count)))
        self.existing_choice = QRadioButton(tr("An &existing collection"))
        self.existing = QComboBox()
        self.existing.setAccessibleName(tr("Existing collection"))
        for c in collections:
            self.existing.addItem(f"{c.name} ({c.count})", c.name)
        if current is not None and (i := self.existing.findData(current)) >= 0:
            self.existing.setCurrentIndex(i)
        self.new_choice = QRadioButton(tr("A &new collection"))
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name of the new collection"))
        self.name.setPlaceholderText(tr("e.g. the matter or client"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(tr("Description of the new collection"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        group = QButtonGroup(self)
        group.addButton(self.existing_choice)
        group.addButton(self.new_choice)
        layout.addWidget(self.existing_choice)
        layout.addWidget(self.existing)
        layout.addWidget(self.new_choice)
        form = QFormLayout()
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Description:"), self.description)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if collections:
            self.existing_choice.setChecked(True)
        else:
            self.existing_choice.setEnabled(False)
            self.existing.setEnabled(False)
            self.new_choice.setChecked(True)
        self.existing_choice.toggled.connect(self._update)
        self.name.textChanged.connect(self._update)
        # Typing a name chooses "new"; picking from the list chooses "existing".
        self.name.textEdited.connect(lambda _t: self.new_choice.setChecked(True))
        self.existing.activated.connect(lambda _i: self.existing_choice.setChecked(True))
        self._update()
        (self.name if self.new_choice.isChecked() else self.existing).setFocus()

    def _update(self) -> None:
        new = self.new_choice.isChecked()
        self.name.setEnabled(new)
        self.description.setEnabled(new)
        name = self.name.text().strip()
        problem = ""
        if new and name in self._taken:
            problem = tr("A collection named “{name}” already exists.").format(name=name)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not new or (bool(name) and not problem))

    def choice(self) -> tuple[str, str | None]:
        """(collection name, description) — the description is None for an existing one."""
        if self.new_choice.isChecked():
            return self.name.text().strip(), self.description.toPlainText().strip()
        return str(self.existing.currentData()), None


class EditCollectionDialog(QDialog):
    """A collection's name and description."""

    def __init__(
        self,
        collection: Collection,
        others: Sequence[str],
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or tr("Edit collection"))
        self._others = set(others) - {collection.name}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(collection.name)
        self.name.setAccessibleName(tr("Name"))
        self.description = QPlainTextEdit(collection.description)
        self.description.setAccessibleName(tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Description:"), self.description)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()
        self.name.selectAll()

    def _update(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if not name:
            problem = tr("A collection needs a name.")
        elif name in self._others:
            problem = tr("A collection named “{name}” already exists.").format(name=name)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.description.toPlainText().strip()


def _by_source(items: Sequence[ArticleSummary]) -> dict[str, list[str]]:
    """Slugs grouped by source name, in order, each article once."""
    groups: dict[str, list[str]] = {}
    for s in items:
        slugs = groups.setdefault(s.source, [])
        if s.slug not in slugs:
            slugs.append(s.slug)
    return groups


class CollectionActions(QObject):
    """The actions on bookmarks and collections of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.add_action = self._action(tr("Add to collection…"), self.add_selected, "Ctrl+Shift+C")
        self.remove_action = self._action(tr("Remove from collection"), self.remove_selected)
        self.move_up_action = self._action(
            tr("Move up in collection"), lambda: self.move(-1), "Alt+Up"
        )
        self.move_down_action = self._action(
            tr("Move down in collection"), lambda: self.move(1), "Alt+Down"
        )
        table = window.table
        # The list takes Alt+Up/Down as plain arrows before shortcuts see them.
        table.installEventFilter(self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.list_menu)
        sidebar = window.sidebar
        sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        sidebar.customContextMenuRequested.connect(self.sidebar_menu)
        # The list is reset after the window took in a new sidebar choice or a search.
        window.model.modelReset.connect(self.update_actions)
        window.search_box.textChanged.connect(lambda _t: self.update_actions())
        table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.update_actions()

    def _action(self, text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(act)
        return act

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
        ):
            action = {
                Qt.Key.Key_Up: self.move_up_action,
                Qt.Key.Key_Down: self.move_down_action,
            }.get(Qt.Key(event.key()))
            if action is not None:
                if action.isEnabled():
                    action.trigger()
                return True
        return super().eventFilter(watched, event)

    # ---- what is shown and selected ----------------------------------------------------

    def shown_collection(self) -> str | None:
        """The collection the list shows, if it shows one."""
        spec: ListSpec = self.window._spec
        return spec.filter.collection if spec.order == "collection" else None

    def _searching(self) -> bool:
        return bool(self.window.search_box.text().strip())

    def selected(self) -> list[ArticleSummary]:
        """The selected rows' articles, in list order (the current row when none is)."""
        table = self.window.table
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        out = [self.window.model.summary(r) for r in rows]
        return [s for s in out if s is not None]

    def update_actions(self) -> None:
        in_collection = self.shown_collection() is not None
        has_selection = bool(self.selected())
        self.add_action.setEnabled(has_selection)
        self.remove_action.setEnabled(in_collection and has_selection)
        movable = in_collection and has_selection and not self._searching()
        self.move_up_action.setEnabled(movable)
        self.move_down_action.setEnabled(movable)

    # ---- writing through the worker ----------------------------------------------------

    def _submit(self, task: Callable[[Store], Any], done: Callable[[Any], None]) -> None:
        self.window.worker.submit(task, done, self.window.show_error)

    def _refresh(self, reload: bool = True) -> None:
        """After a change: the list's rows and the sidebar's collections and counts.
        ``reload=False`` keeps the list (and a selection of several rows) as it is
        unless the change can alter which articles it shows."""
        self.window.model.refresh_rows()
        self.window.sidebar.rebuild(self.window.store)
        if reload and not self._searching():
            self.window.reload_list()
        self.update_actions()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    # ---- bookmarks ---------------------------------------------------------------------

    def set_bookmarks(self, items: Sequence[ArticleSummary], on: bool) -> None:
        groups = _by_source(items)

        def task(s: Store) -> int:
            with s.transaction():
                return sum(
                    s.set_bookmark(slug, on, source=source)
                    for source, slugs in groups.items()
                    for slug in slugs
                )

        self._submit(task, lambda _n: self._refresh(self._shows_bookmarks()))

    def _shows_bookmarks(self) -> bool:
        return bool(self.window._spec.filter.bookmarked)

    def bookmark_shown_article(self, on: bool | None = None) -> None:
        """Bookmark (or with ``on=False`` unbookmark; by default toggle) the article in
        the reading view, listed or not: for the view's own menu."""
        current = self.window.view.current
        if current is None:
            return
        source, slug, _lang = current
        if on is None:
            on = not self.is_bookmarked(source, slug)
        state = on
        self._submit(
            lambda s: s.set_bookmark(slug, state, source=source), lambda _r: self._refresh()
        )

    def is_bookmarked(self, source: str, slug: str) -> bool:
        flt = SearchFilter(source=source, bookmarked=True)
        return any(
            s.slug == slug for s in self.window.store.summaries(self.window.store.document_ids(flt))
        )

    # ---- adding and removing -----------------------------------------------------------

    def add_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        self.add_items(items)

    def add_items(self, items: Sequence[ArticleSummary]) -> None:
        groups = _by_source(items)
        count = sum(len(v) for v in groups.values())
        dialog = AddToCollectionDialog(
            self.window.store.collections(), count, self.window, self.shown_collection()
        )
        if not dialog.exec():
            return
        name, description = dialog.choice()

        def task(s: Store) -> int:
            with s.transaction():
                if description is not None:
                    s.create_collection(name, description)
                return sum(
                    s.add_to_collection(name, slugs, create=False, source=source)
                    for source, slugs in groups.items()
                )

        def done(added: int) -> None:
            self._refresh(self.shown_collection() == name)
            message = trn("Added %Ln article(s) to “{name}”.", added).format(name=name)
            if added < count:
                message += " " + trn("%Ln already in it.", count - added)
            self._status(message)

        self._submit(task, done)

    def remove_selected(self) -> None:
        name = self.shown_collection()
        items = self.selected()
        if name is None or not items:
            return
        groups = _by_source(items)

        def task(s: Store) -> int:
            with s.transaction():
                return sum(
                    s.remove_from_collection(name, slug, source=source)
                    for source, slugs in groups.items()
                    for slug in slugs
                )

        def done(removed: int) -> None:
            self._refresh()
            self._status(
                trn(
                    "Removed %Ln article(s) from “{name}”; they stay in the library.", removed
                ).format(name=name)
            )

        self._submit(task, done)

    # ---- order -------------------------------------------------------------------------

    def move(self, delta: int) -> None:
        """Move the selected articles one place up (-1) or down (+1) in the collection
        shown, each past its neighbour in the list (which may be filtered); a selected
        block moves together and stops at the top or bottom."""
        name = self.shown_collection()
        if name is None or self._searching():
            return
        table, model = self.window.table, self.window.model
        listed = [model.summary(r) for r in range(model.rowCount())]
        visible = [(x.source, x.slug) for x in listed if x is not None]
        moving = self.selected()
        chosen = {(x.source, x.slug) for x in moving}
        current = model.summary(table.currentIndex().row())

        def task(s: Store) -> int:
            keys = {src.name: src.key for src in s.sources()}
            order = list(visible)
            moved = 0
            steps = range(len(order)) if delta < 0 else range(len(order) - 1, -1, -1)
            with s.transaction():
                for i in steps:
                    n = i + delta
                    if order[i] not in chosen or not 0 <= n < len(order) or order[n] in chosen:
                        continue  # not selected, at the edge, or behind a selected one
                    full = s.collection_slugs(name)
                    target = full.index((keys[order[n][0]], order[n][1]))
                    s.move_in_collection(name, order[i][1], target, source=order[i][0])
                    order[i], order[n] = order[n], order[i]
                    moved += 1
            return moved

        def done(_moved: int) -> None:
            self._refresh()
            sel = table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag
            sel.clearSelection()
            for x in moving:  # the moved articles stay selected, the current one current
                row = model.row_of(x.document_id)
                if row >= 0:
                    sel.select(model.index(row, 0), flags.Select | flags.Rows)
            row = model.row_of(current.document_id) if current is not None else -1
            if row >= 0:
                sel.setCurrentIndex(model.index(row, 0), flags.NoUpdate)
                table.scrollTo(model.index(row, 0))

        self._submit(task, done)

    # ---- the collections themselves ----------------------------------------------------

    def _collection(self, name: str) -> Collection | None:
        return next((c for c in self.window.store.collections() if c.name == name), None)

    def edit_collection(self, name: str) -> None:
        collection = self._collection(name)
        if collection is None:
            return
        names = [c.name for c in self.window.store.collections()]
        dialog = EditCollectionDialog(collection, names, self.window)
        if not dialog.exec():
            return
        new_name, description = dialog.values()
        was_shown = self.shown_collection() == name

        def done(updated: Collection) -> None:
            self._refresh()
            if was_shown:
                self.window.sidebar.select_spec(collection_spec(updated.name))

        self._submit(
            lambda s: s.update_collection(name, new_name=new_name, description=description), done
        )

    def new_collection(self) -> None:
        """An empty collection (articles are added to it later)."""
        names = [c.name for c in self.window.store.collections()]
        dialog = EditCollectionDialog(
            Collection(0, "", "", 0), names, self.window, tr("New collection")
        )
        if not dialog.exec():
            return
        name, description = dialog.values()

        def done(_id: int) -> None:
            self._refresh(reload=False)
            self.window.sidebar.select_spec(collection_spec(name))

        self._submit(lambda s: s.create_collection(name, description), done)

    def delete_collection(self, name: str) -> None:
        collection = self._collection(name)
        if collection is None:
            return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            trn(
                "Delete the collection “{name}”?\n\nIts %Ln article(s) stay in the library; only "
                "the collection, its description and its order are removed.",
                collection.count,
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        was_shown = self.shown_collection() == name

        def done(_r: object) -> None:
            if was_shown:
                self.window.sidebar.select_spec(ListSpec(tr("All articles"), SearchFilter()))
            self._refresh()
            self._status(tr("Deleted the collection “{name}”.").format(name=name))

        self._submit(lambda s: s.delete_collection(name), done)

    # ---- context menus -----------------------------------------------------------------

    def list_menu(self, pos: QPoint) -> None:
        menu = self.build_list_menu()
        if menu is not None:
            menu.exec(self.window.table.viewport().mapToGlobal(pos))

    def build_list_menu(self) -> QMenu | None:
        """The article list's context menu for the selection (None when nothing is)."""
        items = self.selected()
        if not items:
            return None
        self.update_actions()
        menu = QMenu(self.window.table)
        all_marked = all(s.bookmarked for s in items)
        mark = menu.addAction(tr("Remove bookmark") if all_marked else tr("Bookmark"))
        mark.triggered.connect(lambda _c=False: self.set_bookmarks(items, not all_marked))
        menu.addAction(self.add_action)
        if self.shown_collection() is not None:
            menu.addAction(self.remove_action)
            menu.addAction(self.move_up_action)
            menu.addAction(self.move_down_action)
        menu.addSeparator()
        url = items[0].url if len(items) == 1 else None
        browser = menu.addAction(tr("Open in browser"))
        browser.setEnabled(bool(url))
        browser.triggered.connect(lambda _c=False: QDesktopServices.openUrl(QUrl(url or "")))
        return menu

    def sidebar_menu(self, pos: QPoint) -> None:
        menu = self.build_sidebar_menu(self.window.sidebar.spec_at(pos))
        menu.exec(self.window.sidebar.viewport().mapToGlobal(pos))

    def build_sidebar_menu(self, spec: ListSpec | None) -> QMenu:
        """The sidebar's context menu: New collection… anywhere, and on a collection
        also editing and deleting it."""
        menu = QMenu(self.window.sidebar)
        new = menu.addAction(tr("New collection…"))
        new.triggered.connect(lambda _c=False: self.new_collection())
        if spec is None or spec.order != "collection" or spec.filter.collection is None:
            return menu
        name = spec.filter.collection
        menu.addSeparator()
        edit = menu.addAction(tr("Edit name and description…"))
        edit.triggered.connect(lambda _c=False: self.edit_collection(name))
        delete = menu.addAction(tr("Delete collection…"))
        delete.triggered.connect(lambda _c=False: self.delete_collection(name))
        return menu


def collection_spec(name: str) -> ListSpec:
    """The sidebar entry of a collection (as ``Sidebar.rebuild`` makes it)."""
    return ListSpec(name, SearchFilter(collection=name), "collection")


def add_collection_actions(window: Any, menu: QMenu) -> CollectionActions:
    """Add the collection actions to ``menu`` (the Article menu) and the context menus
    of the list and the sidebar; the window keeps them as ``collection_actions``."""
    actions = CollectionActions(window)
    menu.addAction(actions.add_action)
    menu.addAction(actions.remove_action)
    menu.addAction(actions.move_up_action)
    menu.addAction(actions.move_down_action)
    window.collection_actions = actions
    return actions
