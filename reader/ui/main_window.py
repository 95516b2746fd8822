"""The main window: sidebar, article list and reading view, with search and sync."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.export.article_html import PageOptions
from reader.i18n import N_, format_datetime, format_number, tr, trn
from reader.model import LANGUAGES, ArticleSummary, SearchFilter, SearchHit
from reader.settings import Settings
from reader.store import Store, StoreError
from reader.ui.annotation_actions import add_annotation_actions
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.article_list import (
    COL_CATEGORY,
    COL_DATE,
    COL_LANGS,
    COL_MARK,
    COL_TITLE,
    ArticleListModel,
    TitleWithSnippetDelegate,
)
from reader.ui.collections_ui import add_collection_actions
from reader.ui.export_menu import add_export_actions
from reader.ui.interface_language import add_language_menu
from reader.ui.language_bar import LanguageBar
from reader.ui.library_actions import add_library_actions
from reader.ui.reading_view import ReadingView
from reader.ui.redline_dialog import add_redline_action
from reader.ui.related_pane import RelatedPane
from reader.ui.sidebar import ListSpec, Sidebar, StoreAnswers
from reader.ui.tasks import Worker
from reader.ui.translations import add_translation_actions

if TYPE_CHECKING:  # sync is imported when used: it is not needed to show an article
    from reader.sync.engine import Progress
    from reader.ui.sync_controller import SyncController, SyncOutcome

log = logging.getLogger(__name__)
_FILL_FALLBACK_MS = 4000
_FIRST_ROWS = 200  # a larger library shows these at start, before all its ids are read
_SEARCH_DELAY_MS = 250
_LIST_REFRESH_MS = 1000
THEMES = ("light", "dark", "sepia")
_THEME_LABELS = {"light": N_("Light theme"), "dark": N_("Dark theme"), "sepia": N_("Sepia theme")}


class FirstRunBanner(QWidget):
    """Shown while the library is empty: offers the sample library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.label = QLabel(
            tr(
                "Your library is empty. Open the sample library to look around, "
                "or add a source and sync."
            )
        )
        self.label.setWordWrap(True)
        self.sample_button = QPushButton(tr("Open the sample library"))
        self.sources_button = QPushButton(tr("Add a source…"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.sample_button)
        layout.addWidget(self.sources_button)
        self.setAutoFillBackground(True)


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: Settings,
        worker: Worker,
        searcher: Worker,
        sync: SyncController,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.worker = worker
        self.searcher = searcher
        self.sync = sync
        self.session: Any = None  # set by reader.app: switching libraries goes through it
        self._spec = ListSpec(tr("All articles"), SearchFilter())
        self._search_serial = 0
        self._list_serial = 0  # bumped whenever the list is replaced
        self._partial = False  # the list shows its first rows; all its ids are on the way
        self._select_when_listed: int | None = None  # a document to select when they come
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")

        # The reading view first, with the article read last loading in it at once: its
        # page renders in WebEngine's own process while the rest of the window is built.
        self._reopen = self._last_article()
        self.view = ReadingView(store, self.page_options, placeholder=self._reopen is None)
        self.view.setZoomFactor(settings.get("zoom"))
        if self._reopen is not None:
            self.view.show_article(*self._reopen)  # article_shown is emitted again in _start
        self.sidebar = Sidebar(tr)
        self.model = ArticleListModel(store.summaries, tr)
        # The list's rows are read for painting on a thread of their own: scrolling
        # never waits for the disk, nor behind a search or a sync.
        self.rows = Worker(store.path, "library-rows")
        self.model.set_loader(self._load_rows)
        self.table = self._build_table()
        self.model.sort_request = self._reorder
        self.view.article_requested.connect(self.open_article)
        self.languages = LanguageBar(tr)
        self.languages.chosen.connect(self.switch_language)
        self.view.article_shown.connect(self._article_shown)
        self.related_pane = RelatedPane(store, worker, tr)
        self.related_pane.open_requested.connect(self.open_article)
        self.related_pane.library_changed.connect(self.refresh_all)
        self.notes_panel = AnnotationsPanel(store, worker, tr)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search all articles (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(tr("Search"))
        self.search_lang = QComboBox()
        self.search_lang.setAccessibleName(tr("Search in language"))
        self.search_lang.setToolTip(tr("Search in one language, or in all"))
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(tr("Filter titles"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(tr("Filter the list by title"))
        self.banner = FirstRunBanner()
        self.heading = QLabel()

        list_pane = QWidget()
        lay = QVBoxLayout(list_pane)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.banner)
        lay.addWidget(self.heading)
        lay.addWidget(self.filter_box)
        lay.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(list_pane)
        reading_pane = QWidget()
        reading_layout = QVBoxLayout(reading_pane)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.languages)
        self.updated_notice = QLabel()
        self.updated_notice.setWordWrap(True)
        self.updated_notice.setStyleSheet(
            "background: #fff4d6; color: #4a3b00; padding: 4px 8px; border-bottom: 1px solid #e5d39a;"
        )
        self.updated_notice.linkActivated.connect(self._updated_notice_link)
        self.updated_notice.hide()
        reading_layout.addWidget(self.updated_notice)
        self.reading_split = QSplitter(Qt.Orientation.Vertical)
        self.reading_split.addWidget(self.view)
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.related_pane, tr("Related"))
        self.side_tabs.addTab(self.notes_panel, tr("Notes"))
        self.reading_split.addWidget(self.side_tabs)
        self.reading_split.setStretchFactor(0, 1)
        self.reading_split.setSizes([600, 190])
        reading_layout.addWidget(self.reading_split, 1)
        self.splitter.addWidget(reading_pane)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([250, 560, 650])
        self.setCentralWidget(self.splitter)

        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._filter_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload_list)
        self._refresh_timer = QTimer(self, interval=_LIST_REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_during_sync)
        self._auto_sync = QTimer(self)
        self._auto_sync.timeout.connect(self.start_sync)
        self.apply_sync_schedule()

        self.sidebar.selected.connect(self.show_spec)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_lang.currentIndexChanged.connect(lambda _i: self._search_timer.start())
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.banner.sample_button.clicked.connect(self.open_sample)
        self.banner.sources_button.clicked.connect(self.show_sources)
        sync.started.connect(self._sync_started)
        sync.progress.connect(self._sync_progress)
        sync.finished.connect(self._sync_finished)
        sync.failed.connect(self._sync_failed)
        sync.related_ready.connect(self._related_ready)
        worker.error.connect(self.show_error)
        self._restore_state()
        self._start()
        if store.related_pending():  # e.g. a library from before related articles
            QTimer.singleShot(3000, sync.update_related)

    # ---- construction --------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setAccessibleName(tr("Articles"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_MARK, 24), (COL_DATE, 86), (COL_CATEGORY, 110), (COL_LANGS, 80)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(col, width)
        # The snippet delegate (Python painting) only while search results are shown;
        # plain rows paint with Qt's own delegate, which scrolls faster.
        self.snippet_delegate = TitleWithSnippetDelegate(table)
        self.plain_delegate = QStyledItemDelegate(table)
        table.activated.connect(lambda _i: self.view.setFocus())  # Enter or double-click
        return table

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        act = QAction(tr(text), self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        self.sync_action = self._action("Sync now", self.start_sync, "F5")
        self.cancel_action = self._action("Cancel sync", self.sync.cancel)
        self.cancel_action.setEnabled(False)
        bar.addAction(self.sync_action)
        bar.addAction(self.cancel_action)
        bar.addWidget(self.search_box)
        bar.addWidget(self.search_lang)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file = menu.addMenu(tr("&File"))
        file.addAction(self.sync_action)
        file.addAction(self.cancel_action)
        file.addAction(self._action("Sources…", self.show_sources))
        self.failures_action = self._action("Sync failures…", self.show_failures)
        self.failures_action.setEnabled(False)
        file.addAction(self.failures_action)
        file.addAction(self._action("Open the sample library", self.open_sample))
        file.addSeparator()
        add_library_actions(self, file)
        file.addSeparator()
        add_export_actions(self, file)
        file.addSeparator()
        file.addAction(
            self._action(
                "Preferences…", self.show_preferences, QKeySequence.StandardKey.Preferences
            )
        )
        file.addSeparator()
        file.addAction(self._action("Quit", self.close, QKeySequence.StandardKey.Quit))
        view = menu.addMenu(tr("&View"))
        for theme in THEMES:
            view.addAction(
                self._action(_THEME_LABELS[theme], lambda _c=False, t=theme: self.set_theme(t))
            )
        view.addSeparator()
        view.addAction(
            self._action("Zoom in", lambda: self.zoom(0.1), QKeySequence.StandardKey.ZoomIn)
        )
        view.addAction(
            self._action("Zoom out", lambda: self.zoom(-0.1), QKeySequence.StandardKey.ZoomOut)
        )
        view.addAction(self._action("Actual size", lambda: self.zoom(0), "Ctrl+0"))
        self.translation_ctl = add_translation_actions(self, view, tr)  # reader/ui/translations.py
        view.addSeparator()
        self.language_menu = add_language_menu(self, view)  # reader/ui/interface_language.py
        article = menu.addMenu(tr("&Article"))
        article.addAction(self._action("Next article", lambda: self.step(1), "J"))
        article.addAction(self._action("Previous article", lambda: self.step(-1), "K"))
        article.addAction(self._action("Bookmark", self.toggle_bookmark, "Ctrl+D"))
        article.addAction(self._action("Open in browser", self.open_in_browser))
        self.annotation_ctl = add_annotation_actions(self, article, view, file, tr)
        search = self._action("Search", self.focus_search, "Ctrl+K")
        self._action("Search (find)", self.focus_search, QKeySequence.StandardKey.Find)
        article.addAction(search)
        article.addSeparator()
        self.collection_actions = add_collection_actions(
            self, article
        )  # reader/ui/collections_ui.py
        add_redline_action(self, article)  # Compare revisions…
        self._action("Focus list", lambda: self.table.setFocus(), "Ctrl+L")
        self._action("Page down in article", lambda: self.page_article(1), "Space")
        self._action("Page up in article", lambda: self.page_article(-1), "Shift+Space")
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(self._action("Keyboard shortcuts", self.show_shortcuts, "F1"))
        help_menu.addAction(self._action("About", self.show_about))

    def _build_status(self) -> None:
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.sync_label = QLabel()
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.failures: list[dict[str, str]] = []

    # ---- state -----------------------------------------------------------------------

    def page_options(self) -> PageOptions:
        return PageOptions(
            theme=self.settings.get("theme"),
            font_size=self.settings.get("font_size"),
            paragraph_numbers=self.settings.get("paragraph_numbers"),
        )

    def _restore_state(self) -> None:
        geometry = self.settings.get("window_geometry")
        state = self.settings.get("window_state")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(QByteArray(geometry.encode())))
        else:
            self.resize(1360, 820)
        if state:
            self.splitter.restoreState(QByteArray.fromBase64(QByteArray(state.encode())))

    def _last_article(self) -> tuple[str, str, str] | None:
        """The article read last, when the library still holds it."""
        parts = self.settings.get("last_article").split("\t")
        if len(parts) != 3:
            return None
        source, slug, lang = parts
        try:
            self.store.document(slug, lang, source=source)
        except StoreError:
            return None
        return source, slug, lang

    def _start(self) -> None:
        """Show the last article first, then fill the list and the sidebar. In a large
        library their queries read much of the file; on a cold disk they would hold up
        the first page by a second or more."""
        if self._reopen is None:
            self.refresh_all(start=True)
            return
        source, slug, lang = self._reopen
        self.heading.setText(tr("Opening the library…"))
        # The view started loading it before the window's slots were connected.
        self.view.article_shown.emit(source, slug, lang)
        filled = False

        def fill(_ok: bool = True) -> None:
            nonlocal filled
            if filled:
                return
            filled = True
            self.view.loadFinished.disconnect(fill)
            self.refresh_all(start=True)
            try:
                doc = self.store.document(slug, lang, source=source)
            except StoreError:
                return
            if self._partial and self.model.row_of(doc.summary.document_id) < 0:
                self._select_when_listed = doc.summary.document_id  # not in the first rows
            else:
                self.open_article(source, slug, lang, quiet=True)  # select its row

        self.view.loadFinished.connect(fill)
        QTimer.singleShot(_FILL_FALLBACK_MS, self, fill)  # should the page never finish

    def save_state(self) -> None:
        self.settings.set("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode())
        self.settings.set(
            "window_state", bytes(self.splitter.saveState().toBase64().data()).decode()
        )
        self.settings.set("zoom", round(self.view.zoomFactor(), 2))
        if self.view.current is not None:
            source, slug, lang = self.view.current
            self.settings.set("last_article", f"{source}\t{slug}\t{lang}")
        self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync.running:
            self.sync.cancel()
        try:
            self.save_state()
        except OSError as err:
            log.warning("could not save the window state: %s", err)
        self.translation_ctl.close_all()  # side-by-side windows dispose of their pages
        self.view.dispose()
        self.rows.stop()
        super().closeEvent(event)

    # ---- lists -----------------------------------------------------------------------

    def refresh_all(self, start: bool = False) -> None:
        """Re-read everything that sync, imports or source changes can alter. At
        ``start``, a large library shows the first rows of its list at once and reads
        the rest (all ids, sidebar counts, languages) on the reader thread: on a cold
        disk those reads take a second or more."""
        self.view.handler.refresh_links()
        first = self._first_rows() if start else None
        self.banner.setVisible(not first and self.store.count() == 0)
        if first is None:
            self.sidebar.rebuild(self.store)
            self._fill_languages()
            self.reload_list()
        else:
            self._show_first_rows(first)
            self.rows.submit(
                StoreAnswers.read_ahead,
                lambda answers: self.sidebar.rebuild(answers.on(self.store)),
                self.show_error,
            )
            self.rows.submit(lambda s: s.info().languages, self._fill_languages)
        self._update_last_sync()
        self.refresh_annotation_marks()
        self.translation_ctl.refresh_damage()  # ⚠ marks of damaged translations

    def _first_rows(self) -> list[ArticleSummary] | None:
        """The first rows of the "All articles" list by date, when the list is that one
        and longer than them (an indexed read of a few ms); else None."""
        default = self._spec.filter == SearchFilter() and self._spec.order == "newest"
        if not default or self.filter_box.text().strip() or self._list_order() != "newest":
            return None
        first = self.store.list_articles(limit=_FIRST_ROWS)
        return first if len(first) == _FIRST_ROWS else None

    def _show_first_rows(self, first: list[ArticleSummary]) -> None:
        """Show ``first`` now and the whole list when the reader thread has its ids."""
        self._list_serial += 1
        serial = self._list_serial
        self.table.setItemDelegateForColumn(COL_TITLE, self.plain_delegate)
        self.model.set_ids([s.document_id for s in first], rows=first)
        self._partial = True
        self._set_heading(self.store.count())

        def arrived(ids: list[int]) -> None:
            if serial != self._list_serial:
                return  # another list (a section, a search) was shown meanwhile
            wanted, self._select_when_listed = self._select_when_listed, None
            keep = wanted or self._current_document_id()
            scrolled = self.table.verticalScrollBar().value()
            self._list_serial += 1
            self._partial = False
            self.model.set_ids(ids)
            self._set_heading(len(ids))
            if keep is not None and (row := self.model.row_of(keep)) >= 0:
                self.table.selectRow(row)
                if wanted is not None:
                    self.table.scrollTo(self.model.index(row, COL_TITLE))
                    return
            self.table.verticalScrollBar().setValue(scrolled)

        self.rows.submit(lambda s: s.document_ids(SearchFilter(), "newest"), arrived)

    def _set_heading(self, count: int) -> None:
        self.heading.setText(f"<b>{self._spec.title}</b> — {trn('%Ln article(s)', count)}")

    def _list_order(self) -> str:
        order = self._spec.order
        return self.settings.get("list_order") if order == "newest" else order

    def _fill_languages(self, held: Sequence[str] | None = None) -> None:
        current = self.search_lang.currentData()
        self.search_lang.blockSignals(True)
        self.search_lang.clear()
        self.search_lang.addItem(tr("All languages"), None)
        for code in self.store.info().languages if held is None else held:
            self.search_lang.addItem(LANGUAGES.get(code, code), code)
        index = self.search_lang.findData(current)
        self.search_lang.setCurrentIndex(max(0, index))
        self.search_lang.blockSignals(False)

    def show_spec(self, spec: ListSpec) -> None:
        self._spec = spec
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self.reload_list()

    def _current_filter(self) -> SearchFilter:
        text = self.filter_box.text().strip()
        return replace(self._spec.filter, title_contains=text or None)

    def reload_list(self) -> None:
        keep = self._current_document_id()
        ids = self.store.document_ids(self._current_filter(), self._list_order())
        self._list_serial += 1
        self._partial = False
        self.table.setItemDelegateForColumn(COL_TITLE, self.plain_delegate)
        self.model.set_ids(ids)
        self._set_heading(len(ids))
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectRow(row)

    def _load_rows(
        self,
        ids: Sequence[int],
        wanted: Callable[[], bool],
        done: Callable[[list[ArticleSummary] | None], None],
    ) -> None:
        def failed(message: str) -> None:
            log.warning("could not read list rows: %s", message)
            done(None)

        self.rows.submit(lambda s: s.summaries(ids) if wanted() else None, done, failed)

    def _reorder(self, order: str) -> None:
        if self._spec.order in ("recent", "collection"):
            return
        self.settings.set("list_order", order)
        self.reload_list()

    def _current_document_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ArticleListModel.DocumentIdRole)
        return int(value) if value is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        if summary is None:
            return
        # The reader's first preferred language held, else English (content_languages).
        lang = self.translation_ctl.opening_language(summary)
        shown = (summary.source, summary.slug, lang)
        now = self.view.current
        if now is None or now[:2] != shown[:2]:  # not the article already shown
            self.view.show_article(*shown)
        if not summary.read:
            source, slug = summary.source, summary.slug
            self.worker.submit(lambda s: s.mark_read(slug, lang, source=source), self._read_changed)

    def _article_shown(self, source: str, slug: str, lang: str) -> None:
        self.related_pane.show_article(source, slug, lang)
        self.notes_panel.show_article(source, slug, lang)
        self._show_updated_notice(source, slug)
        try:
            held, offered = self.store.languages(slug, source)
        except StoreError:
            self.languages.hide()
            return
        self.languages.show_languages(held, offered, lang)

    # ---- annotations -------------------------------------------------------------

    def current_collection(self) -> str | None:
        """The collection the list shows, if it shows one."""
        return self._spec.filter.collection

    def refresh_annotation_marks(self) -> None:
        """Marks in the list (notes, updated since annotated) and the view's notice."""

        def done(result: tuple[set[tuple[str, str]], set[tuple[str, str]]]) -> None:
            self.model.set_marks(*result)
            if self.view.current is not None:
                self._show_updated_notice(self.view.current[0], self.view.current[1])

        self.searcher.submit(lambda s: (s.annotated_articles(), s.updated_since_annotated()), done)

    def _show_updated_notice(self, source: str, slug: str) -> None:
        if (source, slug) in self.model.updated:
            self.updated_notice.setText(
                tr(
                    "This article was updated since you annotated or bookmarked it. "
                    "Highlights were placed again; see the Notes tab for any not found. "
                    '<a href="compare">Compare revisions…</a>'
                )
            )
            self.updated_notice.show()
        else:
            self.updated_notice.hide()

    def _updated_notice_link(self, _link: str) -> None:
        compare = getattr(self, "compare_revisions", None)
        if callable(compare):
            compare()

    def switch_language(self, lang: str) -> None:
        """Show the current article in another language it is held in."""
        if self.view.current is None:
            return
        source, slug, _old = self.view.current
        self.translation_ctl.switch(source, slug, lang)  # keeps the paragraph being read
        self.worker.submit(lambda s: s.mark_read(slug, lang, source=source), self._read_changed)

    def open_article(self, source: str, slug: str, lang: str, *, quiet: bool = False) -> None:
        """Open an article (a link inside an article): select it when listed."""
        try:
            doc = self.store.document(slug, lang, source=source)
        except StoreError as err:
            if not quiet:
                self.show_error(str(err))
            return
        row = self.model.row_of(doc.summary.document_id)
        if row < 0:
            self.sidebar.select_spec(ListSpec(tr("All articles"), SearchFilter()))
            row = self.model.row_of(doc.summary.document_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_TITLE))
        else:
            self.view.show_article(source, slug, lang)

    def step(self, delta: int) -> None:
        row = self.table.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_TITLE))

    def page_article(self, direction: int) -> None:
        if self.search_box.hasFocus() or self.filter_box.hasFocus():
            return
        scroll = f"window.scrollBy(0, {direction} * window.innerHeight * 0.9)"
        self.view.page().runJavaScript(scroll, 1)  # ApplicationWorld: works with page JS off

    # ---- search ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.reload_list()
            return
        self._search_serial += 1
        serial = self._search_serial
        lang = self.search_lang.currentData()
        flt = replace(self._spec.filter, lang=lang) if lang else self._spec.filter

        def done(hits: list[SearchHit]) -> None:
            if serial != self._search_serial:
                return  # a newer query was typed meanwhile
            self._list_serial += 1
            self._partial = False
            self.table.setItemDelegateForColumn(COL_TITLE, self.snippet_delegate)
            self.model.set_ids(
                [h.document_id for h in hits], {h.document_id: h.snippet for h in hits}
            )
            self.table.resizeRowsToContents()
            self.heading.setText(
                tr("<b>Search</b> “{q}” in {where} — {n}").format(
                    q=query, where=self._spec.title, n=trn("%Ln article(s)", len(hits))
                )
            )

        # As you type, the word being typed is a prefix ("recipro" finds reciprocity).
        typed = query + "*" if query[-1].isalnum() and query.count('"') % 2 == 0 else query
        self.searcher.submit(lambda s: s.search(typed, flt, limit=200), done)

    # ---- bookmarks ---------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        summary = self.model.summary(self.table.currentIndex().row())
        if summary is None:
            return
        on = not summary.bookmarked
        self.worker.submit(
            lambda s: s.set_bookmark(summary.slug, on, source=summary.source),
            self._user_data_changed,
        )

    def _read_changed(self, _result: object = None) -> None:
        self.model.refresh_rows()
        unread = ListSpec(tr("Unread"), SearchFilter(read=False))
        self.searcher.submit(
            lambda s: s.count(unread.filter), lambda n: self.sidebar.set_count(unread, n)
        )

    def _user_data_changed(self, _result: object = None) -> None:
        self.model.refresh_rows()
        self.sidebar.rebuild(self.store)

    def open_in_browser(self) -> None:
        summary = self.model.summary(self.table.currentIndex().row())
        if summary is not None and summary.url:
            QDesktopServices.openUrl(QUrl(summary.url))

    # ---- view settings -----------------------------------------------------------------

    def set_theme(self, theme: str) -> None:
        self.settings.set("theme", theme)
        self.view.reload_article()

    def zoom(self, delta: float) -> None:
        factor = 1.0 if delta == 0 else min(3.0, max(0.5, self.view.zoomFactor() + delta))
        self.view.setZoomFactor(factor)
        self.settings.set("zoom", round(factor, 2))

    # ---- sample and sync ---------------------------------------------------------------

    def open_sample(self) -> None:
        from reader.sync.pack import import_pack, sample_pack_path

        self.statusBar().showMessage(tr("Importing the sample library…"))
        self.worker.submit(lambda s: import_pack(s, sample_pack_path()), self._sample_done)

    def _sample_done(self, _report: object) -> None:
        self.statusBar().showMessage(tr("The sample library is ready."), 5000)
        self.refresh_all()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _related_ready(self, _report: object) -> None:
        """Related articles and citations changed in the background (after a sync)."""
        if not self.isVisible():
            return  # the window closed while the update ran
        self.related_pane.refresh()
        self.sidebar.rebuild(self.store)

    def start_sync(self) -> None:
        from reader.sync.sources import KINDS

        if not [s for s in self.store.sources() if s.kind in KINDS]:
            self.statusBar().showMessage(
                tr("No sources to sync yet: add one under File › Sources…"), 8000
            )
            return
        self.sync.start()

    def _sync_started(self) -> None:
        self.failures = []
        self.sync_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._refresh_timer.start()

    def _sync_progress(self, p: Progress) -> None:
        if p.planned:
            self.progress_bar.setRange(0, p.planned)
            self.progress_bar.setValue(p.done)
        self.progress_bar.setFormat(f"{format_number(p.done)}/{format_number(p.planned)}")
        self.statusBar().showMessage(
            tr("Syncing: {new} new, {updated} updated, {failed} failed — {current}").format(
                new=format_number(p.new),
                updated=format_number(p.updated),
                failed=format_number(p.failed),
                current=p.current[-70:],
            )
        )

    def _refresh_during_sync(self) -> None:
        if not self.search_box.text():
            self.reload_list()

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self._refresh_timer.stop()
        self.sync_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        self.progress_bar.hide()
        self.failures = [dict(e, source=r.source) for r in outcome.reports for e in r.errors]
        self.refresh_all()
        if outcome.offline:
            self.statusBar().showMessage(
                tr(
                    "Offline: the sources cannot be reached. Everything in the library is available."
                )
            )
            return
        new = sum(r.new for r in outcome.reports)
        updated = sum(r.updated for r in outcome.reports)
        failed = sum(r.failed for r in outcome.reports)
        word = tr("Sync cancelled") if outcome.cancelled else tr("Sync finished")
        self.statusBar().showMessage(
            tr("{word}: {new} new, {updated} updated, {failed} failed.").format(
                word=word,
                new=format_number(new),
                updated=format_number(updated),
                failed=format_number(failed),
            )
        )
        self.sync_label.setToolTip(
            "\n".join(f"{e['source']}: {e['article']}: {e['error']}" for e in self.failures[:50])
        )

    def _sync_failed(self, message: str) -> None:
        self._refresh_timer.stop()
        self.sync_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        self.progress_bar.hide()
        self.show_error(message)

    def apply_sync_schedule(self) -> None:
        minutes = self.settings.get("sync_interval_minutes")
        if minutes > 0:
            self._auto_sync.start(minutes * 60 * 1000)
        else:
            self._auto_sync.stop()

    def _update_last_sync(self) -> None:
        times = [t for s in self.store.sources() if (t := self.store.last_sync(s.id))]
        if times:
            last = format_datetime(max(times))
            self.sync_label.setText(tr("Last synced {when}").format(when=last))
        else:
            self.sync_label.setText(tr("Not synced yet"))

    # ---- dialogs -----------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def show_failures(self) -> None:
        from reader.ui.dialogs import FailuresDialog

        FailuresDialog(self.failures, self).exec()

    def show_sources(self) -> None:
        from reader.ui.dialogs import SourcesDialog

        SourcesDialog(self.store, self.worker, self.refresh_all, self).exec()

    def show_preferences(self) -> None:
        from reader.ui.dialogs import PreferencesDialog

        if PreferencesDialog(self.settings, self).exec():
            self.settings.save()
            self.apply_sync_schedule()
            self.view.reload_article()

    def show_shortcuts(self) -> None:
        from reader.ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).exec()

    def show_about(self) -> None:
        from reader.ui.about import AboutDialog

        AboutDialog(self.store.path, self).exec()
