"""The archive import wizard: request the archive, choose or drop it, scan it, see the summary.

The pages are thin views over `core.wizard.ArchiveImportFlow`; the scan runs as a job on the
thread pool, so the window stays responsive and the scan can be stopped at any moment (the
import is one transaction: stopping leaves the workspace as it was).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fedimove.core.archive_errors import ArchiveOfAnotherAccount
from fedimove.core.wizard import (
    ARCHIVE_REQUEST_URL,
    CHOICE_MESSAGES,
    ArchiveImportFlow,
    PathFacts,
    ScanState,
    ScanSummary,
    WizardStep,
)
from fedimove.jobs.base import Job, Progress
from fedimove.jobs.qt_runner import JobHandle
from fedimove.ui.widgets import DropArea, Notice, Retranslating, error_text, open_url, text_label

# importer(path) reads an archive; importer(path, replace=True) lets it replace another account's.
ArchiveImporter = Callable[..., Job[Any]]


def path_facts(path: str) -> PathFacts:
    return PathFacts(path, os.path.exists(path), os.path.isdir(path))


class _FlowPage(Retranslating, QWizardPage):
    step: WizardStep

    def __init__(self, flow: ArchiveImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.body = QVBoxLayout(self)
        self.body.setSpacing(12)

    def isComplete(self) -> bool:
        return self.flow.can_leave(self.step)


class RequestPage(_FlowPage):
    step = WizardStep.REQUEST

    def __init__(self, flow: ArchiveImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.steps = [text_label("", self) for _line in range(4)]
        for line in self.steps:
            self.body.addWidget(line)
        row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: open_url(ARCHIVE_REQUEST_URL))
        row.addWidget(self.open_button)
        link = text_label(ARCHIVE_REQUEST_URL, self, wrap=False)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(link, 1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.already = Notice(parent=self)
        self.body.addWidget(self.already)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Get your Twitter archive"))
        self.setSubTitle(
            self.tr("Twitter keeps a copy of your data, including who you follow. Ask for it once.")
        )
        lines = [
            self.tr("1. Open the download page of x.com (it opens in your browser)."),
            self.tr("2. Sign in, confirm your password, then choose “Request archive”."),
            self.tr(
                "3. Wait for the message saying your archive is ready (from a day to a few "
                "days), then download the ZIP file."
            ),
            self.tr("4. Come back here and choose that file. You do not need to unzip it."),
        ]
        for label, line in zip(self.steps, lines, strict=True):
            label.setText(line)
        self.open_button.setText(self.tr("Open the download page"))
        self.open_button.setAccessibleName(self.tr("Open x.com's archive download page"))
        self.already.setText(self.tr("Already have your archive? Click Next to choose it."))
        super().retranslate()


class ChoosePage(_FlowPage):
    step = WizardStep.CHOOSE

    def __init__(self, flow: ArchiveImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.drop_area = DropArea("", self)
        self.drop_area.dropped.connect(self.drop_paths)
        self.body.addWidget(self.drop_area)
        row = QHBoxLayout()
        self.zip_button = QPushButton(self)
        self.zip_button.clicked.connect(self._pick_zip)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self._pick_folder)
        row.addWidget(self.zip_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.chosen = text_label("", self)
        self.body.addWidget(self.chosen)
        self.problem = Notice("", "warning", self)
        self.problem.hide()
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose your archive"))
        self.setSubTitle(
            self.tr("The ZIP file Twitter sent you, or the folder you unzipped it into.")
        )
        self.drop_area.setText(self.tr("Drop your archive here"))
        self.zip_button.setText(self.tr("Choose the ZIP file…"))
        self.folder_button.setText(self.tr("Choose a folder…"))
        self.chosen.setAccessibleName(self.tr("Chosen archive"))
        self._word_choice()
        super().retranslate()

    def _pick_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose your Twitter archive"), "", self.tr("ZIP archives (*.zip)")
        )
        if path:
            self.choose_path(path)

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the unzipped archive"))
        if path:
            self.choose_path(path)

    def choose_path(self, path: str) -> None:
        self.flow.choose(path_facts(path))
        self._show_choice()

    def drop_paths(self, paths: list[str]) -> None:
        self.flow.drop([path_facts(p) for p in paths])
        self._show_choice()

    def _show_choice(self) -> None:
        self.problem.setVisible(self.flow.problem is not None)
        self._word_choice()
        self.completeChanged.emit()

    def _word_choice(self) -> None:
        """What was chosen, or why it cannot be read, from the flow's state."""
        problem = self.flow.problem
        if problem is not None:
            self.problem.setText(
                QCoreApplication.translate("ArchiveWizard", CHOICE_MESSAGES[problem])
            )
        self.chosen.setText(
            self.tr("Archive: %1").replace("%1", self.flow.source) if self.flow.source else ""
        )


