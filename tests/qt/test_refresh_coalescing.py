"""Refreshes do not pile jobs on the thread pool (2 cores, shared with the user's other work):
at most one overview job in flight, and refreshes asked meanwhile make one more at its end."""

from __future__ import annotations

import pytest

from fedimove.jobs import overview as overview_jobs
from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui.main_window import MainWindow
from tests.qt.gates import Gate, hold_runs, started_jobs
from tests.qt.windows import open_main_window


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
    gate = hold_runs(monkeypatch, overview_jobs.LoadOverview, Gate())
    started = started_jobs(monkeypatch)
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
    gate = Gate()
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
