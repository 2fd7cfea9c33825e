"""Starting a job whose module is imported on the worker thread, not by the GUI.

The engines' modules bring in Mastodon.py, tweepy, the matching rules…: importing one takes
100–500 ms, which the GUI thread would spend frozen when the user clicks. A `Deferred` job
names the job class; the import and the construction happen where the job runs.
"""

from __future__ import annotations

import importlib
from typing import Any

from fedimove.jobs.base import Job, JobContext


class Deferred(Job[Any]):
    def __init__(self, module: str, name: str, *args: Any, **kwargs: Any) -> None:
        self.module, self.name = module, name
        self.args, self.kwargs = args, kwargs

    def run(self, ctx: JobContext) -> Any:
        job_class = getattr(importlib.import_module(self.module), self.name)
        return job_class(*self.args, **self.kwargs).run(ctx)
