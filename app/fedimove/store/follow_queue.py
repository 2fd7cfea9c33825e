"""The follow queue in the workspace: each target's state, attempts and next try.

Every change is one small write the caller wraps in its own transaction, so a kill between
two of them loses nothing: `sending` marks a follow that may have reached the server, and the
executor checks the relationship before sending it again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from fedimove.core.plan import Plan, SkipReason
from fedimove.core.relationships import FollowOptions, QueueState, normalize_address
from fedimove.store.workspace import get_meta, now_iso, set_meta

DAILY_UNTIL_KEY = "follow.daily_cap_until"
_OPEN_SQL = "state IN ('pending', 'sending')"
_REFUSALS = (
    SkipReason.REJECTED,
    SkipReason.LOW_CONFIDENCE,
    SkipReason.GONE,
    SkipReason.SELF,
    SkipReason.BLOCKED,
)


@dataclass(frozen=True, slots=True)
class QueueRow:
    address: str
    twitter_id: str
    confidence: str
    home_account_id: str | None
    options: FollowOptions
    state: QueueState
    attempts: int
    next_try_at: float
    reason: str | None
    detail: str | None
    home_key: str | None = None  # the sign-in `home_account_id` and the state belong to


def _row(row: sqlite3.Row) -> QueueRow:
    return QueueRow(
        address=row["address"],
        twitter_id=row["twitter_id"],
        confidence=row["confidence"],
        home_account_id=row["home_account_id"],
        options=FollowOptions(
            bool(row["show_boosts"]), bool(row["notify"]), tuple(json.loads(row["languages"]))
        ),
        state=QueueState(row["state"]),
        attempts=row["attempts"],
        next_try_at=row["next_try_at"],
        reason=row["reason"],
        detail=row["detail"],
        home_key=row["home_key"],
    )


def adopt_home(conn: sqlite3.Connection, home_key: str) -> None:
    """The signed-in account takes the queue over: rows of another sign-in start again.

    Their home ids name other people (or nobody) on this server, and what was followed
    there is not followed here: they become pending, to be resolved from their addresses and
    checked against this account's relationships. Unkeyed rows (recorded before keys, or
    without a sign-in) are taken as this account's.
    """
    conn.execute("UPDATE follow_queue SET home_key = ? WHERE home_key IS NULL", (home_key,))
    conn.execute(
        "UPDATE follow_queue SET state = CASE WHEN state = 'dropped' THEN 'dropped'"
        " ELSE 'pending' END, home_account_id = NULL, attempts = 0, next_try_at = 0,"
        " reason = NULL, detail = NULL, sent_at = NULL, done_at = NULL, home_key = ?"
        " WHERE home_key != ?",
        (home_key, home_key),
    )


def sync_plan(conn: sqlite3.Connection, plan: Plan, home_key: str | None = None) -> None:
    """Make the queue want what the plan wants, without forgetting anything already done.

    New targets are added. A target never sent, or left in flight by a killed run, is dropped
    only when the plan now refuses it (rejected by the user, below the confidence bar, gone):
    a re-run with fewer matches known continues the queue rather than shrinking it, and a
    rejected account is never sent. Dropped rows come back when a later plan wants them (the
    relationship check then tells whether a killed send went through); finished rows are
    left alone. The plan's home ids are
    taken only when it was made under this sign-in (`home_key`).
    """
    stamp = now_iso()
    options = plan.options
    ids_valid = plan.home_key == home_key
    targets = (*plan.follows, *plan.already)
    refused = [
        normalize_address(skip.candidate.address)
        for skip in plan.skipped
        if skip.candidate.address and skip.reason in _REFUSALS
    ]
    conn.executemany(
        "UPDATE follow_queue SET state = 'dropped' WHERE address = ?"
        " AND state IN ('pending', 'sending')",
        ((address,) for address in [*refused, *_replaced(conn, plan)]),
    )
    for follow in targets:
        conn.execute(
            "INSERT INTO follow_queue (address, twitter_id, confidence, home_account_id,"
            " show_boosts, notify, languages, enqueued_at, home_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(address) DO UPDATE SET"
            " state = CASE WHEN state = 'dropped' THEN 'pending' ELSE state END,"
            " twitter_id = CASE WHEN state IN ('pending', 'sending', 'dropped')"
            "  THEN excluded.twitter_id ELSE twitter_id END,"
            " home_account_id = coalesce(follow_queue.home_account_id, excluded.home_account_id),"
            " show_boosts = CASE WHEN state IN ('pending', 'dropped')"
            "  THEN excluded.show_boosts ELSE show_boosts END,"
            " notify = CASE WHEN state IN ('pending', 'dropped')"
            "  THEN excluded.notify ELSE notify END,"
            " languages = CASE WHEN state IN ('pending', 'dropped')"
            "  THEN excluded.languages ELSE languages END",
            (
                follow.address,
                follow.twitter_id,
                follow.confidence,
                follow.home_account_id if ids_valid else None,
                int(options.show_boosts),
                int(options.notify),
                json.dumps(list(options.languages)),
                stamp,
                home_key,
            ),
        )


def _replaced(conn: sqlite3.Connection, plan: Plan) -> list[str]:
    """Open rows for a Twitter account the plan now matches to another address (the user
    rejected the queued one and the next surest became the chosen match): never followed.
    An account the plan gives no address at all (its server unchecked this time) keeps its
    row, as a re-run with fewer matches known continues the queue."""
    claimed: dict[str, set[str]] = {}
    for follow in (*plan.follows, *plan.already):
        claimed.setdefault(follow.twitter_id, set()).add(follow.address.lower())
    for skip in plan.skipped:
        if skip.candidate.address:
            address = normalize_address(skip.candidate.address).lower()
            claimed.setdefault(skip.candidate.twitter_id, set()).add(address)
    wanted = {address for addresses in claimed.values() for address in addresses}
    return [
        address
        for address, twitter_id in conn.execute(
            f"SELECT address, twitter_id FROM follow_queue WHERE {_OPEN_SQL}"
        )
        if twitter_id in claimed
        and address.lower() not in claimed[twitter_id]
        and address.lower() not in wanted
    ]


def due(conn: sqlite3.Connection, now: float, limit: int) -> list[QueueRow]:
    """Open rows whose time has come; in-flight ones first (they must be verified)."""
    rows = conn.execute(
        f"SELECT * FROM follow_queue WHERE {_OPEN_SQL} AND next_try_at <= ?"
        " ORDER BY state = 'sending' DESC, rowid LIMIT ?",
        (now, limit),
    )
    return [_row(r) for r in rows]


def next_wake(conn: sqlite3.Connection) -> float | None:
    """When the earliest open row may be tried; `None` when nothing is left."""
    return conn.execute(f"SELECT min(next_try_at) FROM follow_queue WHERE {_OPEN_SQL}").fetchone()[
        0
    ]


def open_count(conn: sqlite3.Connection) -> int:
    return conn.execute(f"SELECT count(*) FROM follow_queue WHERE {_OPEN_SQL}").fetchone()[0]


def set_home_id(conn: sqlite3.Connection, address: str, account_id: str) -> None:
    conn.execute(
        "UPDATE follow_queue SET home_account_id = ? WHERE address = ?", (account_id, address)
    )


def mark_sending(conn: sqlite3.Connection, address: str) -> None:
    conn.execute(
        "UPDATE follow_queue SET state = 'sending', sent_at = ? WHERE address = ?",
        (now_iso(), address),
    )


def finish(
    conn: sqlite3.Connection,
    address: str,
    state: QueueState,
    reason: str | None = None,
    detail: str | None = None,
    attempts: int | None = None,
) -> None:
    """Record an outcome: followed, requested, already, or failed (with why)."""
    conn.execute(
        "UPDATE follow_queue SET state = ?, reason = ?, detail = ?, done_at = ?,"
        " attempts = coalesce(?, attempts) WHERE address = ?",
        (state.value, reason, detail, now_iso(), attempts, address),
    )


def retry_later(
    conn: sqlite3.Connection, address: str, attempts: int, next_try_at: float, detail: str
) -> None:
    """Try again later. A row stays `sending`: the failed follow may have reached the server."""
    conn.execute(
        "UPDATE follow_queue SET attempts = ?, next_try_at = ?, detail = ? WHERE address = ?",
        (attempts, next_try_at, detail, address),
    )


def postpone_open(conn: sqlite3.Connection, until: float) -> None:
    """The daily follow cap is reached: nothing open may go before the window rolls."""
    conn.execute(
        f"UPDATE follow_queue SET next_try_at = max(next_try_at, ?) WHERE {_OPEN_SQL}", (until,)
    )


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    found = {state.value: 0 for state in QueueState}
    for row in conn.execute("SELECT state, count(*) FROM follow_queue GROUP BY state"):
        found[row[0]] = row[1]
    return found


def done_since(conn: sqlite3.Connection, since_iso: str) -> int:
    """Follows (and requests) sent since a moment: what today's daily window has used."""
    return conn.execute(
        "SELECT count(*) FROM follow_queue WHERE state IN ('followed', 'requested')"
        " AND done_at >= ?",
        (since_iso,),
    ).fetchone()[0]


