"""A cold start waits for the disk: read the files the window needs ahead of the code.

After a reboot nothing of the app is in the operating system's page cache. Start-up
then spends most of its time waiting for the disk, a few pages at a time: Qt's and Qt
WebEngine's libraries (about 300 MB, read page by page as their code first runs) and
hundreds of small Python modules, one after another. ``start()`` hands the kernel the
whole list at once from a background thread (``posix_fadvise(WILLNEED)``: "read these
soon"), so the disk reads them at full speed while the main thread imports and builds
the window. On a warm cache it costs a background thread a few milliseconds.

Nothing here imports Qt: ``start()`` runs before PySide6 is imported. Where
``posix_fadvise`` does not exist (Windows, macOS) it does nothing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

# Qt libraries the window loads (PySide6/Qt/lib/libQt6<name>.so.6), in about the order
# it needs them; Qt WebEngine's core (200 MB) last, its start-up reads only part of it.
_QT_LIBS = (
    "Core",
    "Gui",
    "Widgets",
    "DBus",
    "XcbQpa",
    "OpenGL",
    "Network",
    "PrintSupport",
    "Qml",
    "QmlMeta",
    "QmlModels",
    "QmlWorkerScript",
    "Quick",
    "QuickWidgets",
    "WebChannel",
    "Positioning",
    "WebEngineWidgets",
    "WebEngineCore",
)
_PYSIDE_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtPrintSupport",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
)
# Python packages imported before the first article is shown (besides reader itself).
_PACKAGES = ("shiboken6", "PySide6", "platformdirs", "selectolax", "nh3", "markdown")
_QT_PLUGINS = ("platforms", "xcbglintegrations", "platformthemes", "imageformats", "iconengines")

# Folders of no use at start-up (Qt: thousands of files, listed on their own).
_SKIP = frozenset({"Qt", "scripts", "QtAsyncio", "include", "glue", "typesystems", "tests"})

_started: threading.Thread | None = None


def _package_dir(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)  # finds the package, does not import it
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _compiled(folder: Path) -> Iterator[Path]:
    """The package's compiled modules (this interpreter's .pyc files) and extensions,
    leaving out PySide6's Qt folder (thousands of files, listed on their own)."""
    tag = f".{sys.implementation.cache_tag}.pyc"
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP)
        here = Path(top)
        if here.name == "__pycache__":
            yield from (here / n for n in sorted(names) if n.endswith(tag))
        elif folder.name != "PySide6":  # its modules: _PYSIDE_MODULES only
            yield from (here / n for n in sorted(names) if n.endswith(".so"))


def files() -> Iterator[Path]:
    """The files a start reads, roughly in the order it reads them: Qt's core and the
    bindings first (named, no folder to list), then the Python modules, then Qt
    WebEngine, its resources and its helper process."""
    pyside = _package_dir("PySide6")
    qt = pyside / "Qt" if pyside is not None else None
    if pyside is not None and qt is not None:
        shiboken = _package_dir("shiboken6")
        if shiboken is not None:
            yield from sorted(shiboken.glob("*.so*"))
        yield from sorted(pyside.glob("libpyside6.*"))
        for module in _PYSIDE_MODULES[:3]:  # QtCore, QtGui, QtWidgets
            yield pyside / f"{module}.abi3.so"
        for lib in _QT_LIBS[:5]:  # Core, Gui, Widgets, DBus, XcbQpa
            yield qt / "lib" / f"libQt6{lib}.so.6"
        yield from sorted((qt / "lib").glob("libicu*.so.*"))
    for name in _PACKAGES:
        folder = _package_dir(name)
        if folder is not None:
            yield from _compiled(folder)
    yield from _compiled(Path(__file__).resolve().parent.parent)  # reader
    if pyside is None or qt is None:
        return
    for module in _PYSIDE_MODULES[3:]:
        yield pyside / f"{module}.abi3.so"
    for lib in _QT_LIBS[5:-1]:
        yield qt / "lib" / f"libQt6{lib}.so.6"
    for kind in _QT_PLUGINS:
        yield from sorted((qt / "plugins" / kind).glob("*.so"))
    yield qt / "libexec" / "QtWebEngineProcess"
    yield from sorted((qt / "resources").glob("*"))
    yield qt / "translations" / "qtwebengine_locales" / "en-US.pak"
    yield qt / "lib" / f"libQt6{_QT_LIBS[-1]}.so.6"


def _read_ahead() -> None:
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    for path in files():
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:  # a file of another Qt build, or not installed
            continue
        try:
            advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def start() -> None:
    """Read the start-up files ahead, on a background thread (once per process)."""
    global _started
    if _started is not None or not hasattr(os, "posix_fadvise"):
        return
    _started = threading.Thread(target=_read_ahead, name="read-ahead", daemon=True)
    _started.start()
