"""Refreshes do not pile jobs on the thread pool (2 cores, shared with the user's other work):
at most one overview job in flight, refreshes asked meanwhile make one more at its end, and
only that newest read is shown (the one overtaken may predate the last change)."""

from __future__ import annotations

import pytest

from fedimove.jobs import overview as overview_jobs
from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui.main_window import MainWindow
from tests.qt.gates import Gate, all_jobs_done, ask_across_a_change, hold_runs, started_jobs
from tests.qt.scene import write_scene
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
    qtbot.waitUntil(lambda: bool(loaded) and all_jobs_done(), timeout=30_000)
    _settled(qtbot, window)
    assert (gate.most, gate.runs, started["LoadOverview"]) == (1, 2, 2)
    assert len(loaded) == 1  # the first read was overtaken by the asks made during it
    assert started["PlanJob"] <= 2 and started["ModerationReviewJob"] <= 2


def test_an_overview_overtaken_by_a_refresh_is_not_applied(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_main_window(qtbot)
    _settled(qtbot, window)
    assert window.overview.following == 0
    gate = hold_runs(monkeypatch, overview_jobs.LoadOverview, Gate(after=True))
    loaded = ask_across_a_change(
        qtbot, gate, window.overview_loaded, window.refresh, lambda: write_scene(4)
    )
    _settled(qtbot, window)
    assert [overview.following for overview in loaded] == [4]  # the one read before: dropped
    assert window.overview.following == 4
    assert window.sidebar.item(1).text().endswith("4 accounts")


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
