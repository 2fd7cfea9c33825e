"""Step 5, "Migrate": the plan, the paced follows, the bulk path, and the final report.

The plan is prepared by `PlanJob` (which asks the server for the account's counts), the follows
run as `FollowJob` (pause, resume, cancel; a countdown while the server's limit resets), and
`ExportCsvJob` writes the files for Mastodon's own import and the per-account report.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from fedimove.core.overview import Overview, Step
from fedimove.jobs.base import Progress
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui.engines import Engines
from fedimove.ui.flow_layout import FlowLayout
from fedimove.ui.icons import icon
from fedimove.ui.moderation_section import ModerationSection
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice, error_text, open_url, text_label

if TYPE_CHECKING:
    from fedimove.jobs.export_csv import ExportResult
    from fedimove.jobs.follow import FollowSummary
    from fedimove.jobs.plan import PlanSummary


class MigratePage(StepPage):
    """`plan_ready`, `run_finished` and `exported` fire when each job ends (tests wait on them)."""

    plan_ready = Signal(object)
    run_finished = Signal(object)
    exported = Signal(object)

    def step_title(self) -> str:
        return self.tr("Migrate")

    def step_intro(self) -> str:
        return self.tr(
            "Fedimove follows your matches on Mastodon, at the pace your server allows. You "
            "can pause, close the app, and continue later: nobody is followed twice."
        )

    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines = engines
        self.summary: PlanSummary | None = None
        self.export_result: ExportResult | None = None
        self.plan_refresh = OneAtATime(self._plan_job)
        self._plan_owed = False  # asked for a plan whose answer has not come yet
        self._plan_outdated = False  # the workspace changed while the page was hidden
        self.follow: JobHandle | None = None
        self.export_handle: JobHandle | None = None
        self._waiting_until: float | None = None
        self.state = Notice(parent=self)
        self.show_text(self.state.setText, self._preparing)
        self.body.addWidget(self.state)
        self.plan_text = text_label("", self)
        self.body.addWidget(self.plan_text)
        self.lists = QCheckBox(self)
        self.lists.setChecked(True)
        self.body.addWidget(self.lists)
        self.body.addLayout(self._buttons())
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.body.addWidget(self.bar)
        self.progress_text = text_label("", self)
        self.body.addWidget(self.progress_text)
        self.log = QPlainTextEdit(self)  # what happened, in the language it was written in
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self.body.addWidget(self.log, 1)
        self.bulk = Notice("", parent=self)
        self.bulk.hide()
        self.body.addWidget(self.bulk)
        self.open_import = QPushButton(icon("open-external"), "", self)
        self.open_import.clicked.connect(self._open_import)
        self.open_import.hide()
        self.open_folder = QPushButton(icon("open-external"), "", self)
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        after_export = FlowLayout()
        after_export.addWidget(self.open_import)
        after_export.addWidget(self.open_folder)
        self.body.addLayout(after_export)
        self.moderation = ModerationSection(self)
        self.body.addWidget(self.moderation)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._show_controls()
        self.retranslate()

    def retranslate(self) -> None:
        self.plan_text.setAccessibleName(self.tr("The plan"))
        self.lists.setText(self.tr("Recreate my Twitter lists as Mastodon lists"))
        self.bar.setAccessibleName(self.tr("Follow progress"))
        self.log.setAccessibleName(self.tr("What happened"))
        self.log.setPlaceholderText(
            self.tr("What Fedimove does will be written here, as it happens.")
        )
        self.bulk.setText(
            self.tr(
                "More than today's limit: Mastodon's own import has no daily limit. Use "
                "“Use Mastodon's import for the rest…” to finish in one go."
            )
        )
        self.open_import.setText(self.tr("Open the import page"))
        self.open_folder.setText(self.tr("Open folder"))
        self._word_pause()
        self.stop_button.setText(self.tr("Stop"))
        self.export_button.setText(self.tr("Use Mastodon's import for the rest…"))
        self.export_button.setToolTip(
            self.tr(
                "Writes the files Mastodon's Settings › Import accepts (no daily limit there), "
                "and a report of every account."
            )
        )
        self.sign_in_button.setText(self.tr("Sign in to Mastodon"))
        self.refresh_button.setText(self.tr("Prepare the plan again"))
        super().retranslate()

    def _preparing(self) -> str:
        return self.tr("Preparing the plan…")

    def _word_pause(self) -> None:
        self.pause_button.setText(
            self.tr("Resume") if self.pause_button.isChecked() else self.tr("Pause")
        )

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()
        self.start_button = QPushButton(icon("play"), "", self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.show_text(self.start_button.setText, lambda: self.tr("Follow"))
        self.pause_button = QPushButton(icon("pause"), "", self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        self.stop_button = QPushButton(icon("stop"), "", self)
        self.stop_button.clicked.connect(self.stop)
        self.export_button = QPushButton(icon("export"), "", self)
        self.export_button.clicked.connect(self._choose_export_folder)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.clicked.connect(lambda: self.go_to.emit(int(Step.MASTODON)))
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.prepare)
        for button in (
            self.start_button,
            self.pause_button,
            self.stop_button,
            self.export_button,
            self.sign_in_button,
            self.refresh_button,
        ):
            row.addWidget(button)
        return row

    # Plan -------------------------------------------------------------------------------------

    def update_overview(self, overview: Overview) -> None:
        """The plan is read again now when the page is seen (or has none yet), else when it
        is next shown: reading it asks the server twice, and a burst of decisions on the
        Matches page must not spend the requests the follows will need."""
        if not self.running():
            if self.isVisible() or self.summary is None:
                self.prepare()
            else:
                self._plan_outdated = True
                self._show_controls()
        self.moderation.prepare()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._plan_outdated and not self.running():
            self.prepare()

    @property
    def plan_handle(self) -> JobHandle | None:
        """The plan job under way, if any."""
        return self.plan_refresh.running

    def prepare(self) -> None:
        """Read the plan again. Asked while one is being read, that one's answer is dropped and
        one more is read at its end: the plan shown, and what Follow sends, is always read
        after the last change (a match accepted meanwhile is in it)."""
        self._plan_owed, self._plan_outdated = True, False
        self.show_text(self.state.setText, self._preparing)
        self._show_controls()
        self.plan_refresh.request()

    def _plan_job(self) -> JobHandle:
        handle = JobHandle(Deferred("fedimove.jobs.plan", "PlanJob", check_account=True))
        handle.signals.succeeded.connect(self._plan_ready)
        handle.signals.failed.connect(self._plan_failed)
        return handle

    def _plan_failed(self, error: object) -> None:
        if self.plan_refresh.superseded:
            return
        self._plan_owed = False
        self.summary = None
        self.show_text(self.state.setText, lambda: error_text(error))
        self.show_text(self.plan_text.setText, str)
        self._show_controls()
        self.plan_ready.emit(None)

    def _plan_ready(self, summary: PlanSummary) -> None:
        if self.plan_refresh.superseded:
            return
        self._plan_owed = False
        self.summary = summary
        to_send = len(summary.to_send)
        self.show_text(self.plan_text.setText, lambda: self._plan_lines(summary))
        self.show_text(self.state.setText, lambda: self._plan_state(summary))
        self.show_text(
            self.start_button.setText, lambda: self.tr("Follow %n account(s)", "", to_send)
        )
        self.bulk.setVisible(summary.budget.bulk_recommended)
        self._show_controls()
        self.plan_ready.emit(summary)

    def _plan_lines(self, summary: PlanSummary) -> str:
        """The plan in figures: to follow, already followed, left out, lists, today, later."""
        budget = summary.budget
        to_send = len(summary.to_send)
        not_searched = _not_searched(summary)
        lines = [
            self.tr("To follow: %n account(s)", "", to_send)
            + (
                " " + self.tr("(of which %n as follow requests)", "", summary.request_count)
                if summary.request_count
                else ""
            ),
            self.tr("Already followed: %n", "", len(summary.plan.already)),
        ]
        if not_searched:
            lines.append(self.tr("Not searched yet: %n account(s) (see Matches)", "", not_searched))
        lines += [
            self.tr(
                "Left out: %n (no address, not sure enough, or left out by you)",
                "",
                len(summary.plan.skipped) - not_searched,
            ),
            self.tr("Lists to recreate: %n", "", len(summary.plan.lists)),
            self.tr("Today: %n (your server allows 400 follows a day)", "", budget.today),
        ]
        if budget.later:
            lines.append(
                self.tr("Later: %n, after the daily limit resets at 00:00 UTC", "", budget.later)
            )
        if budget.finish_at is not None and to_send:
            lines.append(
                self.tr("Everything done around %1").replace(
                    "%1", _when(budget.finish_at.timestamp())
                )
            )
        return "\n".join(lines)

    def _plan_state(self, summary: PlanSummary) -> str:
        if summary.home is None:
            return self.tr("Sign in to your Mastodon account first (step 3).")
        if not summary.to_send and _not_searched(summary):
            return self.tr(
                "The fediverse addresses have not been searched yet: find them on Matches (step 4)."
            )
        if not summary.to_send:
            return self.tr("Nothing left to follow: every match is followed or left out.")
        return self.tr("Ready to follow from %1.").replace("%1", summary.home.address)

    # Following --------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.follow is not None

    def start(self) -> None:
        if self.summary is None or self._plan_stale() or self.running():
            return
        self.follow = JobHandle(
            Deferred(
                "fedimove.jobs.follow", "FollowJob", self.summary.plan, lists=self.lists.isChecked()
            )
        )
        signals = self.follow.signals
        signals.progress.connect(self._progress)
        signals.logged.connect(self.log.appendPlainText)
        signals.succeeded.connect(self._followed)
        signals.failed.connect(self._follow_failed)
        signals.cancelled.connect(self._follow_cancelled)
        signals.finished.connect(self._follow_done)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.log.appendPlainText(self.tr("Started at %1.").replace("%1", _when(time.time())))
        self.follow.start()
        self._show_controls()

    def _pause(self, paused: bool) -> None:
        if self.follow is None:
            return
        if paused:
            self.follow.pause()
            self.show_text(
                self.progress_text.setText,
                lambda: self.tr("Paused. Nothing is sent until you resume."),
            )
        else:
            self.follow.resume()
        self._word_pause()

    def stop(self) -> None:
        if self.follow is not None:
            self.follow.cancel()
            self.show_text(
                self.progress_text.setText, lambda: self.tr("Stopping after the follow in flight…")
            )

    def _progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        self._waiting_until = progress.waiting_until
        if progress.waiting_until:
            self._countdown.start()
            self._tick()
            return
        self._countdown.stop()
        self.show_text(self.progress_text.setText, lambda: self._progress_line(progress))

    def _progress_line(self, progress: Progress) -> str:
        text = self.tr("%1 of %2 done").replace("%1", str(progress.done))
        text = text.replace("%2", str(progress.total or "?"))
        if progress.eta_seconds:
            text += " — " + self.tr(
                "about %n minute(s) left", "", max(1, round(progress.eta_seconds / 60))
            )
        return text

    def _tick(self) -> None:
        if self._waiting_until is None:
            self._countdown.stop()
            return
        until = self._waiting_until
        self.show_text(self.progress_text.setText, lambda: self._countdown_line(until))

    def _countdown_line(self, until: float) -> str:
        left = max(0, round(until - time.time()))
        return self.tr(
            "Waiting for the server's limit to reset: %1 left. Fedimove goes on by itself."
        ).replace("%1", f"{left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}")

    def _followed(self, result: FollowSummary) -> None:
        lines = self._outcome_lines(result.counts)
        self.log.appendPlainText("\n".join(lines))
        for address, reason, detail in result.failed:
            self.log.appendPlainText(f"✗ {address}: {reason} {detail}".rstrip())
        self.show_text(self.progress_text.setText, lambda: self._outcome_lines(result.counts)[1])
        self.run_finished.emit(result)

    def _outcome_lines(self, counts: dict[str, int]) -> list[str]:
        return [
            self.tr("Finished."),
            self.tr("Followed: %n", "", counts.get("followed", 0)),
            self.tr("Follow requests sent: %n", "", counts.get("requested", 0)),
            self.tr("Already followed: %n", "", counts.get("already", 0)),
            self.tr("Failed: %n", "", counts.get("failed", 0)),
            self.tr("Still waiting: %n", "", counts.get("pending", 0) + counts.get("sending", 0)),
        ]

    def _follow_failed(self, error: object) -> None:
        self.log.appendPlainText(error_text(error))
        self.show_text(self.progress_text.setText, lambda: error_text(error))
        self.run_finished.emit(error)

    def _follow_cancelled(self) -> None:
        self.show_text(
            self.progress_text.setText,
            lambda: self.tr(
                "Stopped. What was done is kept; press Follow to go on where it stopped."
            ),
        )
        self.run_finished.emit(None)

    def _follow_done(self) -> None:
        self.follow = None
        self._countdown.stop()
        self._waiting_until = None
        self.bar.hide()
        self.pause_button.setChecked(False)
        self.prepare()  # the plan shown was read before these follows
        self.changed.emit()

    # Bulk path and report ---------------------------------------------------------------------

    def _choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the import files and the report")
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        self.export_handle = JobHandle(Deferred("fedimove.jobs.export_csv", "ExportCsvJob", folder))
        self.export_handle.signals.succeeded.connect(self._exported)
        self.export_handle.signals.failed.connect(
            lambda error: self.log.appendPlainText(error_text(error))
        )
        self.export_handle.signals.finished.connect(self._export_done)
        self.export_handle.start()
        self._show_controls()

    def _export_done(self) -> None:
        self.export_handle = None
        self._show_controls()

    def _exported(self, result: ExportResult) -> None:
        from fedimove.jobs.export_csv import upload_instructions

        self.export_result = result
        something = bool(
            result.follow_count or result.list_rows or result.block_count or result.mute_count
        )
        if something:
            self.log.appendPlainText("\n".join(upload_instructions(result)))
        else:
            self.log.appendPlainText(
                self.tr(
                    "Nothing to import into Mastodon: no account or list is left to follow. "
                    "The report of every account is in %1."
                ).replace("%1", str(result.report))
            )
        self.open_import.setVisible(something and result.import_url is not None)
        self.open_folder.setVisible(something)
        self.exported.emit(result)

    def _open_folder(self) -> None:
        if self.export_result is not None:
            open_url(QUrl.fromLocalFile(str(self.export_result.following.parent)).toString())

    def _open_import(self) -> None:
        if self.export_result is not None and self.export_result.import_url:
            open_url(self.export_result.import_url)

    # State ------------------------------------------------------------------------------------

    def _show_controls(self) -> None:
        running = self.running()
        summary = self.summary
        signed_in = summary is not None and summary.home is not None
        self.start_button.setVisible(not running and signed_in)
        stale = self._plan_stale()
        self.start_button.setEnabled(bool(summary and summary.to_send) and not stale)
        self.pause_button.setVisible(running)
        self.stop_button.setVisible(running)
        self.sign_in_button.setVisible(summary is not None and not signed_in)
        self.refresh_button.setEnabled(not running and not self._plan_owed)
        self.plan_text.setEnabled(not stale)  # figures being read again: greyed
        self.export_button.setEnabled(self.export_handle is None)
        self.lists.setEnabled(not running)

    def _plan_stale(self) -> bool:
        """The plan shown was read before the last change: Follow waits for the next."""
        return self._plan_owed or self._plan_outdated

    def busy(self) -> bool:
        return self.running() or self.export_handle is not None or self.moderation.busy()

    def stop_jobs(self) -> None:
        self.stop()
        self.moderation.stop()


def _when(timestamp: float) -> str:
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(timestamp)), QLocale.FormatType.ShortFormat
    )


def _not_searched(summary: PlanSummary) -> int:
    """Follows whose address was never looked for: not "left out", and not "nothing left"."""
    from fedimove.core.plan import SkipReason  # the plan's rules: loaded with the first plan

    return summary.plan.skipped_by(SkipReason.NOT_SEARCHED)
