"""The archive import wizard's rules, without Qt."""

from __future__ import annotations

import pytest

from fedimove.core.wizard import (
    ArchiveImportFlow,
    ChoiceProblem,
    PathFacts,
    ScanState,
    ScanSummary,
    WizardStep,
    check_choice,
)

ZIP = PathFacts("/home/a/twitter-2024-01-01.ZIP", exists=True, is_dir=False)
FOLDER = PathFacts("/home/a/archive", exists=True, is_dir=True)


@pytest.mark.parametrize(
    ("facts", "problem"),
    [
        (ZIP, None),
        (FOLDER, None),
        (PathFacts("/x/a.zip", exists=False, is_dir=False), ChoiceProblem.MISSING),
        (PathFacts("/x/photo.jpg", exists=True, is_dir=False), ChoiceProblem.NOT_ARCHIVE),
    ],
)
def test_check_choice(facts: PathFacts, problem: ChoiceProblem | None) -> None:
    assert check_choice(facts) is problem


def test_next_needs_a_valid_choice_and_a_refused_one_clears_it() -> None:
    flow = ArchiveImportFlow()
    assert flow.can_leave(WizardStep.REQUEST)
    assert not flow.can_leave(WizardStep.CHOOSE)
    flow.choose(ZIP)
    assert flow.can_leave(WizardStep.CHOOSE)
    assert flow.choose(PathFacts("/x/notes.txt", True, False)) is ChoiceProblem.NOT_ARCHIVE
    assert flow.source is None
    assert not flow.can_leave(WizardStep.CHOOSE)


def test_drop_takes_exactly_one_item() -> None:
    flow = ArchiveImportFlow()
    assert flow.drop([ZIP, FOLDER]) is ChoiceProblem.SEVERAL
    assert flow.drop([]) is ChoiceProblem.SEVERAL
    assert flow.drop([FOLDER]) is None
    assert flow.source == FOLDER.path


def test_scan_lifecycle_and_percent() -> None:
    flow = ArchiveImportFlow()
    with pytest.raises(RuntimeError):
        flow.scan_started()
    flow.choose(ZIP)
    flow.scan_started()
    assert flow.scan_state is ScanState.RUNNING
    assert flow.percent is None
    flow.scan_progress(50, 200)
    assert flow.percent == 25
    assert not flow.can_leave(WizardStep.SCAN)
    flow.scan_succeeded(ScanSummary(3, 2, 1, 2))
    assert flow.can_leave(WizardStep.SCAN)
    assert flow.next_step(WizardStep.SCAN) is WizardStep.SUMMARY
    assert flow.next_step(WizardStep.SUMMARY) is None


def test_going_back_after_a_failed_scan_forgets_it() -> None:
    flow = ArchiveImportFlow()
    flow.choose(FOLDER)
    flow.scan_started()
    flow.scan_failed("broken")
    assert flow.error == "broken"
    flow.go(WizardStep.CHOOSE)
    assert flow.scan_state is ScanState.IDLE
    assert flow.error is None
    assert flow.source == FOLDER.path
