"""A guard against a PySide6 6.12.0 bug that kills the app after a while.

On Python 3.11, PySide6 6.12.0 loses a reference to ``None`` on many calls: void Qt
methods (``update``, ``setValue``, ``processEvents``…), ``data()`` overrides answering
None through C++, empty ``QModelIndex.data`` reads. Each loss is one reference; a few
thousand of them and the process dies with "Fatal Python error: none_dealloc" (the
article list did, after some scrolling). Python 3.12 makes None immortal, so nothing
is lost there. Before 3.12, ``protect_none`` gives None a reserve of 2**40 references
once, which no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_protected = False


def protect_none() -> None:
    """Call once before Qt runs (the app and the UI tests do)."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every object, at the object's address (CPython).
    # True and False too: every emission of a signal with a bool argument (a page's
    # loadFinished, once per article shown or printed) loses one reference to it, and
    # after a few hundred the process dies at exit with "bool_dealloc".
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    _protected = True
