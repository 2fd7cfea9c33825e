"""One executor for the paced, resumable queues worked against the home server (issue 17).

Follows and blocks/mutes go the same way. A batch of due rows is resolved to home accounts
(through the adapter's exact resolution, never a namesake) and looked up in one relationships
request, so what is already in place is settled, not sent again, and a `sending` row left by
a killed run is checked before it may go again. Each remaining row is marked `sending` in its
own transaction, sent, and settled right after the answer; one whose match the user rejected
since the run began (a queue may run for days) is withdrawn instead, never sent. The typed errors of
`fediverse/calls.py` decide the rest: a 429 window is waited out by the rate gate; a daily
limit (RateLimited) holds the whole queue until its reset; Transient retries the row with
backoff (a failing lookup retries the batch until the server counts as unreachable);
Rejected, TargetGone and TargetMoved settle the row as failed with its reason; anything else
(TokenRejected, the total follow cap) stops the run, the queue kept.

What a queue stores is the store's, and it holds one sign-in's rows only: the moderation
queue's are keyed by `home_key`, the follow queue's are adopted by the signed-in account at the
start of each run (`follow_queue.adopt_home`). What is sent and how progress reads is the
job's (`Work`). Only one executor runs per workspace (the job's run lock).
"""

from __future__ import annotations

import random
import sqlite3
from abc import abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

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
from fedimove.core.relationships import FailReason, ResolvedAccount
from fedimove.fediverse.calls import InstanceCalls
from fedimove.fediverse.follows import RELATIONSHIPS_BATCH
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.store import matches, run_lock
from fedimove.store.workspace import transaction

T = TypeVar("T")
A = TypeVar("A")  # what a job's `connect` gives: its calls to the home instance

_REFUSALS = {
    TargetMoved: FailReason.MOVED,
    TargetGone: FailReason.GONE,
    Rejected: FailReason.REFUSED,
}
# Waits longer than this are shown as a countdown; long ones are offered to `idle` work.
_SHOWN_WAIT = 1.0
_LONG_WAIT = 30.0

MSG_WINDOW = QT_TRANSLATE_NOOP("FollowJob", "Waiting for the server's request limit to reset")
MSG_DAILY = QT_TRANSLATE_NOOP(
    "FollowJob", "Daily follow limit reached; the rest goes on after it resets (00:00 UTC)"
)
MSG_RETRY = QT_TRANSLATE_NOOP("FollowJob", "The server is struggling; trying again shortly")


@dataclass
class RunStats:
    """What this run did, for the report and the benchmark."""

    requests: int = 0
    throttled: int = 0
    daily_caps: int = 0
    sent: int = 0


class RateGate:
    """Every request passes here: paced before, observed after, 429 windows waited out.

    Shared by every queue and by list-making (one pacing, one way to wait)."""

    def __init__(self, ctx: JobContext, pacer: Pacer, stats: RunStats) -> None:
        self.ctx, self.pacer, self.stats = ctx, pacer, stats
        self.demand = 1
        self.on_wait: Callable[[float, str], None] = self.show_wait

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
                until = self.pacer.exhausted_until(_window(api), now)
                self.wait_until(max(until, limited.reset_at or until), MSG_WINDOW)
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

    def show_wait(self, at: float, message: str) -> None:
        """A countdown alone, for a job whose progress has nothing more to say while waiting."""
        self.ctx.progress(Progress(0, None, tr_follow(message), waiting_until=at))


def _window(api: object) -> RateWindow | None:
    return getattr(api, "last_window", None)


def tr_follow(text: str) -> str:
    """A message of the FollowJob context, translated: the gate's waits share it with the
    follow job's own words."""
    from fedimove.i18n import tr

    return tr("FollowJob", text)


def home_calls(conn: sqlite3.Connection) -> tuple[InstanceCalls, str]:
    """The signed-in account's calls and host, paced by the gate every request to that
    sign-in shares (NotSignedIn when there is none)."""
    from fedimove.fediverse import session

    home, token = session.signed_in_token(conn)
    return session.home_calls(home, token), home.host


class QueueRow(Protocol):
    """What the executor reads of a row (both queues' rows are frozen dataclasses)."""

    @property
    def address(self) -> str: ...

    @property
    def twitter_id(self) -> str: ...

    @property
    def home_account_id(self) -> str | None: ...

    @property
    def state(self) -> str: ...

    @property
    def attempts(self) -> int: ...


R = TypeVar("R", bound=QueueRow)


