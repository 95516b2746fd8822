"""The app's own URL scheme, ``lexsinica:``: articles and stored images are served
through it to Qt WebEngine, in the reading view and when printing PDFs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

SCHEME = "lexsinica"


def register_scheme() -> None:
    """Declare the scheme to Qt WebEngine (idempotent; before the application exists)."""
    if QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME.encode())).name():
        return
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME.encode()))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
