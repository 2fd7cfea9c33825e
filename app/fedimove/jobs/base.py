"""What every long task shares, whichever door (GUI or CLI) started it.

A job reads its input from the workspace and writes each finished item there, so cancelling,
killing or crashing it loses at most the item in flight; running it again continues.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from fedimove.core.errors import Cancelled

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    """A snapshot of a job's advance. `waiting_until` is a wall-clock time (rate-limit waits)."""

    done: int
    total: int | None = None
    message: str = ""
    eta_seconds: float | None = None
    waiting_until: float | None = None


class Control:
    """Cancel and pause, shared between the job's thread and whoever drives it."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Between items: block while paused, stop if cancelled."""
        self._running.wait()
        if self._cancelled.is_set():
            raise Cancelled()

    def sleep(self, seconds: float) -> None:
        """Wait (for a rate limit, a backoff) but wake up at once on cancel."""
        if seconds > 0 and self._cancelled.wait(seconds):
            raise Cancelled()
        self.checkpoint()


class JobContext:
    """Handed to `Job.run`: how a job reports and how it learns it must stop."""

    def __init__(
        self,
        control: Control | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_log: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.control = control or Control()
        self._on_progress = on_progress or (lambda _p: None)
        self._on_log = on_log or (lambda _m: None)
        self.clock = clock

    def progress(self, progress: Progress) -> None:
        self._on_progress(progress)

    def log(self, message: str) -> None:
        self._on_log(message)

    def checkpoint(self) -> None:
        self.control.checkpoint()

    def sleep(self, seconds: float) -> None:
        self.control.sleep(seconds)


class Job(ABC, Generic[T]):
    """A long task. `run` is called on a worker thread (GUI) or the main thread (CLI)."""

    title: str = ""

    @abstractmethod
    def run(self, ctx: JobContext) -> T:
        """Do the work, calling `ctx.checkpoint()` between items."""


def run_sync(job: Job[T], **context: Any) -> T:
    """Run a job on this thread (tests, and the CLI runner's core)."""
    return job.run(JobContext(**context))
