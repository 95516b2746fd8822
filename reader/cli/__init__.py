"""The ``reader`` command: with no command the desktop app opens, otherwise one of the
commands in :mod:`reader.cli.commands` runs.

This module stays small: opening the window should not pay for importing every
command's code (sync, export, annotations: about 0.25 s, more from a cold disk).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def global_options() -> argparse.ArgumentParser:
    """The options that may come with no command; every command takes them too
    (``commands.build_parser`` has them as its parent)."""
    p = argparse.ArgumentParser(prog="reader", add_help=False)
    p.add_argument(
        "--db",
        metavar="PATH",
        help="library file (default: $READER_DB, else the per-user data folder)",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    p.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="with no command: open the window, show the first article and quit after "
        "SECONDS (smoke tests of a build; exit 3 when no article was shown)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    window, rest = global_options().parse_known_args(args)
    if rest:  # a command, --help, --version, or something to complain about
        from reader.cli.commands import main as run_command

        try:
            return run_command(args)
        except BrokenPipeError:
            # The reader of the output went away (`reader search … | head`): that is
            # not an error. Python would complain again when it flushes stdout at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from reader import app, paths  # the GUI is only imported when it is wanted

    logging.basicConfig(
        level=logging.INFO if window.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    db = Path(window.db or os.environ.get("READER_DB") or paths.chosen_library())
    return app.run(db, quit_after=window.quit_after)
