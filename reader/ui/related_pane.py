"""The related pane under the reading view: the site's "You might also like" and the
related articles computed offline, each with its date and reason.

The pane reads the store on the GUI thread (a handful of rows); fetching an article
the library does not hold yet runs on the serial writer worker.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.i18n import format_date
from reader.model import LANGUAGES, RelatedKind, RelatedLink
from reader.store import Store, StoreError
from reader.ui.interface_language import translate_reason
from reader.ui.tasks import Worker

_LINK = Qt.ItemDataRole.UserRole + 1


def entry_text(link: RelatedLink, tr: Callable[[str], str] = str) -> str:
    """Two lines: the title, then date · reason (or teaser), or "not synced"."""
    title = link.title or link.slug
    if not link.held:
        return f"{title}\n{tr('not synced — click to fetch it')}"
    when = format_date(link.published)  # the interface language's short date
    detail = translate_reason(link.reason) if link.kind is RelatedKind.COMPUTED else link.teaser
    parts = [p for p in (when, detail) if p]
    return f"{title}\n{' · '.join(parts)}"


class _EntryDelegate(QStyledItemDelegate):
    """The title in bold, the date and reason under it in grey, wrapped to the width."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _, detail = text.partition("\n")
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        doc.setHtml(
            f"<b>{html.escape(title)}</b>"
            + (f"<br><span style='color: gray'>{html.escape(detail)}</span>" if detail else "")
        )
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        doc.setTextWidth(max(120, width - 4))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.highlightedText().color())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class _List(QListWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_EntryDelegate(self))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(3)

    def sizeHint(self) -> QSize:
        return QSize(320, 160)


class RelatedPane(QWidget):
    """Two lists; a click opens a held article or fetches one that is not held."""

    open_requested = Signal(str, str, str)  # source, slug, lang
    library_changed = Signal()  # an article was fetched

    def __init__(
        self,
        store: Store,
        worker: Worker | None = None,
        tr: Callable[[str], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.worker = worker
        self._tr = tr
        self.current: tuple[str, str, str] | None = None
        self.fetching: set[str] = set()
        self.site_list = _List(tr("Related articles from the site"))
        self.computed_list = _List(tr("Related articles found in the library"))
        self.site_label = QLabel(tr("<b>You might also like</b> (from the site)"))
        self.computed_label = QLabel(tr("<b>Related in your library</b>"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        for label, widget in (
            (self.site_label, self.site_list),
            (self.computed_label, self.computed_list),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            row.addLayout(column, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        for widget in (self.site_list, self.computed_list):
            widget.itemActivated.connect(self._activated)
            widget.itemClicked.connect(self._activated)
        self.setAccessibleName(tr("Related articles"))

    # ---- filling ----------------------------------------------------------------------

    def show_article(self, source: str, slug: str, lang: str) -> None:
        self.current = (source, slug, lang)
        self.refresh()

    def refresh(self) -> None:
        self.site_list.clear()
        self.computed_list.clear()
        if self.current is None:
            return
        source, slug, lang = self.current
        try:
            links = self.store.related(slug, lang, source=source)
        except StoreError:
            links = []
        site = [x for x in links if x.kind is RelatedKind.SITE]
        computed = [x for x in links if x.kind is RelatedKind.COMPUTED]
        self._fill(self.site_list, site, self._tr("The site lists no related articles."))
        pending = self.store.related_pending()
        empty = (
            self._tr("Working out related articles…")
            if pending
            else self._tr("No related articles found in the library.")
        )
        self._fill(self.computed_list, computed, empty)

    def _fill(self, widget: QListWidget, links: list[RelatedLink], empty: str) -> None:
        if not links:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
            return
        current_lang = self.current[2] if self.current else ""
        for link in links:
            text = entry_text(link, self._tr)
            if link.slug in self.fetching:
                text = f"{link.title}\n{self._tr('fetching…')}"
            item = QListWidgetItem(text)
            item.setData(_LINK, link)
            tip = [link.teaser] if link.teaser else []
            if link.held and link.lang and link.lang != current_lang:
                tip.append(
                    self._tr("Shown in {lang}: not held in this language").format(
                        lang=LANGUAGES.get(link.lang, link.lang)
                    )
                )
            if tip:
                item.setToolTip("\n".join(tip))
            if not link.held:
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            elif link.lang and link.lang != current_lang:
                item.setForeground(QColor(self.palette().color(QPalette.ColorRole.Text)))
            widget.addItem(item)

    def entries(self, kind: RelatedKind) -> list[str]:
        """The entries' text of one list (for tests and accessibility checks)."""
        widget = self.site_list if kind is RelatedKind.SITE else self.computed_list
        return [widget.item(i).text() for i in range(widget.count())]

    # ---- clicks -----------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        link = item.data(_LINK)
        if not isinstance(link, RelatedLink) or self.current is None:
            return
        source, _slug, lang = self.current
        if link.held:
            self.open_requested.emit(source, link.slug, link.lang or lang)
        else:
            self.fetch(link)

    def fetch(self, link: RelatedLink) -> None:
        """Fetch an article the library does not hold, on the writer worker."""
        if self.worker is None or self.current is None or link.slug in self.fetching:
            return
        source = self.current[0]
        slug = link.slug
        self.fetching.add(slug)
        self._say(self._tr("Fetching “{title}”…").format(title=link.title))
        self.refresh()

        def done(report: object) -> None:
            self.fetching.discard(slug)
            if not self.isVisible():
                return  # the window closed meanwhile
            errors = getattr(report, "errors", [])
            held = getattr(report, "new", 0) + getattr(report, "updated", 0)
            if errors and not held:
                self._say(
                    self._tr("Could not fetch “{title}”: {error}").format(
                        title=link.title, error=errors[0]["error"]
                    )
                )
            else:
                self._say(self._tr("Fetched “{title}”.").format(title=link.title))
            self.refresh()
            self.library_changed.emit()

        def failed(message: str) -> None:
            self.fetching.discard(slug)
            if not self.isVisible():
                return
            self._say(message)
            self.refresh()

        from reader.sync.fetch_one import fetch_article  # with the first fetch

        self.worker.submit(lambda s: fetch_article(s, source, slug), done, failed)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))
