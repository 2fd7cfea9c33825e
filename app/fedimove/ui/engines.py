"""The engines other parts of Fedimove provide, found at run time.

Each screen works with whatever engine this build has and says what is missing, rather than
showing a button that does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fedimove.jobs.base import Job


@dataclass(frozen=True, slots=True)
class Engines:
    """Factories for the jobs each step starts; None when this build lacks the engine."""

    archive_importer: Callable[[str], Job[Any]] | None = None


def discover() -> Engines:
    try:
        from fedimove.jobs.import_archive import ImportArchiveJob
    except ImportError:
        importer = None
    else:
        importer = ImportArchiveJob
    return Engines(archive_importer=importer)
