"""Printing for the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def related_progress() -> Callable[[str, int, int], None] | None:
    """A line on stderr, on a terminal only, while related articles are worked out
    (after a large first sync this takes seconds, and the command would look stuck)."""
    if not sys.stderr.isatty():
        return None
    steps = {"extract": "reading citations and words", "score": "finding related articles"}

    def show(step: str, done: int, total: int) -> None:
        sys.stderr.write(f"\r\033[K{steps.get(step, step)}: {done}/{total}")
        if done >= total:
            sys.stderr.write("\r\033[K")
        sys.stderr.flush()

    return show