class Queue(Protocol[R]):
    """A queue in the workspace, holding one sign-in's rows. Every change is one small write
    the executor wraps in its own transaction, so a kill between two loses nothing."""

    conn: sqlite3.Connection

    def due(self, now: float, limit: int) -> list[R]: ...

    def next_wake(self) -> float | None: ...

    def set_home_id(self, row: R, account_id: str) -> None: ...

    def mark_sending(self, row: R) -> None: ...

    def withdraw(self, row: R) -> None: ...

    def finish(self, row: R, state: str) -> None: ...

    def fail(self, row: R, reason: str, detail: str | None, attempts: int | None) -> None: ...

    def retry_later(self, row: R, attempts: int, next_try_at: float, detail: str) -> None: ...


class DailyHold(Protocol[R]):
    """What a queue of follows adds: the server's follow caps refuse a follow before doing
    anything, and the daily one holds every open row until its reset (remembered across
    runs, so a later run says why it waits)."""

    def unsend(self, row: R) -> None: ...

    def hold(self, until: float) -> None: ...

    def held_until(self) -> float | None: ...


class HomeApi(Protocol):
    """What the executor itself asks of the home instance."""

    @property
    def last_window(self) -> RateWindow | None: ...

    def resolve(self, address: str) -> ResolvedAccount | None: ...

    def relationships(self, account_ids: Sequence[str]) -> Mapping[str, Any]: ...


class Work(Protocol[R]):
    """What one queue sends and how its progress reads: the job's own part."""

    api: HomeApi
    gate: RateGate

    def demand(self, rows: list[R]) -> int: ...

    def unusable(self, found: ResolvedAccount) -> tuple[str, str] | None: ...

    def settled_by(self, row: R, relation: Any) -> str | None: ...

    def send(self, row: R) -> str: ...

    def report(self) -> None: ...

    def show_wait(self, at: float, message: str) -> None: ...


