"""Holding jobs mid-run and counting the jobs handed to the pool, for tests of what the GUI
does when its answers arrive late (refreshes asked while a read is under way)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.qt_runner import JobHandle


class Gate:
    """Holds every run of a job until opened (but the first `let_through`), and counts how
    many run at once. `after`: held once its work is done, before its answer goes out (a
    read made, then overtaken by a write)."""

    def __init__(self, let_through: int = 0, *, after: bool = False) -> None:
        self.open = threading.Event()
        self._lock = threading.Lock()
        self._let_through, self._after = let_through, after
        self.running = self.most = self.runs = 0

    def hold(self, run: Any) -> Any:
        def gated(job: Job[Any], ctx: JobContext) -> Any:
            with self._lock:
                self.running += 1
                self.runs += 1
                self.most = max(self.most, self.running)
                held = self.runs > self._let_through
            try:
                if held and not self._after:
                    self.open.wait(30)
                result = run(job, ctx)
                if held and self._after:
                    self.open.wait(30)
                return result
            finally:
                with self._lock:
                    self.running -= 1

        return gated


def hold_runs(monkeypatch: pytest.MonkeyPatch, job_class: type[Job[Any]], gate: Gate) -> Gate:
    """Every run of `job_class` from now on passes `gate`."""
    monkeypatch.setattr(job_class, "run", gate.hold(job_class.run))
    return gate


def started_jobs(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Jobs handed to the pool from now on, by name."""
    started: Counter[str] = Counter()
    original = JobHandle.__init__

    def init(self: JobHandle, job: Job[Any], *args: Any, **kwargs: Any) -> None:
        started[job.name if isinstance(job, Deferred) else type(job).__name__] += 1
        original(self, job, *args, **kwargs)

    monkeypatch.setattr(JobHandle, "__init__", init)
    return started


def all_jobs_done() -> bool:
    """No started job is left: each one's answer and end have reached the GUI thread (a
    handle lets go of itself when its `finished` arrives, after its result)."""
    from fedimove.jobs import qt_runner

    return not qt_runner._running


def ask_across_a_change(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, answered: Any, ask: Callable[[], None], change: Callable[[], None]
) -> list[object]:
    """Ask, change the workspace while that read is held at `gate`, ask twice more, let it
    go: the answers `answered` carried, once every job is done."""
    answers: list[object] = []
    answered.connect(answers.append)
    ask()
    qtbot.waitUntil(lambda: gate.running == 1, timeout=10_000)
    change()
    ask()
    ask()
    gate.open.set()
    qtbot.waitUntil(lambda: bool(answers) and all_jobs_done(), timeout=30_000)
    return answers
