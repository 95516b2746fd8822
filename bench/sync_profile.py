"""Profiling helper for ``bench_sync.py``: cProfile on every thread of a sync.

cProfile only sees the thread that enables it, and a sync does its fetching, parsing
and sanitizing on worker threads. ``ThreadProfiler`` installs one profiler in each
sync worker thread started while it is active (through ``threading.setprofile``) plus
one on the calling thread, and merges them. The clock is each thread's CPU time
(``time.thread_time``): with a wall clock, a thread waiting for the GIL would be
charged to whatever call it is in, which puts socket ``recv``/``send`` and SQLite at
the top for no reason of their own. The price is overhead (a profiled sync runs
several times slower), which weighs most on small, often-called Python functions;
``py-spy record --gil`` is a lower-overhead cross-check (see bench/README.md).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_SITE = "site-packages/"
# Built-ins in which a thread is idle rather than working.
_IDLE = (
    "<method 'acquire' of '_thread.lock' objects>",
    "<method 'get' of '_queue.SimpleQueue' objects>",
)

# pstats' key and value: (file, line, function) -> (prim calls, calls, tottime, cumtime, callers)
StatKey = tuple[str, int, str]


@dataclass(frozen=True)
class HotSpot:
    where: str  # file:function
    seconds: float
    share: float  # of the busy time (summed over threads)
    calls: int


@dataclass(frozen=True)
class ProfileSummary:
    busy: float  # CPU seconds summed over threads, idle waits excluded
    idle: float
    self_time: list[HotSpot]  # by time spent in the function itself
    stages: list[HotSpot]  # project functions by cumulative time


class ThreadProfiler:
    """``with ThreadProfiler() as prof: ...`` then ``prof.stats()``."""

    def __init__(self, prefix: str = "sync-fetch") -> None:
        self.prefix = prefix  # names of the threads to profile (the engine's workers)
        self._lock = threading.Lock()
        self._threads: list[cProfile.Profile] = []
        self._main = cProfile.Profile(time.thread_time)

    def _start_thread(self, frame: FrameType, event: str, arg: Any) -> None:
        if not threading.current_thread().name.startswith(self.prefix):
            sys.setprofile(None)  # not a sync worker (e.g. an in-process server's thread)
            return
        profile = cProfile.Profile(time.thread_time)
        with self._lock:
            self._threads.append(profile)
        profile.enable()  # replaces this hook for the rest of the thread

    def __enter__(self) -> ThreadProfiler:
        threading.setprofile(self._start_thread)
        self._main.enable()
        return self

    def __exit__(self, *exc: object) -> None:
        self._main.disable()
        threading.setprofile(None)

    def stats(self) -> pstats.Stats:
        """Merged statistics; call after the profiled threads have ended."""
        stats = pstats.Stats(self._main)
        with self._lock:
            for profile in self._threads:
                stats.add(profile)
        return stats


def where(key: StatKey) -> str:
    """``reader/sync/ingest.py:build_document`` (or ``http/client.py:getresponse``, ``~:<built-in>``)."""
    file, _line, func = key
    if file == "~":
        return func
    path = file.replace("\\", "/")
    if _SITE in path:
        path = path.split(_SITE, 1)[1]
    else:
        try:
            path = str(Path(file).resolve().relative_to(ROOT))
        except ValueError:
            path = Path(file).name
    return f"{path}:{func}"


def summarize(stats: pstats.Stats, top: int = 15) -> ProfileSummary:
    rows: dict[StatKey, tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    idle = sum(v[2] for k, v in rows.items() if k[2] in _IDLE)
    busy = sum(v[2] for k, v in rows.items() if k[2] not in _IDLE)
    busy = busy or 1e-9
    self_time = [
        HotSpot(where(k), v[2], v[2] / busy, v[1])
        for k, v in sorted(rows.items(), key=lambda kv: kv[1][2], reverse=True)
        if k[2] not in _IDLE
    ][:top]
    project = str(ROOT / "reader") + "/"
    stages = [
        HotSpot(where(k), v[3], v[3] / busy, v[1])
        for k, v in sorted(rows.items(), key=lambda kv: kv[1][3], reverse=True)
        if k[0].startswith(project)
    ][:top]
    return ProfileSummary(busy, idle, self_time, stages)


def print_summary(title: str, summary: ProfileSummary) -> None:
    print(f"\n{title}: {summary.busy:.1f} s of thread CPU time")
    print("  self time (where the time is spent):")
    for spot in summary.self_time:
        print(f"    {spot.share:6.1%} {spot.seconds:7.2f} s {spot.calls:>9,}  {spot.where}")
    print("  project functions by cumulative time (nested, so shares overlap):")
    for spot in summary.stages:
        print(f"    {spot.share:6.1%} {spot.seconds:7.2f} s {spot.calls:>9,}  {spot.where}")
