"""Background work for the window: one serial writer, one reader for searches.

``SerialWorker`` owns the only writing connection to the library: sync, imports and
user-data saves run there one after another. ``SearchWorker`` has its own read
connection so that a search never waits behind a long sync. Both deliver results to the
GUI thread through queued signals; task code never touches a widget.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from reader.store import Store, StoreError

log = logging.getLogger(__name__)

Task = Callable[[Store], Any]


@dataclass
class _Job:
    task: Task
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None


class _Thread(QThread):
    """Runs queued jobs against its own Store opened inside the thread."""

    result = Signal(object, object)  # (callback, value)
    failed = Signal(object, str)  # (callback, message)

    def __init__(self, path: Path, name: str, nice: int = 0) -> None:
        super().__init__()
        self.setObjectName(name)
        self.path = path
        self.nice = nice
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        if self.nice and sys.platform.startswith("linux"):
            # Linux schedules threads one by one: only this thread yields its CPU.
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self.nice)
            except OSError as err:
                log.info("could not lower the priority of %s: %s", self.objectName(), err)
        store: Store | None = None
        try:
            while True:
                job = self.jobs.get()
                if job is None:
                    return
                try:
                    if store is None:
                        store = Store.open(self.path, check=False)
                    value = job.task(store)
                except StoreError as err:
                    self.failed.emit(job.on_error, str(err))
                except Exception as err:  # a bug: log it with context, tell the user
                    log.exception("background task failed")
                    self.failed.emit(job.on_error, f"Something went wrong: {err}")
                else:
                    self.result.emit(job.on_done, value)
        finally:
            if store is not None:
                store.close()


class Worker(QObject):
    """A queue of tasks run in order on one background thread."""

    error = Signal(str)  # failures without their own handler

    def __init__(
        self, path: Path, name: str = "worker", parent: QObject | None = None, *, nice: int = 0
    ) -> None:
        """``nice`` > 0 runs the tasks at a lower priority (Linux), for long checks that
        must not take CPU time from the window."""
        super().__init__(parent)
        self._thread = _Thread(path, name, nice)
        self._thread.result.connect(self._deliver)
        self._thread.failed.connect(self._fail)
        self._thread.start()

    def submit(
        self,
        task: Task,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._thread.jobs.put(_Job(task, on_done, on_error))

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is not None:
            callback(value)

    def _fail(self, callback: Callable[[str], None] | None, message: str) -> None:
        if callback is not None:
            callback(message)
        else:
            self.error.emit(message)

    def stop(self, timeout_ms: int = 10000) -> None:
        self._thread.jobs.put(None)
        self._thread.wait(timeout_ms)
