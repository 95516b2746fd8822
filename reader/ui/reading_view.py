"""The reading view: Qt WebEngine showing articles served from the library.

* Articles and images come through the ``lexsinica:`` scheme, read from the store;
* every other request from the page is blocked (no network, no files);
* page JavaScript is off; the page's own CSP has no script source either;
* links to articles held in the library open inside the app; other links open in the
  system browser, and only when the user clicks them.

``reader.export.scheme.register_scheme()`` must run before the QApplication is created.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QUrl,
    QUrlQuery,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget

from reader.export.article_html import PageOptions, compose_article
from reader.export.scheme import SCHEME
from reader.i18n import tr
from reader.model import ANNOTATION_COLORS
from reader.store import Store, StoreError
from reader.ui.translation_pages import (
    SIDE_BY_SIDE_HOST,
    mark_translation_damage,
    side_by_side_page,
)

if TYPE_CHECKING:
    from reader.sync.sources.cjo_parse import SiteUrls

log = logging.getLogger(__name__)

_ALLOWED_SCHEMES = {SCHEME, "data", "about"}


def article_url(source: str, slug: str, lang: str) -> QUrl:
    url = QUrl(f"{SCHEME}://article/view")
    query = QUrlQuery()
    for key, value in (("source", source), ("slug", slug), ("lang", lang)):
        query.addQueryItem(key, bytes(QUrl.toPercentEncoding(value).data()).decode())
    url.setQuery(query)
    return url


def parse_article_url(url: QUrl) -> tuple[str, str, str] | None:
    if url.scheme() != SCHEME or url.host() != "article":
        return None
    query = QUrlQuery(url)
    values = [
        QUrl.fromPercentEncoding(query.queryItemValue(k).encode())
        for k in ("source", "slug", "lang")
    ]
    return (values[0], values[1], values[2]) if all(values) else None


class LinkResolver:
    """Finds which links of an article point at articles held in the library."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._site_urls: list[tuple[str, SiteUrls]] = []
        for src in store.sources():
            if src.kind == "cjo" or src.config.get("language_url"):
                # Imported only for such sources: reader.sync is not needed to read.
                from reader.sync.sources.cjo_parse import SiteUrls

                template = str(src.config.get("language_url") or "https://{lang}.invalid")
                self._site_urls.append((src.name, SiteUrls(src.base_url, template)))

    def __call__(self, href: str) -> str | None:
        if not href.startswith(("http://", "https://")):
            return None
        found = self.store.find_by_url(href)
        if found is None:
            found = self._by_pattern(href)
        if found is None:
            return None
        return article_url(*found).toString()

    def _by_pattern(self, href: str) -> tuple[str, str, str] | None:
        for name, urls in self._site_urls:
            link = urls.classify(href, href)
            if link is None or link.kind != "article":
                continue
            src = self.store.source(name)
            if src is not None and self.store.has_article(src.id, link.slug):
                return name, link.slug, urls.language_of(href) or "en"
        return None


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves composed article pages and stored images from the library."""

    def __init__(self, store: Store, options: Callable[[], PageOptions], parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.options = options
        self.links = LinkResolver(store)

    def refresh_links(self) -> None:
        """Sources were added or removed: rebuild what recognises their addresses."""
        self.links = LinkResolver(self.store)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        try:
            if url.host() == "asset":
                found = self.store.asset(url.path().strip("/"))
                if found is None:
                    job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                    return
                self._reply(job, found[0], found[1])
                return
            if url.host() == SIDE_BY_SIDE_HOST:  # two languages: reader/ui/translation_pages.py
                sbs = side_by_side_page(
                    self.store,
                    url,
                    self.options(),
                    asset_url=lambda sha: f"{SCHEME}://asset/{sha}",
                    article_link=self.links,
                    tr=tr,
                )
                self._reply(job, "text/html; charset=utf-8", (sbs or "").encode("utf-8"))
                return
            target = parse_article_url(url)
            if target is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
                return
            source, slug, lang = target
            doc = self.store.document(slug, lang, source=source)
            page = compose_article(
                doc,
                replace(self.options(), sample=doc.summary.sample),
                asset_url=lambda sha: f"{SCHEME}://asset/{sha}",
                article_link=self.links,
                annotations=self.store.annotations(slug=slug, lang=lang, source=source),
            )
            page = mark_translation_damage(self.store, doc, page, tr)  # XNUMX and dates
            self._reply(job, "text/html; charset=utf-8", page.encode("utf-8"))
        except StoreError as err:
            log.info("cannot serve %s: %s", url.toString(), err)
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        except Exception:  # a bug, or the library closed under a late request
            log.exception("failed to serve %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

    def _reply(self, job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode()), buffer)


class Blocker(QWebEngineUrlRequestInterceptor):
    """Refuses every request that does not stay inside the app."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in _ALLOWED_SCHEMES:
            self.blocked.append(url.toString())
            info.block(True)


