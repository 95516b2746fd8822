"""PDF tests print with a real Qt WebEngine, offscreen, in the test process.

The URL scheme must be registered, and Chromium told not to use its sandbox as root,
before pytest-qt creates the QApplication: both happen here, at collection time.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from reader.export.scheme import register_scheme
from reader.ui.binding import protect_none

protect_none()  # as the app and the command line do: see reader/ui/binding.py
register_scheme()
