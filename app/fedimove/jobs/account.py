"""The Mastodon account screen's jobs: today's follow budget, and signing out."""

from __future__ import annotations

from datetime import UTC, datetime

from fedimove.core.home_account import HomeAccount
from fedimove.core.plan import DAILY_FOLLOW_LIMIT
from fedimove.jobs.base import Job, JobContext
from fedimove.store import follow_queue, workspace


class TodaysBudgetJob(Job[int]):
    """Follows still allowed today: Mastodon's 400 a day, in windows starting 00:00 UTC."""

    def run(self, ctx: JobContext) -> int:
        midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        conn = workspace.connect()
        try:
            used = follow_queue.done_since(conn, midnight.isoformat(timespec="seconds"))
        finally:
            conn.close()
        return max(0, DAILY_FOLLOW_LIMIT - used)


class SignOutJob(Job[tuple[HomeAccount | None, bool]]):
    """(the account signed out of, whether the server confirmed the revocation)."""

    def run(self, ctx: JobContext) -> tuple[HomeAccount | None, bool]:
        from fedimove.fediverse import signin

        return signin.logout()
