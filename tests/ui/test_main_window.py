from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reader.model import SearchFilter
from reader.store import Store
from reader.sync.http import FetchPolicy
from reader.sync.sources import source_key
from reader.sync.work import default_workers
from reader.ui.article_list import COL_TITLE
from reader.ui.sidebar import ListSpec
from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample
from tests.ui.conftest import Harness, list_cells

RECIPROCITY = "supreme-court-embraces-presumed-reciprocity"
ALL = ListSpec("All articles", SearchFilter())


def _titles(h: Harness) -> list[str]:
    return list_cells(h.window.model, COL_TITLE)


def test_sidebar_filters_the_list(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    assert w.model.rowCount() == 24
    assert w.sidebar.select_title("China Law in One Minute")
    qtbot.waitUntil(lambda: w.model.rowCount() == 6)
    expected = {
        s.title
        for s in sample_window.store.list_articles(SearchFilter(category="china-law-in-one-minute"))
    }
    assert set(_titles(sample_window)) == expected
    assert w.sidebar.select_title("Judge Quota System")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    w.filter_box.setText("zzz-no-such-title")
    qtbot.waitUntil(lambda: w.model.rowCount() == 0)


def test_opening_an_article_shows_it(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    doc = sample_window.store.document(RECIPROCITY)
    w.open_article("sample", RECIPROCITY, "en")
    qtbot.waitUntil(lambda: w.view.title() == doc.summary.title, timeout=15000)
    # Opening marks it read (in the background) and the sidebar's unread count follows.
    qtbot.waitUntil(lambda: sample_window.store.count(SearchFilter(read=True)) == 1)
    unread = ListSpec("Unread", SearchFilter(read=False))
    qtbot.waitUntil(lambda: w.sidebar.count_of(unread) == "23")
    w.open_article("sample", RECIPROCITY, "ar")
    ar = sample_window.store.document(RECIPROCITY, "ar")
    qtbot.waitUntil(lambda: w.view.title() == ar.summary.title, timeout=15000)


def test_search_as_you_type(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.focus_search()
    qtbot.keyClicks(w.search_box, "recipro")  # typed: results follow as you type
    qtbot.waitUntil(lambda: w.heading.text().startswith("<b>Search</b>"), timeout=5000)
    assert w.model.rowCount() >= 1
    # (QTest cannot type CJK characters; an input method sets the text at once.)
    w.search_box.setText("法院")
    qtbot.waitUntil(lambda: "法院" in w.heading.text(), timeout=5000)
    hits = sample_window.store.search("法院", limit=200)
    assert w.model.rowCount() == len(hits) > 0
    snippet = w.model.data(w.model.index(0, COL_TITLE), w.model.SnippetRole)
    assert "<mark>法院</mark>" in snippet
    w.search_box.clear()
    qtbot.waitUntil(lambda: w.model.rowCount() == 24)


def test_first_run_offers_the_sample(qtbot: QtBot, make_window: object, tmp_path: Path) -> None:
    h: Harness = make_window(tmp_path / "empty.sqlite")  # type: ignore[operator]
    w = h.window
    assert w.banner.isVisible() and w.model.rowCount() == 0
    w.banner.sample_button.click()
    qtbot.waitUntil(lambda: w.model.rowCount() == 24, timeout=20000)
    assert not w.banner.isVisible()
    tops = [w.sidebar.topLevelItem(i).text(0) for i in range(w.sidebar.topLevelItemCount())]
    assert any(t.endswith("— sample") for t in tops)  # the sample source is labelled


def _copy_of(sample_library: Path, tmp_path: Path) -> Path:
    import shutil

    db = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, db)
    return db


def test_theme_and_zoom_persist(
    qtbot: QtBot, make_window: object, sample_library: Path, tmp_path: Path
) -> None:
    db = _copy_of(sample_library, tmp_path)
    first: Harness = make_window(db)  # type: ignore[operator]
    first.window.set_theme("sepia")
    first.window.zoom(0.3)
    first.window.open_article("sample", RECIPROCITY, "en")
    qtbot.waitUntil(lambda: first.window.view.current is not None)
    first.close()
    second: Harness = make_window(db)  # type: ignore[operator]
    assert second.settings.get("theme") == "sepia"
    assert abs(second.window.view.zoomFactor() - 1.3) < 0.01
    assert second.settings.get("last_article").split("\t")[1] == RECIPROCITY


def test_offline_sync_is_stated_plainly(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    sample_window.store.add_source(
        "down",
        "cjo",
        "cjo:down",
        base_url="http://127.0.0.1:9",
        config={"language_url": "http://127.0.0.1:9/{lang}", "languages": ["en"], "delay": 0},
    )
    sample_window.sync.policy = FetchPolicy(min_interval=0, retries=0, timeout=1)
    with qtbot.waitSignal(sample_window.sync.finished, timeout=20000):
        w.start_sync()
    assert "Offline" in w.statusBar().currentMessage()


def test_sync_from_the_window_shows_progress_and_rows(
    qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    h: Harness = make_window(tmp_path / "lib.sqlite")  # type: ignore[operator]
    with CjoFixtureServer(site_from_sample()) as srv:
        for slug in srv.site.articles:
            srv.set_fault(slug, "slow", delay=0.25)
        with Store.open(tmp_path / "lib.sqlite") as s:
            s.add_source(
                "cjo",
                "cjo",
                source_key("cjo", srv.base_url),
                base_url=srv.base_url,
                config={"language_url": srv.language_url, "languages": ["en", "zh-cn"], "delay": 0},
            )
        h.window.refresh_all()
        progress: list[object] = []
        rows_seen: list[int] = []
        ticks: list[float] = []
        h.sync.progress.connect(progress.append)
        timer = QTimer(interval=20)
        timer.timeout.connect(
            lambda: (ticks.append(time.monotonic()), rows_seen.append(h.window.model.rowCount()))
        )
        timer.start()
        with qtbot.waitSignal(h.sync.finished, timeout=60000) as done:
            h.window.start_sync()
            assert h.window.progress_bar.isVisible()
        timer.stop()
    # Pages were parsed in worker processes started from the app (none on one core).
    assert [r.workers for r in done.args[0].reports] == [default_workers()]
    assert len(progress) > 10
    assert h.window.model.rowCount() == 24
    # Rows appeared while the sync was still running, and the event loop kept ticking.
    assert any(0 < n < 24 for n in rows_seen)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 1.0
    assert not h.window.progress_bar.isVisible()
    assert "Sync finished" in h.window.statusBar().currentMessage()


def test_links_to_held_articles_open_in_the_app(qtbot: QtBot, sample_window: Harness) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    from reader.ui.reading_view import article_url

    w = sample_window.window
    page = w.view.page()
    target = article_url("sample", "company-chops-and-seals", "en")
    with qtbot.waitSignal(w.view.article_requested) as sig:
        allowed = page.acceptNavigationRequest(
            target, QWebEnginePage.NavigationType.NavigationTypeLinkClicked, True
        )
    assert allowed is False and sig.args == ["sample", "company-chops-and-seals", "en"]
    qtbot.waitUntil(lambda: w.view.current == ("sample", "company-chops-and-seals", "en"))
    # An outside link is handed to the system browser, never loaded in the view.
    opened: list[object] = []
    page.external_link.disconnect()
    page.external_link.connect(opened.append)
    from PySide6.QtCore import QUrl

    url = QUrl("https://example.org/judgment")
    assert (
        page.acceptNavigationRequest(
            url, QWebEnginePage.NavigationType.NavigationTypeLinkClicked, True
        )
        is False
    )
    assert (
        page.acceptNavigationRequest(
            url, QWebEnginePage.NavigationType.NavigationTypeRedirect, True
        )
        is False
    )
    assert opened == [url]


def test_space_pages_through_the_article(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.open_article("sample", RECIPROCITY, "en")
    doc = sample_window.store.document(RECIPROCITY)
    qtbot.waitUntil(lambda: w.view.title() == doc.summary.title, timeout=15000)
    w.table.setFocus()
    w.page_article(1)
    qtbot.waitUntil(lambda: w.view.page().scrollPosition().y() > 100, timeout=5000)


def test_search_language_filter_and_failures_list(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.search_lang.setCurrentIndex(w.search_lang.findData("zh-cn"))
    w.search_box.setText("法院")
    qtbot.waitUntil(lambda: "法院" in w.heading.text(), timeout=5000)
    langs = {w.model.summary(r).lang for r in range(w.model.rowCount())}  # type: ignore[union-attr]
    assert langs == {"zh-cn"}
    assert not w.failures_action.isEnabled()


def test_last_article_reopens(
    qtbot: QtBot, make_window: object, sample_library: Path, tmp_path: Path
) -> None:
    db = _copy_of(sample_library, tmp_path)
    first: Harness = make_window(db)  # type: ignore[operator]
    first.window.open_article("sample", "company-chops-and-seals", "en")
    qtbot.waitUntil(lambda: first.window.view.current is not None)
    first.close()
    second: Harness = make_window(db)  # type: ignore[operator]
    assert second.window.view.current == ("sample", "company-chops-and-seals", "en")


def test_language_bar_switches_in_one_click(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.open_article("sample", RECIPROCITY, "en")
    doc = sample_window.store.document(RECIPROCITY)
    qtbot.waitUntil(lambda: w.view.title() == doc.summary.title, timeout=15000)
    assert w.languages.isVisible()
    assert set(w.languages.languages()) == set(doc.translations) == {"en", "ar", "nl", "zh-cn"}
    button = w.languages.button("ar")
    assert button is not None and button.text() == "العربية"
    button.click()
    ar = sample_window.store.document(RECIPROCITY, "ar")
    qtbot.waitUntil(lambda: w.view.title() == ar.summary.title, timeout=15000)
    assert w.view.current == ("sample", RECIPROCITY, "ar")
    checked = w.languages.button("ar")
    assert checked is not None and checked.isChecked()


def test_a_large_list_shows_its_first_rows_then_the_rest(
    qtbot: QtBot, make_window: object, sample_library: Path, tmp_path: Path, monkeypatch: object
) -> None:
    """At start a large library shows the first rows of its list at once; all its ids,
    the sidebar and the languages come from the reader thread; the article read last
    is selected once the whole list is there, even when it is not among the first."""
    from reader.ui import main_window

    monkeypatch.setattr(main_window, "_FIRST_ROWS", 5)  # type: ignore[attr-defined]
    db = _copy_of(sample_library, tmp_path)
    first: Harness = make_window(db)  # type: ignore[operator]
    assert first.window.model.rowCount() in (5, 24)  # the rest may have come already
    qtbot.waitUntil(lambda: first.window.model.rowCount() == 24, timeout=10000)
    qtbot.waitUntil(lambda: first.window.sidebar.count_of(ALL) == "24", timeout=10000)
    qtbot.waitUntil(lambda: first.window.search_lang.count() > 1, timeout=10000)
    assert "24" in first.window.heading.text()
    assert _titles(first) == [s.title for s in first.store.list_articles(limit=100)]
    oldest = first.store.list_articles(limit=100)[-1]
    first.window.open_article(oldest.source, oldest.slug, oldest.lang)
    qtbot.waitUntil(lambda: first.window.view.current is not None)
    first.window.save_state()  # as on closing (the fixture closes both windows)

    second: Harness = make_window(db)  # type: ignore[operator]
    w = second.window
    assert w.view.current == (oldest.source, oldest.slug, oldest.lang)
    qtbot.waitUntil(lambda: w.model.rowCount() == 24, timeout=10000)
    qtbot.waitUntil(lambda: w.table.currentIndex().row() == 23, timeout=10000)
    assert w.model.summary(23).slug == oldest.slug  # type: ignore[union-attr]
