"""A deferred job imports its module only when it runs (on the worker thread)."""

from __future__ import annotations

import sys

from fedimove.jobs.base import run_sync
from fedimove.jobs.deferred import Deferred


def test_the_module_is_imported_when_the_job_runs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delitem(sys.modules, "fedimove.jobs.overview", raising=False)
    job = Deferred("fedimove.jobs.overview", "LoadOverview")
    assert "fedimove.jobs.overview" not in sys.modules
    overview = run_sync(job)
    assert "fedimove.jobs.overview" in sys.modules
    assert overview.following == 0


def test_arguments_reach_the_job() -> None:
    result = run_sync(Deferred("fedimove.jobs.review", "SaveDecisions", []))
    assert result == 0
