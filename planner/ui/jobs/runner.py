"""The job runner: one long job at a time in a worker thread, with progress and Cancel.

A Job's `work(progress, cancelled)` runs in a worker thread on data that is its own
(a sheet to read, a file to copy through its own connection, a snapshot of the
project): it never touches the open project or its Document. Its result comes back
on the UI thread to `done`, which writes it (one Edit on the undo stack, or a file
opened). Progress reaches the UI thread as queued signals, at most one per 0.1%,
so a job of 100,000 rows does not flood the event queue and the window stays
responsive. A job that raises Cancelled (the user pressed Cancel) or PlannerError
ends in one line in the status bar; anything else is a bug, logged and reported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.core.errors import PlannerError
from planner.core.progress import CancelCheck, Cancelled, Progress

log = logging.getLogger(__name__)
Report = Callable[[str, bool], None]  # text, and whether it is a failure
STEPS = 1000  # progress updates a job sends at most


@dataclass
class Job:
    """A named piece of long work and what to do with its result on the UI thread."""

    name: str  # shown while it runs: "Reading plan.xlsx"
    work: Callable[[Progress, CancelCheck], Any]
    done: Callable[[Any], None]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, job: Job, stop: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.job, self.stop, self.signals = job, stop, signals
        self._last = -1

    def run(self) -> None:
        try:
            result = self.job.work(self._progress, self.stop.is_set)
        except BaseException as error:  # every ending must reach the UI thread, or the job never ends there
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)

    def _progress(self, done: int, total: int) -> None:
        step = done * STEPS // total if total > 0 else 0
        if step != self._last:
            self._last = step
            self.signals.progressed.emit(done, total)


class JobRunner(QObject):
    """Runs one job at a time; `started`, `progressed` and `ended` drive the status bar's job widget."""

    started = Signal(str)
    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, report: Report, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self._stop = threading.Event()
        self._signals: _Signals | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, job: Job) -> bool:
        """Start `job`, unless one is running (then say so and return False)."""
        if self.job is not None:
            self.report(f"{self.job.name} is still running: wait for it or cancel it first", True)
            return False
        self.job, self._stop = job, threading.Event()
        signals = self._signals = _Signals(self)
        signals.progressed.connect(self.progressed)
        signals.finished.connect(lambda result: self._finished(job, result))
        signals.failed.connect(lambda error: self._failed(job, error))
        self.started.emit(job.name)
        self.pool.start(_Worker(job, self._stop, signals))
        return True

    def cancel(self) -> None:
        """Ask the running job to stop; it ends (with nothing written) at its next check."""
        self._stop.set()

    def wait(self) -> None:
        """Block until the worker is done (closing the window); its result is dropped."""
        self.pool.waitForDone()
        self._end()

    def _end(self) -> None:
        self.job = None
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None
        self.ended.emit()

    def _finished(self, job: Job, result: Any) -> None:
        if job is not self.job:  # its ending arrived after the window stopped waiting for it
            return
        self._end()
        try:
            job.done(result)
        except PlannerError as error:
            self.report(str(error), True)
        except Exception as error:  # a bug in the job's ending: say so rather than lose it silently
            log.exception("%s: finishing failed", job.name)
            self.report(f"{job.name} failed: {error}", True)

    def _failed(self, job: Job, error: BaseException) -> None:
        if job is not self.job:
            return
        self._end()
        if isinstance(error, Cancelled):
            self.report(str(error), False)
        elif isinstance(error, PlannerError):
            self.report(f"{job.name}: {error}", True)
        else:
            log.error("%s failed", job.name, exc_info=error)
            self.report(f"{job.name} failed: {error}", True)
