"""The archive import wizard's flow, as a plain state machine the Qt pages only display.

Keeping the rules here (which step follows which, when "Next" is allowed, what a dropped file
means, what cancelling a scan does) lets them be tested without a window, and keeps the pages
thin: each page asks the flow whether it is complete and tells it what the user or the job did.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fedimove.core.i18n import QT_TRANSLATE_NOOP

ARCHIVE_REQUEST_URL = "https://x.com/settings/download_your_data"


class WizardStep(StrEnum):
    REQUEST = "request"
    CHOOSE = "choose"
    SCAN = "scan"
    SUMMARY = "summary"


class ScanState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ChoiceProblem(StrEnum):
    """Why a chosen or dropped path cannot be read; each has a translated explanation."""

    MISSING = "missing"
    NOT_ARCHIVE = "not_archive"
    SEVERAL = "several"


CHOICE_MESSAGES = {
    ChoiceProblem.MISSING: QT_TRANSLATE_NOOP("ArchiveWizard", "This file or folder is not there."),
    ChoiceProblem.NOT_ARCHIVE: QT_TRANSLATE_NOOP(
        "ArchiveWizard",
        "This is not a Twitter archive: choose the ZIP file Twitter sent you, or the folder "
        "you unzipped it into.",
    ),
    ChoiceProblem.SEVERAL: QT_TRANSLATE_NOOP(
        "ArchiveWizard", "Drop one archive at a time: the ZIP file or its folder."
    ),
}


@dataclass(frozen=True, slots=True)
class PathFacts:
    """What the page learned about a path from the file system (the core does no I/O)."""

    path: str
    exists: bool
    is_dir: bool


@dataclass(frozen=True, slots=True)
class ScanSummary:
    """What the user sees once the archive is read."""

    following: int
    followers: int | None  # None: the archive has no followers file
    lists: int
    resolved_usernames: int
    username: str | None = None
    display_name: str | None = None


def check_choice(facts: PathFacts) -> ChoiceProblem | None:
    """A ZIP file or a folder can be an archive; anything else is refused before scanning."""
    if not facts.exists:
        return ChoiceProblem.MISSING
    if facts.is_dir or facts.path.lower().endswith(".zip"):
        return None
    return ChoiceProblem.NOT_ARCHIVE


class ArchiveImportFlow:
    """Where the user is in the wizard and what each step may do next."""

    def __init__(self) -> None:
        self.step = WizardStep.REQUEST
        self.source: str | None = None
        self.problem: ChoiceProblem | None = None
        self.scan_state = ScanState.IDLE
        self.done = 0
        self.total: int | None = None
        self.error: str | None = None
        self.summary: ScanSummary | None = None

    # Choosing the archive -------------------------------------------------------------------

    def choose(self, facts: PathFacts) -> ChoiceProblem | None:
        """Remember a valid choice; a refused one clears the previous choice."""
        self.problem = check_choice(facts)
        self.source = None if self.problem else facts.path
        return self.problem

    def drop(self, candidates: list[PathFacts]) -> ChoiceProblem | None:
        """Drag and drop may bring several items; accept exactly one archive."""
        if len(candidates) != 1:
            self.problem = ChoiceProblem.SEVERAL
            self.source = None
            return self.problem
        return self.choose(candidates[0])

    # Scanning -------------------------------------------------------------------------------

    def scan_started(self) -> None:
        if self.source is None:
            raise RuntimeError("no archive chosen")
        self.scan_state = ScanState.RUNNING
        self.done, self.total, self.error, self.summary = 0, None, None, None

    def scan_progress(self, done: int, total: int | None) -> None:
        self.done, self.total = done, total

    def scan_succeeded(self, summary: ScanSummary) -> None:
        self.scan_state = ScanState.DONE
        self.summary = summary

    def scan_failed(self, message: str) -> None:
        self.scan_state = ScanState.FAILED
        self.error = message

    def scan_cancelled(self) -> None:
        self.scan_state = ScanState.CANCELLED

    @property
    def percent(self) -> int | None:
        """None while the total is unknown (the page shows a busy bar)."""
        if not self.total:
            return None
        return max(0, min(100, round(100 * self.done / self.total)))

    # Navigation -----------------------------------------------------------------------------

    def can_leave(self, step: WizardStep) -> bool:
        """Whether "Next" (or "Finish") is enabled on `step`."""
        if step is WizardStep.CHOOSE:
            return self.source is not None
        if step is WizardStep.SCAN:
            return self.scan_state is ScanState.DONE
        return True

    def next_step(self, step: WizardStep) -> WizardStep | None:
        order = list(WizardStep)
        index = order.index(step)
        return order[index + 1] if index + 1 < len(order) else None

    def go(self, step: WizardStep) -> None:
        """The page now shown; entering the choice again forgets a failed or cancelled scan."""
        self.step = step
        if step is WizardStep.CHOOSE and self.scan_state is not ScanState.RUNNING:
            self.scan_state = ScanState.IDLE
            self.error = None
