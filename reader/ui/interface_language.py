"""Choosing the interface language: at start-up, and from View › Interface language.

Switching applies at once by opening the window again (``Session.switch`` onto the same
library, as "Open library…" does): every widget is built anew in the new language,
which is simpler and surer than retranslating each one in place. The article, the
list's order, the window's geometry and splitters come back from the settings as after
any restart. Arabic and Hebrew turn the whole layout right to left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from reader import APP_NAME
from reader.i18n import (
    N_,
    UI_LANGUAGES,
    current_language,
    install,
    is_rtl,
    language_name,
    resolve,
    tr,
)

# Strings shown through tr(variable) elsewhere, listed so that extraction finds them:
# highlight colours (reader.model.ANNOTATION_COLORS capitalised), reading themes.
DYNAMIC_STRINGS = (
    N_("Yellow"), N_("Green"), N_("Blue"), N_("Pink"), N_("Purple"),
    N_("Light"), N_("Dark"), N_("Sepia"),
)  # fmt: skip

if TYPE_CHECKING:
    from reader.settings import Settings
    from reader.ui.main_window import MainWindow


def translate_reason(reason: str) -> str:
    """A computed related article's reason (stored in English by reader/store/related.py,
    parts joined by "; ") in the interface language; unknown parts stay as they are."""
    out = []
    for part in reason.split("; "):
        if part.startswith("cites "):
            part = tr("cites {what}").format(what=part[len("cites ") :])
        elif part.startswith("same topic: "):
            part = tr("same topic: {name}").format(name=part[len("same topic: ") :])
        elif part.startswith("same category: "):
            part = tr("same category: {name}").format(name=part[len("same category: ") :])
        elif part.startswith("similar wording: "):
            part = tr("similar wording: {words}").format(words=part[len("similar wording: ") :])
        elif part == "published around the same time":
            part = tr("published around the same time")
        out.append(part)
    return "; ".join(out)


def apply_language(code: str) -> list[str]:
    """Install ``code``'s translations and layout direction; the files loaded."""
    loaded = install(code)
    if QGuiApplication.instance() is not None:
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
        )
    return loaded


def start_language(settings: Settings) -> str:
    """At start-up: the chosen language, or on first run the system's when it is one
    of the 20 (English otherwise)."""
    code = resolve(settings.get("ui_language"))
    apply_language(code)
    return code


def add_language_menu(window: MainWindow, parent: QMenu) -> QMenu:
    """A submenu listing the 20 interface languages, each in its own name."""
    menu = parent.addMenu(tr("Interface language"))
    menu.setObjectName("interface-language-menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = current_language()
    for code in UI_LANGUAGES:
        action = QAction(language_name(code), menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _c=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def switch_language(window: MainWindow, code: str) -> None:
    """Remember ``code`` and show the window again in it."""
    if code not in UI_LANGUAGES or code == current_language():
        return
    sync = getattr(window, "sync", None)
    if sync is not None and sync.running:  # reopening the window would cancel it
        QMessageBox.information(
            window,
            APP_NAME,
            tr("Wait for the sync to finish, or cancel it, then choose the language again."),
        )
        menu = getattr(window, "language_menu", None)
        for action in menu.actions() if menu is not None else []:
            action.setChecked(action.data() == current_language())
        return
    window.settings.set("ui_language", code)
    window.settings.save()
    apply_language(code)
    session = window.session
    if session is not None and getattr(session, "db", None) is not None:
        db = session.db
        QTimer.singleShot(0, lambda: session.switch(db))  # after this slot returns
    else:  # a window without a session (tests, tools): the change shows on restart
        QMessageBox.information(
            window,
            APP_NAME,
            tr("The interface language changes the next time the app starts."),
        )
