"""Step 3, "Mastodon account": the server, the browser sign-in, the account and its budget.

Signing in registers Fedimove on the server and waits for the browser (or a pasted code) in
jobs; the page only shows where things stand and passes the pasted code on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from fedimove.core.errors import FedimoveError
from fedimove.core.home_account import HomeAccount
from fedimove.core.overview import Overview, Step
from fedimove.jobs.base import Job
from fedimove.jobs.qt_runner import JobHandle
from fedimove.ui.engines import Engines
from fedimove.ui.flow_layout import FlowLayout
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice, error_text, open_url, text_label

if TYPE_CHECKING:
    from fedimove.fediverse.signin import LoginFlow


class MastodonPage(StepPage):
    """`signed_in` fires with the HomeAccount once the server accepted (tests wait on it)."""

    signed_in = Signal(object)

    def step_title(self) -> str:
        return self.tr("Mastodon account")

    def step_intro(self) -> str:
        return self.tr(
            "Sign in to the Mastodon server where you want to follow people. You sign in on "
            "your server's own page, in your browser: Fedimove never sees your password."
        )

    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines = engines
        self.flow: LoginFlow | None = None
        self.handle: JobHandle | None = None
        self._attempt = 0
        self.state = Notice(parent=self)
        self.body.addWidget(self.state)
        self._say(self._not_signed_in)
        self._server_row()
        self._paste_row()
        self.budget = text_label("", self)
        self.show_text(self.budget.setText, self._pacing)
        self.body.addWidget(self.budget)
        row = FlowLayout()
        self.sign_out = QPushButton(self)
        self.sign_out.clicked.connect(self._sign_out)
        self.other_server = QPushButton(self)
        self.other_server.clicked.connect(self._ask_server)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.go_to.emit(int(Step.MATCHES)))
        row.addWidget(self.sign_out)
        row.addWidget(self.other_server)
        row.addWidget(self.next_button)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self._show_account(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.server.setPlaceholderText(self.tr("Your server, e.g. mastodon.social"))
        self.server.setAccessibleName(self.tr("Mastodon server"))
        self.sign_in.setText(self.tr("Sign in in the browser"))
        self.cancel.setText(self.tr("Cancel"))
        self.open_paste.setText(self.tr("Open this address"))
        self.code.setPlaceholderText(self.tr("Paste the code here"))
        self.code.setAccessibleName(self.tr("Code from the server"))
        self.use_code.setText(self.tr("Use this code"))
        self.sign_out.setText(self.tr("Sign out"))
        self.other_server.setText(self.tr("Use another server…"))
        self.next_button.setText(self.tr("Next: your matches"))
        super().retranslate()

    def _not_signed_in(self) -> str:
        return self.tr("Not signed in to Mastodon yet.")

    def _pacing(self) -> str:
        return self.tr(
            "Mastodon allows 400 follows a day and 300 requests every 5 minutes: Fedimove "
            "paces itself to stay within them, and tells you when the rest will go."
        )

    def _server_row(self) -> None:
        self.server_box = QWidget(self)
        row = QHBoxLayout(self.server_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.server = QLineEdit(self)
        self.server.returnPressed.connect(self.start_sign_in)
        self.server.textChanged.connect(lambda text: self.sign_in.setEnabled(bool(text.strip())))
        row.addWidget(self.server, 1)
        self.sign_in = QPushButton(self)
        self.sign_in.setEnabled(False)
        self.sign_in.clicked.connect(self.start_sign_in)
        row.addWidget(self.sign_in)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.cancel_sign_in)
        row.addWidget(self.cancel)
        self.body.addWidget(self.server_box)

    def _paste_row(self) -> None:
        self.paste_help = text_label("", self)
        self.body.addWidget(self.paste_help)
        self.paste_url = text_label("", self)
        self.paste_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.paste_url)
        row = QHBoxLayout()
        self.open_paste = QPushButton(self)
        self.open_paste.clicked.connect(lambda: open_url(self.paste_url.text()))
        self.code = QLineEdit(self)
        self.code.returnPressed.connect(self.submit_code)
        self.use_code = QPushButton(self)
        self.use_code.clicked.connect(self.submit_code)
        for widget in (self.open_paste, self.code, self.use_code):
            row.addWidget(widget)
        self.body.addLayout(row)
        self.paste_widgets = (
            self.paste_help,
            self.paste_url,
            self.open_paste,
            self.code,
            self.use_code,
            self.cancel,
        )

    # Signing in ------------------------------------------------------------------------------

    def start_sign_in(self) -> None:
        if self.handle is not None or not self.server.text().strip():
            return
        from fedimove.fediverse.signin import LoginFlow  # Mastodon.py: loaded when first used
        from fedimove.jobs.signin import CheckServerJob

        try:
            self.flow = LoginFlow(self.server.text(), translate=QCoreApplication.translate)
        except FedimoveError as error:
            problem = error  # the name `error` is gone once the except block ends
            self._say(lambda: error_text(problem), warning=True)
            return
        self._attempt += 1
        attempt, url = self._attempt, self.flow.instance_url
        self._say(
            lambda: (
                self.tr("Checking %1… (attempt %2)").replace("%1", url).replace("%2", str(attempt))
                if attempt > 1
                else self.tr("Checking %1…").replace("%1", url)
            )
        )
        self._run(CheckServerJob(self.flow), self._server_checked)

    def _server_checked(self, _server: object) -> None:
        """The server is there: only now ask where to keep the sign-in, then register."""
        from fedimove.jobs.signin import StartSignInJob
        from fedimove.ui.keyring_prompt import when_secrets_can_be_kept

        flow = self.flow
        assert flow is not None

        def contact_server() -> None:
            self._say(lambda: QCoreApplication.translate("SignIn", "Contacting the server"))
            self._run(StartSignInJob(flow), self._browser_ready)

        when_secrets_can_be_kept(self, contact_server, declined=lambda: self._say(self._cancelled))

    def _cancelled(self) -> str:
        return self.tr("Sign-in cancelled.")

    def _say(self, render: Callable[[], str], *, warning: bool = False) -> None:
        """Every failure in the warning style, everything else as information; worded again
        from its state on a language switch."""
        self.show_text(self.state.setText, render)
        self.state.set_kind("warning" if warning else "info")

    def _browser_ready(self, url: str) -> None:
        assert self.flow is not None
        instance = self.flow.instance_url
        self._say(
            lambda: QCoreApplication.translate(
                "Mastodon", "Your browser is opening to sign in to {instance}."
            ).format(instance=instance)
        )
        self.show_text(
            self.paste_help.setText,
            lambda: QCoreApplication.translate(
                "Mastodon",
                "If the browser does not come back to Fedimove, open this address, sign in, "
                "and paste the code the server shows here:",
            ),
        )
        self.paste_url.setText(self.flow.paste_url)
        self._set_waiting(True)
        from fedimove.jobs.signin import SignInJob

        self._run(SignInJob(self.flow), self._signed_in)
        open_url(url)

    def submit_code(self) -> None:
        if self.flow is not None and self.code.text().strip():
            self.flow.submit_code(self.code.text())
            self.code.clear()

    def cancel_sign_in(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        if self.flow is not None:
            self.flow.cancel()

    def _signed_in(self, home: HomeAccount) -> None:
        self._show_account(home)
        self.signed_in.emit(home)
        self.changed.emit()

    def _run(self, job: Job[Any], done: object) -> None:
        handle = JobHandle(job)
        self.handle = handle
        handle.signals.succeeded.connect(done)
        handle.signals.failed.connect(
            lambda error: self._say(lambda: error_text(error), warning=True)
        )
        handle.signals.cancelled.connect(lambda: self._say(self._cancelled))
        handle.signals.finished.connect(lambda: self._job_done(handle))
        self.sign_in.setEnabled(False)
        handle.start()

    def _job_done(self, handle: JobHandle) -> None:
        """A later job may already have replaced this one (the browser wait follows the start)."""
        if self.handle is handle:
            self.handle = None
            self._set_waiting(False)
            self.sign_in.setEnabled(bool(self.server.text().strip()))

    def _set_waiting(self, waiting: bool) -> None:
        for widget in self.paste_widgets:
            widget.setVisible(waiting)

    # Signed in ------------------------------------------------------------------------------

    def _read_budget(self) -> None:
        from fedimove.jobs.account import TodaysBudgetJob

        handle = JobHandle(TodaysBudgetJob())
        handle.signals.succeeded.connect(self._show_budget)
        handle.start()

    def _show_budget(self, left: int) -> None:
        self.show_text(
            self.budget.setText,
            lambda: (
                self.tr("Today you can still follow %n account(s) from this account.", "", left)
                + " "
                + self._pacing()
            ),
        )

    def _ask_server(self) -> None:
        self.server_box.show()
        self.other_server.hide()
        self.server.setFocus()

    def _sign_out(self) -> None:
        from fedimove.jobs.account import SignOutJob

        self._run(SignOutJob(), self._signed_out)

    def _signed_out(self, result: tuple[HomeAccount | None, bool]) -> None:
        self._show_account(None)
        self.changed.emit()

    def _show_account(self, home: HomeAccount | None) -> None:
        signed_in = home is not None
        if home is not None:
            self._say(
                lambda: (
                    self.tr("Signed in as %1 (%2 %3).")
                    .replace("%1", home.address)
                    .replace("%2", home.software)
                    .replace("%3", home.version)
                )
            )
        if signed_in:
            self._read_budget()
        self.sign_out.setVisible(signed_in)
        self.other_server.setVisible(signed_in)
        self.next_button.setVisible(signed_in)
        self.server_box.setVisible(not signed_in)
        self._set_waiting(False)

    def update_overview(self, overview: Overview) -> None:
        account = overview.status.get("mastodon")
        if isinstance(account, dict) and account.get("address"):
            self._show_account(
                HomeAccount(
                    instance_url=str(account.get("instance", "")),
                    account_id=str(account.get("account_id", "")),
                    acct=str(account.get("acct", "")),
                    software=str(account.get("software", "")),
                    version=str(account.get("version", "")),
                )
            )
        elif self.handle is None:
            self._say(self._not_signed_in)
            self._show_account(None)

    def busy(self) -> bool:
        return self.handle is not None

    def stop_jobs(self) -> None:
        self.cancel_sign_in()
