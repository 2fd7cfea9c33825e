"""Refreshes do not pile jobs on the thread pool (2 cores, shared with the user's other work):
at most one overview job in flight, and refreshes asked meanwhile make one more at its end."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest

from fedimove.jobs import overview as overview_jobs
from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui.main_window import MainWindow
from tests.qt.windows import open_main_window


class _Gate:
    """Holds every run of a job until opened, and counts how many run at once."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self._lock = threading.Lock()
        self.running = self.most = self.runs = 0

    def hold(self, run: Any) -> Any:
        def gated(job: Job[Any], ctx: JobContext) -> Any:
            with self._lock:
                self.running += 1
                self.runs += 1
                self.most = max(self.most, self.running)
            self.open.wait(30)
            try:
                return run(job, ctx)
            finally:
                with self._lock:
                    self.running -= 1

        return gated


def _started(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Jobs handed to the pool from now on, by name."""
    started: Counter[str] = Counter()
    original = JobHandle.__init__

    def init(self: JobHandle, job: Job[Any], *args: Any, **kwargs: Any) -> None:
        started[job.name if isinstance(job, Deferred) else type(job).__name__] += 1
        original(self, job, *args, **kwargs)

    monkeypatch.setattr(JobHandle, "__init__", init)
    return started


def _settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Until the pages' own jobs (plan, moderation review, previews) are done too."""
    migrate = window.pages[-1]
    qtbot.waitUntil(
        lambda: migrate.plan_handle is None and migrate.moderation.load_handle is None,
        timeout=30_000,
    )


def test_a_burst_of_refreshes_runs_one_overview_at_a_time_and_one_more_after(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_main_window(qtbot)
    _settled(qtbot, window)
    gate = _Gate()
    monkeypatch.setattr(
        overview_jobs.LoadOverview, "run", gate.hold(overview_jobs.LoadOverview.run)
    )
    started = _started(monkeypatch)
    loaded: list[object] = []
    window.overview_loaded.connect(loaded.append)
    for _ in range(6):  # six pages saying "changed" while the first overview is being read
        window.refresh()
    qtbot.waitUntil(lambda: gate.running >= 1, timeout=10_000)
    gate.open.set()
    qtbot.waitUntil(lambda: len(loaded) == started["LoadOverview"], timeout=30_000)
    _settled(qtbot, window)
    assert (gate.most, gate.runs, started["LoadOverview"]) == (1, 2, 2)
    assert started["PlanJob"] <= 2 and started["ModerationReviewJob"] <= 2
    qtbot.waitUntil(lambda: not window.overview_refresh.busy, timeout=10_000)


def test_one_at_a_time_runs_again_once_for_every_burst_of_asks(qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = _Gate()
    answers: list[int] = []

    class Count(Job[int]):
        def run(self, ctx: JobContext) -> int:
            return gate.runs

    Count.run = gate.hold(Count.run)  # type: ignore[method-assign]

    def make() -> JobHandle:
        handle = JobHandle(Count())
        handle.signals.succeeded.connect(answers.append)
        return handle

    serial = OneAtATime(make)
    serial.request()
    qtbot.waitUntil(lambda: gate.running == 1, timeout=10_000)
    for _ in range(4):
        serial.request()
    assert serial.busy
    gate.open.set()
    qtbot.waitUntil(lambda: not serial.busy, timeout=10_000)
    assert (answers, gate.most) == ([1, 2], 1)
    serial.request()
    qtbot.waitUntil(lambda: not serial.busy, timeout=10_000)
    assert answers == [1, 2, 3]
