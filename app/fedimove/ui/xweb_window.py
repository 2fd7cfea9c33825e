"""The "Read from x.com" window: an embedded browser where the user signs in themselves, and
the controls to read their follows, followers and lists from it at a human pace.

Needs QtWebEngine (the `fedimove[xweb]` extra): check `fedimove.sources.xweb.engine.available()`
before importing this module, and call `engine.prepare_process()` before the QApplication
exists (`ui.app.create_app` does). `ui.app.run_xweb_window` (what `fedimove read-x` runs)
opens it on its own. The reading itself runs as a job on the thread pool; this window
only shows the page, its progress, and passes the user's choices on.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fedimove import i18n
from fedimove.core.errors import FedimoveError
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.qt_runner import JobHandle
from fedimove.jobs.xweb_capture import CaptureSummary, Target, XWebCaptureJob
from fedimove.sources.xweb import engine
from fedimove.sources.xweb.browser import HOME_URL, BrowserDriver, XWebPage, create_profile
from fedimove.sources.xweb.events import Event
from fedimove.sources.xweb.pacing import Pace
from fedimove.sources.xweb.signin_refusal import Refusal, is_sign_in_host, refusal
from fedimove.store import paths
from fedimove.ui.widgets import Notice, Retranslating, text_label

SIGN_IN_POLL_MS = 1000
EDGE_TARGETS = (Target.FOLLOWING, Target.FOLLOWERS)
PREFERRED_SIZE = QSize(1100, 720)
NETWORK_ERRORS = (
    QWebEngineLoadingInfo.ErrorDomain.ConnectionErrorDomain,
    QWebEngineLoadingInfo.ErrorDomain.DnsErrorDomain,
)
ABORTED = -3  # net::ERR_ABORTED: a navigation replaced by another, not a failure
PAGE_TEXT_JS = "document.body ? document.body.innerText.slice(0, 4000) : ''"


class _ForgetSignIn(Job[bool]):
    """Deleting the profile folder is file work: off the GUI thread."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir

    def run(self, ctx: JobContext) -> bool:
        return engine.forget_signin(self._data_dir)


