"""The window's handling of an article's languages: which version opens first (the
reader's preferred content languages, English as the fallback), switching language
while keeping the paragraph being read, "sync this language", the side-by-side window
and the article list's marks for damaged translations."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from reader.export.article_html import PageOptions
from reader.model import ENGLISH, LANGUAGES, ArticleSummary
from reader.store import Store, StoreError
from reader.ui.reading_view import APP_WORLD, ReadingView
from reader.ui.translation_pages import side_by_side_url

if TYPE_CHECKING:
    from reader.sync.fetch_language import LanguageFetch
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_WHERE_TIMEOUT_MS = 1500
DAMAGE_SLICE = 2000
"""Translations counted per job on the writer (about 0.5 s at ~10 KB a text)."""

# The blocks counted to keep the reader's place: the same selector in every language,
# so that block N of one version is block N of another when their structures match.
_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, figure, dt, dd"

# Application world (page JavaScript stays off). A string back: PySide6 6.12 hands
# arrays and objects back as empty strings.
_FIRST_VISIBLE_JS = """
(function () {
  var body = document.querySelector('article.body');
  if (!body || window.scrollY < 4) return '';
  var blocks = body.querySelectorAll('__BLOCKS__');
  for (var i = 0; i < blocks.length; i++) {
    var r = blocks[i].getBoundingClientRect();
    if (r.height > 0 && r.bottom > 1)
      return i + ':' + Math.max(0, Math.min(1, -r.top / r.height)).toFixed(3);
  }
  return '';
})()
""".replace("__BLOCKS__", _BLOCKS)

_SCROLL_TO_BLOCK_JS = """
(function (i, f) {
  var body = document.querySelector('article.body');
  if (!body) return '';
  var blocks = body.querySelectorAll('__BLOCKS__');
  if (!blocks.length) return '';
  var b = blocks[Math.min(i, blocks.length - 1)];
  var r = b.getBoundingClientRect();
  window.scrollTo(0, window.scrollY + r.top + f * r.height);
  return String(Math.min(i, blocks.length - 1));
})(%d, %f)
""".replace("__BLOCKS__", _BLOCKS)


def opening_language(held: Sequence[str], preferred: Sequence[str], fallback: str) -> str:
    """The version to open: the first preferred language held, else English, else
    ``fallback`` (the list row's own language)."""
    for lang in [*preferred, ENGLISH]:
        if lang in held:
            return lang
    return fallback


class TranslationController(QObject):
    """Wires the language bar, the View menu and the list marks of one main window."""

    position_restored = Signal(int)  # block index scrolled to after a switch
    language_fetched = Signal(object)  # LanguageFetch
    damage_marked = Signal()  # the list's marks of damaged translations are up to date

    def __init__(self, window: MainWindow, tr: Callable[[str], str]) -> None:
        super().__init__(window)
        self.window = window
        self._translate = tr
        self.view = window.view  # the view translates its own menu (reader.i18n.tr)
        self.bar = window.languages
        self.bar.sync_requested.connect(self.sync_language)
        self.bar.side_by_side_requested.connect(self.open_side_by_side)
        self.view.loadFinished.connect(self._restore_position)
        # After the window's own slot has rebuilt the bar for the article shown.
        self.view.article_shown.connect(self._flag_damaged_languages)
        self._pending: tuple[tuple[str, str, str], int, float] | None = None
        self.side_windows: list[SideBySideWindow] = []
        self.last_message = ""
        self.action: QAction | None = None  # View → Side by side…
        self._counting = False
        self._switch_serial = 0

    # ---- opening and switching ---------------------------------------------------------

    def opening_language(self, summary: ArticleSummary) -> str:
        preferred = self.window.settings.get("content_languages")
        held = summary.languages or (summary.lang,)
        return opening_language(held, preferred, summary.lang)

    def switch(self, source: str, slug: str, lang: str) -> None:
        """Show another language of the article, at the same paragraph."""
        target = (source, slug, lang)
        self._switch_serial += 1
        serial = self._switch_serial

        def where(value: object) -> None:
            if serial != self._switch_serial:
                return  # answered late, or a newer switch was asked for
            self._switch_serial += 1
            index, _, fraction = str(value or "").partition(":")
            if index.isdigit():
                self._pending = (target, int(index), float(fraction or 0))
            else:
                self._pending = None
            self.view.show_article(source, slug, lang)

        self.view.page().runJavaScript(_FIRST_VISIBLE_JS, APP_WORLD, where)
        # A page still loading may never answer: switch anyway, without the position.
        QTimer.singleShot(_WHERE_TIMEOUT_MS, self, lambda: where(None))

    def _restore_position(self, ok: bool) -> None:
        pending, self._pending = self._pending, None
        if not ok or pending is None or pending[0] != self.view.current:
            return
        _, index, fraction = pending

        def done(value: object) -> None:
            text = str(value or "")
            if text.isdigit():
                self.position_restored.emit(int(text))

        self.view.page().runJavaScript(_SCROLL_TO_BLOCK_JS % (index, fraction), APP_WORLD, done)

    # ---- sync this language ---------------------------------------------------------------

    def sync_language(self, lang: str) -> None:
        """Fetch a translation the source offers and the library lacks, then show it."""
        tr = self._translate
        current = self.view.current
        if current is None:
            return
        source, slug, _shown = current
        policy = self.window.sync.policy
        name = LANGUAGES.get(lang, lang)
        self.bar.set_syncing(lang, True)
        self._status(tr("Syncing the {language} translation…").format(language=name), 0)

        def done(result: LanguageFetch) -> None:
            self.bar.set_syncing(lang, False)
            if result.held:
                self._status(
                    tr("The {language} translation is now in the library.").format(language=name)
                )
                self.window.model.refresh_rows()
                self.refresh_damage()
                if self.view.current is not None and self.view.current[:2] == (source, slug):
                    self.switch(source, slug, lang)
            elif result.offline:
                self._status(
                    tr(
                        "Offline: the source cannot be reached, so the {language} translation "
                        "was not fetched. Everything in the library is still available."
                    ).format(language=name)
                )
            else:
                self._status(
                    tr("The {language} translation was not fetched: {reason}").format(
                        language=name, reason=result.message
                    )
                )
            self.language_fetched.emit(result)

        def failed(message: str) -> None:
            self.bar.set_syncing(lang, False)
            self._status(
                tr("The {language} translation was not fetched: {reason}").format(
                    language=name, reason=message
                )
            )
            self.language_fetched.emit(None)

        from reader.sync.fetch_language import fetch_translation  # with the first fetch

        self.window.worker.submit(
            lambda s: fetch_translation(s, source, slug, lang, policy=policy), done, failed
        )

    def _status(self, message: str, timeout: int = 12000) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message, timeout)

    # ---- damage marks in the list ---------------------------------------------------------

    def refresh_damage(self) -> None:
        """Count damaged translations (new revisions only) on the writer, a slice at a
        time so that bookmarks and notes queued meanwhile are not held up; then mark
        them in the list."""
        if self._counting:
            return
        self._counting = True

        def counted(more: bool) -> None:
            if more:
                self.window.worker.submit(
                    lambda s: s.update_translation_damage(DAMAGE_SLICE), counted, failed
                )
                return
            self._counting = False
            self.window.searcher.submit(lambda s: s.translation_damage(), self._marks)

        def failed(message: str) -> None:
            self._counting = False
            log.warning("could not count translation damage: %s", message)

        self.window.worker.submit(
            lambda s: s.update_translation_damage(DAMAGE_SLICE), counted, failed
        )

    def _marks(self, damaged: dict[tuple[str, str], dict[str, int]]) -> None:
        self.window.model.set_damage(damaged)
        if self.view.current is not None:
            self._flag_damaged_languages(*self.view.current)
        self.damage_marked.emit()

    def _flag_damaged_languages(self, source: str, slug: str, _lang: str = "") -> None:
        self.bar.mark_damaged(self.window.model.damaged.get((source, slug), {}))

    # ---- side by side ---------------------------------------------------------------------

    def open_side_by_side(self) -> SideBySideWindow | None:
        tr = self._translate
        current = self.view.current
        if current is None:
            self._status(tr("Open an article first."))
            return None
        source, slug, lang = current
        try:
            held, _offered = self.window.store.languages(slug, source)
        except StoreError as err:
            self._status(str(err))
            return None
        if len(held) < 2:
            self._status(tr("The library holds this article in one language only."))
            return None
        other = ENGLISH if lang != ENGLISH and ENGLISH in held else ""
        if not other:
            preferred = [c for c in self.window.settings.get("content_languages") if c != lang]
            other = next((c for c in [*preferred, *held] if c in held and c != lang), held[0])
        win = SideBySideWindow(
            self.window.store,
            self.window.page_options,
            source,
            slug,
            held,
            (lang, other),
            tr,
            self.window,
        )
        win.view.article_requested.connect(self.window.open_article)
        win.finished.connect(lambda _r, w=win: self._forget(w))
        self.side_windows.append(win)
        win.show()
        return win

    def _forget(self, win: SideBySideWindow) -> None:
        if win in self.side_windows:
            self.side_windows.remove(win)

    def close_all(self) -> None:
        for win in list(self.side_windows):
            win.close()


