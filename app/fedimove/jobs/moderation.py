"""The block and mute executor (issue 15): works its queue until every target is settled.

Exactly once, as follows are: a row is marked `sending` in its own transaction before its
block or mute goes out and settled right after the answer, and every row is checked against
the server's relationship before it is sent (a `sending` row found in place was done by an
earlier, killed run). One executor per workspace (an OS file lock). Requests pass the follow
executor's rate gate, paced by the server's own headers. Nothing here ever follows anyone.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from fedimove.core.follow_errors import Rejected, ServerUnreachable, TargetGone, Transient
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.matching import Confidence, Evidence
from fedimove.core.moderation import Action, ModerationState, Target, chosen_targets, of_action
from fedimove.core.pacing import Backoff, Pacer, RateWindow
from fedimove.core.plan import DEFAULT_MIN_CONFIDENCE
from fedimove.core.relationships import FailReason, ResolvedAccount
from fedimove.fediverse.errors import NotSignedIn
from fedimove.fediverse.follows import RELATIONSHIPS_BATCH
from fedimove.fediverse.moderation import in_place
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.follow import MSG_RETRY, FollowStats, RateGate
from fedimove.store import (
    graph,
    mastodon_signin,
    moderation_queue,
    paths,
    plan_inputs,
    run_lock,
    workspace,
)
from fedimove.store.moderation_queue import QueueRow
from fedimove.store.workspace import transaction

LOCK_NAME = "moderation"
MSG_APPLYING = QT_TRANSLATE_NOOP("ModerationJob", "Blocking and muting on Mastodon")


class ModerationApi(Protocol):
    """What the executor needs of the home instance (`fediverse.moderation`)."""

    @property
    def last_window(self) -> RateWindow | None: ...

    def resolve(self, address: str) -> ResolvedAccount | None: ...

    def relationships(self, account_ids: Sequence[str]) -> dict[str, Mapping[str, Any]]: ...

    def apply(self, action: Action, account_id: str) -> bool: ...


@dataclass
class ModerationSummary:
    """Where the queue stands after a run: rows per (action, state); `failed` is (action,
    address, reason, detail)."""

    counts: dict[tuple[Action, str], int]
    stats: FollowStats = field(default_factory=FollowStats)
    failed: list[tuple[Action, str, str, str]] = field(default_factory=list)


def connect_home(conn: sqlite3.Connection) -> ModerationApi:
    """The signed-in account's block and mute calls (NotSignedIn when there is none)."""
    from fedimove.fediverse.calls import InstanceCalls
    from fedimove.fediverse.moderation import MastodonModeration
    from fedimove.fediverse.pacing import shared_gate
    from fedimove.fediverse.session import mastodon_client

    home, client = mastodon_client(conn)
    calls = InstanceCalls(client, home.host, gate=shared_gate(home.key))
    return MastodonModeration(calls, home.host)


@dataclass(frozen=True, slots=True)
class ModerationPlan:
    """What a run would do: the targets sure enough (or ticked), and how many blocked or
    muted accounts were matched only as `possible` and wait for the user's tick."""

    targets: tuple[Target, ...]
    unsure: int

    def count(self, action: Action) -> int:
        return len(of_action(self.targets, action))


