"""The sidebar: library views, collections, and each source's categories, topics and
contributors with their article counts. Each entry carries the list it stands for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from reader.i18n import format_number, in_layout, sort_by
from reader.model import SearchFilter, TermKind
from reader.store import Store
from reader.ui.citation_index import citation_groups


@dataclass(frozen=True)
class ListSpec:
    """What the article list shows: a filter, an order and a heading."""

    title: str
    filter: SearchFilter
    order: str = "newest"


_ROLE = Qt.ItemDataRole.UserRole + 1


class StoreAnswers:
    """Store reads answered from what a reader thread read before (``read_ahead``), so
    that rebuilding the sidebar does not wait for the disk on the GUI thread. A read
    not made ahead goes to the store it was made for: slower, never wrong."""

    def __init__(self, store: Store, memo: dict[tuple[Any, ...], Any] | None = None) -> None:
        self._store = store
        self._memo: dict[tuple[Any, ...], Any] = {} if memo is None else memo

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._store, name)

        def read(*args: Any) -> Any:
            key = (name, *args)
            if key not in self._memo:
                self._memo[key] = method(*args)
            return self._memo[key]

        return read

    @classmethod
    def read_ahead(cls, store: Store) -> StoreAnswers:
        """On a reader thread: make the reads ``Sidebar.rebuild`` makes."""
        answers = cls(store)
        answers.count()
        for flt in (SearchFilter(read=False), SearchFilter(bookmarked=True)):
            answers.count(flt)
        answers.collections()
        for src in answers.sources():
            for kind in TermKind:
                answers.terms(src.id, kind.value)
        answers.citations()
        return answers

    def on(self, store: Store) -> Store:
        """The answers, with reads not made ahead going to ``store`` (the GUI
        thread's own)."""
        return StoreAnswers(store, self._memo)  # type: ignore[return-value]


def _term_filter(source: str, kind: TermKind, slug: str) -> SearchFilter:
    if kind is TermKind.CATEGORY:
        return SearchFilter(source=source, category=slug)
    if kind is TermKind.TOPIC:
        return SearchFilter(source=source, topic=slug)
    return SearchFilter(source=source, contributor=slug)


class Sidebar(QTreeWidget):
    selected = Signal(object)  # ListSpec

    def __init__(self, tr: Callable[[str], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tr = tr
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(tr("Library sections"))
        self.currentItemChanged.connect(self._changed)

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            spec = current.data(0, _ROLE)
            if isinstance(spec, ListSpec):
                self.selected.emit(spec)

    def _item(
        self,
        parent: QTreeWidgetItem | QTreeWidget,
        label: str,
        spec: ListSpec | None,
        count: int | None = None,
        tip: str | None = None,
    ) -> QTreeWidgetItem:
        count_text = "" if count is None else format_number(count)
        item = QTreeWidgetItem(parent, [in_layout(label), count_text])
        item.setData(0, _ROLE, spec)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            item.setToolTip(0, tip)
        if spec is None:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def rebuild(self, store: Store) -> None:
        """Rebuild from the store, keeping the selection where it still exists."""
        current = self.currentItem()
        keep = current.data(0, _ROLE) if current is not None else None
        self.blockSignals(True)
        self.clear()
        tr = self._tr  # scripts/i18n.py finds the strings of tr(...) calls
        lib = self._item(self, tr("Library"), None)
        all_spec = ListSpec(tr("All articles"), SearchFilter())
        self._item(lib, all_spec.title, all_spec, store.count())
        unread = ListSpec(tr("Unread"), SearchFilter(read=False))
        self._item(lib, unread.title, unread, store.count(unread.filter))
        recent = ListSpec(tr("Recently read"), SearchFilter(read=True), "recent")
        self._item(lib, recent.title, recent)
        marks = ListSpec(tr("Bookmarks"), SearchFilter(bookmarked=True))
        self._item(lib, marks.title, marks, store.count(marks.filter))
        collections = store.collections()
        if collections:
            cols = self._item(self, tr("Collections"), None)
            for c in collections:
                spec = ListSpec(c.name, SearchFilter(collection=c.name), "collection")
                self._item(cols, c.name, spec, c.count, c.description or None)
        for src in store.sources():
            label = src.title or src.name
            if src.sample:
                label = f"{label} — {tr('sample')}"
            top = self._item(self, label, None)
            for kind, heading in (
                (TermKind.CATEGORY, tr("Categories")),
                (TermKind.TOPIC, tr("Topics")),
                (TermKind.CONTRIBUTOR, tr("Contributors")),
            ):
                terms = [(term, n) for term, n in store.terms(src.id, kind.value) if n]
                terms = sort_by(terms, lambda pair: pair[0].name)  # the language's collation
                if not terms:
                    continue
                group = self._item(top, heading, None)
                for term, n in terms:
                    flt = _term_filter(src.name, kind, term.slug)
                    name = term.name + (f" {term.native_name}" if term.native_name else "")
                    self._item(group, name, ListSpec(name, flt), n, term.description)
        groups = citation_groups(store, tr)
        cited = self._item(self, tr("Laws and cases"), None) if groups else None
        for heading, entries in groups:
            group = self._item(cited or self, heading, None)
            for e in entries:
                self._item(group, e.label, ListSpec(e.label, e.filter), e.count, e.tip)
        self.expandToDepth(1)
        if cited is not None:  # the laws stay open, the other kinds folded
            for i in range(1, cited.childCount()):
                child = cited.child(i)
                if child is not None:
                    child.setExpanded(False)
        self.blockSignals(False)
        self._select(keep if isinstance(keep, ListSpec) else all_spec)

    def _walk(self) -> Iterator[QTreeWidgetItem]:
        root = self.invisibleRootItem()
        stack = [root.child(i) for i in range(root.childCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _select(self, spec: ListSpec) -> None:
        for item in self._walk():
            if item.data(0, _ROLE) == spec:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return

    def select_spec(self, spec: ListSpec) -> None:
        self._select(spec)
        self.selected.emit(spec)

    def set_count(self, spec: ListSpec, count: int) -> None:
        """Update one entry's article count (after reading or bookmarking)."""
        for item in self._walk():
            if item.data(0, _ROLE) == spec:
                item.setText(1, format_number(count))

    def spec_at(self, pos: QPoint) -> ListSpec | None:
        """The list an entry stands for, at a point of the viewport (context menus)."""
        item = self.itemAt(pos)
        spec = item.data(0, _ROLE) if item is not None else None
        return spec if isinstance(spec, ListSpec) else None

    def count_of(self, spec: ListSpec) -> str:
        for item in self._walk():
            if item.data(0, _ROLE) == spec:
                return item.text(1)
        return ""

    def spec_titles(self) -> list[str]:
        """Every selectable entry's label (for tests and keyboard navigation)."""
        return [item.text(0) for item in self._walk() if isinstance(item.data(0, _ROLE), ListSpec)]

    def select_title(self, title: str) -> bool:
        for item in self._walk():
            if isinstance(item.data(0, _ROLE), ListSpec) and item.text(0) == title:
                self.setCurrentItem(item)
                return True
        return False
