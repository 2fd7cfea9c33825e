"""Saving Twitter keys from the GUI form, then checking them, off the GUI thread (keyring)."""

from __future__ import annotations

from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_diagnosis import Diagnosis
from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.twitter_check import CheckAccessJob
from fedimove.store import twitter_state


class SaveAndCheckJob(Job[Diagnosis]):
    """Keys go to the keyring first, so a check that fails still leaves them for a retry."""

    def __init__(self, credentials: TwitterCredentials) -> None:
        self.credentials = credentials

    def run(self, ctx: JobContext) -> Diagnosis:
        twitter_state.save_credentials(self.credentials)
        ctx.checkpoint()
        return CheckAccessJob().run(ctx)