class SideBySideWindow(QDialog):
    """Two languages of one article in two aligned columns that scroll together."""

    def __init__(
        self,
        store: Store,
        options: Callable[[], PageOptions],
        source: str,
        slug: str,
        held: Sequence[str],
        pair: tuple[str, str],
        tr: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.slug = source, slug
        self.setWindowTitle(tr("Side by side"))
        self.resize(1280, 820)
        self.left = QComboBox()
        self.right = QComboBox()
        for combo, chosen in ((self.left, pair[0]), (self.right, pair[1])):
            for code in held:
                combo.addItem(LANGUAGES.get(code, code), code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.left.setAccessibleName(tr("Left column language"))
        self.right.setAccessibleName(tr("Right column language"))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Left:")))
        row.addWidget(self.left)
        row.addSpacing(16)
        row.addWidget(QLabel(tr("Right:")))
        row.addWidget(self.right)
        row.addStretch(1)
        hint = QLabel(tr("Paragraphs are paired by the article's structure."))
        hint.setEnabled(False)
        row.addWidget(hint)
        self.view = ReadingView(store, options, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.reload()

    def languages(self) -> tuple[str, str]:
        return str(self.left.currentData()), str(self.right.currentData())

    def reload(self) -> None:
        lang, other = self.languages()
        self.view.load(side_by_side_url(self.source, self.slug, lang, other))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.dispose()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.view.dispose()
        super().done(result)


def add_translation_actions(
    window: MainWindow, view_menu: QMenu, tr: Callable[[str], str]
) -> TranslationController:
    """View → Side by side…, and the controller behind the language bar."""
    controller = TranslationController(window, tr)
    action = QAction(tr("Side by side…"), window)
    action.triggered.connect(lambda _c=False: controller.open_side_by_side())
    window.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(action)
    controller.action = action
    return controller