def rows(conn: sqlite3.Connection, states: Iterable[QueueState] | None = None) -> list[QueueRow]:
    if states is None:
        found = conn.execute("SELECT * FROM follow_queue ORDER BY rowid")
    else:
        wanted = [s.value for s in states]
        marks = ",".join("?" * len(wanted))
        found = conn.execute(
            f"SELECT * FROM follow_queue WHERE state IN ({marks}) ORDER BY rowid", wanted
        )
    return [_row(r) for r in found]


def by_address(conn: sqlite3.Connection, address: str) -> QueueRow | None:
    row = conn.execute("SELECT * FROM follow_queue WHERE address = ?", (address,)).fetchone()
    return _row(row) if row else None


def unsend(conn: sqlite3.Connection, address: str) -> None:
    """The server refused the follow before doing anything (429, total cap): not in flight."""
    conn.execute(
        "UPDATE follow_queue SET state = 'pending' WHERE address = ? AND state = 'sending'",
        (address,),
    )


def revive_exhausted(conn: sqlite3.Connection, wanted: Iterable[str] | None = None) -> None:
    """A new run gives targets that failed only for lack of network another chance.

    They come back as `sending` (one may have reached the server), so their relationship is
    checked before anything is sent again. With a plan, only the addresses it still wants
    come back: one the user rejected since stays failed and is never followed.
    """
    revive = (
        "UPDATE follow_queue SET state = 'sending', attempts = 0, next_try_at = 0,"
        " reason = NULL, detail = NULL WHERE state = 'failed' AND reason = 'retries_exhausted'"
    )
    if wanted is None:
        conn.execute(revive)
    else:
        conn.executemany(f"{revive} AND address = ?", ((a,) for a in wanted))


