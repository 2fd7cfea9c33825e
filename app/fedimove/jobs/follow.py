"""The follow executor: works the queue in the workspace until every target is settled.

Exactly once, whatever happens: a row is marked `sending` in its own transaction before its
follow goes out and settled right after the answer, and any `sending` row is checked against
the server's relationship before it may be sent again. Only one executor runs per workspace
(an OS file lock, which a killed process releases). Pacing comes from the rate-limit headers,
not from Mastodon.py; the daily follow cap and 429s become countdowns the user can see.
"""

from __future__ import annotations

import math
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, TypeVar

from fedimove.core.errors import FedimoveError
from fedimove.core.follow_errors import (
    FollowCapReached,
    RateLimited,
    Rejected,
    ServerUnreachable,
    TargetGone,
    TargetMoved,
    Transient,
)
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
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.follow_lists import ListsApi, ListSync
from fedimove.store import follow_queue, list_sync, mastodon_signin, run_lock, workspace
from fedimove.store.workspace import transaction

T = TypeVar("T")

LOCK_NAME = "follow"
DAILY_UNTIL_KEY = "follow.daily_cap_until"
_REFUSALS = {
    TargetMoved: FailReason.MOVED,
    TargetGone: FailReason.GONE,
    Rejected: FailReason.REFUSED,
}
# Waits longer than this are shown as a countdown; long ones are used to recreate lists.
_SHOWN_WAIT = 1.0
_LONG_WAIT = 30.0

MSG_FOLLOWING = QT_TRANSLATE_NOOP("FollowJob", "Following on Mastodon")
MSG_WINDOW = QT_TRANSLATE_NOOP("FollowJob", "Waiting for the server's request limit to reset")
MSG_DAILY = QT_TRANSLATE_NOOP(
    "FollowJob", "Daily follow limit reached; the rest goes on after it resets (00:00 UTC)"
)
MSG_RETRY = QT_TRANSLATE_NOOP("FollowJob", "The server is struggling; trying again shortly")
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
class FollowStats:
    """What this run did, for the report and the benchmark."""

    requests: int = 0
    throttled: int = 0
    daily_caps: int = 0
    sent: int = 0


@dataclass
class FollowSummary:
    """Where the queue stands after a run; `failed` is (address, reason, detail)."""

    counts: dict[str, int]
    lists: dict[str, int]
    stats: FollowStats = field(default_factory=FollowStats)
    failed: list[tuple[str, str, str]] = field(default_factory=list)


def connect_home(conn: sqlite3.Connection) -> HomeApis:
    """The signed-in account's follow and list calls (NotSignedIn when there is none)."""
    from fedimove.fediverse.calls import InstanceCalls
    from fedimove.fediverse.follows import MastodonFollows
    from fedimove.fediverse.lists import MastodonLists
    from fedimove.fediverse.pacing import shared_gate
    from fedimove.fediverse.session import mastodon_client

    home, client = mastodon_client(conn)
    calls = InstanceCalls(client, home.host, gate=shared_gate(home.key))
    return HomeApis(MastodonFollows(calls, home.host), MastodonLists(calls))


class FollowJob(Job[FollowSummary]):
    """Follow everyone queued (after adding `plan`, if given), then recreate lists.

    Pause, resume and cancel come through the context; cancelling or killing it keeps
    every settled row, and running it again continues.
    """

    title = QT_TRANSLATE_NOOP("Jobs", "Follow on Mastodon")

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
        self.plan = plan
        self.lists = lists
        self.database = database
        self.connect = connect
        self.pacer = pacer or Pacer()
        self.backoff = backoff or Backoff()
        self.rng = rng or random.Random()
        self.stats = FollowStats()

    def run(self, ctx: JobContext) -> FollowSummary:
        with run_lock.exclusive_workspace(self.database, LOCK_NAME) as conn:
            return self._run(conn, ctx)

    def _run(self, conn: sqlite3.Connection, ctx: JobContext) -> FollowSummary:
        home_key = mastodon_signin.home_key(conn)
        with transaction(conn):
            follow_queue.revive_exhausted(conn)
            if home_key is not None:
                follow_queue.adopt_home(conn, home_key)
                list_sync.adopt_home(conn, home_key)
        if self.plan is not None:
            with transaction(conn):
                follow_queue.sync_plan(conn, self.plan, home_key)
                if self.lists:
                    list_sync.sync_lists(conn, self.plan.lists)
        apis = self.connect(conn)
        gate = RateGate(ctx, self.pacer, self.stats)
        list_run = ListSync(conn, apis.lists, gate.call, ctx, self.stats) if self.lists else None
        _Executor(conn, apis.follows, gate, self.backoff, self.rng, list_run).run()
        if list_run is not None:
            ctx.progress(Progress(0, None, MSG_LISTS))
            list_run.run()
        failed = [
            (row.address, row.reason or "", row.detail or "")
            for row in follow_queue.rows(conn, (QueueState.FAILED,))
        ]
        return FollowSummary(follow_queue.counts(conn), list_sync.counts(conn), self.stats, failed)


