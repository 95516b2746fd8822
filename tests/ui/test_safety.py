"""Hostile content and the one-instance rule."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.app import lock_library
from reader.model import ArticleRecord
from reader.sync.ingest import build_document
from tests.conftest import FETCHED
from tests.fixtures.cjo_site import CjoFixtureServer
from tests.ui.conftest import Harness


def test_hostile_article_runs_nothing_and_fetches_nothing(
    qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    with CjoFixtureServer() as srv:
        remote = srv.url("/upload/tracker.png")
        hostile = (
            "<p>Plain words stay readable.</p>"
            "<script>document.title = 'pwned'</script>"
            f'<img src="{remote}" onerror="document.title=\'pwned\'" alt="tracking pixel">'
            '<p onclick="alert(1)" style="background:url(' + remote + ')">Click me</p>'
            "<a href=\"javascript:document.title='pwned'\">js link</a>"
            '<a href="file:///etc/passwd">file link</a>'
            f'<iframe src="{remote}"></iframe><object data="{remote}"></object>'
            f'<link rel="stylesheet" href="{remote}"><style>body {{ background: url({remote}) }}</style>'
            '<div style="' + "x" * 200_000 + '">huge inline style</div>'
        )
        doc, assets, _ = build_document(
            lang="en",
            title="Hostile page",
            summary="s",
            raw_html=hostile,
            url="https://evil.example/a/hostile",
            fetched_at=FETCHED,
        )
        h: Harness = make_window(tmp_path / "lib.sqlite")  # type: ignore[operator]
        sid = h.store.add_source("evil", "feed", "feed:evil").id
        h.store.write_article(
            sid, ArticleRecord(slug="hostile", published=None, documents=(doc,), assets=assets)
        )
        h.window.refresh_all()
        srv.reset_log()
        h.window.open_article("evil", "hostile", "en")
        qtbot.waitUntil(lambda: h.window.view.title() == "Hostile page", timeout=15000)
        qtbot.wait(500)
        assert h.window.view.title() == "Hostile page"  # no script changed it
        assert srv.log == []  # nothing reached the network
        text: list[str] = []
        h.window.view.page().toPlainText(text.append)
        qtbot.waitUntil(lambda: bool(text))
        assert "Plain words stay readable." in text[0] and "Click me" in text[0]
        assert "pwned" not in text[0]


def test_j_and_k_move_through_the_list(qtbot: QtBot, sample_window: Harness) -> None:
    w = sample_window.window
    w.table.setFocus()
    w.table.selectRow(0)
    qtbot.keyClick(w.table, "j")
    assert w.table.currentIndex().row() == 1
    qtbot.keyClick(w.table, "j")
    qtbot.keyClick(w.table, "k")
    assert w.table.currentIndex().row() == 1
    assert w.view.current is not None


def test_one_instance_per_library(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from PySide6.QtCore import QLockFile; "
            f"l = QLockFile({str(db) + '.lock'!r}); assert l.tryLock(100); print('locked', flush=True); "
            "time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert lock_library(db) is None
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    lock = lock_library(db)  # the dead holder's lock is stale and taken over
    assert lock is not None
    lock.unlock()
