"""A job keeps running and reporting even when the view that started it let go of its handle."""

from __future__ import annotations

import gc
import threading

from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle


class _WaitsForGo(Job[str]):
    def __init__(self, go: threading.Event) -> None:
        self.go = go

    def run(self, ctx: JobContext) -> str:
        self.go.wait(10)
        return "done"


def test_dropped_handle_still_delivers_its_result(qtbot) -> None:
    go = threading.Event()
    results: list[str] = []
    handle = JobHandle(_WaitsForGo(go))
    handle.signals.succeeded.connect(results.append)
    handle.start()
    del handle
    gc.collect()
    go.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
