"""The "browser recording" door of step 1: a HAR saved in the user's own browser.

For people whose sign-in the built-in window cannot do (Google and Apple refuse embedded
browsers) or who will not sign in inside another app. The box says how to save a HAR in
Chrome/Edge and Firefox, that the file also holds their session (and that Fedimove reads only
x.com's answers from it), and takes the file by button or by drag and drop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fedimove.jobs.qt_runner import JobHandle
from fedimove.jobs.xweb_har import HarSummary, ImportHarJob, summary_lines
from fedimove.ui.flow_layout import FlowLayout
from fedimove.ui.widgets import Notice, Retranslating, error_text, text_label


class HarImportBox(Retranslating, QGroupBox):
    """`imported` fires with the HarSummary, `failed` with the error (tests wait on them)."""

    imported = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handle: JobHandle | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.intro = text_label(parent=self)
        layout.addWidget(self.intro)
        self.how_button = QToolButton(self)
        self.how_button.setCheckable(True)
        self.how_button.setAutoRaise(True)
        self.how_button.toggled.connect(self._show_steps)
        row = FlowLayout()
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.choose_file)
        row.addWidget(self.import_button)
        row.addWidget(self.how_button)
        layout.addLayout(row)
        self.steps = text_label(parent=self)
        self.steps.hide()
        layout.addWidget(self.steps)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.hide()
        layout.addWidget(self.bar)
        self.result = Notice("", parent=self)
        self.result.hide()
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("A recording from your own browser (HAR)"))
        self.intro.setText(
            self.tr(
                "When the built-in window cannot sign you in: your own browser records what "
                "x.com shows you; give Fedimove the file, or drop it here."
            )
        )
        self._show_steps(self.how_button.isChecked())
        self.steps.setText(
            self.tr(
                "Google and Apple refuse to sign in inside the built-in window, and some people "
                "prefer not to sign in inside another app. A recording from your own browser "
                "works instead:\n"
                "1. In Chrome, Edge or Firefox, open x.com and sign in.\n"
                "2. Press F12 and choose the Network tab.\n"
                "3. Open your profile › Following and scroll slowly to the end of the list. Do "
                "the same for Followers, and for each list's Members if you want your lists.\n"
                "4. Chrome and Edge: right-click a request › “Save all as HAR”. Firefox: the cog "
                "menu › “Save All As HAR”.\n"
                "The file also holds your x.com session (cookies). Fedimove reads only x.com’s "
                "answers in it and keeps nothing else; delete the file when you are done and "
                "never send it to anyone."
            )
        )
        self.import_button.setText(self.tr("Import a browser recording (HAR)…"))
        super().retranslate()

    def _show_steps(self, shown: bool) -> None:
        self.steps.setVisible(shown)
        self.how_button.setText(
            self.tr("Hide the steps") if shown else self.tr("How do I save a HAR?")
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a browser recording"),
            str(Path.home()),
            self.tr("Browser recordings (*.har);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self.handle is not None:
            return
        handle = JobHandle(ImportHarJob(path))
        self.handle = handle
        handle.signals.succeeded.connect(self._done)
        handle.signals.failed.connect(self._failed)
        handle.signals.finished.connect(self._finished)
        self.import_button.setEnabled(False)
        self.bar.show()
        self._say(lambda: self.tr("Reading %1…").replace("%1", path.name))
        handle.start()

    def _done(self, summary: HarSummary) -> None:
        self._say(
            lambda: "\n".join(summary_lines(summary)), warning="following" not in summary.complete
        )
        self.imported.emit(summary)

    def _failed(self, error: object) -> None:
        self._say(lambda: error_text(error), warning=True)
        self.failed.emit(error)

    def _finished(self) -> None:
        self.handle = None
        self.bar.hide()
        self.import_button.setEnabled(True)

    def _say(self, render: Callable[[], str], *, warning: bool = False) -> None:
        """The outcome, worded again from its state on a language switch."""
        self.result.show()
        self.show_text(self.result.setText, render)
        self.result.set_kind("warning" if warning else "info")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls()
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None
