"""Time the PyPI ``reader`` library on one feed; prints one JSON object.

Runs inside its own virtual environment (``bench/out/reader-venv``), started by
``bench_sync.py`` as ``python -I sync_reader_lib.py DB_PATH FEED_URL``: ``-I`` keeps
the project's own ``reader`` package (same import name) off ``sys.path``.
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version

from reader import make_reader  # type: ignore[attr-defined]  # the PyPI reader, not ours


def main(argv: list[str]) -> int:
    db_path, url = argv[1], argv[2]
    t0 = time.perf_counter()
    lib = make_reader(db_path)
    lib.add_feed(url)
    t1 = time.perf_counter()
    lib.update_feeds()
    t2 = time.perf_counter()
    lib.enable_search()
    lib.update_search()
    t3 = time.perf_counter()
    feed = lib.get_feed(url)
    error = feed.last_exception
    result = {
        "version": version("reader"),
        "module": sys.modules["reader"].__file__,
        "setup_s": t1 - t0,
        "update_s": t2 - t1,
        "index_s": t3 - t2,
        "entries": lib.get_entry_counts().total,
        "search_hits_court": lib.search_entry_counts("court").total,
        "error": None if error is None else f"{error.type_name}: {error.value_str}",
    }
    lib.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
