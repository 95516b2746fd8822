"""How long backups, verified copies (Move library) and restores take on a large library.

    .venv/bin/python bench/bench_backup.py [LIBRARY ...]

Default: the synthetic libraries in bench/out (bench/generate.py makes them). The
library is only read (opened read-only, never migrated); copies go to a temporary
folder in bench/out and are deleted. No target in the issue: the figures say how long
an automatic backup keeps the writer thread (and so a sync) waiting, and how long Move
library shows its progress dialog.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reader.store import backups as _backups
from reader.store import db as _db

OUT = Path(__file__).resolve().parent / "out"
T = TypeVar("T")


def timed(fn: Callable[..., T], *args: object) -> tuple[float, T]:
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


def bench(library: Path) -> None:
    size = library.stat().st_size
    print(f"\n{library.name}: {size / 2**20:,.0f} MB")
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        folder = Path(tmp)
        src = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        try:
            t, _ = timed(_db.backup_to, src, folder / "backup.sqlite")
            print(f"  backup (online backup API)        {t:7.2f} s  {size / 2**20 / t:6.0f} MB/s")
            t, _ = timed(_backups.copy_verified, src, folder / "moved.sqlite")
            print(f"  verified copy (Move library)      {t:7.2f} s")
        finally:
            src.close()
        target = folder / "library.sqlite"
        os.link(folder / "moved.sqlite", target)  # an existing library to replace
        t, kept = timed(_db.restore, target, folder / "backup.sqlite")
        print(f"  restore (checks the backup, keeps the old file) {t:5.2f} s")
        assert kept is not None and kept.exists()


def main(argv: list[str]) -> int:
    libraries = [Path(a) for a in argv] or sorted(
        p for p in OUT.glob("library-*.sqlite") if p.stem.split("-")[-1].isdigit()
    )
    if not libraries:
        print("no libraries: run bench/generate.py first", file=sys.stderr)
        return 1
    print(f"load average: {os.getloadavg()[0]:.2f}")
    for lib in libraries:
        bench(lib)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
