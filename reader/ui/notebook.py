"""The notebook: every annotation in the library, searchable and filterable.

Search uses the same query language and segmentation as article search (quotes, notes
and tags are indexed); filters narrow by collection, tag, colour, language and state.
Double-clicking an entry opens its article at the highlight. Queries run on the
search worker, so typing never waits for the library.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.i18n import trn
from reader.model import ANNOTATION_COLORS, LANGUAGES, Annotation
from reader.store import Store
from reader.ui.annotations_panel import excerpt, swatch
from reader.ui.tasks import Worker

_ROLE = Qt.ItemDataRole.UserRole + 1
_DELAY_MS = 200


class Notebook(QDialog):
    open_requested = Signal(str, str, str, int)  # source, slug, lang, annotation id

    def __init__(
        self,
        store: Store,
        searcher: Worker,
        tr: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.searcher = searcher
        self.tr_ = tr
        self._serial = 0
        self.setWindowTitle(tr("Notebook"))
        self.resize(980, 560)
        self.setWindowFlag(Qt.WindowType.Window)

        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search quotes, notes and tags"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(tr("Search annotations"))
        self.collection = QComboBox()
        self.tag = QComboBox()
        self.colour = QComboBox()
        self.lang = QComboBox()
        self.state = QComboBox()
        for box, name in (
            (self.collection, tr("Collection")),
            (self.tag, tr("Tag")),
            (self.colour, tr("Colour")),
            (self.lang, tr("Language")),
            (self.state, tr("State")),
        ):
            box.setAccessibleName(name)
            box.setToolTip(name)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.query, 2)
        for box in (self.collection, self.tag, self.colour, self.lang, self.state):
            filters.addWidget(box, 1)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [tr("Article"), tr("Lang."), tr("Quote"), tr("Note"), tr("Tags"), tr("State")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(tr("Annotations"))
        header = self.tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        header.resizeSection(1, 50)
        header.resizeSection(3, 220)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)

        self._timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.collection, self.tag, self.colour, self.lang, self.state):
            box.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.tree.itemActivated.connect(self._open)
        self._fill_filters()

    def _fill_filters(self) -> None:
        tr = self.tr_
        self.collection.addItem(tr("All collections"), None)
        for coll in self.store.collections():
            self.collection.addItem(coll.name, coll.name)
        self.tag.addItem(tr("All tags"), None)
        for name, n in self.store.annotation_tags():
            self.tag.addItem(f"{name} ({n})", name)
        self.colour.addItem(tr("All colours"), None)
        for c in ANNOTATION_COLORS:
            self.colour.addItem(swatch(c), tr(c.capitalize()), c)
        self.lang.addItem(tr("All languages"), None)
        for code in self.store.info().languages:
            self.lang.addItem(LANGUAGES.get(code, code), code)
        self.state.addItem(tr("Any state"), None)
        for value, label in (
            ("anchored", tr("In place")),
            ("moved", tr("Moved")),
            ("orphaned", tr("Not found (orphaned)")),
        ):
            self.state.addItem(label, value)

    def reload(self) -> None:
        self._serial += 1
        serial = self._serial
        query = self.query.text().strip() or None
        collection = self.collection.currentData()
        tag = self.tag.currentData()
        colour = self.colour.currentData()
        lang = self.lang.currentData()
        state = self.state.currentData()

        def work(s: Store) -> list[Annotation]:
            return s.annotations(
                query=query, collection=collection, tag=tag, color=colour, lang=lang, state=state
            )

        def done(notes: list[Annotation]) -> None:
            if serial == self._serial:
                self._show(notes)

        self.searcher.submit(work, done)

    def _show(self, notes: list[Annotation]) -> None:
        self.tree.clear()
        for note in notes:
            item = QTreeWidgetItem(
                [
                    note.title or note.slug,
                    note.lang,
                    excerpt(note.exact, 200),
                    excerpt(note.note, 200),
                    ", ".join(note.tags),
                    {
                        "anchored": self.tr_("In place"),
                        "moved": self.tr_("Moved"),
                        "orphaned": self.tr_("Not found (orphaned)"),
                    }.get(note.state, note.state),
                ]
            )
            item.setIcon(2, swatch(note.color))
            item.setData(0, _ROLE, (note.source, note.slug, note.lang, note.id))
            item.setToolTip(2, excerpt(note.exact, 800))
            item.setToolTip(3, excerpt(note.note, 800))
            self.tree.addTopLevelItem(item)
        self.count.setText(trn("%Ln annotation(s)", len(notes)))

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        source, slug, lang, annotation_id = item.data(0, _ROLE)
        if source:
            self.open_requested.emit(source, slug, lang, int(annotation_id))
