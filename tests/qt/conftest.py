"""GUI tests run with the app's translators installed, in English unless a test switches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fedimove import i18n


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install("en")
    yield
    i18n.install("en")


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
