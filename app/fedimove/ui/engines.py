"""The engines the screens start, gathered so tests can hand a screen a stand-in.

A screen given no engine for a step says so rather than showing a button that does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fedimove.jobs.base import Job
from fedimove.jobs.deferred import Deferred


@dataclass(frozen=True, slots=True)
class Engines:
    """Factories for the jobs the screens start; None when a step has no engine."""

    archive_importer: Callable[..., Job[Any]] | None = None


def _archive_import(path: str, *, replace: bool = False) -> Job[Any]:
    return Deferred("fedimove.jobs.import_archive", "ImportArchiveJob", path, replace=replace)


def discover() -> Engines:
    return Engines(archive_importer=_archive_import)
