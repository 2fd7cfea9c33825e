"""Building the migration plan off the GUI thread: the Migrate screen's summary.

Reads the workspace (matches, lists, what the queue already did) and, when signed in, asks
the server once for the account's counts so the 7,500 cap is known.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fedimove.core.errors import FedimoveError
from fedimove.core.home_account import HomeAccount
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.plan import (
    DEFAULT_MIN_CONFIDENCE,
    LIST_LIMIT,
    Budget,
    Plan,
    PlannedFollow,
    budget,
    build_plan,
)
from fedimove.core.relationships import FollowOptions, QueueState
from fedimove.jobs.base import Job, JobContext
from fedimove.store import follow_queue, paths, plan_inputs, workspace

_SETTLED = (QueueState.FOLLOWED, QueueState.REQUESTED, QueueState.ALREADY, QueueState.FAILED)


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """Everything the Migrate screen and `follow --dry-run` show before anything happens."""

    plan: Plan
    to_send: tuple[PlannedFollow, ...]
    budget: Budget
    home: HomeAccount | None
    queue: dict[str, int] = field(default_factory=dict)
    server_lists: tuple[str, ...] = ()

    @property
    def follow_count(self) -> int:
        return sum(1 for f in self.to_send if not f.locked)

    @property
    def request_count(self) -> int:
        return sum(1 for f in self.to_send if f.locked)

    @property
    def lists_over_cap(self) -> int:
        """Lists that cannot be made: titles already there are reused, the rest count."""
        there = {title.casefold() for title in self.server_lists}
        new = sum(1 for item in self.plan.lists if item.title.casefold() not in there)
        return max(0, new + len(there) - LIST_LIMIT)


def build_summary(
    conn: sqlite3.Connection,
    min_confidence: str = DEFAULT_MIN_CONFIDENCE,
    options: FollowOptions | None = None,
    now: datetime | None = None,
    account_counts: tuple[int, int] = (0, 0),
    server_lists: tuple[str, ...] = (),
) -> PlanSummary:
    from fedimove.fediverse.session import signed_in_account

    now = now or datetime.now(UTC)
    home = signed_in_account(conn)
    plan = build_plan(
        plan_inputs.candidates(conn),
        plan_inputs.list_sources(conn),
        min_confidence,
        options,
        home.address if home else None,
        home.key if home else None,
    )
    key = home.key if home else None
    settled = {
        row.address.lower()
        for row in follow_queue.rows(conn, _SETTLED)
        if key is None or row.home_key in (None, key)
    }
    open_rows = follow_queue.rows(conn, (QueueState.PENDING, QueueState.SENDING))
    planned = {f.address.lower(): f for f in plan.follows if f.address.lower() not in settled}
    for row in open_rows:
        planned.setdefault(
            row.address.lower(),
            PlannedFollow(
                row.twitter_id,
                row.address,
                row.confidence,
                row.home_account_id if row.home_key == key else None,
                False,
            ),
        )
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    following, followers = account_counts
    result = budget(
        len(planned),
        now,
        followed_today=follow_queue.done_since(conn, today.isoformat(timespec="seconds")),
        following_count=following,
        followers_count=followers,
    )
    return PlanSummary(
        plan, tuple(planned.values()), result, home, follow_queue.counts(conn), server_lists
    )


class PlanJob(Job[PlanSummary]):
    """Build the plan; `check_account` asks the server for the account's follow counts and
    lists (two requests), so the 7,500 and 50-list caps are known."""

    title = QT_TRANSLATE_NOOP("Jobs", "Preparing the plan")

    def __init__(
        self,
        min_confidence: str = DEFAULT_MIN_CONFIDENCE,
        options: FollowOptions | None = None,
        check_account: bool = True,
        database: Path | None = None,
    ) -> None:
        self.min_confidence = min_confidence
        self.options = options
        self.check_account = check_account
        self.database = database

    def run(self, ctx: JobContext) -> PlanSummary:
        conn = workspace.connect(self.database or paths.database_path())
        try:
            counts, titles = self._server_facts(conn) if self.check_account else ((0, 0), ())
            ctx.checkpoint()
            return build_summary(
                conn,
                self.min_confidence,
                self.options,
                account_counts=counts,
                server_lists=titles,
            )
        finally:
            conn.close()

    @staticmethod
    def _server_facts(conn: sqlite3.Connection) -> tuple[tuple[int, int], tuple[str, ...]]:
        """(following, followers) and list titles; nothing when the server cannot be asked."""
        from mastodon import MastodonError

        from fedimove.fediverse.follow_payloads import lists_from
        from fedimove.fediverse.session import mastodon_client

        try:
            _home, client = mastodon_client(conn)
            me = client.account_verify_credentials()
            titles = tuple(title for _id, title in lists_from(client.lists()))
        except (FedimoveError, MastodonError):
            return (0, 0), ()
        counts = (_count(me.get("following_count")), _count(me.get("followers_count")))
        return counts, titles


def _count(value: object) -> int:
    return value if isinstance(value, int) and value >= 0 else 0
