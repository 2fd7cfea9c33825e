"""Twitter lists being recreated on Mastodon: each list's Mastodon id and its members' fate."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fedimove.core.plan import PlannedList
from fedimove.store.workspace import now_iso


@dataclass(frozen=True, slots=True)
class ListRow:
    key: str
    title: str
    mastodon_list_id: str | None
    state: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class MemberRow:
    address: str
    state: str
    home_account_id: str | None
    follow_state: str | None


def sync_lists(conn: sqlite3.Connection, planned: tuple[PlannedList, ...]) -> None:
    """Add the plan's lists and members; what was already created or added stays."""
    stamp = now_iso()
    for item in planned:
        conn.execute(
            "INSERT INTO list_sync (list_key, title, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(list_key) DO UPDATE SET title = CASE WHEN mastodon_list_id IS NULL"
            " THEN excluded.title ELSE title END,"
            " state = CASE WHEN state = 'done' THEN 'pending' ELSE state END",
            (item.key, item.title, stamp),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO list_sync_members (list_key, address) VALUES (?, ?)",
            ((item.key, address) for address in item.addresses),
        )


def open_lists(conn: sqlite3.Connection) -> list[ListRow]:
    rows = conn.execute(
        "SELECT * FROM list_sync WHERE state IN ('pending', 'created') ORDER BY rowid"
    )
    return [
        ListRow(r["list_key"], r["title"], r["mastodon_list_id"], r["state"], r["reason"])
        for r in rows
    ]


def all_lists(conn: sqlite3.Connection) -> list[ListRow]:
    rows = conn.execute("SELECT * FROM list_sync ORDER BY rowid")
    return [
        ListRow(r["list_key"], r["title"], r["mastodon_list_id"], r["state"], r["reason"])
        for r in rows
    ]


def members(conn: sqlite3.Connection, key: str) -> list[MemberRow]:
    """A list's members with how their follow went (None: not in the follow queue)."""
    rows = conn.execute(
        "SELECT m.address, m.state, q.home_account_id, q.state AS follow_state"
        " FROM list_sync_members m LEFT JOIN follow_queue q ON q.address = m.address"
        " WHERE m.list_key = ? ORDER BY m.address",
        (key,),
    )
    return [
        MemberRow(r["address"], r["state"], r["home_account_id"], r["follow_state"]) for r in rows
    ]


def set_list(
    conn: sqlite3.Connection,
    key: str,
    state: str,
    mastodon_list_id: str | None = None,
    reason: str | None = None,
) -> None:
    conn.execute(
        "UPDATE list_sync SET state = ?, reason = ?, updated_at = ?,"
        " mastodon_list_id = coalesce(?, mastodon_list_id) WHERE list_key = ?",
        (state, reason, now_iso(), mastodon_list_id, key),
    )


def set_member(
    conn: sqlite3.Connection, key: str, address: str, state: str, reason: str | None = None
) -> None:
    conn.execute(
        "UPDATE list_sync_members SET state = ?, reason = ? WHERE list_key = ? AND address = ?",
        (state, reason, key, address),
    )


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    found = {"pending": 0, "created": 0, "done": 0, "skipped": 0}
    for row in conn.execute("SELECT state, count(*) FROM list_sync GROUP BY state"):
        found[row[0]] = row[1]
    return found


def adopt_home(conn: sqlite3.Connection, home_key: str) -> None:
    """Lists made for another sign-in are not this account's: they are made again here.

    Unkeyed rows (recorded before keys) are taken as this account's.
    """
    conn.execute("UPDATE list_sync SET home_key = ? WHERE home_key IS NULL", (home_key,))
    conn.execute(
        "UPDATE list_sync_members SET state = 'pending', reason = NULL WHERE list_key IN"
        " (SELECT list_key FROM list_sync WHERE home_key != ?)",
        (home_key,),
    )
    conn.execute(
        "UPDATE list_sync SET mastodon_list_id = NULL, state = 'pending', reason = NULL,"
        " updated_at = ?, home_key = ? WHERE home_key != ?",
        (now_iso(), home_key, home_key),
    )


def forget_list(conn: sqlite3.Connection, key: str) -> None:
    """The Mastodon list is gone: no id, and its members all to be added again."""
    conn.execute(
        "UPDATE list_sync SET mastodon_list_id = NULL, state = 'pending', updated_at = ?"
        " WHERE list_key = ?",
        (now_iso(), key),
    )
    conn.execute(
        "UPDATE list_sync_members SET state = 'pending', reason = NULL"
        " WHERE list_key = ? AND state = 'added'",
        (key,),
    )
