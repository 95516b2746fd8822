"""The About dialog: the app's name and version, where its library and settings are, and
the licences of what it is built with (read from the installed packages' metadata)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader import APP_NAME, DIST_NAME, __version__, paths
from reader.i18n import tr


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


# What the metadata cannot tell: Qt's own licence and the fonts (system packages).
QT_LICENCE = "LGPL-3.0-only (Qt for Python and Qt, used unmodified as shared libraries)"
FONTS = (
    (
        "Noto fonts (Noto Serif, Noto Sans, Noto Sans CJK)",
        "SIL Open Font License 1.1 (OFL-1.1)",
    ),
    ("DejaVu fonts (fallback)", "Bitstream Vera licence and public domain"),
)
_REQ_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def app_version() -> str:
    """The installed package's version; the package's own when it is not installed."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return __version__


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: the SPDX expression, the License field when it
    is short, else the trove classifiers; "not stated" when there is none."""
    meta: Any = dist.metadata  # an email.message.Message: .get() on a missing field is None
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in (meta.get_all("Classifier") or [])
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    if text:
        return text.splitlines()[0][:80]
    return "not stated"


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for req in dist.requires or []:
        marker = req.split(";", 1)[1] if ";" in req else ""
        if "extra" in marker:
            continue
        m = _REQ_NAME.match(req)
        if m:
            names.append(m.group(1))
    return names


def components(root: str = DIST_NAME) -> list[Component]:
    """Every installed package the app runs on (its runtime requirements, and theirs),
    with version and licence, sorted by name; the app itself is not included."""
    seen: dict[str, Component] = {}
    try:
        queue = _runtime_requirements(metadata.distribution(root))
    except metadata.PackageNotFoundError:
        return []
    while queue:
        name = queue.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = Component(dist.metadata["Name"] or name, dist.version, licence_of(dist))
        queue.extend(_runtime_requirements(dist))
    return sorted(seen.values(), key=lambda c: c.name.lower())


def about_html(library: Path) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(c.name)}</td><td>{e(c.version)}</td><td>{e(c.licence)}</td></tr>"
        for c in components()
    )
    fonts = "".join(f"<tr><td>{e(n)}</td><td colspan=2>{e(lic)}</td></tr>" for n, lic in FONTS)
    portable = paths.portable_root()
    where = (
        tr("Portable mode: settings and library in {folder}").format(folder=e(str(portable)))
        if portable is not None
        else tr("Settings: {file}").format(file=e(str(paths.settings_file())))
    )
    return f"""
<h2>{e(APP_NAME)}</h2>
<p>{tr("Version")} {e(app_version())}<br>
{tr("An offline reader for legal news about China.")}</p>
<p>{tr("Library")}: {e(str(library))}<br>{where}</p>
<p>{e(APP_NAME)} {tr("is free software under the MIT licence.")}</p>
<h3>{tr("Built with")}</h3>
<p>Qt {e(qVersion())} {tr("and Qt for Python (PySide6)")}: {e(QT_LICENCE)}.
{tr("Qt WebEngine contains Chromium, under BSD-style and other open-source licences.")}
{tr("You may replace the Qt libraries in the program's folder with your own build.")}</p>
<table cellspacing=0 cellpadding=3 border=1>
<tr><th align=left>{tr("Package")}</th><th align=left>{tr("Version")}</th>
<th align=left>{tr("Licence")}</th></tr>
{rows}
</table>
<h3>{tr("Fonts")}</h3>
<table cellspacing=0 cellpadding=3 border=1>{fonts}</table>
<p>{tr("The fonts are the system's; they are not part of the program.")}</p>
"""


class AboutDialog(QDialog):
    def __init__(self, library: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About {app}").format(app=APP_NAME))
        self.resize(620, 560)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(about_html(library))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