def moderation_plan(
    conn: sqlite3.Connection, min_confidence: str = DEFAULT_MIN_CONFIDENCE
) -> ModerationPlan:
    found = plan_inputs.moderation_targets(conn)
    chosen = chosen_targets(found, min_confidence)
    kept = {(t.action, t.twitter_id) for t in chosen}
    unsure = {(t.action, t.twitter_id) for t in found} - kept
    return ModerationPlan(chosen, len(unsure))


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One blocked or muted account for the Migrate screen's review; `ticked` when sure
    enough (or accepted by the user), so applied unless the user unticks it."""

    target: Target
    username: str | None
    ticked: bool
    evidence: tuple[Evidence, ...] = ()


class ModerationReviewJob(Job[list[ReviewRow]]):
    """Every blocked or muted account with a fediverse match, for the user to review."""

    title = QT_TRANSLATE_NOOP("Jobs", "Preparing the blocks and mutes")

    def __init__(self, database: Path | None = None) -> None:
        self.database = database

    def run(self, ctx: JobContext) -> list[ReviewRow]:
        conn = workspace.connect(self.database or paths.database_path())
        try:
            found = plan_inputs.moderation_targets(conn)
            sure = {(t.action, t.twitter_id) for t in chosen_targets(found)}
            proofs = plan_inputs.evidence(conn)
            return [
                ReviewRow(
                    t,
                    graph.username(conn, t.twitter_id),
                    (t.action, t.twitter_id) in sure,
                    proofs.get(t.twitter_id, ()),
                )
                for t in found
            ]
        finally:
            conn.close()


class ModerationJob(Job[ModerationSummary]):
    """Block (and, with `Action.MUTE` in `actions`, mute) every surely matched account the
    user blocked (muted) on Twitter, or exactly the `selected` ones the user reviewed and
    ticked (a tick is what lets a `possible` match in). Killing or cancelling it keeps every
    settled row."""

    title = QT_TRANSLATE_NOOP("Jobs", "Block and mute on Mastodon")

    def __init__(
        self,
        actions: Sequence[Action] = (Action.BLOCK,),
        min_confidence: str = DEFAULT_MIN_CONFIDENCE,
        database: Path | None = None,
        connect: Callable[[sqlite3.Connection], ModerationApi] = connect_home,
        pacer: Pacer | None = None,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
        selected: Sequence[Target] | None = None,
    ) -> None:
        self.actions = tuple(actions)
        self.selected = None if selected is None else tuple(selected)
        self.min_confidence = min_confidence
        self.database = database
        self.connect = connect
        self.pacer = pacer or Pacer()
        self.backoff = backoff or Backoff()
        self.rng = rng or random.Random()
        self.stats = FollowStats()

    def run(self, ctx: JobContext) -> ModerationSummary:
        with run_lock.exclusive_workspace(self.database, LOCK_NAME) as conn:
            return self._run(conn, ctx)

    def _run(self, conn: sqlite3.Connection, ctx: JobContext) -> ModerationSummary:
        home_key = mastodon_signin.home_key(conn)
        if home_key is None:
            raise NotSignedIn()
        if self.selected is None:
            targets = moderation_plan(conn, self.min_confidence).targets
        else:
            targets = chosen_targets(self.selected, Confidence.POSSIBLE.value)
        with transaction(conn):
            moderation_queue.sync(conn, home_key, self.actions, targets)
        api = self.connect(conn)
        gate = RateGate(ctx, self.pacer, self.stats)
        _Executor(conn, home_key, self.actions, api, gate, self.backoff, self.rng).run()
        failed = [
            (row.action, row.address, row.reason or "", row.detail or "")
            for row in moderation_queue.rows(conn, home_key)
            if row.state == ModerationState.FAILED
        ]
        return ModerationSummary(moderation_queue.counts(conn, home_key), self.stats, failed)


class _Executor:
    def __init__(
        self,
        conn: sqlite3.Connection,
        home_key: str,
        actions: tuple[Action, ...],
        api: ModerationApi,
        gate: RateGate,
        backoff: Backoff,
        rng: random.Random,
    ) -> None:
        self.conn, self.home_key, self.actions = conn, home_key, actions
        self.api, self.gate, self.ctx = api, gate, gate.ctx
        self.backoff, self.rng = backoff, rng
        self.batch_failures = 0

    def run(self) -> None:
        while True:
            self.ctx.checkpoint()
            now = self.ctx.clock()
            rows = moderation_queue.due(
                self.conn, self.home_key, self.actions, now, RELATIONSHIPS_BATCH
            )
            if rows:
                self.gate.demand = 2 * len(rows)
                self._batch(rows)
                continue
            wake = moderation_queue.next_wake(self.conn, self.home_key, self.actions)
            if wake is None:
                return
            self.gate.wait_until(wake, MSG_RETRY)

    def _batch(self, rows: list[QueueRow]) -> None:
        try:
            ready = [found for found in map(self._resolved, rows) if found is not None]
            ids = list(dict.fromkeys(row.home_account_id or "" for row in ready))
            relations = self.gate.call(self.api, lambda: self.api.relationships(ids)) if ids else {}
        except Transient as trouble:
            self._batch_backoff(trouble)
            return
        self.batch_failures = 0
        for row in ready:
            self.ctx.checkpoint()
            relation = relations.get(row.home_account_id or "")
            if relation is not None and in_place(relation, row.action):
                # In place: done by a run killed after sending, or by the user themselves.
                was_sent = row.state == ModerationState.SENDING
                self._finish(row, ModerationState.DONE if was_sent else ModerationState.ALREADY)
            else:
                self._apply(row)

    def _resolved(self, row: QueueRow) -> QueueRow | None:
        """The row with its id on the home instance, or None once it failed for good."""
        if row.home_account_id:
            return row
        try:
            found = self.gate.call(self.api, lambda: self.api.resolve(row.address))
        except Rejected as refused:
            self._finish(row, ModerationState.FAILED, FailReason.REFUSED, refused.detail)
            return None
        if found is None:
            self._finish(row, ModerationState.FAILED, FailReason.NOT_FOUND)
            return None
        with transaction(self.conn):
            moderation_queue.set_home_id(self.conn, self.home_key, row, found.id)
        return replace(row, home_account_id=found.id)

    def _apply(self, row: QueueRow) -> None:
        account_id = row.home_account_id or ""
        with transaction(self.conn):
            moderation_queue.mark_sending(self.conn, self.home_key, row)
        self.gate.stats.sent += 1
        try:
            self.gate.call(self.api, lambda: self.api.apply(row.action, account_id))
        except TargetGone as gone:
            self._finish(row, ModerationState.FAILED, FailReason.GONE, gone.detail)
            return
        except Rejected as refused:
            self._finish(row, ModerationState.FAILED, FailReason.REFUSED, refused.detail)
            return
        except Transient as trouble:
            self._retry(replace(row, state=ModerationState.SENDING), trouble)
            return
        self._finish(row, ModerationState.DONE)

    def _finish(
        self, row: QueueRow, state: ModerationState, reason: str | None = None, detail: str = ""
    ) -> None:
        with transaction(self.conn):
            moderation_queue.finish(self.conn, self.home_key, row, state, reason, detail or None)
        self._report()

    def _retry(self, row: QueueRow, trouble: Transient) -> None:
        attempts = row.attempts + 1
        if self.backoff.gives_up(attempts):
            self._finish(row, ModerationState.FAILED, FailReason.RETRIES_EXHAUSTED, trouble.detail)
            return
        delay = self.backoff.delay(attempts, self.rng.random(), trouble.retry_after)
        with transaction(self.conn):
            moderation_queue.retry_later(
                self.conn, self.home_key, row, attempts, self.ctx.clock() + delay, trouble.detail
            )

    def _batch_backoff(self, trouble: Transient) -> None:
        """The relationship check itself failed: wait, then take the same batch again; when
        even that keeps failing the server is down: stop, keeping the queue."""
        self.batch_failures += 1
        if self.backoff.gives_up(self.batch_failures):
            raise ServerUnreachable(trouble.detail) from None
        delay = self.backoff.delay(self.batch_failures, self.rng.random(), trouble.retry_after)
        self.gate.wait_until(self.ctx.clock() + delay, MSG_RETRY)

    def _report(self) -> None:
        from fedimove.i18n import tr

        counts = moderation_queue.counts(self.conn, self.home_key)
        mine = {k: n for k, n in counts.items() if k[0] in self.actions}
        open_rows = sum(n for (_, state), n in mine.items() if state in ("pending", "sending"))
        total = sum(mine.values())
        self.ctx.progress(Progress(total - open_rows, total, tr("ModerationJob", MSG_APPLYING)))
