"""Qt WebEngine printing of HTML pages to PDF, headless.

One :class:`PrintEngine` owns an off-the-record profile and one page, reused for every
page it prints (a binder of 500 articles loads 500 pages into the same renderer, so
memory stays flat). Pages are served through the app's ``lexsinica:`` scheme rather
than ``setHtml`` (which is limited to 2 MB): a huge table still prints. Stored images
come from the library; a missing one is replaced by a labelled box, and every other
request is refused, as in the reading view.

Qt WebEngine needs a QGuiApplication (a QCoreApplication is not enough: printing lays
out with fonts and the GPU/software compositor), created after the URL scheme is
registered. :func:`ensure_application` does both for the command line; in the desktop
app the QApplication already exists and the scheme is registered by the reading view.
Quitting the application shuts WebEngine down for the rest of the process.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable
from itertools import count
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from reader.export.scheme import SCHEME, register_scheme
from reader.store import Store

log = logging.getLogger(__name__)

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_LOAD_TIMEOUT_MS = 60_000
RECYCLE_AFTER_CHARS = 100_000
"""A page this large (a binder's chunk of articles) is printed in a page of its own."""

MISSING_IMAGE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="320" height="90" viewBox="0 0 320 90">'
    b'<rect x="1" y="1" width="318" height="88" fill="#f2f2f2" stroke="#777" '
    b'stroke-dasharray="6 4"/><text x="160" y="50" text-anchor="middle" '
    b'font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="15" fill="#333">'
    b"Image missing from the library</text></svg>"
)


class PrintError(Exception):
    """Printing failed (the page did not load, or Chromium produced no PDF)."""


def ensure_application() -> QCoreApplication:
    """The running QGuiApplication, or a new headless one (command line, benchmarks)."""
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise PrintError("PDF export needs a QGuiApplication, not a QCoreApplication.")
        return app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Printing needs no GPU; without these, a headless run fills stderr with the
    # failed OpenGL/Vulkan probes of Qt and Chromium.
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS") or "--disable-gpu"
    if "--log-level" not in flags:
        flags += " --log-level=3"
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags += " --no-sandbox"  # Chromium refuses its sandbox as root
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags
    os.environ.setdefault("QT_LOGGING_RULES", "qt.rhi.*=false;qt.vulkan=false;*.warning=false")
    register_scheme()
    return QGuiApplication([sys.argv[0] if sys.argv else "reader"])


def page_layout(paper: str, margins_mm: float, bottom_mm: float) -> QPageLayout:
    if paper not in PAPER_SIZES:
        raise ValueError(f"Unknown paper size {paper!r}; expected one of {sorted(PAPER_SIZES)}.")
    margins = QMarginsF(margins_mm, margins_mm, margins_mm, bottom_mm)
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def paper_size_mm(paper: str) -> tuple[float, float]:
    size = QPageSize(PAPER_SIZES[paper]).size(QPageSize.Unit.Millimeter)
    return size.width(), size.height()


