"""Lex Sinica Reader: an offline reader for legal news about China."""

from importlib import metadata

APP_NAME = "Lex Sinica Reader"
DIST_NAME = "lexsinica-reader"

try:
    __version__ = metadata.version(DIST_NAME)
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