class FollowQueue:
    """The follow queue as the executor works it (`jobs.queue_executor.Queue`). It holds
    one sign-in's rows once the job has let that sign-in adopt them (`adopt_home`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def due(self, now: float, limit: int) -> list[QueueRow]:
        return due(self.conn, now, limit)

    def next_wake(self) -> float | None:
        return next_wake(self.conn)

    def set_home_id(self, row: QueueRow, account_id: str) -> None:
        set_home_id(self.conn, row.address, account_id)

    def mark_sending(self, row: QueueRow) -> None:
        mark_sending(self.conn, row.address)

    def withdraw(self, row: QueueRow) -> None:
        """The user rejected the match: dropped, as a plan refusing it would."""
        self.conn.execute(
            f"UPDATE follow_queue SET state = 'dropped' WHERE address = ? AND {_OPEN_SQL}",
            (row.address,),
        )

    def unsend(self, row: QueueRow) -> None:
        unsend(self.conn, row.address)

    def finish(self, row: QueueRow, state: str) -> None:
        finish(self.conn, row.address, QueueState(state))

    def fail(self, row: QueueRow, reason: str, detail: str | None, attempts: int | None) -> None:
        finish(self.conn, row.address, QueueState.FAILED, reason, detail, attempts)

    def retry_later(self, row: QueueRow, attempts: int, next_try_at: float, detail: str) -> None:
        retry_later(self.conn, row.address, attempts, next_try_at, detail)

    def hold(self, until: float) -> None:
        """The daily follow cap: nothing open goes before `until`, remembered across runs."""
        postpone_open(self.conn, until)
        set_meta(self.conn, DAILY_UNTIL_KEY, repr(until))

    def held_until(self) -> float | None:
        until = get_meta(self.conn, DAILY_UNTIL_KEY)
        return None if until is None else float(until)
