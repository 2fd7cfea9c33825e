"""Following: what the queue executor sends for the follow queue, and how it reports.

Exactly once, whatever happens: the executor (`jobs.queue_executor`) marks a row `sending` in
its own transaction before its follow goes out and settles it right after the answer, and any
`sending` row is checked against the server's relationship before it may be sent again. Only
one executor runs per workspace (an OS file lock, which a killed process releases). Pacing
comes from the rate-limit headers, not from Mastodon.py; the daily follow cap and 429s become
countdowns the user can see.
"""

from __future__ import annotations

import math
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from fedimove.core.follow_errors import Transient
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.pacing import Backoff, Pacer, RateWindow
from fedimove.core.plan import Plan, budget
from fedimove.core.relationships import (
    FailReason,
    FollowOptions,
    QueueState,
    Relationship,
    ResolvedAccount,
)
from fedimove.fediverse.follows import RELATIONSHIPS_BATCH
from fedimove.jobs.base import JobContext, Progress
from fedimove.jobs.follow_lists import ListsApi, ListSync
from fedimove.jobs.queue_executor import QueueJob, RateGate, RunStats, home_calls, tr_follow
from fedimove.store import follow_queue, list_sync, mastodon_signin
from fedimove.store.follow_queue import FollowQueue, QueueRow
from fedimove.store.workspace import transaction

LOCK_NAME = "follow"

MSG_FOLLOWING = QT_TRANSLATE_NOOP("FollowJob", "Following on Mastodon")
MSG_LISTS = QT_TRANSLATE_NOOP("FollowJob", "Recreating your lists")


class FollowApi(Protocol):
    """What the executor needs of the home instance (`fediverse.follows.MastodonFollows`)."""

    @property
    def last_window(self) -> RateWindow | None: ...

    def relationships(self, account_ids: Sequence[str]) -> dict[str, Relationship]: ...

    def resolve(self, address: str) -> ResolvedAccount | None: ...

    def follow(self, account_id: str, options: FollowOptions) -> Relationship: ...


@dataclass
class HomeApis:
    follows: FollowApi
    lists: ListsApi


@dataclass
class FollowSummary:
    """Where the queue stands after a run; `failed` is (address, reason, detail)."""

    counts: dict[str, int]
    lists: dict[str, int]
    stats: RunStats = field(default_factory=RunStats)
    failed: list[tuple[str, str, str]] = field(default_factory=list)


def connect_home(conn: sqlite3.Connection) -> HomeApis:
    """The signed-in account's follow and list calls (NotSignedIn when there is none)."""
    from fedimove.fediverse.follows import MastodonFollows
    from fedimove.fediverse.lists import MastodonLists

    calls, host = home_calls(conn)
    return HomeApis(MastodonFollows(calls, host), MastodonLists(calls))