class RateGate:
    """Every request passes here: paced before, observed after, 429 windows waited out.

    Shared by the follow and the block and mute executors (one pacing, one way to wait)."""

    def __init__(self, ctx: JobContext, pacer: Pacer, stats: FollowStats) -> None:
        self.ctx, self.pacer, self.stats = ctx, pacer, stats
        self.demand = 1
        self.on_wait: Callable[[float, str], None] = self._show_wait

    def call(self, api: object, fn: Callable[[], T], follow: bool = False) -> T:
        while True:
            self._pace()
            self.stats.requests += 1
            try:
                result = fn()
            except RateLimited as limited:
                self._observe(api, follow)
                if limited.daily:
                    raise
                self.stats.throttled += 1
                now = self.ctx.clock()
                self.wait_until(self.pacer.exhausted_until(_window(api), now), MSG_WINDOW)
                continue
            except FedimoveError:
                self._observe(api, follow)
                raise
            self._observe(api, follow)
            return result

    def _pace(self) -> None:
        while True:
            now = self.ctx.clock()
            at = self.pacer.next_at(now, self.demand)
            if at <= now:
                break
            self.wait_until(at, MSG_WINDOW)
        self.pacer.sent(self.ctx.clock())

    def _observe(self, api: object, follow: bool) -> None:
        self.pacer.observe(_window(api), self.ctx.clock(), follow)

    def wait_until(self, at: float, message: str) -> None:
        seconds = at - self.ctx.clock()
        if seconds <= 0:
            self.ctx.checkpoint()
            return
        if seconds > _SHOWN_WAIT:
            self.on_wait(at, message)
        self.ctx.sleep(seconds)

    def _show_wait(self, at: float, message: str) -> None:
        self.ctx.progress(Progress(0, None, _tr(message), waiting_until=at))


def _window(api: object) -> RateWindow | None:
    return getattr(api, "last_window", None)


def _tr(text: str) -> str:
    from fedimove.i18n import tr

    return tr("FollowJob", text)


