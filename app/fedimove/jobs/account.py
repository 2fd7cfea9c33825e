"""Signing out of Mastodon from the GUI, off its thread (it asks the server, then the keyring)."""

from __future__ import annotations

from fedimove.core.home_account import HomeAccount
from fedimove.fediverse import signin
from fedimove.jobs.base import Job, JobContext


class SignOutJob(Job[tuple[HomeAccount | None, bool]]):
    """(the account signed out of, whether the server confirmed the revocation)."""

    def run(self, ctx: JobContext) -> tuple[HomeAccount | None, bool]:
        return signin.logout()
