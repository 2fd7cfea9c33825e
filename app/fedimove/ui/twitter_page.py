"""Step 1, "Twitter access": a welcome that asks what the user has, and one button per answer.

The two answers most people give open their door directly: "I have my archive" starts the
archive import, "I'm signed in to x.com" opens the x.com window. The user's own API keys
(checked and diagnosed in plain words, then an export) are for developers; they and a browser
recording (HAR) are folded under "Other ways".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from fedimove import i18n
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_diagnosis import Diagnosis
from fedimove.core.twitter_errors import CredentialsInputError, TwitterAccessError
from fedimove.core.twitter_messages import render_finding
from fedimove.jobs.base import Progress
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.qt_runner import JobHandle
from fedimove.sources.xweb.errors import XWebUnavailable
from fedimove.ui.engines import Engines
from fedimove.ui.flow_layout import FlowLayout
from fedimove.ui.har_import import HarImportBox
from fedimove.ui.icons import icon_on_dark
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import PRIMARY_BUTTON, Notice, error_text, heading, text_label

if TYPE_CHECKING:
    from fedimove.jobs.twitter_export import ExportResult

KEY_FIELDS = (
    "consumer_key",
    "consumer_secret",
    "access_token",
    "access_token_secret",
    "bearer_token",
)


def _time(timestamp: float) -> str:
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(timestamp)).time(), QLocale.FormatType.ShortFormat
    )


class TwitterPage(StepPage):
    """`diagnosed` and `exported` fire when a check or an export ends (tests wait on them)."""

    diagnosed = Signal(object)
    exported = Signal(object)
    archive_import = Signal(bool)  # True: the user has the archive; skip asking Twitter for it

    def step_title(self) -> str:
        return self.tr("Twitter access")

    def step_intro(self) -> str:
        return self.tr(
            "Fedimove needs the list of accounts you follow on Twitter. Since Twitter closed "
            "its API in 2023, it reads it from what you have."
        )

    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines = engines
        self.handle: JobHandle | None = None
        self.diagnosis: Diagnosis | None = None
        self.xweb_window: QWidget | None = None
        self.question = heading("", self, size=1.15)
        self.body.addWidget(self.question)
        self._archive_box()
        self._xweb_box()
        self.neither_button = QPushButton(self)
        self.neither_button.setFlat(True)
        self.neither_button.setStyleSheet("color: #4338ca; text-align: left;")
        self.neither_button.clicked.connect(lambda: self.archive_import.emit(False))
        self.body.addWidget(self.neither_button)
        self.other_ways = QToolButton(self)
        self.other_ways.setCheckable(True)
        self.other_ways.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.other_ways.setArrowType(Qt.ArrowType.RightArrow)
        self.other_ways.setAutoRaise(True)
        self.other_ways.toggled.connect(self._show_other_ways)
        self.body.addWidget(self.other_ways)
        self.har_box = HarImportBox(self)
        self.har_box.imported.connect(lambda _summary: self.changed.emit())
        self.body.addWidget(self.har_box)
        self._keys_box()
        self._show_other_ways(False)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Which of these do you have?"))
        self.question.setAccessibleName(self.question.text())
        self.archive_button.setText(self.tr("I have my archive"))
        self.archive_caption.setText(
            self.tr(
                "The ZIP file Twitter sent you, or the folder you unzipped it into. Always "
                "works, and everything stays on this computer."
            )
        )
        self.xweb_button.setText(self.tr("I'm signed in to x.com"))
        self.xweb_caption.setText(
            self.tr(
                "Fedimove opens x.com in a window of its own and reads who you follow from its "
                "pages. It never posts anything."
            )
        )
        self.neither_button.setText(
            self.tr("Neither: ask Twitter for my archive (it takes a day or two)")
        )
        self.other_ways.setText(self.tr("Other ways: a browser recording, your own API keys"))
        self.keys_box.setTitle(self.tr("Your own API keys"))
        self.keys_intro.setText(
            self.tr(
                "Works if your developer access still allows reading. Paste either the four "
                "keys and tokens of your app, or a bearer token."
            )
        )
        names = {
            "consumer_key": self.tr("API key"),
            "consumer_secret": self.tr("API key secret"),
            "access_token": self.tr("Access token"),
            "access_token_secret": self.tr("Access token secret"),
            "bearer_token": self.tr("Bearer token"),
        }
        for key, name in names.items():
            self.key_labels[key].setText(name)
            self.key_fields[key].setAccessibleName(name)
        self.check_button.setText(self.tr("Save and check"))
        self.recheck_button.setText(self.tr("Check the saved keys"))
        self.export_button.setText(self.tr("Export follows and lists"))
        self.stop_button.setText(self.tr("Stop"))
        super().retranslate()

    def _answer(self, button: QPushButton) -> QLabel:
        """One answer to the question: a primary button and, in the label returned, what
        choosing it means."""
        box = QFrame(self)
        box.setObjectName("answer")
        box.setStyleSheet(
            "QFrame#answer { border: 1px solid #c7d2fe; border-radius: 8px; background: #f8fafc; }"
            " QLabel { border: none; background: transparent; }"
        )
        layout = QHBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(14)
        button.setParent(box)
        button.setStyleSheet(PRIMARY_BUTTON)
        button.setMinimumWidth(220)
        layout.addWidget(button)
        caption = text_label("", box)
        layout.addWidget(caption, 1)
        self.body.addWidget(box)
        return caption

    def _archive_box(self) -> None:
        self.archive_button = QPushButton(icon_on_dark("step-follows"), "")
        self.archive_button.setDefault(True)
        self.archive_button.clicked.connect(lambda: self.archive_import.emit(True))
        self.archive_caption = self._answer(self.archive_button)

    def _show_other_ways(self, shown: bool) -> None:
        self.har_box.setVisible(shown)
        self.keys_box.setVisible(shown)
        self.other_ways.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _keys_box(self) -> None:
        box = QGroupBox(self)
        self.keys_box = box
        form = QFormLayout(box)
        self.keys_intro = text_label("", box)
        form.addRow(self.keys_intro)
        self.key_fields: dict[str, QLineEdit] = {}
        self.key_labels: dict[str, QLabel] = {}
        for name in KEY_FIELDS:
            field = QLineEdit(box)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            label = text_label("", box, wrap=False)
            label.setBuddy(field)
            form.addRow(label, field)
            self.key_fields[name] = field
            self.key_labels[name] = label
        row = FlowLayout()
        self.check_button = QPushButton(box)
        self.check_button.clicked.connect(self.save_and_check)
        self.recheck_button = QPushButton(box)
        self.recheck_button.clicked.connect(self.check_saved)
        self.export_button = QPushButton(box)
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.stop_button = QPushButton(box)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        for button in (
            self.check_button,
            self.recheck_button,
            self.export_button,
            self.stop_button,
        ):
            row.addWidget(button)
        form.addRow(row)
        self.bar = QProgressBar(box)
        self.bar.hide()
        form.addRow(self.bar)
        self.result = Notice("", parent=box)
        self.result.hide()
        form.addRow(self.result)
        self.body.addWidget(box)

    def _xweb_box(self) -> None:
        self.xweb_button = QPushButton(icon_on_dark("open-external"), "")
        self.xweb_button.clicked.connect(lambda: self.open_xweb())
        self.xweb_caption = self._answer(self.xweb_button)

    # API keys ------------------------------------------------------------------------------

    def save_and_check(self) -> None:
        values = {name: field.text() for name, field in self.key_fields.items()}
        try:
            credentials = TwitterCredentials.from_mapping(values)
        except CredentialsInputError as error:
            problem = error  # the name `error` is gone once the except block ends
            self._say(lambda: i18n.describe(problem), warning=True)
            return
        from fedimove.core.errors import SecretStoreUnavailable
        from fedimove.ui.keyring_prompt import when_secrets_can_be_kept

        def save() -> None:
            for field in self.key_fields.values():
                field.clear()
            self._run(
                Deferred("fedimove.jobs.twitter_keys", "SaveAndCheckJob", credentials),
                self._diagnosed,
            )

        when_secrets_can_be_kept(
            self,
            save,
            declined=lambda: self._say(
                lambda: i18n.describe(SecretStoreUnavailable()), warning=True
            ),
        )

    def check_saved(self) -> None:
        self._run(Deferred("fedimove.jobs.twitter_check", "CheckAccessJob"), self._diagnosed)

    def _diagnosed(self, diagnosis: Diagnosis) -> None:
        self.diagnosis = diagnosis
        self._say(
            lambda: "\n".join(diagnosis.render(QCoreApplication.translate, _time)),
            warning=not diagnosis.can_read_follows,
        )
        self.diagnosed.emit(diagnosis)

    def export(self) -> None:
        self._run(Deferred("fedimove.jobs.twitter_export", "TwitterExportJob"), self._exported)

    def _exported(self, result: ExportResult) -> None:
        if result.complete:
            self._say(
                lambda: self.tr("Export complete: %n account(s) you follow.", "", result.following)
            )
        elif result.stop is not None:
            finding = result.stop
            self._say(
                lambda: "\n".join(
                    [
                        self.tr("The export stopped before the end; what was read is kept."),
                        *render_finding(finding, QCoreApplication.translate, _time),
                    ]
                ),
                warning=True,
            )
        self.exported.emit(result)
        self.changed.emit()

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    # Running ------------------------------------------------------------------------------

    def _run(self, job: object, done: object) -> None:
        if self.handle is not None:
            return
        handle = JobHandle(job)  # type: ignore[arg-type]
        self.handle = handle
        handle.signals.succeeded.connect(done)
        handle.signals.failed.connect(self._failed)
        handle.signals.cancelled.connect(
            lambda: self._say(lambda: self.tr("Stopped. What was read is kept."))
        )
        handle.signals.progress.connect(self._progress)
        handle.signals.finished.connect(self._finished)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.stop_button.show()
        for button in (self.check_button, self.recheck_button, self.export_button):
            button.setEnabled(False)
        handle.start()

    def _progress(self, progress: Progress) -> None:
        until = progress.waiting_until
        if until:
            self.result.show()
            self.show_text(
                self.result.setText,
                lambda: self.tr(
                    "Twitter asks to wait until %1; Fedimove goes on by itself."
                ).replace("%1", _time(until)),
            )
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)

    def _failed(self, error: object) -> None:
        if isinstance(error, TwitterAccessError) and getattr(error, "finding", None) is not None:
            finding = error.finding
            self._say(
                lambda: "\n".join(render_finding(finding, QCoreApplication.translate, _time)),
                warning=True,
            )
        else:
            self._say(lambda: error_text(error), warning=True)
        self.diagnosed.emit(error)

    def _finished(self) -> None:
        """Buttons come back only here: before, a click would find the job still running."""
        self.handle = None
        self.bar.hide()
        self.stop_button.hide()
        self.check_button.setEnabled(True)
        self.recheck_button.setEnabled(True)
        self.export_button.setEnabled(bool(self.diagnosis and self.diagnosis.can_read_follows))

    def _say(self, render: Callable[[], str], *, warning: bool = False) -> None:
        """The outcome, worded again from its state on a language switch."""
        self.result.show()
        self.show_text(self.result.setText, render)
        self.result.set_kind("warning" if warning else "info")

    # x.com ----------------------------------------------------------------------------------

    def open_xweb(self) -> None:
        from fedimove.sources.xweb import engine as xweb_engine

        if not xweb_engine.available():
            self._say(lambda: i18n.describe(XWebUnavailable()), warning=True)
            return
        from fedimove.ui.xweb_window import XWebWindow

        window = XWebWindow(parent=self.window())
        window.captured.connect(lambda _result: self.changed.emit())
        window.show()
        self.xweb_window = window

    def busy(self) -> bool:
        return self.handle is not None

    def stop_jobs(self) -> None:
        self.stop()
