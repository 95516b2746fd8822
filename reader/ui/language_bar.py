"""The languages of the article being read: one click to switch, and the languages the
source offers that the library has not synced yet, greyed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.model import LANGUAGES


class LanguageBar(QWidget):
    chosen = Signal(str)  # language code

    def __init__(self, tr: Callable[[str], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tr = tr
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        self.offered_label = QLabel()
        self.offered_label.setEnabled(False)  # greyed: not in the library
        self._layout.addStretch(1)
        self._layout.addWidget(self.offered_label)
        self.setAccessibleName(tr("Languages of this article"))
        self.hide()

    def show_languages(self, held: tuple[str, ...], offered: tuple[str, ...], current: str) -> None:
        for button in self._buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self._buttons = {}
        for i, code in enumerate(held):
            button = QToolButton(self)
            button.setText(LANGUAGES.get(code, code))
            button.setToolTip(code)
            button.setCheckable(True)
            button.setChecked(code == current)
            button.clicked.connect(lambda _c=False, c=code: self.chosen.emit(c))
            self._group.addButton(button)
            self._layout.insertWidget(i, button)
            self._buttons[code] = button
        missing = [c for c in offered if c not in held]
        if missing:
            names = ", ".join(LANGUAGES.get(c, c) for c in missing)
            self.offered_label.setText(self._tr("Not synced yet: {names}").format(names=names))
            self.offered_label.setToolTip(
                self._tr(
                    "The source offers these languages; add them to the source's languages "
                    "(File › Sources…) and sync."
                )
            )
        else:
            self.offered_label.clear()
        self.setVisible(len(held) > 1 or bool(missing))

    def languages(self) -> list[str]:
        return list(self._buttons)

    def button(self, code: str) -> QToolButton | None:
        return self._buttons.get(code)
