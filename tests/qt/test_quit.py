"""Quitting waits for the jobs still running, so none is cut off by the interpreter's end."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle
from fedimove.store import logs
from fedimove.ui import app as app_module


def test_the_gui_returns_once_the_last_job_has_ended(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended = threading.Event()
    release = threading.Event()

    class LastWrite(Job[None]):
        def run(self, ctx: JobContext) -> None:
            release.wait(10)
            ended.set()

    class Window:
        def show(self) -> None:
            JobHandle(LastWrite()).start()  # a job the user left running when quitting

    def exec_() -> int:
        threading.Timer(0.3, release.set).start()  # it ends a moment after the window closed
        return 0

    monkeypatch.setattr(logs, "configure", lambda: None)  # no log file kept past this test
    monkeypatch.setattr(app_module, "MainWindow", Window)
    monkeypatch.setattr(app_module, "create_app", lambda: qapp)
    monkeypatch.setattr(qapp, "exec", exec_)
    assert app_module.run_gui() == 0
    assert ended.is_set()


def test_the_window_leaves_the_screen_before_its_jobs_are_waited_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Stopping may wait for a fetch from a server that does not answer: the user must not
    be left looking at a window that no longer responds."""
    from tests.qt.windows import open_main_window

    window = open_main_window(qtbot)
    seen: list[bool] = []
    for page in window.pages:
        page.stop_jobs = lambda: seen.append(window.isVisible())  # type: ignore[method-assign]
    window.close()
    assert seen and not any(seen)