class ReaderPage(QWebEnginePage):
    article_requested = Signal(str, str, str)  # source, slug, lang
    external_link = Signal(QUrl)

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if url.scheme() == SCHEME:
            target = parse_article_url(url)
            if (
                target is not None
                and nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked
            ):
                self.article_requested.emit(*target)
                return False
            return True
        if url.scheme() in ("http", "https", "mailto"):
            if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                self.external_link.emit(url)
            return False
        return url.scheme() in ("data", "about")


# Runs in the application's isolated world (page JavaScript stays off): the current
# selection inside the article body, as offsets counted in characters that are not
# white space — the page's text differs from the stored text only in white space.
_SELECTION_JS = r"""
(function () {
  var body = document.querySelector('article.body');
  var sel = window.getSelection();
  if (!body || !sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
  var r = sel.getRangeAt(0);
  var whole = document.createRange();
  whole.selectNodeContents(body);
  function visible(node, offset) {
    var pre = document.createRange();
    pre.selectNodeContents(body);
    pre.setEnd(node, offset);
    return pre.toString().replace(/\s+/g, '').length;
  }
  var all = whole.toString().replace(/\s+/g, '').length;
  var s = r.compareBoundaryPoints(Range.START_TO_START, whole) <= 0 ? 0
        : visible(r.startContainer, r.startOffset);
  var e = r.compareBoundaryPoints(Range.END_TO_END, whole) >= 0 ? all
        : visible(r.endContainer, r.endOffset);
  // Entirely before the body (its end at or before the body's start), or entirely
  // after it (its start at or after the body's end).
  if (r.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return '';
  if (r.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) return '';
  // A string: PySide6 6.12 hands arrays back as empty strings.
  return e > s ? s + ',' + e : '';
})()
"""

_REVEAL_JS = """
(function (id) {
  var el = document.getElementById('hl-' + id);
  if (!el) return false;
  el.scrollIntoView({block: 'center'});
  document.querySelectorAll('mark.hl.focus').forEach(function (m) { m.classList.remove('focus'); });
  document.querySelectorAll('mark.hl').forEach(function (m) {
    if ((m.getAttribute('data-annotation') || '').split(' ').indexOf(String(id)) >= 0)
      m.classList.add('focus');
  });
  return true;
})(%d)
"""

APP_WORLD = 1  # QWebEngineScript.ScriptWorldId.ApplicationWorld


