"""The archive import wizard, from the explanation to the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from fedimove.core.wizard import ARCHIVE_REQUEST_URL, ScanState, WizardStep
from fedimove.ui import widgets
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.engines import discover
from tests.bench.archive_gen import generate
from tests.qt.engines import BlockedImport, FailingImport, SmallImport


@pytest.fixture
def archive_zip(tmp_path: Path) -> Path:
    path = tmp_path / "twitter-2024.zip"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    return path


def open_wizard(qtbot, importer) -> ArchiveWizard:  # type: ignore[no-untyped-def]
    wizard = ArchiveWizard(importer)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def start_scan(wizard: ArchiveWizard, archive: Path) -> None:
    wizard.start_at_choice()
    wizard.restart()
    wizard.choose_page.choose_path(str(archive))
    wizard.next()


def test_from_request_to_summary(qtbot, archive_zip: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        widgets.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    wizard = open_wizard(qtbot, SmallImport)
    qtbot.mouseClick(wizard.request_page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [ARCHIVE_REQUEST_URL]

    wizard.next()
    assert wizard.currentPage() is wizard.choose_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.choose_page.choose_path(str(archive_zip))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        with qtbot.waitSignal(wizard.scan_page.scan_finished, timeout=10_000):
            wizard.next()
        assert wizard.currentPage() is wizard.summary_page
        text = wizard.summary_page.lines.text()
        assert "@ada" in text
        assert "You follow 3 accounts." in text
        assert "1 account follow" in text
        hint = wizard.summary_page.hint.label.text()
        assert "2 of them" in hint
        # Matching cannot look up an account by number: the hint says what reads the rest.
        assert "The other 1 is known only by number" in hint
        assert "x.com, a browser recording or API keys" in hint
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert imported.args[0].following == 3


def test_drop_a_folder_and_refuse_other_files(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, SmallImport)
    wizard.start_at_choice()
    wizard.restart()
    page = wizard.choose_page
    note = tmp_path / "notes.txt"
    note.write_text("x")
    drop(page.drop_area, [note])
    assert page.problem.isVisible()
    assert "not a Twitter archive" in page.problem.label.text()
    assert not page.isComplete()
    drop(page.drop_area, [tmp_path, note])
    assert "one archive at a time" in page.problem.label.text()
    drop(page.drop_area, [tmp_path])
    assert page.problem.isHidden()
    assert wizard.flow.source == str(tmp_path)
    assert page.isComplete()


def drop(target, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)


def test_stop_a_scan_then_try_again(qtbot, archive_zip: Path) -> None:  # type: ignore[no-untyped-def]
    jobs: list[BlockedImport] = []

    def importer(path: str) -> BlockedImport:
        jobs.append(BlockedImport(path))
        return jobs[-1]

    wizard = open_wizard(qtbot, importer)
    start_scan(wizard, archive_zip)
    page = wizard.scan_page
    qtbot.waitUntil(lambda: bool(jobs) and jobs[0].started.is_set())
    assert page.stop_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(page.handle.signals.cancelled, timeout=10_000):
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert wizard.flow.scan_state is ScanState.CANCELLED
    assert "Nothing was changed" in page.notice.label.text()
    assert page.retry_button.isVisible()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(jobs) == 2 and jobs[1].started.is_set())
    with qtbot.waitSignal(page.handle.signals.cancelled, timeout=10_000):
        wizard.back()
    assert wizard.flow.step is WizardStep.CHOOSE


def test_a_broken_archive_is_one_clear_message(qtbot, archive_zip: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, FailingImport)
    start_scan(wizard, archive_zip)
    qtbot.waitUntil(lambda: wizard.flow.scan_state is ScanState.FAILED)
    text = wizard.scan_page.notice.label.text()
    assert text == "This archive is damaged: data/following.js is truncated"
    assert wizard.scan_page.retry_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_without_an_archive_reader_the_wizard_says_so(qtbot, archive_zip: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, None)
    start_scan(wizard, archive_zip)
    assert "not part of this version" in wizard.scan_page.notice.label.text()
    assert wizard.scan_page.retry_button.isHidden()


def test_real_import_of_a_generated_archive(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = generate(tmp_path / "twitter.zip")
    wizard = open_wizard(qtbot, discover().archive_importer)
    with qtbot.waitSignal(wizard.scan_page.scan_finished, timeout=60_000):
        start_scan(wizard, expected.path)
    summary = wizard.flow.summary
    assert summary is not None
    assert summary.following == len(expected.following)
    assert summary.followers == len(expected.followers)
    assert summary.username == expected.me_username
    assert wizard.currentPage() is wizard.summary_page
    assert f"You follow {len(expected.following)} accounts." in wizard.summary_page.lines.text()


def test_another_accounts_archive_is_replaced_only_when_the_user_says_so(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from fedimove.jobs.base import JobContext
    from fedimove.jobs.import_archive import ImportArchiveJob

    mine = generate(tmp_path / "mine.zip", seed=21)
    ImportArchiveJob(mine.path).run(JobContext())
    other = generate(tmp_path / "other", seed=22, folder=True)
    (other.path / "data" / "follower.js").unlink()
    wizard = open_wizard(qtbot, discover().archive_importer)
    scan = wizard.scan_page
    start_scan(wizard, other.path)
    qtbot.waitUntil(lambda: scan.replace_question is not None, timeout=10_000)
    question = scan.replace_question
    assert question.text() == (
        f"This archive is @{other.me_username}'s; the workspace holds @{mine.me_username}'s. "
        "Replace everything?"
    )
    with qtbot.waitSignal(scan.scan_finished, timeout=10_000):
        question.button(QMessageBox.StandardButton.Yes).click()
    text = wizard.summary_page.lines.text()
    assert f"@{other.me_username}" in text
    assert "Followers: not in this archive." in text
    assert f"You follow {len(other.following)} accounts." in text


def test_keeping_the_workspace_changes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from fedimove.jobs.base import JobContext
    from fedimove.jobs.import_archive import ImportArchiveJob
    from fedimove.store import graph, workspace

    mine = generate(tmp_path / "mine.zip", seed=21)
    ImportArchiveJob(mine.path).run(JobContext())
    other = generate(tmp_path / "other.zip", seed=22)
    wizard = open_wizard(qtbot, discover().archive_importer)
    scan = wizard.scan_page
    start_scan(wizard, other.path)
    qtbot.waitUntil(lambda: scan.replace_question is not None, timeout=10_000)
    scan.replace_question.button(QMessageBox.StandardButton.No).click()
    assert scan.notice.isVisible()
    assert "Nothing was changed" in scan.notice.label.text()
    conn = workspace.connect()
    me = graph.load_me(conn)
    conn.close()
    assert me is not None and me.username == mine.me_username