class XWebWindow(Retranslating, QMainWindow):
    """Sign in, choose, start, watch, stop. Emits `captured` or `failed` when a read ends."""

    captured = Signal(object)
    failed = Signal(object)
    forgotten = Signal(bool)

    def __init__(
        self, data_dir: Path | None = None, pace: Pace | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir or paths.data_dir()
        self.pace = pace
        self._events: queue.Queue[Event] = queue.Queue()
        self._username: str | None = None
        self._job: JobHandle | None = None
        self._forget_job: JobHandle | None = None
        self._build()
        self.resize(_fitting(PREFERRED_SIZE))
        self._poll = QTimer(self)
        self._poll.setInterval(SIGN_IN_POLL_MS)
        self._poll.timeout.connect(self._check_signed_in)
        self._open_browser()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Read from x.com"))
        self.intro.setText(
            self.tr(
                "Sign in to x.com below: Fedimove never sees your password. Then choose what to "
                "read and press “Start reading”. Fedimove scrolls at a human pace; you can stop "
                "at any time and continue later."
            )
        )
        self.following_box.setText(self.tr("Following"))
        self.followers_box.setText(self.tr("Followers"))
        self.lists_box.setText(self.tr("Lists"))
        self.blocked_box.setText(self.tr("Blocked"))
        self.muted_box.setText(self.tr("Muted"))
        self.blocked_box.setToolTip(
            self.tr("Accounts you blocked, to block them on Mastodon too if you choose to")
        )
        self.muted_box.setToolTip(
            self.tr("Accounts you muted, to mute them on Mastodon too if you choose to")
        )
        self.start_button.setText(self.tr("Start reading"))
        self.stop_button.setText(self.tr("Stop"))
        self.forget_button.setText(self.tr("Forget x.com sign-in"))
        self.forget_button.setToolTip(
            self.tr("Delete this window's cookies and data: you will have to sign in again.")
        )
        self.close_button.setText(self.tr("Close"))
        self.start_button.setToolTip(self.tr("Ctrl+Enter"))
        self.stop_button.setToolTip(self.tr("Esc"))
        self.close_button.setToolTip(self.tr("Esc"))
        self.retry_button.setText(self.tr("Try again"))
        self.back_button.setText(self.tr("Back to x.com's sign-in"))
        super().retranslate()

    def _not_signed_in(self) -> str:
        return self.tr("Not signed in yet.")

    def _say(self, render: Callable[[], str]) -> None:
        """The status line, worded again from its state on a language switch."""
        self.show_text(self.status_label.setText, render)

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.account_label = text_label("", body, wrap=False)
        self.show_text(self.account_label.setText, self._not_signed_in)
        layout.addWidget(self.account_label)
        choices = QHBoxLayout()
        self.following_box = QCheckBox(body)
        self.followers_box = QCheckBox(body)
        self.lists_box = QCheckBox(body)
        self.blocked_box = QCheckBox(body)
        self.muted_box = QCheckBox(body)
        self.following_box.setChecked(True)
        self.lists_box.setChecked(True)
        self.start_button = QPushButton(body)
        self.stop_button = QPushButton(body)
        self.forget_button = QPushButton(body)
        for widget in self._choice_boxes():
            choices.addWidget(widget)
        choices.addStretch(1)
        self.close_button = QPushButton(body)
        self.close_button.clicked.connect(self.close)
        layout.addLayout(choices)
        buttons = QHBoxLayout()
        for widget in (self.start_button, self.stop_button, self.forget_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(False)
        # Untrusted: it shows what x.com and its accounts sent (names, server messages).
        self.status_label = text_label("", body)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        self.view = QWebEngineView(body)
        self.stack = QStackedWidget(body)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self._problem_panel(body))
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self.start)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape)
        self.forget_button.clicked.connect(self.forget_signin)
        for box in self._choice_boxes():
            box.toggled.connect(self._update_buttons)
        self._update_buttons()

    def _choice_boxes(self) -> tuple[QCheckBox, ...]:
        return (
            self.following_box,
            self.followers_box,
            self.lists_box,
            self.blocked_box,
            self.muted_box,
        )

    def _problem_panel(self, parent: QWidget) -> QWidget:
        """Shown instead of the page when x.com cannot be reached or a sign-in was refused."""
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        self.problem = Notice("", "warning", panel)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.retry_button = QPushButton(panel)
        self.retry_button.clicked.connect(self.retry)
        self.back_button = QPushButton(panel)
        self.back_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return panel

    def escape(self) -> None:
        """Esc stops a read first; with nothing running it closes the window."""
        if self._job is not None:
            self.stop()
        else:
            self.close()

    # The browser -------------------------------------------------------------------------

    def _open_browser(self) -> None:
        self.profile = create_profile(self._data_dir, None)
        self.page = XWebPage(self.profile, self._events)
        self.driver = BrowserDriver(self.page, self._events)
        self.driver.signed_in.connect(self._signed_in)
        self.page.loadFinished.connect(self._check_signed_in)
        self.page.loadingChanged.connect(self._loading_changed)
        self.page.loadFinished.connect(self._check_refusal)
        self.view.setPage(self.page)
        self.driver.open(HOME_URL)
        self._poll.start()

    def _close_browser(self) -> None:
        """The page must go before its profile, or QtWebEngine keeps the profile alive."""
        self._poll.stop()
        self.driver.detach()
        self.view.setPage(None)
        page, profile = self.page, self.profile
        page.destroyed.connect(profile.deleteLater)
        page.deleteLater()

    def _check_signed_in(self) -> None:
        if self._username is None:
            self.driver.check_signed_in()

    def _loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        """Chromium's own error page says nothing useful: say "no network" in plain words."""
        failed = info.status() == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus
        if failed and info.errorDomain() in NETWORK_ERRORS and info.errorCode() != ABORTED:
            self._show_problem(
                lambda: self.tr(
                    "x.com cannot be reached: you seem to be offline, or something blocks the "
                    "connection. Nothing was lost. Check your connection, then try again."
                ),
                retry=True,
            )
        elif info.status() == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self._hide_problem()

    def _check_refusal(self, _ok: bool) -> None:
        url = self.page.url().toString()
        if is_sign_in_host(url):
            self.page.runJavaScript(PAGE_TEXT_JS, 0, lambda text: self._page_text(url, text))

    def _page_text(self, url: str, text: object) -> None:
        provider = refusal(url, text if isinstance(text, str) else "")
        if provider is None:
            return
        self._show_problem(lambda: self._refused_text(provider), retry=False)

    def _refused_text(self, provider: Refusal) -> str:
        who = self.tr("Google") if provider is Refusal.GOOGLE else self.tr("Apple")
        return self.tr(
            "%1 does not allow signing in inside apps like this one (“This browser or app "
            "may not be secure”). Two ways work instead: sign in with your x.com username "
            "and password (if you always used %1, x.com › “Forgot password?” gives your "
            "account a password), or save a browser recording (HAR) in your usual browser "
            "and import it on the Twitter access screen."
        ).replace("%1", who)

    def _show_problem(self, render: Callable[[], str], *, retry: bool) -> None:
        self.show_text(self.problem.setText, render)
        self.retry_button.setVisible(retry)
        self.back_button.setVisible(not retry)
        self.stack.setCurrentIndex(1)

    def _hide_problem(self) -> None:
        if self.stack.currentIndex() == 1 and not is_sign_in_host(self.page.url().toString()):
            self.stack.setCurrentIndex(0)

    def retry(self) -> None:
        self.stack.setCurrentIndex(0)
        self.page.load(QUrl(HOME_URL))

    @property
    def showing_problem(self) -> bool:
        return self.stack.currentIndex() == 1

    def _signed_in(self, username: str) -> None:
        self._username = username
        self._poll.stop()
        self.show_text(
            self.account_label.setText,
            lambda: self.tr("Signed in to x.com as @%1.").replace("%1", username),
        )
        self._update_buttons()

    # Reading ------------------------------------------------------------------------------

    def targets(self) -> tuple[Target, ...]:
        chosen = (
            (self.following_box, Target.FOLLOWING),
            (self.followers_box, Target.FOLLOWERS),
            (self.lists_box, Target.LISTS),
            (self.blocked_box, Target.BLOCKED),
            (self.muted_box, Target.MUTED),
        )
        return tuple(target for box, target in chosen if box.isChecked())

    def start(self) -> None:
        if self._username is None or self._job is not None or not self.targets():
            return
        while not self._events.empty():
            self._events.get_nowait()
        job = XWebCaptureJob(self.driver, self._events, self._username, self.targets(), self.pace)
        self._job = JobHandle(job)
        self._job.signals.progress.connect(self._show_progress)
        self._job.signals.succeeded.connect(self._succeeded)
        self._job.signals.failed.connect(self._failed)
        self._job.signals.cancelled.connect(self._cancelled)
        self._job.signals.finished.connect(self._finished)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self._say(lambda: self.tr("Starting…"))
        self._job.start()
        self._update_buttons()

    def stop(self) -> None:
        if self._job is not None:
            self._say(lambda: self.tr("Stopping…"))
            self._job.cancel()

    def _show_progress(self, progress: Progress) -> None:
        if progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(min(progress.done, progress.total))
        else:
            self.progress_bar.setRange(0, 0)
        self._say(lambda: self._progress_text(progress))

    def _progress_text(self, progress: Progress) -> str:
        if progress.total:
            text = self.tr("%1: %2 of %3 accounts read")
            text = text.replace("%3", QLocale().toString(progress.total))
        else:
            text = self.tr("%1: %2 accounts read")
        text = text.replace("%1", progress.message).replace("%2", QLocale().toString(progress.done))
        if progress.eta_seconds:
            minutes = max(1, round(progress.eta_seconds / 60))
            text += " — " + self.tr("about %n minute(s) left", "", minutes)
        return text

    def _succeeded(self, summary: CaptureSummary) -> None:
        self._say(lambda: self._done_text(summary))
        self.captured.emit(summary)

    def _done_text(self, summary: CaptureSummary) -> str:
        total = sum(count for key, count in summary.captured.items() if not key.startswith("list:"))
        text = self.tr("Done: %n account(s) read. You can close this window.", "", total)
        if summary.unavailable:
            text += " " + self.tr(
                "%n account(s) are suspended or deactivated and were skipped.",
                "",
                summary.unavailable,
            )
        return text

    def _failed(self, error: BaseException) -> None:
        self._say(
            lambda: (
                i18n.describe(error)
                if isinstance(error, FedimoveError)
                else self.tr("Unexpected error; the details are in the log file.")
            )
        )
        self.failed.emit(error)

    def _cancelled(self) -> None:
        self._say(
            lambda: self.tr("Stopped. What was read is kept; press “Start reading” to continue.")
        )

    def _finished(self) -> None:
        self._job = None
        self.progress_bar.setVisible(False)
        self._update_buttons()

    @property
    def running(self) -> bool:
        return self._job is not None

    def _update_buttons(self) -> None:
        busy = self._job is not None or self._forget_job is not None
        self.start_button.setEnabled(
            not busy and self._username is not None and bool(self.targets())
        )
        self.stop_button.setEnabled(self._job is not None)
        self.forget_button.setEnabled(not busy)
        # While reading, the page is Fedimove's to scroll: clicks would lead it elsewhere.
        self.view.setEnabled(self._job is None)

    # Forgetting the sign-in -----------------------------------------------------------------

    def forget_signin(self) -> None:
        if self.running:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Forget x.com sign-in"),
            self.tr(
                "Delete the x.com sign-in and everything this window stored? What was read "
                "into your workspace is kept."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_now()

    def forget_now(self) -> None:
        """Sign out for good: drop cookies, close the browser, delete its folder, start fresh."""
        self.profile.cookieStore().deleteAllCookies()
        self.profile.clearHttpCache()
        self._username = None
        self.show_text(self.account_label.setText, self._not_signed_in)
        self.profile.destroyed.connect(self._delete_profile_folder)
        self._close_browser()

    def _delete_profile_folder(self) -> None:
        self._forget_job = JobHandle(_ForgetSignIn(self._data_dir))
        self._forget_job.signals.succeeded.connect(self._forgotten)
        self._forget_job.signals.failed.connect(self._forget_failed)
        self._forget_job.start()
        self._update_buttons()

    def _forgotten(self, existed: bool) -> None:
        self._forget_job = None
        self._say(lambda: self.tr("The x.com sign-in was forgotten."))
        self._open_browser()
        self._update_buttons()
        self.forgotten.emit(existed)

    def _forget_failed(self, error: BaseException) -> None:
        self._forget_job = None
        self._say(
            lambda: self.tr("The x.com sign-in could not be deleted: %1").replace("%1", str(error))
        )
        self._open_browser()
        self._update_buttons()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            self._job.cancel()
        if self.view.page() is self.page:
            self._close_browser()
        super().closeEvent(event)


def _fitting(preferred: QSize) -> QSize:
    """The preferred size, made smaller when the screen is (1366×768 laptops)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return preferred
    available = screen.availableSize()
    return preferred.boundedTo(QSize(available.width() - 40, available.height() - 40))
