"""Holding jobs mid-run and counting the jobs handed to the pool, for tests of what the GUI
does when its answers arrive late (refreshes asked while a read is under way)."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest

from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.qt_runner import JobHandle


class Gate:
    """Holds every run of a job until opened (but the first `let_through`), and counts how
    many run at once."""

    def __init__(self, let_through: int = 0) -> None:
        self.open = threading.Event()
        self._lock = threading.Lock()
        self._let_through = let_through
        self.running = self.most = self.runs = 0

    def hold(self, run: Any) -> Any:
        def gated(job: Job[Any], ctx: JobContext) -> Any:
            with self._lock:
                self.running += 1
                self.runs += 1
                self.most = max(self.most, self.running)
                held = self.runs > self._let_through
            if held:
                self.open.wait(30)
            try:
                return run(job, ctx)
            finally:
                with self._lock:
                    self.running -= 1

        return gated


def started_jobs(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Jobs handed to the pool from now on, by name."""
    started: Counter[str] = Counter()
    original = JobHandle.__init__

    def init(self: JobHandle, job: Job[Any], *args: Any, **kwargs: Any) -> None:
        started[job.name if isinstance(job, Deferred) else type(job).__name__] += 1
        original(self, job, *args, **kwargs)

    monkeypatch.setattr(JobHandle, "__init__", init)
    return started
