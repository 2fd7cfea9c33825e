"""What the x.com reader has done so far: runs per target, accounts seen, pages read per hour.

A run is only `complete` once x.com said its list ended; until then what it saw is kept and a
new start continues the same run, so an interrupted read never replaces a full one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from fedimove.core.graph import EdgeKind
from fedimove.store.workspace import now_iso

RUNNING = "running"
COMPLETE = "complete"


@dataclass(frozen=True, slots=True)
class Run:
    """`cursor`: x.com's bottom cursor of the last page read, where a continued run resumes."""

    id: int
    target: str
    captured: int
    expected: int | None
    cursor: str | None = None


def open_run(conn: sqlite3.Connection, target: str) -> Run:
    """The unfinished run of `target` if there is one (to continue it), else a new run."""
    row = conn.execute(
        "SELECT id, captured, expected, cursor FROM xweb_runs WHERE target = ? AND status = ?"
        " ORDER BY id DESC LIMIT 1",
        (target, RUNNING),
    ).fetchone()
    if row:
        return Run(row["id"], target, row["captured"], row["expected"], row["cursor"])
    inserted = conn.execute(
        "INSERT INTO xweb_runs (target, started_at) VALUES (?, ?)", (target, now_iso())
    )
    return Run(int(inserted.lastrowid or 0), target, 0, None)


def record_seen(
    conn: sqlite3.Connection, run_id: int, account_ids: Iterable[str], cursor: str | None
) -> int:
    """Remember accounts this run saw; returns how many distinct ones it has seen so far."""
    conn.executemany(
        "INSERT OR IGNORE INTO xweb_seen (run_id, account_id) VALUES (?, ?)",
        ((run_id, account_id) for account_id in account_ids),
    )
    captured = conn.execute(
        "SELECT count(*) FROM xweb_seen WHERE run_id = ?", (run_id,)
    ).fetchone()[0]
    conn.execute(
        "UPDATE xweb_runs SET captured = ?, cursor = coalesce(?, cursor) WHERE id = ?",
        (captured, cursor, run_id),
    )
    return int(captured)


def set_expected(conn: sqlite3.Connection, run_id: int, expected: int | None) -> None:
    conn.execute("UPDATE xweb_runs SET expected = ? WHERE id = ?", (expected, run_id))


def seen(conn: sqlite3.Connection, run_id: int) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT account_id FROM xweb_seen WHERE run_id = ? ORDER BY account_id", (run_id,)
        )
    ]


def complete(conn: sqlite3.Connection, run_id: int) -> None:
    """Mark the run complete; its seen set has been applied and is no longer needed."""
    conn.execute(
        "UPDATE xweb_runs SET status = ?, finished_at = ? WHERE id = ?",
        (COMPLETE, now_iso(), run_id),
    )
    conn.execute("DELETE FROM xweb_seen WHERE run_id = ?", (run_id,))


def mark_complete(conn: sqlite3.Connection, target: str) -> None:
    """A target read to its end in one go (the lists page and every list's members)."""
    complete(conn, open_run(conn, target).id)


def drop_unseen_edges(conn: sqlite3.Connection, run_id: int, kind: EdgeKind, source: str) -> None:
    """After a complete read: `source`'s edges of `kind` are exactly the accounts it saw."""
    conn.execute(
        "DELETE FROM edges WHERE kind = ? AND source = ? AND account_id NOT IN"
        " (SELECT account_id FROM xweb_seen WHERE run_id = ?)",
        (kind.value, source, run_id),
    )


def record_page(conn: sqlite3.Connection, target: str, at: float) -> None:
    conn.execute("INSERT INTO xweb_pages (at, target) VALUES (?, ?)", (at, target))
    conn.execute("DELETE FROM xweb_pages WHERE at < ?", (at - 7200,))


def pages_since(conn: sqlite3.Connection, since: float) -> list[float]:
    return [
        r[0] for r in conn.execute("SELECT at FROM xweb_pages WHERE at >= ? ORDER BY at", (since,))
    ]


def last_complete(conn: sqlite3.Connection) -> dict[str, str]:
    """Each target's last complete read (target → finished_at), for status and the window."""
    rows = conn.execute(
        "SELECT target, max(finished_at) FROM xweb_runs WHERE status = ? GROUP BY target",
        (COMPLETE,),
    )
    return {r[0]: r[1] for r in rows}