class _Handler(QWebEngineUrlSchemeHandler):
    def __init__(self, store: Store | None, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.pages: dict[str, bytes] = {}

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        try:
            if url.host() == "asset":
                found = self.store.asset(url.path().strip("/")) if self.store else None
                if found is None:
                    log.warning("image %s is missing from the library", url.path())
                    self._reply(job, "image/svg+xml", MISSING_IMAGE_SVG)
                else:
                    self._reply(job, found[0], found[1])
                return
            if url.host() == "print" and url.path() in self.pages:
                self._reply(job, "text/html; charset=utf-8", self.pages[url.path()])
                return
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        except Exception:  # a bug: log it with the URL and fail the request visibly
            log.exception("failed to serve %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

    def _reply(self, job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode()), buffer)


class _Blocker(QWebEngineUrlRequestInterceptor):
    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        if info.requestUrl().scheme() not in (SCHEME, "data", "about"):
            info.block(True)


class PrintEngine:
    """Prints HTML pages to PDF bytes, one at a time, with a private WebEngine page."""

    def __init__(self, store: Store | None) -> None:
        ensure_application()
        self._owner = QObject()
        self.profile = QWebEngineProfile(self._owner)
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self._blocker = _Blocker(self._owner)
        self.profile.setUrlRequestInterceptor(self._blocker)
        self._handler = _Handler(store, self._owner)
        self.profile.installUrlSchemeHandler(QByteArray(SCHEME.encode()), self._handler)
        self.page = self._new_page()
        self._ids = count(1)
        self._closed = False

    def _new_page(self) -> QWebEnginePage:
        page = QWebEnginePage(self.profile)
        settings = page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)
        return page

    def _recycle_page(self) -> None:
        """A fresh page (and renderer process): Chromium keeps the memory of the pages
        a renderer has shown, about 4 MB per printed article, until the page goes."""
        old = self.page
        self.page = self._new_page()
        old.deleteLater()
        QCoreApplication.sendPostedEvents(old, QEvent.Type.DeferredDelete)

    def print_html(self, html: str, layout: QPageLayout) -> bytes:
        """Load ``html`` and print it; returns the PDF file's bytes."""
        if self._closed:
            raise PrintError("The print engine was closed.")
        path = f"/{next(self._ids)}"
        self._handler.pages[path] = html.encode("utf-8")
        try:
            if not self._load(QUrl(f"{SCHEME}://print{path}")):
                raise PrintError("The page to print did not load.")
            result: list[bytes] = []

            def printed(data: QByteArray) -> None:
                result.append(bytes(data.data()))
                loop.quit()

            loop = QEventLoop()
            self.page.printToPdf(printed, layout)
            if not result:
                QTimer.singleShot(_LOAD_TIMEOUT_MS, loop.quit)
                loop.exec()
            if not result or not result[0]:
                raise PrintError("Qt WebEngine produced no PDF for the page.")
            return result[0]
        finally:
            self._handler.pages.pop(path, None)
            if len(html) > RECYCLE_AFTER_CHARS:
                self._recycle_page()

    def print_many(
        self,
        pages: Iterable[str],
        layout: QPageLayout,
        on_result: Callable[[int, bytes], bool],
        parallel: int = 2,
    ) -> bool:
        """Print many pages, ``parallel`` at a time, each in a page (and renderer
        process) of its own, so that two cores print at once. ``pages`` is read lazily
        (its errors are raised here); ``on_result(index, pdf)`` gets each PDF as it is
        done, not necessarily in order, and returns False to stop. Returns False when
        stopped, True when every page was printed."""
        if self._closed:
            raise PrintError("The print engine was closed.")
        source = iter(pages)
        loop = QEventLoop()
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.setInterval(_LOAD_TIMEOUT_MS)
        active: dict[int, tuple[QWebEnginePage, str]] = {}
        finished: list[QWebEnginePage] = []
        state: dict[str, Any] = {"next": 0, "stop": False, "error": None}

        def fail(error: BaseException) -> None:
            if state["error"] is None:
                state["error"] = error
            finish_if_idle()

        def finish_if_idle() -> None:
            if not active or state["error"] is not None:
                loop.quit()

        def start_next() -> bool:
            if state["stop"] or state["error"] is not None:
                return False
            try:
                html = next(source)
            except StopIteration:
                return False
            except Exception as err:  # the caller's preparation failed: raised below
                state["error"] = err
                return False
            index = state["next"]
            state["next"] += 1
            page = self._new_page()
            path = f"/{next(self._ids)}"
            self._handler.pages[path] = html.encode("utf-8")
            active[index] = (page, path)

            def loaded(ok: bool) -> None:
                if not ok:
                    fail(PrintError("A page to print did not load."))
                    return
                page.printToPdf(lambda data: printed(index, data), layout)

            page.loadFinished.connect(loaded)
            page.load(QUrl(f"{SCHEME}://print{path}"))
            return True

        def printed(index: int, data: QByteArray) -> None:
            watchdog.start()
            page, path = active.pop(index)
            self._handler.pages.pop(path, None)
            page.deleteLater()  # and with it, its renderer process and memory
            finished.append(page)
            pdf = bytes(data.data())
            if not pdf:
                fail(PrintError("Qt WebEngine produced no PDF for a page."))
                return
            try:
                if not on_result(index, pdf):
                    state["stop"] = True
            except Exception as err:
                fail(err)
                return
            while len(active) < parallel and start_next():
                pass
            finish_if_idle()

        watchdog.timeout.connect(lambda: fail(PrintError("Printing stopped responding.")))
        try:
            while len(active) < max(1, parallel) and start_next():
                pass
            if active and state["error"] is None:
                watchdog.start()
                loop.exec()
        finally:
            watchdog.stop()
            for page, path in active.values():
                self._handler.pages.pop(path, None)
                page.triggerAction(QWebEnginePage.WebAction.Stop)
                page.deleteLater()
                finished.append(page)
            active.clear()
            for page in finished:
                if shiboken6.isValid(page):  # not already deleted by the loop
                    QCoreApplication.sendPostedEvents(page, QEvent.Type.DeferredDelete)
        if state["error"] is not None:
            raise state["error"]
        return not state["stop"]

    def _load(self, url: QUrl) -> bool:
        loop = QEventLoop()
        outcome: list[bool] = []

        def done(ok: bool) -> None:
            outcome.append(ok)
            loop.quit()

        connection = self.page.loadFinished.connect(done)
        try:
            self.page.load(url)
            if not outcome:
                QTimer.singleShot(_LOAD_TIMEOUT_MS, loop.quit)
                loop.exec()
        finally:
            self.page.loadFinished.disconnect(connection)
        return bool(outcome and outcome[0])

    def close(self) -> None:
        """Delete the page before its profile (a profile must outlive its pages)."""
        if self._closed:
            return
        self._closed = True
        self.page.deleteLater()
        QCoreApplication.sendPostedEvents(self.page, QEvent.Type.DeferredDelete)
        self._owner.deleteLater()
        QCoreApplication.sendPostedEvents(self._owner, QEvent.Type.DeferredDelete)

    def __enter__(self) -> PrintEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
