"""The related pane beside the reading view: both lists, clicks that open articles,
the language it follows, a not-synced link fetched in one click, and the sidebar's
"Laws and cases"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from reader.i18n import format_date
from reader.model import RelatedKind, SearchFilter
from reader.store import Store
from reader.sync.engine import SyncEngine
from reader.sync.http import FetchPolicy
from reader.sync.sources import adapter_for, source_key
from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample
from tests.ui.conftest import Harness

CPL = "civil-procedure-law-2023-foreign-related-amendments"
RECIPROCITY = "supreme-court-embraces-presumed-reciprocity"


def _click(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_of(widget: QListWidget, slug: str) -> int:
    for i in range(widget.count()):
        link = widget.item(i).data(Qt.ItemDataRole.UserRole + 1)
        if link is not None and link.slug == slug:
            return i
    raise AssertionError(f"{slug} not listed")


def test_pane_lists_both_kinds_and_clicking_opens(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    pane = w.related_pane
    w.open_article("sample", CPL, "en")
    qtbot.waitUntil(lambda: pane.current == ("sample", CPL, "en"), timeout=15000)
    assert pane.isVisible()
    site = pane.entries(RelatedKind.SITE)
    computed = pane.entries(RelatedKind.COMPUTED)
    assert len(site) == 4 and len(computed) >= 5
    assert site[0].startswith(
        "China's Supreme People's Court Moves to Presumed Reciprocity\n"
        + format_date(date(2022, 2, 8))  # the interface language's short date
    )
    assert any("cites the Civil Procedure Law" in e for e in computed)
    # Each computed entry: title, then date · reason.
    title, detail = computed[0].split("\n")
    assert title and detail[0].isdigit() and " · " in detail
    # A click on a computed entry opens it in the reading view.
    target = pane.computed_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    _click(qtbot, pane.computed_list, 0)
    doc = sample_window.store.document(target.slug)
    qtbot.waitUntil(lambda: w.view.title() == doc.summary.title, timeout=15000)
    assert w.view.current == ("sample", target.slug, "en")
    qtbot.waitUntil(lambda: pane.current == ("sample", target.slug, "en"))
    # The site list opens its entries too.
    row = _row_of(pane.site_list, pane.site_list.item(0).data(Qt.ItemDataRole.UserRole + 1).slug)
    first_site = pane.site_list.item(row).data(Qt.ItemDataRole.UserRole + 1)
    _click(qtbot, pane.site_list, row)
    qtbot.waitUntil(lambda: w.view.current is not None and w.view.current[1] == first_site.slug)


def test_pane_follows_the_language(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    pane = w.related_pane
    w.open_article("sample", CPL, "zh-cn")
    qtbot.waitUntil(lambda: pane.current == ("sample", CPL, "zh-cn"), timeout=15000)
    row = _row_of(pane.site_list, RECIPROCITY)
    zh = sample_window.store.document(RECIPROCITY, "zh-cn").summary.title
    assert pane.site_list.item(row).text().startswith(zh)
    _click(qtbot, pane.site_list, row)
    qtbot.waitUntil(lambda: w.view.current == ("sample", RECIPROCITY, "zh-cn"), timeout=15000)


def test_laws_and_cases_in_the_sidebar(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    titles = w.sidebar.spec_titles()
    assert "Civil Procedure Law 民事诉讼法" in titles
    assert "(2019)京0105民初12345号" in titles
    assert w.sidebar.select_title("Judges Law 法官法")
    qtbot.waitUntil(lambda: w.model.rowCount() == 2)
    expected = {
        s.document_id
        for s in sample_window.store.list_articles(SearchFilter(citation="judges law"))
    }
    assert {w.model.summary(r).document_id for r in range(2)} == expected


def test_not_synced_link_is_fetched_in_one_click(
    qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    db = tmp_path / "lib.sqlite"
    with CjoFixtureServer(site_from_sample()) as srv:
        with Store.open(db) as s:
            src = s.add_source(
                "cjo",
                "cjo",
                source_key("cjo", srv.base_url),
                base_url=srv.base_url,
                config={"language_url": srv.language_url, "languages": ["en"], "delay": 0},
            )
            # Only the newest few articles: some related links point outside the library.
            SyncEngine(s, FetchPolicy(min_interval=0)).run(src, adapter_for(src), limit=4)
            s.compute_related()
            held = s.known_slugs(src.id)
            slug, missing = next(
                (a, link.slug)
                for a in sorted(held)
                for link in s.related(a, kind=RelatedKind.SITE)
                if not link.held
            )
        h: Harness = make_window(db)  # type: ignore[operator]
        pane = h.window.related_pane
        h.window.open_article("cjo", slug, "en")
        qtbot.waitUntil(lambda: pane.current == ("cjo", slug, "en"), timeout=15000)
        row = _row_of(pane.site_list, missing)
        assert "not synced" in pane.site_list.item(row).text()
        _click(qtbot, pane.site_list, row)
        qtbot.waitUntil(lambda: "Fetched" in pane.status.text(), timeout=30000)
        assert h.store.has_article(src.id, missing)
        entry = pane.site_list.item(_row_of(pane.site_list, missing)).text()
        assert "not synced" not in entry and "fetching" not in entry
        # Now held: a click opens it.
        _click(qtbot, pane.site_list, _row_of(pane.site_list, missing))
        qtbot.waitUntil(lambda: h.window.view.current == ("cjo", missing, "en"), timeout=15000)


def test_related_computed_in_the_background_after_a_sync(
    qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    db = tmp_path / "lib.sqlite"
    h: Harness = make_window(db)  # type: ignore[operator]
    with CjoFixtureServer(site_from_sample()) as srv:
        with Store.open(db) as s:
            s.add_source(
                "cjo",
                "cjo",
                source_key("cjo", srv.base_url),
                base_url=srv.base_url,
                config={"language_url": srv.language_url, "languages": ["en"], "delay": 0},
            )
        h.window.refresh_all()
        with qtbot.waitSignal(h.sync.finished, timeout=60000):
            h.window.start_sync()
        # The list is usable at once; related articles follow on the writer worker.
        assert h.window.model.rowCount() == 24
        assert h.sync.related_running
        qtbot.waitUntil(lambda: not h.sync.related_running, timeout=60000)
    assert h.store.related_pending() == 0
    assert "Civil Procedure Law 民事诉讼法" in h.window.sidebar.spec_titles()
    h.window.open_article("cjo", CPL, "en")
    pane = h.window.related_pane
    qtbot.waitUntil(lambda: pane.current == ("cjo", CPL, "en"), timeout=15000)
    assert len(pane.entries(RelatedKind.COMPUTED)) >= 5
    assert len(pane.entries(RelatedKind.SITE)) == 4