class QueueExecutor(Generic[R]):
    """Works `queue` until nothing is due or waiting; `idle` runs during long waits.

    `daily` is given when the sends are follows: they count against the daily follow limit.
    """

    def __init__(
        self,
        queue: Queue[R],
        work: Work[R],
        backoff: Backoff,
        rng: random.Random,
        daily: DailyHold[R] | None = None,
        idle: Callable[[], None] | None = None,
    ) -> None:
        self.queue, self.work, self.api, self.gate = queue, work, work.api, work.gate
        self.conn, self.ctx = queue.conn, work.gate.ctx
        self.backoff, self.rng, self.daily, self.idle = backoff, rng, daily, idle
        self.batch_failures = 0
        work.gate.on_wait = work.show_wait

    def run(self) -> None:
        while True:
            self.ctx.checkpoint()
            now = self.ctx.clock()
            rows = self.queue.due(now, RELATIONSHIPS_BATCH)
            if rows:
                self.gate.demand = self.work.demand(rows)
                self._batch(rows)
                continue
            wake = self.queue.next_wake()
            if wake is None:
                return
            if wake - now > _LONG_WAIT and self.idle is not None:
                self.idle()
            self.gate.wait_until(wake, self._why_waiting(wake))

    def _why_waiting(self, wake: float) -> str:
        """The daily limit (remembered across runs) or a retry's backoff."""
        held = self.daily.held_until() if self.daily is not None else None
        if held is not None and abs(held - wake) < 1.0:
            return MSG_DAILY
        return MSG_RETRY

    def _call(self, fn: Callable[[], T], follow: bool = False) -> T:
        return self.gate.call(self.api, fn, follow)

    def _batch(self, rows: list[R]) -> None:
        try:
            ready = [found for found in map(self._resolved, rows) if found is not None]
            ids = list(dict.fromkeys(row.home_account_id or "" for row in ready))
            relations = self._call(lambda: self.api.relationships(ids)) if ids else {}
        except Transient as trouble:
            self._batch_backoff(trouble)
            return
        self.batch_failures = 0
        todo = []
        for row in ready:
            state = self.work.settled_by(row, relations.get(row.home_account_id or ""))
            if state is None:
                todo.append(row)
            else:
                self._finish(row, state)
        for row in todo:
            self.ctx.checkpoint()
            if not self._send(row):
                return

    def _resolved(self, row: R) -> R | None:
        """The row with its id on the home instance, or None once it failed for good."""
        if row.home_account_id:
            return row
        try:
            found = self._call(lambda: self.api.resolve(row.address))
        except Rejected as refused:
            self._fail(row, FailReason.REFUSED, refused.detail)
            return None
        if found is None:
            self._fail(row, FailReason.NOT_FOUND, None)
            return None
        refusal = self.work.unusable(found)
        if refusal is not None:
            self._fail(row, *refusal)
            return None
        with transaction(self.conn):
            self.queue.set_home_id(row, found.id)
        return replace(row, home_account_id=found.id)  # type: ignore[type-var]

    def _send(self, row: R) -> bool:
        """Send one; False when the batch must stop (the daily limit)."""
        if matches.rejected(self.conn, row.twitter_id, row.address):
            with transaction(self.conn):  # rejected since the run began: never sent
                self.queue.withdraw(row)
            self.work.report()
            return True
        daily = self.daily
        if daily is not None:
            used_up_until = self.gate.pacer.follow_blocked_until(self.ctx.clock())
            if used_up_until is not None:
                self._hold(daily, row, RateLimited(used_up_until, daily=True))
                return False
        with transaction(self.conn):
            self.queue.mark_sending(row)
        self.gate.stats.sent += 1
        try:
            state = self._call(lambda: self.work.send(row), follow=daily is not None)
        except RateLimited as limited:  # a daily limit: only follows meet one (fediverse.calls)
            if daily is None:
                raise
            self._hold(daily, row, limited)
            return False
        except FollowCapReached:
            if daily is not None:
                with transaction(self.conn):
                    daily.unsend(row)
            raise
        except (TargetMoved, TargetGone, Rejected) as refused:
            self._fail(row, _REFUSALS[type(refused)], refused.detail)
            return True
        except Transient as trouble:
            self._retry(row, trouble)
            return True
        self._finish(row, state)
        return True

    def _hold(self, daily: DailyHold[R], row: R, limited: RateLimited) -> None:
        """The daily limit: this row was not sent, and nothing open goes before the reset."""
        now = self.ctx.clock()
        until = (limited.reset_at or now + 3600) + self.gate.pacer.grace
        self.gate.stats.daily_caps += 1
        with transaction(self.conn):
            daily.unsend(row)
            daily.hold(until)

    def _finish(self, row: R, state: str) -> None:
        with transaction(self.conn):
            self.queue.finish(row, state)
        self.work.report()

    def _fail(self, row: R, reason: str, detail: str | None, attempts: int | None = None) -> None:
        with transaction(self.conn):
            self.queue.fail(row, reason, detail, attempts)
        self.work.report()

    def _retry(self, row: R, trouble: Transient) -> None:
        attempts = row.attempts + 1
        if self.backoff.gives_up(attempts):
            self._fail(row, FailReason.RETRIES_EXHAUSTED, trouble.detail, attempts)
            return
        delay = self.backoff.delay(attempts, self.rng.random(), trouble.retry_after)
        with transaction(self.conn):
            self.queue.retry_later(row, attempts, self.ctx.clock() + delay, trouble.detail)

    def _batch_backoff(self, trouble: Transient) -> None:
        """The lookup itself failed: wait, then take the same batch again; when even that
        keeps failing the server is down: stop, keeping the queue."""
        self.batch_failures += 1
        if self.backoff.gives_up(self.batch_failures):
            raise ServerUnreachable(trouble.detail) from None
        delay = self.backoff.delay(self.batch_failures, self.rng.random(), trouble.retry_after)
        self.gate.wait_until(self.ctx.clock() + delay, MSG_RETRY)


class QueueJob(Job[T], Generic[T, A]):
    """A job working one queue under its own task lock, paced and retried alike: what the
    follow and the block and mute jobs share. `run` holds the lock for all of `_run`."""

    lock_name: str

    def __init__(
        self,
        database: Path | None,
        connect: Callable[[sqlite3.Connection], A],
        pacer: Pacer | None,
        backoff: Backoff | None,
        rng: random.Random | None,
    ) -> None:
        self.database = database
        self.connect = connect
        self.pacer = pacer or Pacer()
        self.backoff = backoff or Backoff()
        self.rng = rng or random.Random()
        self.stats = RunStats()

    def run(self, ctx: JobContext) -> T:
        with run_lock.exclusive_workspace(self.database, self.lock_name) as conn:
            return self._run(conn, ctx)

    @abstractmethod
    def _run(self, conn: sqlite3.Connection, ctx: JobContext) -> T: ...

    def executor(
        self,
        queue: Queue[R],
        work: Work[R],
        daily: DailyHold[R] | None = None,
        idle: Callable[[], None] | None = None,
    ) -> QueueExecutor[R]:
        return QueueExecutor(queue, work, self.backoff, self.rng, daily, idle)
