"""Asking what to do with a sign-in when the computer has no password manager (keyring).

Fedimove keeps tokens only in the OS keyring. On a bare Linux session there is none, and the
user must decide, knowingly: keep the sign-in in memory until the app quits (the default), or
not keep it and sign in again next time. Nothing is ever written to a file instead.

A sign-in is worth asking about before it starts, not after the token exists:
`when_secrets_can_be_kept(parent, start)` checks for a keyring off the GUI thread, asks if there
is none, and calls `start` only when the token will have somewhere to go. Code that meets
`SecretStoreUnavailable` later can call `offer_session_only()` and retry.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle
from fedimove.store.secrets import SecretStore
from fedimove.ui.widgets import Retranslating


class KeyringChoice(enum.Enum):
    SESSION_ONLY = "session_only"
    SIGN_IN_NEXT_TIME = "sign_in_next_time"


class KeyringPrompt(Retranslating, QMessageBox):
    """Says clearly that sign-ins cannot be remembered here, and offers the two ways on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.later_button = self.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.later_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("No password manager"))
        self.setText(self.tr("Fedimove cannot remember this sign-in on this computer."))
        self.setInformativeText(
            self.tr(
                "Fedimove keeps sign-ins only in your system's password manager (keyring), and "
                "none is available right now. It never writes them to a file.\n\n"
                "You can keep this sign-in until Fedimove quits, or not keep it and sign in "
                "again next time."
            )
        )
        self.setDetailedText(self._how_to_get_one())
        self.keep_button.setText(self.tr("Keep until Fedimove quits"))
        self.later_button.setText(self.tr("Sign in again next time"))
        super().retranslate()

    def choice(self) -> KeyringChoice:
        if self.clickedButton() is self.keep_button:
            return KeyringChoice.SESSION_ONLY
        return KeyringChoice.SIGN_IN_NEXT_TIME

    def _how_to_get_one(self) -> str:
        if sys.platform.startswith("linux"):
            return self.tr(
                "To have sign-ins remembered, install a password manager that offers the Secret "
                "Service, such as GNOME Keyring (package gnome-keyring), KeePassXC (with Secret "
                "Service integration turned on) or KWallet, then log out and back in. Inside a "
                "Flatpak, the password manager of your desktop session is used."
            )
        return self.tr(
            "Your system's password manager did not answer. Restart Fedimove; if this keeps "
            "happening, the details are in the log file."
        )


def ask(parent: QWidget | None = None) -> KeyringChoice:
    prompt = KeyringPrompt(parent)
    prompt.exec()
    return prompt.choice()


def offer_session_only(store: SecretStore, parent: QWidget | None = None) -> bool:
    """True when secrets may now be kept for this session (asked once per session)."""
    if store.session_only:
        return True
    if ask(parent) is KeyringChoice.SESSION_ONLY:
        store.allow_session_only()
        return True
    return False


class KeyringCheckJob(Job[bool]):
    """Whether the OS keyring answers (D-Bus and friends: never on the GUI thread)."""

    title = QT_TRANSLATE_NOOP("KeyringPrompt", "Looking for the password manager")

    def run(self, ctx: JobContext) -> bool:
        ctx.checkpoint()
        return SecretStore.keyring_available()


_checks: set[JobHandle] = set()  # a running check's signals must outlive the caller's frame


def when_secrets_can_be_kept(
    parent: QWidget | None,
    start: Callable[[], None],
    declined: Callable[[], None] | None = None,
) -> None:
    """Call `start` once a sign-in can be kept: in the keyring, or in memory if the user agrees;
    `declined` when the user would rather sign in again next time."""
    store = SecretStore()
    if store.session_only:
        start()
        return
    handle = JobHandle(KeyringCheckJob())
    _checks.add(handle)

    def ask_then_start(available: object) -> None:
        if available or offer_session_only(store, parent):
            start()
        elif declined is not None:
            declined()

    def later(available: object) -> None:
        """The prompt's event loop runs from a timer, not inside a slot of the job's signals
        (they are released when the job finishes)."""
        QTimer.singleShot(0, lambda: ask_then_start(available))

    handle.signals.succeeded.connect(later)
    handle.signals.failed.connect(lambda _error: later(False))
    handle.signals.finished.connect(lambda: _checks.discard(handle))
    handle.start()
