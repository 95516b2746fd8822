"""Running sync from the window: on the serial worker, reporting through signals."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.store import RelatedReport, Store
from reader.ui.tasks import Worker

if TYPE_CHECKING:  # the sync modules are imported when a sync starts, not with the window
    from reader.sync.engine import SyncReport
    from reader.sync.http import FetchPolicy

RELATED_SLICE = 500
"""Changed articles per background job of the related-articles update."""


@dataclass
class SyncOutcome:
    reports: list[SyncReport] = field(default_factory=list)
    cancelled: bool = False

    @property
    def offline(self) -> bool:
        """Nothing could be reached at all: say so plainly, it is not an error."""
        return bool(self.reports) and all(
            r.new + r.updated + r.unchanged + r.removed == 0
            and any(e["article"] == "(discovery)" and "connection" in e["error"] for e in r.errors)
            for r in self.reports
        )


class SyncController(QObject):
    started = Signal()
    progress = Signal(object)  # Progress
    source_started = Signal(str)
    finished = Signal(object)  # SyncOutcome
    failed = Signal(str)
    related_ready = Signal(object)  # RelatedReport: related articles were brought up to date

    def __init__(
        self, worker: Worker, policy: FetchPolicy | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.policy = policy
        self._cancel = threading.Event()
        self.running = False
        self.related_running = False

    def start(self, names: list[str] | None = None) -> bool:
        if self.running:
            return False
        self.running = True
        self._cancel = threading.Event()
        cancel = self._cancel

        from reader.sync.engine import SyncEngine
        from reader.sync.sources import KINDS, adapter_for, policy_for

        def task(store: Store) -> SyncOutcome:
            outcome = SyncOutcome()
            sources = [s for s in store.sources() if s.kind in KINDS]
            if names:
                sources = [s for s in sources if s.name in names]
            for src in sources:
                if cancel.is_set():
                    break
                self.source_started.emit(src.name)
                engine = SyncEngine(store, policy_for(src, self.policy), cancel, self.progress.emit)
                outcome.reports.append(engine.run(src, adapter_for(src)))
            outcome.cancelled = cancel.is_set()
            return outcome

        self.started.emit()
        self.worker.submit(task, self._done, self._error)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.finished.emit(outcome)
        self.update_related()

    def update_related(self) -> None:
        """Bring related articles and citations up to date in the background, a slice
        at a time, so that bookmarks and reading state queued meanwhile are not held up."""
        if self.related_running:
            return
        self.related_running = True

        def done(report: RelatedReport) -> None:
            self.related_running = False
            if report.remaining:
                self.update_related()
            else:  # once, at the end: the window then redraws the pane and the sidebar
                self.related_ready.emit(report)

        def failed(message: str) -> None:
            self.related_running = False
            self.failed.emit(message)

        self.worker.submit(lambda s: s.compute_related(limit=RELATED_SLICE), done, failed)

    def _error(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)


__all__ = ["SyncController", "SyncOutcome"]
