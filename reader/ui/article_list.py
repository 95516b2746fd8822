"""The article list: a lazy table model holding document ids, fetching rows on demand.

A list of 100,000 articles holds 100,000 integers; rows are read from the store in
chunks when the view asks for them and kept in a bounded cache, so scrolling stays
smooth and memory stays flat.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.i18n import N_, format_date, in_layout
from reader.model import ArticleSummary

_CHUNK = 60  # rows read at a time: small enough to stay under one frame
_CACHE_ROWS = 5000
Index = QModelIndex | QPersistentModelIndex

COL_MARK, COL_TITLE, COL_DATE, COL_CATEGORY, COL_LANGS = range(5)
_HEADERS = ("★", N_("Title"), N_("Date"), N_("Category"), N_("Languages"))
ORDER_FOR_COLUMN = {COL_TITLE: ("title", "title"), COL_DATE: ("oldest", "newest")}

SummaryFetcher = Callable[[Sequence[int]], list[ArticleSummary]]
# Reads summaries off the GUI thread: load(ids, done) calls done(summaries) later, on
# the GUI thread (done(None) when it gave up on a request no longer wanted).
SummaryLoader = Callable[
    [Sequence[int], Callable[[], bool], Callable[[list[ArticleSummary] | None], None]], None
]
_AHEAD = 2  # chunks read ahead on either side of the one being painted


class ArticleListModel(QAbstractTableModel):
    """Rows are documents; ``DocumentIdRole`` gives a row's document id."""

    DocumentIdRole = Qt.ItemDataRole.UserRole + 1
    SnippetRole = Qt.ItemDataRole.UserRole + 2
    SummaryRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, fetch: SummaryFetcher, tr: Callable[[str], str] = str) -> None:
        super().__init__()
        self._fetch = fetch
        self._tr = tr
        self._ids: list[int] = []
        self._snippets: dict[int, str] = {}
        self._cache: OrderedDict[int, ArticleSummary] = OrderedDict()
        # Painting never waits for the library: rows not read yet are asked of the
        # loader (a reader thread) by chunks and painted empty until they arrive.
        self._loader: SummaryLoader | None = None
        # Rows as they were before refresh_rows: painted until the fresh ones arrive,
        # so that marking an article read does not blank the list for a moment.
        self._old: OrderedDict[int, ArticleSummary] = OrderedDict()
        self._loading: set[int] = set()  # chunk numbers asked of the loader
        self._wanted_chunk = 0  # the chunk painted last: far-off requests are dropped
        self._generation = 0  # bumped when the ids change: late answers are dropped
        # The five texts of a row as shown, by document id: a paint asks for every
        # cell's text several times, and formatting dates and marks each time cost
        # more than the paint (bench/bench_ui.py). Cleared whenever what they show can
        # change (rows, marks, damage, language).
        self._shown: dict[int, tuple[str, str, str, str, str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._roles = frozenset(
            int(r)
            for r in (
                self.DocumentIdRole,
                self.SnippetRole,
                self.SummaryRole,
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.FontRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            )
        )
        self.sort_request: Callable[[str], None] | None = None
        # (source, slug) of articles with notes, and of those updated since annotated
        # or bookmarked: shown in the mark column.
        self.annotated: set[tuple[str, str]] = set()
        self.updated: set[tuple[str, str]] = set()
        # {(source, slug): {language: damaged spots}}: translations with XNUMX tokens or
        # garbled dates (reader/ui/translations.py fills it).
        self.damaged: dict[tuple[str, str], dict[str, int]] = {}

    # ---- contents ------------------------------------------------------------------

    def set_loader(self, load: SummaryLoader | None) -> None:
        """Read rows for painting with ``load`` instead of ``fetch`` on the GUI thread."""
        self._loader = load

    def set_ids(
        self,
        ids: Sequence[int],
        snippets: dict[int, str] | None = None,
        rows: Sequence[ArticleSummary] = (),
    ) -> None:
        """The list's document ids; ``rows``: summaries already read for some of them."""
        self.beginResetModel()
        self._ids = list(ids)
        self._snippets = dict(snippets or {})
        self._forget()
        self._old = OrderedDict()
        self._keep(rows)
        self.endResetModel()

    def _forget(self) -> None:
        self._old, self._cache = self._cache, OrderedDict()
        self._shown.clear()
        self._loading.clear()
        self._generation += 1

    def set_marks(self, annotated: set[tuple[str, str]], updated: set[tuple[str, str]]) -> None:
        self.annotated, self.updated = annotated, updated
        self._shown.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, COL_MARK), self.index(len(self._ids) - 1, COL_MARK))

    def set_damage(self, damaged: dict[tuple[str, str], dict[str, int]]) -> None:
        self.damaged = damaged
        self._shown.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COL_MARK), self.index(len(self._ids) - 1, COL_LANGS)
            )

    def _damage_note(self, key: tuple[str, str]) -> str:
        langs = self.damaged.get(key)
        if not langs:
            return ""
        spots = ", ".join(f"{code} ({n})" for code, n in sorted(langs.items()))
        return self._tr("Damaged translation (numbers or dates lost): {languages}").format(
            languages=spots
        )

    def _marks(self, s: ArticleSummary) -> list[tuple[str, str]]:
        """(symbol, spoken name) of each mark of an article."""
        key = (s.source, s.slug)
        marks = []
        if s.bookmarked:
            marks.append(("★", self._tr("Bookmarked")))
        if key in self.annotated:
            marks.append(("✎", self._tr("Has notes")))
        if key in self.updated:
            marks.append(("Δ", self._tr("Updated since you annotated or bookmarked it")))
        if key in self.damaged:
            marks.append(("⚠", self._damage_note(key)))
        return marks

    def refresh_rows(self) -> None:
        """Forget cached rows (read state, bookmarks changed) and repaint."""
        self._forget()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COL_LANGS))

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, document_id: int) -> int:
        try:
            return self._ids.index(document_id)
        except ValueError:
            return -1

    def loaded(self, row: int) -> bool:
        """Whether the row has been read (it paints empty until then)."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._cache

    def summary(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        doc_id = self._ids[row]
        found = self._cache.get(doc_id)
        if found is not None:
            self._cache.move_to_end(doc_id)
            return found
        start = max(0, row - _CHUNK // 4)
        chunk = [i for i in self._ids[start : start + _CHUNK] if i not in self._cache]
        self._keep(self._fetch(chunk))
        return self._cache.get(doc_id)

    def _keep(self, summaries: Sequence[ArticleSummary]) -> None:
        for s in summaries:
            self._cache[s.document_id] = s
        while len(self._cache) > _CACHE_ROWS:
            self._cache.popitem(last=False)

    def _painted_summary(self, row: int) -> ArticleSummary | None:
        """The row for painting: from the cache, else asked of the loader (None until
        it arrives). Without a loader, read at once as ``summary`` does."""
        if self._loader is None:
            return self.summary(row)
        found = self._cache.get(self._ids[row])
        if found is not None:
            return found
        chunk = row // _CHUNK
        self._wanted_chunk = chunk
        # The chunk itself first, then its neighbours, the next ones first (scrolling
        # down is the common case).
        for k in (chunk, chunk + 1, chunk - 1, *range(chunk + 2, chunk + _AHEAD + 1)):
            self._load_chunk(k)
        return self._old.get(self._ids[row])

    def _load_chunk(self, k: int) -> None:
        start = k * _CHUNK
        if k in self._loading or not 0 <= start < len(self._ids) or self._loader is None:
            return
        ids = [i for i in self._ids[start : start + _CHUNK] if i not in self._cache]
        if not ids:
            return
        self._loading.add(k)
        generation = self._generation

        def wanted() -> bool:  # asked on the reader thread: reads two ints, no locks
            return generation == self._generation and abs(k - self._wanted_chunk) <= _AHEAD + 1

        def arrived(summaries: list[ArticleSummary] | None) -> None:
            if generation != self._generation:
                return  # the list changed meanwhile
            self._loading.discard(k)
            if summaries is None:
                return  # skipped: scrolled far away before its turn came
            self._keep(summaries)
            for summary in summaries:  # texts made from an older copy of the row
                self._shown.pop(summary.document_id, None)
            last = min(len(self._ids), start + _CHUNK) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, COL_LANGS))

        self._loader(ids, wanted, arrived)

    # ---- Qt model ------------------------------------------------------------------
    # flags() is QAbstractTableModel's (enabled, selectable): the view asks it for every
    # cell it paints, and a Python override cost a call into Python each time.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return self._tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for a dozen roles; most are not ours to answer.
        if role not in self._roles or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._ids):
            return None
        if role == self.DocumentIdRole:
            return self._ids[index.row()]
        if role == self.SnippetRole:
            return self._snippets.get(self._ids[index.row()])
        if role == self.SummaryRole:
            return self.summary(index.row())
        s = self._painted_summary(index.row())
        if s is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._shown.get(s.document_id)
            if shown is None:
                if len(self._shown) >= _CACHE_ROWS:
                    self._shown.clear()
                shown = self._shown[s.document_id] = self._texts(s)
            return shown[col] if 0 <= col < len(shown) else None
        if role == Qt.ItemDataRole.FontRole and col == COL_TITLE and not s.read:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            lines = [html.escape(s.title)]
            if s.sample:
                lines.append(
                    f"<i>{html.escape(self._tr('Sample content written for this app'))}</i>"
                )
            snippet = self._snippets.get(s.document_id)
            if snippet:
                lines.append(snippet)
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_LANGS:
            return self._damage_note((s.source, s.slug)) or None
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole) and (
            col == COL_MARK
        ):
            return "; ".join(name for _, name in self._marks(s))
        return None

    def _texts(self, s: ArticleSummary) -> tuple[str, str, str, str, str]:
        """The row's cells, in column order (COL_MARK … COL_LANGS)."""
        damaged = self.damaged.get((s.source, s.slug), {})
        return (
            "".join(symbol for symbol, _ in self._marks(s)),
            in_layout(s.title),  # an English title in an Arabic window
            format_date(s.published),  # the interface language's short form
            in_layout(", ".join(s.categories or s.topics[:1])),
            in_layout(" ".join(f"{c}⚠" if c in damaged else c for c in s.languages)),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        choice = ORDER_FOR_COLUMN.get(column)
        if choice is None or self.sort_request is None:
            return
        self.sort_request(choice[0] if order == Qt.SortOrder.AscendingOrder else choice[1])


class TitleWithSnippetDelegate(QStyledItemDelegate):
    """Draws the title, and under it the search snippet with its hits marked."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        snippet = index.data(ArticleListModel.SnippetRole)
        if not snippet:
            return None
        title = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        marked = snippet.replace("<mark>", "<b><u>").replace("</mark>", "</u></b>")
        doc.setHtml(f"<b>{title}</b><br><span style='color: gray'>{marked}</span>")
        doc.setTextWidth(max(100, option.rect.width()))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        # Rows are at most 90 px tall: a long snippet must not spill into the next row.
        painter.setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.highlightedText().color())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), min(int(doc.size().height()), 90))
