"""The languages of the article being read: one click to switch; the languages the
source offers that the library has not synced yet, greyed, each with "sync this
language"; and a button that opens two languages side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.model import LANGUAGES

_GREYED = "QToolButton { color: palette(mid); font-style: italic; }"


class LanguageBar(QWidget):
    chosen = Signal(str)  # language code
    sync_requested = Signal(str)  # a language offered but not held
    side_by_side_requested = Signal()

    def __init__(self, tr: Callable[[str], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tr = tr
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        self._offered: dict[str, QToolButton] = {}
        self.offered_label = QLabel()
        self.offered_label.setEnabled(False)  # greyed: not in the library
        self.side_by_side = QToolButton(self)
        self.side_by_side.setText(tr("Side by side…"))
        self.side_by_side.setToolTip(tr("Read two languages of this article in two columns"))
        self.side_by_side.clicked.connect(lambda _c=False: self.side_by_side_requested.emit())
        self._layout.addStretch(1)
        self._layout.addWidget(self.offered_label)
        self._layout.addWidget(self.side_by_side)
        self.setAccessibleName(tr("Languages of this article"))
        self.hide()

    def show_languages(self, held: tuple[str, ...], offered: tuple[str, ...], current: str) -> None:
        tr = self._tr
        for button in [*self._buttons.values(), *self._offered.values()]:
            self._group.removeButton(button)
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        self._offered = {}
        position = 0
        for code in held:
            button = QToolButton(self)
            button.setText(LANGUAGES.get(code, code))
            button.setToolTip(code)
            button.setCheckable(True)
            button.setChecked(code == current)
            button.clicked.connect(lambda _c=False, c=code: self.chosen.emit(c))
            self._group.addButton(button)
            self._layout.insertWidget(position, button)
            position += 1
            self._buttons[code] = button
        missing = [c for c in offered if c not in held]
        if missing:
            self.offered_label.setText(tr("Not synced yet:"))
            self._layout.insertWidget(position, self.offered_label)
            position += 1
        else:
            self.offered_label.clear()
        for code in missing:
            button = QToolButton(self)
            button.setText(LANGUAGES.get(code, code))
            button.setStyleSheet(_GREYED)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(
                tr("Not in the library yet. Click to sync this language ({code}).").format(
                    code=code
                )
            )
            button.setAccessibleName(
                tr("Sync this language: {name}").format(name=LANGUAGES.get(code, code))
            )
            button.clicked.connect(lambda _c=False, c=code: self.sync_requested.emit(c))
            self._layout.insertWidget(position, button)
            position += 1
            self._offered[code] = button
        self.side_by_side.setEnabled(len(held) > 1)
        self.setVisible(len(held) > 1 or bool(missing))

    def languages(self) -> list[str]:
        return list(self._buttons)

    def offered(self) -> list[str]:
        """Languages shown greyed: offered by the source, not held."""
        return list(self._offered)

    def button(self, code: str) -> QToolButton | None:
        return self._buttons.get(code) or self._offered.get(code)

    def mark_damaged(self, damaged: dict[str, int]) -> None:
        """Flag held languages whose translation lost numbers or dates (⚠ and a tip)."""
        for code, button in self._buttons.items():
            name = LANGUAGES.get(code, code)
            spots = damaged.get(code, 0)
            button.setText(f"{name} ⚠" if spots else name)
            button.setToolTip(
                self._tr(
                    "{code}: the machine translation lost {spots} numbers or dates; "
                    "they are marked in the text"
                ).format(code=code, spots=spots)
                if spots
                else code
            )

    def set_syncing(self, code: str, busy: bool) -> None:
        """Show that a language is being fetched (its button disabled meanwhile)."""
        button = self._offered.get(code)
        if button is not None:
            button.setEnabled(not busy)
            name = LANGUAGES.get(code, code)
            button.setText(self._tr("{name} (syncing…)").format(name=name) if busy else name)
