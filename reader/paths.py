"""Where the app keeps its files: the one place that asks platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "LexSinicaReader"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def default_library() -> Path:
    return data_dir() / "library.sqlite"
