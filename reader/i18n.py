"""The interface language: Qt translations, plural forms, dates, numbers and sorting.

Every user-visible string goes through ``tr`` (or ``trn`` for a count), in the one
translation context ``reader``. ``scripts/i18n.py`` finds those calls in the source
(by their names: see ``RECOGNISED_CALLS`` there) and keeps the ``.ts`` files under
``reader/resources/i18n/`` up to date; the compiled ``.qm`` files ship in the package.

QtCore only, so that the page composer (``reader.export``) may use it too; the window
side (layout direction, the Language menu) is in ``reader/ui/interface_language.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cmp_to_key
from importlib import resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

from reader.model import LANGUAGES, RTL_LANGUAGES

T = TypeVar("T")
CONTEXT = "reader"

# The interface languages (the site's 20), as Qt names its locales and .qm files.
UI_LANGUAGES: tuple[str, ...] = (
    "en", "ar", "zh_CN", "nl", "fr", "de", "hi", "it", "ja", "ko",
    "pt", "ru", "es", "sv", "he", "id", "vi", "th", "tr", "ms",
)  # fmt: skip
DEFAULT = "en"
# Qt's own translations (standard buttons, context menus of line edits …) where a
# language's file has another name; languages Qt has none for keep English there.
_QTBASE_NAMES = {"pt": "pt_BR"}

_state: dict[str, object] = {"lang": DEFAULT, "translators": []}


def content_code(ui_code: str) -> str:
    """The key of ``reader.model.LANGUAGES`` for an interface language (zh_CN → zh-cn)."""
    return ui_code.replace("_", "-").lower()


def language_name(ui_code: str) -> str:
    """An interface language's name in its own script, from the one table of names."""
    return LANGUAGES.get(content_code(ui_code), ui_code)


def is_rtl(ui_code: str) -> bool:
    return content_code(ui_code).split("-")[0] in RTL_LANGUAGES


def translations_dir() -> Path:
    return Path(str(resources.files("reader") / "resources" / "i18n"))


def match_language(name: str) -> str | None:
    """The interface language for a locale or language tag (``pt_BR``, ``zh-Hans-CN``,
    ``de-AT``), or None when it is not one of the 20. Traditional Chinese is not."""
    parts = name.replace("-", "_").split("_")
    lang = parts[0].lower()
    if lang == "zh":
        rest = {p.upper() for p in parts[1:]}
        if rest & {"TW", "HK", "MO", "HANT"}:
            return None
        return "zh_CN"
    if lang == "iw":  # the old code of Hebrew
        lang = "he"
    if lang in ("in",):  # the old code of Indonesian
        lang = "id"
    return lang if lang in UI_LANGUAGES else None


def system_language(locale: QLocale | None = None) -> str:
    """The system's interface language when it is one of the 20, else English."""
    loc = locale or QLocale.system()
    for name in [*loc.uiLanguages(), loc.name()]:
        found = match_language(name)
        if found:
            return found
    return DEFAULT


def resolve(setting: str) -> str:
    """The language to use for the ``ui_language`` setting (empty: the system's)."""
    return setting if setting in UI_LANGUAGES else system_language()


def current_language() -> str:
    return str(_state["lang"])


def install(code: str) -> list[str]:
    """Make ``code`` the interface language: our translations, Qt's own, the default
    QLocale. Returns the files loaded. English loads ours too (its plural forms)."""
    if code not in UI_LANGUAGES:
        raise ValueError(f"Unknown interface language {code!r}; expected one of {UI_LANGUAGES}")
    app = QCoreApplication.instance()
    old = _state["translators"]
    assert isinstance(old, list)
    if app is not None:
        for translator in old:
            QCoreApplication.removeTranslator(translator)
    loaded: list[str] = []
    kept: list[QTranslator] = []
    candidates = [translations_dir() / f"reader_{code}.qm"]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if code != DEFAULT:
        candidates.append(qt_dir / f"qtbase_{_QTBASE_NAMES.get(code, code)}.qm")
    for path in candidates:
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            if app is not None:
                QCoreApplication.installTranslator(translator)
            kept.append(translator)
            loaded.append(str(path))
    _state["translators"] = kept
    _state["lang"] = code
    _state["locale"] = locale(code)
    QLocale.setDefault(locale(code))
    return loaded


def locale(code: str | None = None) -> QLocale:
    """The QLocale of an interface language (the current one by default): the system's
    own locale when it is of that language (en_GB keeps day/month, pt_PT its ways)."""
    if code is None:
        cached = _state.get("locale")
        if isinstance(cached, QLocale):
            return cached  # a list paint formats many dates: build it once per language
    wanted = QLocale(code or current_language())
    system = QLocale.system()
    if system.language() == wanted.language() and system.script() == wanted.script():
        return system
    return wanted


def in_layout(text: str) -> str:
    """``text`` for a label or list row of the current layout direction: a left-to-right
    title in a right-to-left interface gets a LEFT-TO-RIGHT MARK at its end, so that its
    closing punctuation stays where it belongs (\"China?\", not \"?China\")."""
    if not is_rtl(current_language()) or not text:
        return text
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return text + "\u200e"
        if kind in ("R", "AL"):
            return text
    return text


def tr(text: str) -> str:
    """Translate an interface string (context ``reader``)."""
    return QCoreApplication.translate(CONTEXT, text)


def trn(text: str, n: int) -> str:
    """Translate a string with a count: ``%n`` (or ``%Ln``, grouped digits) in ``text``
    becomes ``n`` and the language's plural form for ``n`` is chosen."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def format_number(n: int | float) -> str:
    """A number in the interface language's conventions (digits, grouping)."""
    return locale().toString(n)


def N_(text: str) -> str:
    """Mark a string for extraction where it is defined (a table, a default); the place
    that shows it calls ``tr`` on it."""
    return text


def _date_format(long: bool) -> str:
    loc = locale()
    if long:  # the long form without the weekday: "30 November 2026", "2026年11月30日"
        fmt = loc.dateFormat(QLocale.FormatType.LongFormat)
        fmt = re.sub(r"(วัน)?dddd(ที่)?[,،\s]*|[,،\s]*dddd", "", fmt).strip()
        return fmt
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:  # a four-digit year: 30.11.2026, never 30.11.26
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(day: date | datetime | None, long: bool = False) -> str:
    """A date in the interface language's conventions (four-digit year); "" for None."""
    if day is None:
        return ""
    return locale().toString(QDate(day.year, day.month, day.day), _date_format(long))


def format_datetime(moment: datetime) -> str:
    """A local date and time (short form) in the interface language's conventions."""
    local = moment.astimezone() if moment.tzinfo else moment
    qdt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale().toString(
        qdt, f"{_date_format(False)} {locale().timeFormat(QLocale.FormatType.ShortFormat)}"
    )


def collator() -> QCollator:
    """Compares names as the interface language sorts them (numbers by value)."""
    c = QCollator(locale())
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setNumericMode(True)
    return c


def sort_names(names: Iterable[str]) -> list[str]:
    """Names sorted with the interface language's collation."""
    c = collator()
    return sorted(names, key=cmp_to_key(c.compare))


def sort_by(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """Items sorted by a name, with the interface language's collation."""
    c = collator()
    return sorted(items, key=lambda item: c.sortKey(name(item)))
