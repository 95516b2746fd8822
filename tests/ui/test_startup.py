"""What keeps the window's start and scrolling fast (bench/UI.md): checked by behaviour,
never by timing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.tasks import Worker

ROOT = Path(__file__).resolve().parents[2]


def test_building_the_window_imports_no_sync_code() -> None:
    """Sync, its HTTP code and Markdown are imported when first used, not at start; the
    ``reader`` command imports its commands only when one is given."""
    code = (
        "import sys\n"
        "import reader.cli, reader.app, reader.ui.main_window, reader.ui.sync_controller\n"
        "late = sorted(m for m in sys.modules\n"
        "              if m.startswith(('reader.sync', 'markdown', 'reader.cli.')))\n"
        "print(','.join(late))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priority")
def test_the_integrity_check_runs_at_the_lowest_priority(
    qtbot: QtBot, sample_library: Path
) -> None:
    checker = Worker(sample_library, "test-check", nice=19)
    plain = Worker(sample_library, "test-plain")
    seen: dict[str, int] = {}

    def niceness(_store: object) -> int:  # field 19 of the thread's stat: its nice value
        tid = threading.get_native_id()
        stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[16])

    try:
        checker.submit(niceness, lambda n: seen.__setitem__("check", n))
        plain.submit(niceness, lambda n: seen.__setitem__("plain", n))
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    finally:
        checker.stop()
        plain.stop()
    assert seen["check"] == 19
    assert seen["plain"] == os.nice(0)  # the process's own priority


def test_the_window_gets_the_gil_sooner_and_start_up_leaves_the_collector(qtbot: QtBot) -> None:
    import gc

    from PySide6.QtWidgets import QWidget

    from reader.app import GIL_SWITCH_S, keep_the_window_responsive

    before = sys.getswitchinterval()
    window = QWidget()
    qtbot.addWidget(window)
    gc.unfreeze()
    try:
        keep_the_window_responsive(window)
        assert sys.getswitchinterval() == before  # not while the window starts
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
        assert sys.getswitchinterval() == GIL_SWITCH_S
    finally:
        gc.unfreeze()
        sys.setswitchinterval(before)
