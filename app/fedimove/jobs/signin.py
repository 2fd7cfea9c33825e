"""Waiting for the browser (or a pasted code) to finish a Mastodon sign-in, as a job.

The GUI first checks the server (`CheckServerJob`: is it there, what is it?) before asking
anything of the user, then calls `LoginFlow.start()` in one job (it registers the app:
network), opens the returned address with QDesktopServices, then runs `SignInJob`; a paste box
calls `flow.submit_code(text)`, Cancel calls `handle.control.cancel()`.
"""

from __future__ import annotations

from fedimove.core.home_account import HomeAccount, ServerInfo
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.fediverse.signin import LoginFlow
from fedimove.jobs.base import Job, JobContext, Progress

WAITING = QT_TRANSLATE_NOOP("SignIn", "Waiting for the browser…")
POLL_SECONDS = 0.25


class CheckServerJob(Job[ServerInfo]):
    """Reach the server and learn what it is: the first thing a sign-in does."""

    title = QT_TRANSLATE_NOOP("SignIn", "Checking the server")

    def __init__(self, flow: LoginFlow) -> None:
        self.flow = flow

    def run(self, ctx: JobContext) -> ServerInfo:
        ctx.checkpoint()
        return self.flow.check()


class StartSignInJob(Job[str]):
    """Detect the server and register the app; returns the address to open."""

    title = QT_TRANSLATE_NOOP("SignIn", "Contacting the server")

    def __init__(self, flow: LoginFlow) -> None:
        self.flow = flow

    def run(self, ctx: JobContext) -> str:
        ctx.checkpoint()
        return self.flow.start()


class SignInJob(Job[HomeAccount]):
    """Wait for the code, exchange it, remember the account."""

    title = QT_TRANSLATE_NOOP("SignIn", "Signing in")

    def __init__(self, flow: LoginFlow) -> None:
        self.flow = flow

    def run(self, ctx: JobContext) -> HomeAccount:
        ctx.progress(Progress(0, None, WAITING))
        try:
            while True:
                ctx.checkpoint()
                received = self.flow.wait_for_code(POLL_SECONDS)
                if received is not None:
                    return self.flow.finish(*received)
        finally:
            self.flow.close()