class FollowJob(QueueJob[FollowSummary, HomeApis]):
    """Follow everyone queued (after adding `plan`, if given), then recreate lists.

    Pause, resume and cancel come through the context; cancelling or killing it keeps
    every settled row, and running it again continues.
    """

    title = QT_TRANSLATE_NOOP("Jobs", "Follow on Mastodon")
    lock_name = LOCK_NAME

    def __init__(
        self,
        plan: Plan | None = None,
        lists: bool = False,
        database: Path | None = None,
        connect: Callable[[sqlite3.Connection], HomeApis] = connect_home,
        pacer: Pacer | None = None,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(database, connect, pacer, backoff, rng)
        self.plan = plan
        self.lists = lists

    def _run(self, conn: sqlite3.Connection, ctx: JobContext) -> FollowSummary:
        home_key = mastodon_signin.home_key(conn)
        with transaction(conn):
            if home_key is not None:
                follow_queue.adopt_home(conn, home_key)
                list_sync.adopt_home(conn, home_key)
            if self.plan is None:
                follow_queue.revive_exhausted(conn)
            else:
                follow_queue.sync_plan(conn, self.plan, home_key)
                follow_queue.revive_exhausted(conn, [f.address for f in self.plan.follows])
                if self.lists:
                    list_sync.sync_lists(conn, self.plan.lists)
        apis = self.connect(conn)
        gate = RateGate(ctx, self.pacer, self.stats)
        list_run = ListSync(conn, apis.lists, gate.call, ctx, self.stats) if self.lists else None
        queue = FollowQueue(conn)
        work = _FollowWork(conn, apis.follows, gate)
        executor = self.executor(queue, work, queue, list_run.run if list_run else None)
        work.refresh_requested()
        executor.run()
        if list_run is not None:
            ctx.progress(Progress(0, None, MSG_LISTS))
            list_run.run()
        failed = [
            (row.address, row.reason or "", row.detail or "")
            for row in follow_queue.rows(conn, (QueueState.FAILED,))
        ]
        return FollowSummary(follow_queue.counts(conn), list_sync.counts(conn), self.stats, failed)


class _FollowWork:
    """The follow queue's own part of the executor (`jobs.queue_executor.Work`)."""

    def __init__(self, conn: sqlite3.Connection, api: FollowApi, gate: RateGate) -> None:
        self.conn, self.api, self.gate, self.ctx = conn, api, gate, gate.ctx

    def refresh_requested(self) -> None:
        """Follow requests accepted since the last run become follows in the report."""
        waiting = [
            row
            for row in follow_queue.rows(self.conn, (QueueState.REQUESTED,))
            if row.home_account_id
        ]
        for start in range(0, len(waiting), RELATIONSHIPS_BATCH):
            chunk = waiting[start : start + RELATIONSHIPS_BATCH]
            ids = [row.home_account_id or "" for row in chunk]
            try:
                relations = self.gate.call(self.api, lambda ids=ids: self.api.relationships(ids))
            except Transient:
                return
            with transaction(self.conn):
                for row in chunk:
                    relation = relations.get(row.home_account_id or "")
                    if relation is not None and relation.following:
                        follow_queue.finish(self.conn, row.address, QueueState.FOLLOWED)

    def demand(self, rows: list[QueueRow]) -> int:
        """Every open row's follow and its batch's lookup: what pacing spreads over."""
        open_rows = follow_queue.open_count(self.conn)
        return open_rows + math.ceil(open_rows / RELATIONSHIPS_BATCH)

    def unusable(self, found: ResolvedAccount) -> tuple[str, str] | None:
        """A moved account is not followed: its new home is the one to follow."""
        return (FailReason.MOVED, found.moved_to) if found.moved_to else None

    def settled_by(self, row: QueueRow, relation: Relationship | None) -> str | None:
        """Already followed: by us before a crash (`sending`), or by the user themselves."""
        if relation is None or not relation.done:
            return None
        if row.state == QueueState.SENDING:
            return QueueState.FOLLOWED if relation.following else QueueState.REQUESTED
        return QueueState.ALREADY

    def send(self, row: QueueRow) -> str:
        relation = self.api.follow(row.home_account_id or "", row.options)
        return QueueState.FOLLOWED if relation.following else QueueState.REQUESTED

    def report(self) -> None:
        self._progress(MSG_FOLLOWING)

    def show_wait(self, at: float, message: str) -> None:
        self._progress(message, at)

    def _progress(self, message: str, waiting_until: float | None = None) -> None:
        counts = follow_queue.counts(self.conn)
        total = sum(n for state, n in counts.items() if state != QueueState.DROPPED)
        open_rows = counts[QueueState.PENDING] + counts[QueueState.SENDING]
        self.ctx.progress(
            Progress(
                total - open_rows,
                total,
                tr_follow(message),
                self._eta(open_rows, waiting_until),
                waiting_until=waiting_until,
            )
        )

    def _eta(self, open_rows: int, waiting_until: float | None) -> float | None:
        """Mastodon's limits applied to what is left, from the end of any current wait: whole
        days when the daily cap makes the rest wait (core/plan's budget)."""
        now = self.ctx.clock()
        start = datetime.fromtimestamp(max(now, waiting_until or now), UTC)
        today = start.replace(hour=0, minute=0, second=0, microsecond=0)
        used = follow_queue.done_since(self.conn, today.isoformat("T", "seconds"))
        finish = budget(open_rows, start, used).finish_at
        return None if finish is None else finish.timestamp() - now
