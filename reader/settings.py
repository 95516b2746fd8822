"""Every setting of the app, declared once: name, type, default and a one-line doc.

Stored as JSON in the per-user config folder (``paths.config_dir()``), written
atomically. Qt-free, so the command line reads the same settings as the window. Unknown
keys in the file are kept (a newer version's settings survive a downgrade); values of
the wrong type fall back to the default and are logged.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "content_languages",
        list,
        ["en"],
        "Content languages in order of preference; English is the fallback.",
    ),
    Setting("theme", str, "light", "Reading theme.", ("light", "dark", "sepia")),
    Setting("font_size", int, 18, "Base font size of the reading view, in pixels."),
    Setting("zoom", float, 1.0, "Zoom factor of the reading view."),
    Setting("paragraph_numbers", bool, False, "Show paragraph numbers for pinpoint citation."),
    Setting(
        "sync_interval_minutes",
        int,
        0,
        "Sync automatically every N minutes while the app runs (0: only on request).",
    ),
    Setting("library_path", str, "", "Library file; empty means the default location."),
    Setting(
        "backup_interval_hours",
        int,
        24,
        "Back the library up automatically every N hours while the app runs (0: never).",
    ),
    Setting("backups_kept", int, 5, "How many automatic backups to keep (the oldest go)."),
    Setting("paper_size", str, "a4", "Paper size for PDF export and printing.", ("a4", "letter")),
    Setting("margins_mm", int, 20, "Page margins for PDF export, in millimetres."),
    Setting("ui_language", str, "", "Language of the interface; empty follows the system."),
    Setting("window_geometry", str, "", "Saved window geometry (base64)."),
    Setting("window_state", str, "", "Saved window and splitter state (base64)."),
    Setting("last_article", str, "", "The article open when the app was last closed."),
    Setting(
        "list_order", str, "newest", "Order of the article list.", ("newest", "oldest", "title")
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as err:
            log.warning("ignoring unreadable settings file %s: %s", self.path, err)
            return
        if isinstance(data, dict):
            self._values = data

    def get(self, name: str) -> Any:
        spec = _BY_NAME[name]
        value = self._values.get(name, spec.default)
        if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
            if spec.type is float and isinstance(value, int) and not isinstance(value, bool):
                return float(value)
            if name in self._values:
                log.warning("setting %s has a value of the wrong type; using the default", name)
            return _copy(spec.default)
        if spec.choices and value not in spec.choices:
            return _copy(spec.default)
        return _copy(value)

    def set(self, name: str, value: Any) -> None:
        spec = _BY_NAME[name]
        if spec.type is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, spec.type):
            raise TypeError(
                f"setting {name} takes {spec.type.__name__}, not {type(value).__name__}"
            )
        if spec.choices and value not in spec.choices:
            raise ValueError(f"setting {name} takes one of {spec.choices}, not {value!r}")
        self._values[name] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
