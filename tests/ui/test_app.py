"""The composition root: ``reader`` with no command opens the window and closes cleanly.

Run in a subprocess: quitting the application shuts Qt WebEngine down for the rest of
the process, which would break every later test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from reader import app

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from reader import app, paths
    from reader.export.scheme import register_scheme

    paths.config_dir = lambda: Path(sys.argv[2])
    register_scheme()
    qt = QApplication([])

    def look_and_quit() -> None:
        titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("windows:", titles, flush=True)
        qt.quit()

    QTimer.singleShot(2000, look_and_quit)
    sys.exit(app.run(Path(sys.argv[1])))
    """
)


def test_app_opens_the_library_and_releases_it(sample_library: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run(
        [sys.executable, "-c", DRIVER, str(db), str(tmp_path / "config")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "lib.sqlite" in res.stdout  # the main window was shown on this library
    assert (tmp_path / "config" / "settings.json").exists()  # its state was saved
    lock = app.lock_library(db)  # and the library was released
    assert lock is not None
    lock.unlock()