class _Executor:
    def __init__(
        self,
        conn: sqlite3.Connection,
        api: FollowApi,
        gate: RateGate,
        backoff: Backoff,
        rng: random.Random,
        list_run: ListSync | None,
    ) -> None:
        self.conn, self.api, self.gate = conn, api, gate
        self.ctx = gate.ctx
        self.backoff, self.rng, self.list_run = backoff, rng, list_run
        self.batch_failures = 0
        self.gate.on_wait = self._show_wait

    def run(self) -> None:
        self._refresh_requested()
        while True:
            self.ctx.checkpoint()
            now = self.ctx.clock()
            rows = follow_queue.due(self.conn, now, RELATIONSHIPS_BATCH)
            if rows:
                self._update_demand()
                self._batch(rows)
                continue
            wake = follow_queue.next_wake(self.conn)
            if wake is None:
                return
            if wake - now > _LONG_WAIT and self.list_run is not None:
                self.list_run.run()
            self.gate.wait_until(wake, self._why_waiting(wake))

    def _refresh_requested(self) -> None:
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

    def _why_waiting(self, wake: float) -> str:
        """The daily cap (remembered across runs) or a retry's backoff."""
        daily_until = workspace.get_meta(self.conn, DAILY_UNTIL_KEY)
        if daily_until is not None and abs(float(daily_until) - wake) < 1.0:
            return MSG_DAILY
        return MSG_RETRY

    def _update_demand(self) -> None:
        open_rows = follow_queue.open_count(self.conn)
        self.gate.demand = open_rows + math.ceil(open_rows / RELATIONSHIPS_BATCH)

    def _batch(self, rows: list[follow_queue.QueueRow]) -> None:
        try:
            ready = [found for found in map(self._resolved, rows) if found is not None]
            ids = [row.home_account_id for row in ready if row.home_account_id]
            relations = self.gate.call(self.api, lambda: self.api.relationships(ids)) if ids else {}
        except Transient as trouble:
            self._batch_backoff(trouble)
            return
        self.batch_failures = 0
        todo = []
        for row in ready:
            relation = relations.get(row.home_account_id or "")
            if relation is not None and relation.done:
                self._settle_known(row, relation)
            else:
                todo.append(row)
        for row in todo:
            self.ctx.checkpoint()
            if not self._follow(row):
                return

    def _resolved(self, row: follow_queue.QueueRow) -> follow_queue.QueueRow | None:
        """The row with its id on the home instance, or None once it failed for good."""
        if row.home_account_id:
            return row
        try:
            found = self.gate.call(self.api, lambda: self.api.resolve(row.address))
        except Rejected as refused:
            self._fail(row, FailReason.REFUSED, refused.detail)
            return None
        with transaction(self.conn):
            if found is None:
                follow_queue.finish(self.conn, row.address, QueueState.FAILED, FailReason.NOT_FOUND)
            elif found.moved_to:
                follow_queue.finish(
                    self.conn, row.address, QueueState.FAILED, FailReason.MOVED, found.moved_to
                )
            else:
                follow_queue.set_home_id(self.conn, row.address, found.id)
                return replace(row, home_account_id=found.id)
        self._report()
        return None

    def _settle_known(self, row: follow_queue.QueueRow, relation: Relationship) -> None:
        """Already followed: by us before a crash (`sending`), or by the user themselves."""
        if row.state == QueueState.SENDING:
            state = QueueState.FOLLOWED if relation.following else QueueState.REQUESTED
        else:
            state = QueueState.ALREADY
        with transaction(self.conn):
            follow_queue.finish(self.conn, row.address, state)
        self._report()

    def _follow(self, row: follow_queue.QueueRow) -> bool:
        """Send one follow; False when the batch must stop (daily cap)."""
        account_id = row.home_account_id or ""
        used_up_until = self.gate.pacer.follow_blocked_until(self.ctx.clock())
        if used_up_until is not None:
            self._daily_cap(row, RateLimited(used_up_until, daily=True))
            return False
        with transaction(self.conn):
            follow_queue.mark_sending(self.conn, row.address)
        self.gate.stats.sent += 1
        try:
            relation = self.gate.call(
                self.api, lambda: self.api.follow(account_id, row.options), follow=True
            )
        except RateLimited as limited:
            self._daily_cap(row, limited)
            return False
        except FollowCapReached:
            with transaction(self.conn):
                follow_queue.unsend(self.conn, row.address)
            raise
        except (TargetMoved, TargetGone, Rejected) as refused:
            self._fail(row, _REFUSALS[type(refused)], refused.detail)
            return True
        except Transient as trouble:
            self._retry(row, trouble)
            return True
        state = QueueState.FOLLOWED if relation.following else QueueState.REQUESTED
        with transaction(self.conn):
            follow_queue.finish(self.conn, row.address, state)
        self._report()
        return True

    def _daily_cap(self, row: follow_queue.QueueRow, limited: RateLimited) -> None:
        now = self.ctx.clock()
        until = (limited.reset_at or now + 3600) + self.gate.pacer.grace
        self.gate.stats.daily_caps += 1
        with transaction(self.conn):
            follow_queue.unsend(self.conn, row.address)
            follow_queue.postpone_open(self.conn, until)
            workspace.set_meta(self.conn, DAILY_UNTIL_KEY, repr(until))

    def _fail(
        self, row: follow_queue.QueueRow, reason: str, detail: str, attempts: int | None = None
    ) -> None:
        with transaction(self.conn):
            follow_queue.finish(self.conn, row.address, QueueState.FAILED, reason, detail, attempts)
        self._report()

    def _retry(self, row: follow_queue.QueueRow, trouble: Transient) -> None:
        attempts = row.attempts + 1
        if self.backoff.gives_up(attempts):
            self._fail(row, FailReason.RETRIES_EXHAUSTED, trouble.detail, attempts)
            return
        delay = self.backoff.delay(attempts, self.rng.random(), trouble.retry_after)
        with transaction(self.conn):
            follow_queue.retry_later(
                self.conn, row.address, attempts, self.ctx.clock() + delay, trouble.detail
            )

    def _batch_backoff(self, trouble: Transient) -> None:
        """The relationship check itself failed: wait, then take the same batch again.

        When even that keeps failing the server is down: stop, keeping the queue.
        """
        self.batch_failures += 1
        if self.backoff.gives_up(self.batch_failures):
            raise ServerUnreachable(trouble.detail) from None
        delay = self.backoff.delay(self.batch_failures, self.rng.random(), trouble.retry_after)
        self.gate.wait_until(self.ctx.clock() + delay, MSG_RETRY)

    def _report(self) -> None:
        self._progress(MSG_FOLLOWING)

    def _show_wait(self, at: float, message: str) -> None:
        self._progress(message, at)

    def _progress(self, message: str, waiting_until: float | None = None) -> None:
        counts = follow_queue.counts(self.conn)
        total = sum(n for state, n in counts.items() if state != QueueState.DROPPED)
        open_rows = counts[QueueState.PENDING] + counts[QueueState.SENDING]
        self.ctx.progress(
            Progress(
                total - open_rows,
                total,
                _tr(message),
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
