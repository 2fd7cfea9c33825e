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
def drained_thread_pool() -> Iterator[None]:
    """Each test starts with the app's thread pool idle and leaves it so.

    Windows start jobs (overview, previews) that can outlive the test that opened them; on a
    2-core CI machine the global pool has 2 threads, so a few such stragglers delayed the next
    test's first overview past its wait. The pool gets a few more threads, and a test's
    stragglers are waited for (briefly) before the next test opens its windows.
    """
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), 8))
    yield
    pool.waitForDone(15_000)
