"""Run jobs on Qt's thread pool and bring their progress back to the GUI thread as signals.

The GUI never does network, keyring or SQLite work itself: it builds a Job and hands it here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fedimove.core.errors import Cancelled, FedimoveError
from fedimove.jobs.base import Control, Job, JobContext, Progress

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Emitted from the worker thread; Qt queues them to the receivers' (GUI) thread."""

    progress = Signal(object)
    logged = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class _Start:
    """Whether a queued job began, or was withdrawn first: decided once, under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._decided: bool | None = None  # True: it runs; False: withdrawn

    def decide(self, runs: bool) -> bool:
        """The first call settles it; every call returns whether the job runs."""
        with self._lock:
            if self._decided is None:
                self._decided = runs
            return self._decided


class _Runnable(QRunnable):
    def __init__(self, job: Job[Any], control: Control, signals: JobSignals, start: _Start) -> None:
        super().__init__()
        self._job, self._control, self._signals, self._start = job, control, signals, start
        self.setAutoDelete(True)

    def run(self) -> None:
        if not self._start.decide(runs=True):
            return  # withdrawn while it waited in the queue
        signals = self._signals
        ctx = JobContext(self._control, signals.progress.emit, signals.logged.emit)
        try:
            result = self._job.run(ctx)
        except Cancelled:
            signals.cancelled.emit()
        except FedimoveError as exc:
            signals.failed.emit(exc)
        except Exception as exc:  # a bug: keep the app alive, log it, tell the user
            log.exception("job %s crashed", type(self._job).__name__)
            signals.failed.emit(exc)
        else:
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()


_running: set[JobHandle] = set()


class JobHandle:
    """What the GUI keeps of a running job: its signals and its pause/cancel control.

    A started handle keeps itself alive until the job finishes, so a view that drops its
    handle (a closed dialog, a replaced page) cannot delete the signals under a running job.
    """

    def __init__(self, job: Job[Any], pool: QThreadPool | None = None) -> None:
        self.control = Control()
        self.signals = JobSignals()
        self._start = _Start()
        self._runnable = _Runnable(job, self.control, self.signals, self._start)
        self._pool = pool or QThreadPool.globalInstance()

    def start(self) -> JobHandle:
        _running.add(self)
        self.signals.finished.connect(self._release)
        self._pool.start(self._runnable)
        return self

    def _release(self) -> None:
        _running.discard(self)

    def withdraw(self) -> bool:
        """Cancel a job still waiting in its pool's queue: it will not run and emits nothing
        (its turn then passes at once). False when it already began."""
        if self._start.decide(runs=False):
            return False
        _running.discard(self)
        return True

    def cancel(self) -> None:
        self.control.cancel()

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()


class OneAtATime:
    """Runs the jobs `make` builds one at a time: asked while one runs, it runs once more at
    that one's end, however often it was asked meanwhile.

    For reloads (the overview, a plan): on a 2-core machine a burst of "something changed"
    would otherwise pile copies on the thread pool, each reading the whole workspace, and
    dropping the asks instead would leave the screen showing what was read before the last
    change. `make` returns an unstarted handle with its result signals connected.
    """

    def __init__(self, make: Callable[[], JobHandle]) -> None:
        self._make = make
        self._running: JobHandle | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def running(self) -> JobHandle | None:
        return self._running

    @property
    def superseded(self) -> bool:
        """Asked again since the running job began: what it reads may predate the last change,
        so its result is not the one to show (the run owed at its end brings that one)."""
        return self._again

    def request(self) -> None:
        if self._running is not None:
            self._again = True
            return
        self._running = self._make()
        self._running.signals.finished.connect(self._finished)
        self._running.start()

    def _finished(self) -> None:
        self._running = None
        if self._again:
            self._again = False
            self.request()


__all__ = ["JobHandle", "JobSignals", "OneAtATime", "Progress"]
