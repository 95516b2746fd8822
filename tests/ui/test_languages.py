"""An article's languages in the window: switching, the preferred language, side by
side, damage marks, and "sync this language" against the fixture site on loopback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.sync.engine import SyncEngine
from reader.sync.fetch_language import LanguageFetch
from reader.sync.http import FetchPolicy
from reader.sync.sources import adapter_for, source_key
from reader.ui.article_list import COL_LANGS, COL_MARK
from reader.ui.reading_view import ReadingView
from reader.ui.translations import SideBySideWindow
from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample
from tests.ui.conftest import Harness, list_cells

AWARDS = "enforcing-foreign-arbitral-awards-prior-reporting"  # en zh-cn ar nl; ar damaged
RECIPROCITY = "supreme-court-embraces-presumed-reciprocity"  # en zh-cn ar nl
LICENSE = "what-is-a-business-license-in-china"  # en zh-cn hi it
FAST = FetchPolicy(min_interval=0, backoff=0.01, timeout=5, max_bytes=2 * 1024 * 1024)


def js(qtbot: QtBot, view: ReadingView, script: str) -> str:
    """Run a script in the application world and wait for its (string) result."""
    out: list[object] = []
    view.page().runJavaScript(script, 1, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return str(out[0])


def wait_title(qtbot: QtBot, h: Harness, slug: str, lang: str) -> None:
    title = h.store.document(slug, lang).summary.title
    qtbot.waitUntil(lambda: h.window.view.title() == title, timeout=15000)


def row_of(h: Harness, slug: str) -> int:
    model = h.window.model
    for row in range(model.rowCount()):
        summary = model.summary(row)
        if summary is not None and summary.slug == slug:
            return row
    raise AssertionError(f"{slug} is not listed")


_FIRST_VISIBLE = """(function () {
  var b = document.querySelectorAll('article.body p, article.body li, article.body h2');
  for (var i = 0; i < b.length; i++) if (b[i].getBoundingClientRect().bottom > 1)
    return b[i].tagName + ':' + b[i].textContent.slice(0, 40);
  return '';
})()"""


def test_switching_language_changes_text_and_direction(
    qtbot: QtBot, sample_window: Harness
) -> None:
    w = sample_window.window
    w.open_article("sample", AWARDS, "en")
    wait_title(qtbot, sample_window, AWARDS, "en")
    assert js(qtbot, w.view, "document.documentElement.dir") == "ltr"
    w.languages.button("ar").click()  # type: ignore[union-attr]
    wait_title(qtbot, sample_window, AWARDS, "ar")
    assert js(qtbot, w.view, "document.documentElement.dir") == "rtl"
    assert js(qtbot, w.view, "document.documentElement.lang") == "ar"
    heading = js(qtbot, w.view, "document.querySelector('article.body h2').textContent")
    assert heading == "1. الأساس القانوني للتنفيذ"
    w.languages.button("zh-cn").click()  # type: ignore[union-attr]
    wait_title(qtbot, sample_window, AWARDS, "zh-cn")
    assert js(qtbot, w.view, "document.documentElement.dir") == "ltr"
    assert w.view.current == ("sample", AWARDS, "zh-cn")


def test_switching_keeps_the_paragraph_being_read(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.open_article("sample", AWARDS, "en")
    wait_title(qtbot, sample_window, AWARDS, "en")
    # Read from the third heading on ("3. What the reviewing courts look at").
    js(qtbot, w.view, "document.querySelectorAll('article.body h2')[2].scrollIntoView(); ''")
    assert js(qtbot, w.view, _FIRST_VISIBLE).startswith("H2:3. What the reviewing")
    with qtbot.waitSignal(w.translation_ctl.position_restored, timeout=15000):
        w.languages.button("ar").click()  # type: ignore[union-attr]
    assert w.view.current == ("sample", AWARDS, "ar")
    assert js(qtbot, w.view, _FIRST_VISIBLE).startswith("H2:3. ما الذي تنظر فيه")
    assert float(js(qtbot, w.view, "String(window.scrollY)")) > 300


def test_the_preferred_language_opens_first(qtbot: QtBot, sample_window: Harness) -> None:
    h = sample_window
    w = h.window
    h.settings.set("content_languages", ["ar", "hi"])
    w.table.selectRow(row_of(h, RECIPROCITY))  # held in ar: opens in Arabic
    qtbot.waitUntil(lambda: w.view.current == ("sample", RECIPROCITY, "ar"), timeout=10000)
    wait_title(qtbot, h, RECIPROCITY, "ar")
    w.table.selectRow(row_of(h, LICENSE))  # no Arabic, but Hindi
    qtbot.waitUntil(lambda: w.view.current == ("sample", LICENSE, "hi"), timeout=10000)
    h.settings.set("content_languages", ["ko"])
    w.table.selectRow(row_of(h, RECIPROCITY))  # no Korean: English, the fallback
    qtbot.waitUntil(lambda: w.view.current == ("sample", RECIPROCITY, "en"), timeout=10000)


def test_damaged_translations_are_marked_in_the_list_and_the_view(
    qtbot: QtBot, sample_window: Harness
) -> None:
    w = sample_window.window
    model = w.model
    qtbot.waitUntil(lambda: bool(model.damaged), timeout=10000)
    row = row_of(sample_window, AWARDS)
    clean = row_of(sample_window, RECIPROCITY)
    marks, langs = list_cells(model, COL_MARK), list_cells(model, COL_LANGS)
    assert "⚠" in marks[row]
    assert "ar⚠" in langs[row].split()
    assert "ar (" in model.data(model.index(row, COL_LANGS), 3)  # ToolTipRole
    assert "⚠" not in marks[clean]
    assert "⚠" not in langs[clean]

    w.open_article("sample", AWARDS, "ar")
    wait_title(qtbot, sample_window, AWARDS, "ar")
    assert w.languages.button("ar").text() == "العربية ⚠"  # type: ignore[union-attr]
    assert w.languages.button("en").text() == "English"  # type: ignore[union-attr]
    marks = int(js(qtbot, w.view, "String(document.querySelectorAll('mark.damage').length)"))
    assert marks >= 20
    title = js(qtbot, w.view, "document.querySelector('mark.damage').title")
    assert "1995" in title and "English:" in title
    assert js(qtbot, w.view, "document.querySelector('.damage-notice') ? 'y' : ''") == "y"
    # A click on a marked spot shows the English paragraph, without any page script.
    w.activateWindow()
    w.view.setFocus()
    where = js(
        qtbot,
        w.view,
        "var m = document.querySelector('mark.damage'); m.scrollIntoView({block: 'center'});"
        "var r = m.getBoundingClientRect(); Math.round(r.left + r.width / 2) + ','"
        " + Math.round(r.top + r.height / 2)",
    )
    x, y = (int(v) for v in where.split(","))
    zoom = w.view.zoomFactor()
    target = w.view.focusProxy() or w.view
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(x * zoom), int(y * zoom)))
    after = "getComputedStyle(document.querySelector('mark.damage'), '::after').content"
    qtbot.waitUntil(lambda: "Since 1995" in js(qtbot, w.view, after), timeout=5000)


def test_side_by_side_window_aligns_english_and_arabic(
    qtbot: QtBot, sample_window: Harness
) -> None:
    w = sample_window.window
    w.open_article("sample", AWARDS, "ar")
    wait_title(qtbot, sample_window, AWARDS, "ar")
    win = w.translation_ctl.open_side_by_side()
    assert isinstance(win, SideBySideWindow)
    assert win.languages() == ("ar", "en")
    qtbot.waitUntil(
        lambda: (
            js(qtbot, win.view, "String(document.querySelectorAll('tr.sbs-row').length)") == "24"
        ),
        timeout=15000,
    )
    row = "document.querySelectorAll('tr.sbs-row')[%d].children[%d].getAttribute('%s')"
    assert js(qtbot, win.view, row % (1, 0, "dir")) == "rtl"
    assert js(qtbot, win.view, row % (1, 1, "dir")) == "ltr"
    assert js(qtbot, win.view, row % (1, 0, "data-kind")) == "h2"
    assert js(qtbot, win.view, row % (1, 1, "data-kind")) == "h2"
    win.right.setCurrentIndex(win.right.findData("nl"))
    qtbot.waitUntil(lambda: js(qtbot, win.view, row % (1, 1, "lang")) == "nl", timeout=15000)
    win.close()


def test_sync_this_language_fetches_a_missing_translation(
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
            SyncEngine(s, FAST).run(src, adapter_for(src))
            assert s.languages(AWARDS, "cjo")[0] == ("en",)
        h: Harness = make_window(db)  # type: ignore[operator]
        h.sync.policy = FAST
        w = h.window
        w.open_article("cjo", AWARDS, "en")
        wait_title(qtbot, h, AWARDS, "en")
        qtbot.waitUntil(lambda: "ar" in w.languages.offered(), timeout=5000)
        assert w.languages.languages() == ["en"]
        assert not w.languages.button("ar").isCheckable()  # type: ignore[union-attr]
        with qtbot.waitSignal(w.translation_ctl.language_fetched, timeout=20000) as got:
            w.languages.button("ar").click()  # type: ignore[union-attr]
        result = got.args[0]
        assert isinstance(result, LanguageFetch) and result.held
        assert srv.count(f"/ar/a/{AWARDS}") == 1
        qtbot.waitUntil(lambda: w.view.current == ("cjo", AWARDS, "ar"), timeout=15000)
        wait_title(qtbot, h, AWARDS, "ar")
        assert "ar" in w.languages.languages()
        assert "ar" not in w.languages.offered()
    # The site is gone now: offline, said plainly, and nothing is lost.
    with qtbot.waitSignal(w.translation_ctl.language_fetched, timeout=30000) as got:
        w.languages.button("nl").click()  # type: ignore[union-attr]
    assert isinstance(got.args[0], LanguageFetch) and got.args[0].offline
    assert w.translation_ctl.last_message.startswith("Offline:")
    assert h.store.languages(AWARDS, "cjo")[0] == ("en", "ar")
