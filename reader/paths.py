"""Where the app keeps its files: the one place that asks platformdirs.

Two modes:

* **Installed** (the default): settings in the per-user config folder, the library and
  its backups in the per-user data folder, as platformdirs names them for the system
  (``~/.local/share/LexSinicaReader`` on Linux, ``%LOCALAPPDATA%\\LexSinicaReader`` on
  Windows, ``~/Library/Application Support/LexSinicaReader`` on macOS).
* **Portable**: when a file named ``portable.txt`` lies beside the program, settings,
  library and backups all live in a ``data`` folder beside it, so the whole app can be
  carried on a USB stick or run from a folder on a laptop where nothing can be
  installed. "Beside the program" is the folder of the executable for the frozen build
  (``sys.executable``; on macOS the folder that holds ``Lex Sinica Reader.app``), and for
  a run from source the folder that holds the ``reader`` package (the checkout). The
  marker's content is ignored.

Library paths remembered in the settings are stored relative to the data folder when
they lie inside it, so a portable folder keeps working when its drive letter or mount
point changes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "LexSinicaReader"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
SETTINGS_FILE = "settings.json"


def program_dir() -> Path:
    """The folder the program runs from: the executable's for a frozen build, the
    folder holding the ``reader`` package for a run from source."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        # macOS: the executable lies inside "Name.app/Contents/MacOS"; a marker inside the
        # bundle would break its signature, so it goes beside the .app.
        bundle = folder.parent.parent
        if folder.name == "MacOS" and folder.parent.name == "Contents" and bundle.suffix == ".app":
            return bundle.parent
        return folder
    return Path(__file__).resolve().parent.parent


def portable_root() -> Path | None:
    """The portable data folder when the marker is present, else None."""
    base = program_dir()
    if (base / PORTABLE_MARKER).is_file():
        return base / PORTABLE_DATA
    return None


def is_portable() -> bool:
    return portable_root() is not None


def data_dir() -> Path:
    root = portable_root()
    if root is not None:
        return root
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    root = portable_root()
    if root is not None:
        return root
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE


def default_library() -> Path:
    return data_dir() / "library.sqlite"


def remembered(path: Path) -> str:
    """How to store ``path`` in the settings: relative to the data folder when inside
    it (portable folders move), absolute otherwise."""
    path = Path(path).absolute()
    base = data_dir().absolute()
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def resolve_remembered(value: str) -> Path:
    """The inverse of ``remembered``."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else data_dir() / path


def chosen_library() -> Path:
    """The library to open when none is named: the one chosen in the app ("Open
    library…", "Move library…", remembered in the settings), else the default.

    Read straight from the settings file so that the command line follows the window
    without importing anything of the app; an unreadable file means the default.
    """
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default_library()
    value = data.get("library_path") if isinstance(data, dict) else None
    if isinstance(value, str) and value:
        return resolve_remembered(value)
    return default_library()


def library_from_environment() -> Path | None:
    value = os.environ.get("READER_DB")
    return Path(value) if value else None
