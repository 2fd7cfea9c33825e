"""The block and mute queue in the workspace (issue 15): each target's state and next try.

Its own table, not the follow queue's: a blocked account must never be followed or put on a
list, and the follow queue's rules (plans, daily caps) do not apply. Every change is one small
write the caller wraps in its own transaction, so a kill between two of them loses nothing:
`sending` marks a block or mute that may have reached the server, and the executor checks the
relationship before sending it again. Rows belong to one sign-in (`home_key`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from fedimove.core.moderation import Action, ModerationState, Target
from fedimove.store.workspace import now_iso

_OPEN_SQL = "state IN ('pending', 'sending')"


@dataclass(frozen=True, slots=True)
class QueueRow:
    action: Action
    address: str
    twitter_id: str
    confidence: str
    home_account_id: str | None
    state: ModerationState
    attempts: int
    reason: str | None
    detail: str | None


def _row(row: sqlite3.Row) -> QueueRow:
    return QueueRow(
        Action(row["action"]),
        row["address"],
        row["twitter_id"],
        row["confidence"],
        row["home_account_id"],
        ModerationState(row["state"]),
        row["attempts"],
        row["reason"],
        row["detail"],
    )


def sync(
    conn: sqlite3.Connection, home_key: str, actions: Iterable[Action], targets: Iterable[Target]
) -> None:
    """Make the open queue of `actions` want exactly `targets`, forgetting nothing done.

    New targets are added; an open row no longer wanted (its match rejected, unticked) is
    removed, even one waiting for a retry or left in flight by a killed run: nothing is
    sent for an account the user no longer wants blocked (a send that did go through is
    theirs to undo). Settled rows stay as they are (nothing twice).
    """
    actions = tuple(actions)
    wanted = {(t.action, t.address.lower()): t for t in targets if t.action in actions}
    for action in actions:
        for row in conn.execute(
            f"SELECT address FROM moderation_queue WHERE home_key = ? AND action = ?"
            f" AND {_OPEN_SQL}",
            (home_key, action.value),
        ).fetchall():
            if (action, row[0].lower()) not in wanted:
                conn.execute(
                    "DELETE FROM moderation_queue WHERE home_key = ? AND action = ?"
                    " AND address = ?",
                    (home_key, action.value, row[0]),
                )
    stamp = now_iso()
    conn.executemany(
        "INSERT INTO moderation_queue (home_key, action, address, twitter_id, confidence,"
        " enqueued_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (home_key, action, address)"
        " DO UPDATE SET"
        f" twitter_id = excluded.twitter_id WHERE {_OPEN_SQL}",
        (
            (home_key, t.action.value, t.address, t.twitter_id, t.confidence, stamp)
            for t in wanted.values()
        ),
    )


def revive_exhausted(conn: sqlite3.Connection, home_key: str, targets: Iterable[Target]) -> None:
    """A new run gives wanted targets that failed only for lack of network another chance (as
    the follow queue does). They come back as `sending` (one may have reached the server), so
    their relationship is checked before anything is sent again; a target no longer wanted
    (its match rejected since) stays failed and is never sent."""
    conn.executemany(
        "UPDATE moderation_queue SET state = 'sending', attempts = 0, next_try_at = 0,"
        " reason = NULL, detail = NULL WHERE home_key = ? AND action = ? AND address = ?"
        " COLLATE NOCASE AND state = 'failed' AND reason = 'retries_exhausted'",
        ((home_key, t.action.value, t.address) for t in targets),
    )


def due(
    conn: sqlite3.Connection, home_key: str, actions: Iterable[Action], now: float, limit: int
) -> list[QueueRow]:
    """Open rows whose time has come; in-flight ones first (they must be verified)."""
    wanted = [a.value for a in actions]
    marks = ", ".join("?" * len(wanted))
    rows = conn.execute(
        f"SELECT * FROM moderation_queue WHERE home_key = ? AND action IN ({marks})"
        f" AND {_OPEN_SQL} AND next_try_at <= ? ORDER BY state = 'sending' DESC, rowid LIMIT ?",
        (home_key, *wanted, now, limit),
    )
    return [_row(r) for r in rows]


def next_wake(conn: sqlite3.Connection, home_key: str, actions: Iterable[Action]) -> float | None:
    """When the earliest open row may be tried; `None` when nothing is left."""
    wanted = [a.value for a in actions]
    marks = ", ".join("?" * len(wanted))
    return conn.execute(
        f"SELECT min(next_try_at) FROM moderation_queue WHERE home_key = ?"
        f" AND action IN ({marks}) AND {_OPEN_SQL}",
        (home_key, *wanted),
    ).fetchone()[0]


def _where(row: QueueRow) -> tuple[str, str]:
    return row.action.value, row.address


def set_home_id(conn: sqlite3.Connection, home_key: str, row: QueueRow, account_id: str) -> None:
    conn.execute(
        "UPDATE moderation_queue SET home_account_id = ?"
        " WHERE home_key = ? AND action = ? AND address = ?",
        (account_id, home_key, *_where(row)),
    )


def mark_sending(conn: sqlite3.Connection, home_key: str, row: QueueRow) -> None:
    conn.execute(
        "UPDATE moderation_queue SET state = 'sending'"
        " WHERE home_key = ? AND action = ? AND address = ?",
        (home_key, *_where(row)),
    )


def finish(
    conn: sqlite3.Connection,
    home_key: str,
    row: QueueRow,
    state: ModerationState,
    reason: str | None = None,
    detail: str | None = None,
    attempts: int | None = None,
) -> None:
    """Record an outcome: done, already, or failed (with why, after how many tries)."""
    conn.execute(
        "UPDATE moderation_queue SET state = ?, reason = ?, detail = ?, done_at = ?,"
        " attempts = coalesce(?, attempts) WHERE home_key = ? AND action = ? AND address = ?",
        (state.value, reason, detail, now_iso(), attempts, home_key, *_where(row)),
    )


def retry_later(
    conn: sqlite3.Connection,
    home_key: str,
    row: QueueRow,
    attempts: int,
    next_try_at: float,
    detail: str,
) -> None:
    """Try again later; a `sending` row stays so (the call may have reached the server)."""
    conn.execute(
        "UPDATE moderation_queue SET attempts = ?, next_try_at = ?, detail = ?"
        " WHERE home_key = ? AND action = ? AND address = ?",
        (attempts, next_try_at, detail, home_key, *_where(row)),
    )


def counts(conn: sqlite3.Connection, home_key: str | None) -> dict[tuple[Action, str], int]:
    """Rows per (action, state) for one sign-in; every combination present, zero included."""
    found = {(a, s.value): 0 for a in Action for s in ModerationState}
    for row in conn.execute(
        "SELECT action, state, count(*) FROM moderation_queue WHERE home_key IS ?"
        " GROUP BY action, state",
        (home_key,),
    ):
        found[(Action(row[0]), row[1])] = row[2]
    return found


def rows(conn: sqlite3.Connection, home_key: str | None) -> list[QueueRow]:
    found = conn.execute(
        "SELECT * FROM moderation_queue WHERE home_key IS ? ORDER BY action, address", (home_key,)
    )
    return [_row(r) for r in found]


class ModerationQueue:
    """One sign-in's blocks and mutes of `actions`, as the executor works them
    (`jobs.queue_executor.Queue`): every read and write is bound to `home_key`."""

    def __init__(self, conn: sqlite3.Connection, home_key: str, actions: Iterable[Action]) -> None:
        self.conn, self.home_key, self.actions = conn, home_key, tuple(actions)

    def due(self, now: float, limit: int) -> list[QueueRow]:
        return due(self.conn, self.home_key, self.actions, now, limit)

    def next_wake(self) -> float | None:
        return next_wake(self.conn, self.home_key, self.actions)

    def set_home_id(self, row: QueueRow, account_id: str) -> None:
        set_home_id(self.conn, self.home_key, row, account_id)

    def mark_sending(self, row: QueueRow) -> None:
        mark_sending(self.conn, self.home_key, row)

    def withdraw(self, row: QueueRow) -> None:
        """The user rejected the match: the row goes, as `sync` removes one no longer wanted."""
        self.conn.execute(
            f"DELETE FROM moderation_queue WHERE home_key = ? AND action = ? AND address = ?"
            f" AND {_OPEN_SQL}",
            (self.home_key, *_where(row)),
        )

    def finish(self, row: QueueRow, state: str) -> None:
        finish(self.conn, self.home_key, row, ModerationState(state))

    def fail(self, row: QueueRow, reason: str, detail: str | None, attempts: int | None) -> None:
        finish(
            self.conn, self.home_key, row, ModerationState.FAILED, reason, detail or None, attempts
        )

    def retry_later(self, row: QueueRow, attempts: int, next_try_at: float, detail: str) -> None:
        retry_later(self.conn, self.home_key, row, attempts, next_try_at, detail)
