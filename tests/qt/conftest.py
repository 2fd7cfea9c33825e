"""GUI tests run with the app's translators installed, in English unless a test switches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fedimove import i18n


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English translators, and the default locale a language switch may change put back."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    i18n.install("en")
    yield
    i18n.install("en")
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def patient_wait_until(monkeypatch: pytest.MonkeyPatch) -> None:
    """`qtbot.waitUntil` waits up to 30 s unless told otherwise (pytest-qt's default is 5 s).

    Conditions here wait on real work in worker threads (SQLite, HTTPS to the fakes); on a
    loaded 2-core CI machine that can take longer than 5 s without anything being wrong, and a
    test that would pass a moment later must not fail. A condition that never comes true still
    fails, just later.
    """
    from pytestqt.qtbot import QtBot

    original = QtBot.waitUntil

    def wait_until(self: QtBot, callback, *, timeout: int = 30_000) -> None:  # type: ignore[no-untyped-def]
        original(self, callback, timeout=timeout)

    monkeypatch.setattr(QtBot, "waitUntil", wait_until)


@pytest.fixture(autouse=True)
def drained_thread_pool(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts with no job of the app running and must leave it so.

    Windows start jobs (overview, previews, avatar fetches, on the global pool or a pool of
    their own) that can outlive the test that opened them: one ending after the next test
    began wrote into that test's workspace, and on a 2-core CI machine a few such stragglers
    delayed the next test's first overview past its wait. Once the test's widgets are closed
    (pytest-qt closes them before fixtures end), the jobs still in flight get a few seconds
    to end; a job still running then was left behind (a stalled fetch nobody stopped), and
    the test fails naming it, after it is waited for so the next test starts clean.
    """
    from PySide6.QtCore import QThreadPool

    from fedimove.jobs import qt_runner

    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), 8))
    yield
    _wait_for_jobs(qapp, LEFT_RUNNING_AFTER_MS)
    left = sorted(_job_name(handle) for handle in qt_runner._running)
    _wait_for_jobs(qapp, 60_000)
    pool.waitForDone(15_000)
    assert not left, f"jobs still running after the test: {', '.join(left)}"


LEFT_RUNNING_AFTER_MS = 5_000


def _wait_for_jobs(qapp, ms: int) -> None:  # type: ignore[no-untyped-def]
    """Until every started job's end has reached the GUI thread, or `ms` passed."""
    from PySide6.QtCore import QDeadlineTimer, QThreadPool

    from fedimove.jobs import qt_runner

    deadline = QDeadlineTimer(ms)
    while qt_runner._running and not deadline.hasExpired():
        qapp.processEvents()
        QThreadPool.globalInstance().waitForDone(20)


def _job_name(handle) -> str:  # type: ignore[no-untyped-def]
    from fedimove.jobs.deferred import Deferred

    job = handle._runnable._job
    return job.name if isinstance(job, Deferred) else type(job).__name__