class ReadingView(QWebEngineView):
    """Shows one document at a time; loading a new one replaces a stale load."""

    article_requested = Signal(str, str, str)
    article_shown = Signal(str, str, str)  # source, slug, lang: a new article is loading
    loaded = Signal(bool)
    highlight_requested = Signal(str, bool)  # colour, with a note
    bookmark_requested = Signal()

    def __init__(
        self,
        store: Store,
        options: Callable[[], PageOptions],
        parent: QWidget | None = None,
        *,
        placeholder: bool = True,
    ) -> None:
        """``placeholder=False`` when an article is loaded at once: the placeholder page
        would only delay it."""
        super().__init__(parent)
        # Off the record: nothing written to disk. Not a child of the view, because a
        # profile must outlive its page: ``dispose`` deletes both in the right order.
        self.profile = QWebEngineProfile()
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self.blocker = Blocker(self)
        self.profile.setUrlRequestInterceptor(self.blocker)
        self.handler = SchemeHandler(store, options, self)
        self.profile.installUrlSchemeHandler(QByteArray(SCHEME.encode()), self.handler)
        page = ReaderPage(self.profile, self)
        settings = page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)
        page.article_requested.connect(self.article_requested)
        page.external_link.connect(self._open_external)
        self.setPage(page)
        self.loadFinished.connect(self.loaded)
        self.current: tuple[str, str, str] | None = None
        self._restore_scroll: tuple[float, float] | None = None
        self.loadFinished.connect(self._scroll_back)
        self._disposed = False
        if placeholder:
            self.show_placeholder()

    def show_placeholder(self) -> None:
        self.setHtml(self._placeholder())

    @staticmethod
    def _placeholder() -> str:
        return (
            "<html><body style='font-family: sans-serif; color: #888; "
            "display: flex; align-items: center; justify-content: center; height: 90vh'>"
            "<p>Choose an article.</p></body></html>"
        )

    def dispose(self) -> None:
        """Delete the page, then its profile (a profile must outlive its pages).
        Call before the view goes away."""
        if self._disposed:
            return
        self._disposed = True
        page = self.page()
        page.triggerAction(QWebEnginePage.WebAction.Stop)
        page.deleteLater()
        self.profile.deleteLater()  # deferred deletions run in the order asked

    def show_article(self, source: str, slug: str, lang: str) -> None:
        self.current = (source, slug, lang)
        self.page().triggerAction(QWebEnginePage.WebAction.Stop)  # cancel a stale load
        self.load(article_url(source, slug, lang))
        self.article_shown.emit(source, slug, lang)

    def reload_article(self, keep_position: bool = False) -> None:
        """Show the current article again (new highlights, options); with
        ``keep_position`` the reader stays where they were on the page."""
        if self.current is None:
            return
        if not keep_position:
            self.show_article(*self.current)
            return
        where = self.page().scrollPosition()
        self._restore_scroll = (where.x(), where.y())
        self.page().triggerAction(QWebEnginePage.WebAction.Stop)
        self.load(article_url(*self.current))

    def _scroll_back(self, ok: bool) -> None:
        if ok and self._restore_scroll is not None:
            x, y = self._restore_scroll
            self.page().runJavaScript(f"window.scrollTo({x:.0f}, {y:.0f})", APP_WORLD)
        self._restore_scroll = None

    def selection_offsets(self, done: Callable[[tuple[int, int] | None], None]) -> None:
        """Call ``done`` with the selection in the article body, counted in characters
        that are not white space (see ``Store.visible_span``), or None."""

        def back(value: object) -> None:
            start, _, end = str(value or "").partition(",")
            if start.isdigit() and end.isdigit() and int(end) > int(start):
                done((int(start), int(end)))
            else:
                done(None)

        self.page().runJavaScript(_SELECTION_JS, APP_WORLD, back)

    def reveal_annotation(self, annotation_id: int) -> None:
        """Scroll the highlight of an annotation into view and outline it."""
        self.page().runJavaScript(_REVEAL_JS % int(annotation_id), APP_WORLD)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        if self.current is not None:
            first = menu.actions()[0] if menu.actions() else None
            extra: list[QAction] = []
            if self.page().hasSelection():
                colours = QMenu(tr("Highlight"), menu)
                for colour in ANNOTATION_COLORS:
                    act = colours.addAction(tr(colour.capitalize()))  # N_() in interface_language
                    act.triggered.connect(
                        lambda _=False, c=colour: self.highlight_requested.emit(c, False)
                    )
                extra.append(colours.menuAction())
                note = QAction(tr("Highlight with note…"), menu)
                note.triggered.connect(lambda: self.highlight_requested.emit("yellow", True))
                extra.append(note)
            mark = QAction(tr("Bookmark article"), menu)
            mark.triggered.connect(self.bookmark_requested)
            extra.append(mark)
            if first is None:
                menu.addActions(extra)
            else:
                menu.insertActions(first, extra)
                menu.insertSeparator(first)
        menu.popup(event.globalPos())

    def _open_external(self, url: QUrl) -> None:
        host = urlsplit(url.toString()).netloc
        log.info("opening %s in the system browser", host)
        QDesktopServices.openUrl(url)