class ScanPage(_FlowPage):
    step = WizardStep.SCAN
    scan_finished = Signal()

    def __init__(
        self,
        flow: ArchiveImportFlow,
        importer: ArchiveImporter | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, parent)
        self.importer = importer
        self.handle: JobHandle | None = None
        self.replace_question: QMessageBox | None = None
        self.status = text_label("", self)
        self.body.addWidget(self.status)
        self.bar = QProgressBar(self)
        self.body.addWidget(self.bar)
        row = QHBoxLayout()
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.start)
        row.addWidget(self.stop_button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.notice = Notice("", "warning", self)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reading your archive"))
        self.setSubTitle(
            self.tr("Only what matters is read: who you follow, your lists, and names in tweets.")
        )
        self.bar.setAccessibleName(self.tr("Reading progress"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop reading the archive"))
        self.retry_button.setText(self.tr("Try again"))
        super().retranslate()

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.stop()

    def start(self, *, replace: bool = False) -> None:
        """Read the archive; `replace` once the user agreed it replaces another account's."""
        if self.importer is None:
            self._show(
                lambda: self.tr("The archive reader is not part of this version of Fedimove yet."),
                failed=True,
            )
            return
        source = self.flow.source
        assert source is not None
        from fedimove.jobs.overview import ImportAndSummarize  # the workspace: when first used

        self.flow.scan_started()
        job = self.importer(source, replace=True) if replace else self.importer(source)
        self.handle = JobHandle(ImportAndSummarize(job))
        signals = self.handle.signals
        signals.progress.connect(self._progress)
        signals.succeeded.connect(self._succeeded)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        self._show(lambda: self.tr("Reading your archive…"))
        self.handle.start()

    def stop(self) -> None:
        if self.handle is not None and self.flow.scan_state is ScanState.RUNNING:
            self.handle.cancel()
            self.show_text(self.status.setText, lambda: self.tr("Stopping…"))

    def _progress(self, progress: Progress) -> None:
        self.flow.scan_progress(progress.done, progress.total)
        percent = self.flow.percent
        if percent is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)

    def _succeeded(self, summary: ScanSummary) -> None:
        self.flow.scan_succeeded(summary)
        self._show(lambda: self.tr("Done."))
        self.bar.setRange(0, 100)
        self.bar.setValue(100)
        self.scan_finished.emit()

    def _failed(self, error: object) -> None:
        self.flow.scan_failed(error_text(error))
        if isinstance(error, ArchiveOfAnotherAccount):
            self._ask_replace(error)
            return
        self._show(lambda: error_text(error), failed=True)

    def _ask_replace(self, error: ArchiveOfAnotherAccount) -> None:
        """Another account's archive: nothing is mixed, the user chooses to replace or not."""
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Another account's archive"),
            self.tr(
                "This archive is @{archive}'s; the workspace holds @{workspace}'s. "
                "Replace everything?"
            ).format(**error.context),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setInformativeText(
            self.tr(
                "Its follows, followers, lists, texts, matches and the follows not sent yet are "
                "removed. Follows already made on Mastodon stay."
            )
        )
        question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace everything"))
        question.button(QMessageBox.StandardButton.No).setText(self.tr("Keep the workspace"))
        question.setDefaultButton(QMessageBox.StandardButton.No)
        question.finished.connect(lambda answer: self._answered(answer))
        self.replace_question = question
        self._show(lambda: error_text(error), failed=True)
        question.open()

    def _answered(self, answer: int) -> None:
        self.replace_question = None
        if answer == QMessageBox.StandardButton.Yes:
            self.start(replace=True)
        else:
            self._show(lambda: self.tr("Nothing was changed in your workspace."), failed=True)

    def _cancelled(self) -> None:
        self.flow.scan_cancelled()
        self._show(lambda: self.tr("Stopped. Nothing was changed in your workspace."), failed=True)

    def _show(self, render: Callable[[], str], *, failed: bool = False) -> None:
        """Where the scan stands, worded again from its state on a language switch."""
        running = self.flow.scan_state is ScanState.RUNNING
        self.status.setVisible(not failed)
        self.show_text(self.status.setText, render)
        self.notice.setVisible(failed)
        self.show_text(self.notice.setText, render)
        self.bar.setVisible(not failed)
        if running:
            self.bar.setRange(0, 0)
        self.stop_button.setVisible(running)
        self.retry_button.setVisible(failed and self.importer is not None)
        self.completeChanged.emit()


class SummaryPage(_FlowPage):
    step = WizardStep.SUMMARY

    def __init__(self, flow: ArchiveImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.lines = text_label("", self)
        self.body.addWidget(self.lines)
        self.hint = Notice("", parent=self)
        self.body.addWidget(self.hint)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your archive is read"))
        self.setSubTitle(self.tr("Everything is kept on this computer, in your workspace."))
        self.lines.setAccessibleName(self.tr("Summary"))
        self._word_summary()
        super().retranslate()

    def initializePage(self) -> None:
        self._word_summary()

    def _word_summary(self) -> None:
        """The summary of the scan, from the flow's state."""
        summary = self.flow.summary
        if summary is None:
            return
        lines = []
        if summary.username:
            lines.append(self.tr("Account: @%1").replace("%1", summary.username))
        lines += [
            self.tr("You follow %n account(s).", "", summary.following),
            self.tr("Followers: not in this archive.")
            if summary.followers is None
            else self.tr("%n account(s) follow you.", "", summary.followers),
            self.tr("%n list(s).", "", summary.lists),
        ]
        self.lines.setText("\n".join(lines))
        self.hint.setText(self._usernames_hint(summary.following, summary.resolved_usernames))

    def _usernames_hint(self, following: int, resolved: int) -> str:
        """How many usernames the tweets gave, and what reads the rest ("the other N" only
        when some were found: with none, every account is the rest)."""
        if not resolved:
            return self.tr(
                "Twitter's archive keeps only numbers for the accounts you follow, and none "
                "of their usernames was found in your tweets."
            ) + (
                " "
                + self.tr(
                    "Read their usernames from x.com, a browser recording or API keys (Twitter "
                    "access) before searching for matches."
                )
                if following
                else ""
            )
        found = self.tr(
            "Twitter's archive keeps only numbers for the accounts you follow; the "
            "username of %n of them was found in your tweets.",
            "",
            resolved,
        )
        missing = following - resolved
        if missing <= 0:
            return found
        return (
            found
            + " "
            + self.tr(
                "The other %n is known only by number: read the usernames from x.com, a "
                "browser recording or API keys (Twitter access) before searching for matches.",
                "",
                missing,
            )
        )


QT_WIZARD = "QWizard"  # Qt's own catalogue (qtbase) words these, not Fedimove's
WIZARD_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.CommitButton: "Commit",
    QWizard.WizardButton.FinishButton: "&Finish",
    QWizard.WizardButton.CancelButton: "Cancel",
    QWizard.WizardButton.HelpButton: "&Help",
}


class ArchiveWizard(Retranslating, QWizard):
    """Emits `imported` with the summary when the user finishes after a successful scan."""

    imported = Signal(object)

    def __init__(self, importer: ArchiveImporter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = ArchiveImportFlow()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(640, 480)
        self.request_page = RequestPage(self.flow, self)
        self.choose_page = ChoosePage(self.flow, self)
        self.scan_page = ScanPage(self.flow, importer, self)
        self.summary_page = SummaryPage(self.flow, self)
        for page in (self.request_page, self.choose_page, self.scan_page, self.summary_page):
            self.setPage(list(WizardStep).index(page.step), page)
        self.scan_page.scan_finished.connect(self.next)
        self.currentIdChanged.connect(self._page_changed)
        self.finished.connect(self._on_finished)
        self.retranslate()

    def retranslate(self) -> None:
        """QWizard words its own buttons once; they are worded again from Qt's catalogue."""
        self.setWindowTitle(self.tr("Import your Twitter archive"))
        for button, text in WIZARD_BUTTONS.items():
            self.setButtonText(button, QCoreApplication.translate(QT_WIZARD, text))
        super().retranslate()

    def start_at_choice(self) -> None:
        """Skip the explanation (the user already has the archive)."""
        self.setStartId(list(WizardStep).index(WizardStep.CHOOSE))

    def _page_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.flow.go(list(WizardStep)[page_id])

    def _on_finished(self, result: int) -> None:
        if result == QWizard.DialogCode.Accepted and self.flow.summary is not None:
            self.imported.emit(self.flow.summary)
        else:
            self.scan_page.stop()
