"""Blocking and muting (issue 15): what the queue executor sends for the moderation queue.

Exactly once, as follows are: the executor (`jobs.queue_executor`) marks a row `sending` in
its own transaction before its block or mute goes out and settles it right after the answer,
and every row is checked against the server's relationship before it is sent (a `sending` row
found in place was done by an earlier, killed run). One executor per workspace (an OS file
lock). Requests pass the same rate gate as follows, paced by the server's own headers.
Nothing here ever follows anyone.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.matching import Confidence, Evidence
from fedimove.core.moderation import Action, ModerationState, Target, chosen_targets, of_action
from fedimove.core.pacing import Backoff, Pacer, RateWindow
from fedimove.core.plan import DEFAULT_MIN_CONFIDENCE
from fedimove.core.relationships import ResolvedAccount
from fedimove.fediverse.errors import NotSignedIn
from fedimove.fediverse.moderation import in_place
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.queue_executor import QueueJob, RateGate, RunStats, home_calls
from fedimove.store import (
    graph,
    mastodon_signin,
    moderation_queue,
    paths,
    plan_inputs,
    workspace,
)
from fedimove.store.moderation_queue import ModerationQueue, QueueRow
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
    stats: RunStats = field(default_factory=RunStats)
    failed: list[tuple[Action, str, str, str]] = field(default_factory=list)


def connect_home(conn: sqlite3.Connection) -> ModerationApi:
    """The signed-in account's block and mute calls (NotSignedIn when there is none)."""
    from fedimove.fediverse.moderation import MastodonModeration

    return MastodonModeration(*home_calls(conn))


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


class ModerationJob(QueueJob[ModerationSummary, ModerationApi]):
    """Block (and, with `Action.MUTE` in `actions`, mute) every surely matched account the
    user blocked (muted) on Twitter, or exactly the `selected` ones the user reviewed and
    ticked (a tick is what lets a `possible` match in). Killing or cancelling it keeps every
    settled row."""

    title = QT_TRANSLATE_NOOP("Jobs", "Block and mute on Mastodon")
    lock_name = LOCK_NAME

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
        super().__init__(database, connect, pacer, backoff, rng)
        self.actions = tuple(actions)
        self.selected = None if selected is None else tuple(selected)
        self.min_confidence = min_confidence

    def _run(self, conn: sqlite3.Connection, ctx: JobContext) -> ModerationSummary:
        home_key = mastodon_signin.home_key(conn)
        if home_key is None:
            raise NotSignedIn()
        if self.selected is None:
            targets = moderation_plan(conn, self.min_confidence).targets
        else:
            targets = chosen_targets(self.selected, Confidence.POSSIBLE.value)
        with transaction(conn):
            wanted = [t for t in targets if t.action in self.actions]
            moderation_queue.sync(conn, home_key, self.actions, wanted)
            moderation_queue.revive_exhausted(conn, home_key, wanted)
        api = self.connect(conn)
        gate = RateGate(ctx, self.pacer, self.stats)
        queue = ModerationQueue(conn, home_key, self.actions)
        self.executor(queue, _ModerationWork(queue, api, gate)).run()
        failed = [
            (row.action, row.address, row.reason or "", row.detail or "")
            for row in moderation_queue.rows(conn, home_key)
            if row.state == ModerationState.FAILED
        ]
        return ModerationSummary(moderation_queue.counts(conn, home_key), self.stats, failed)


class _ModerationWork:
    """The moderation queue's own part of the executor (`jobs.queue_executor.Work`)."""

    def __init__(self, queue: ModerationQueue, api: ModerationApi, gate: RateGate) -> None:
        self.queue, self.api, self.gate = queue, api, gate

    def demand(self, rows: list[QueueRow]) -> int:
        """The batch's resolves and sends: what pacing spreads over."""
        return 2 * len(rows)

    def unusable(self, found: ResolvedAccount) -> tuple[str, str] | None:
        """Any account found may be blocked or muted, a moved one included."""
        return None

    def settled_by(self, row: QueueRow, relation: Mapping[str, Any] | None) -> str | None:
        """In place: done by a run killed after sending, or by the user themselves."""
        if relation is None or not in_place(relation, row.action):
            return None
        was_sent = row.state == ModerationState.SENDING
        return ModerationState.DONE if was_sent else ModerationState.ALREADY

    def send(self, row: QueueRow) -> str:
        self.api.apply(row.action, row.home_account_id or "")
        return ModerationState.DONE

    def show_wait(self, at: float, message: str) -> None:
        self.gate.show_wait(at, message)

    def report(self) -> None:
        from fedimove.i18n import tr

        counts = moderation_queue.counts(self.queue.conn, self.queue.home_key)
        mine = {k: n for k, n in counts.items() if k[0] in self.queue.actions}
        open_rows = sum(n for (_, state), n in mine.items() if state in ("pending", "sending"))
        total = sum(mine.values())
        self.gate.ctx.progress(
            Progress(total - open_rows, total, tr("ModerationJob", MSG_APPLYING))
        )
