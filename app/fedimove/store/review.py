"""The user's review decisions (pick, skip, "not this person"), kept per account and address.

The migration plan reads them: a rejected or skipped match is never followed, a picked
"possible" one is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from fedimove.core.review import Decision
from fedimove.store.workspace import now_iso


def save(conn: sqlite3.Connection, changes: Iterable[tuple[str, str, Decision | None]]) -> None:
    """(account id, address, decision) — None forgets the decision (back to the default)."""
    stamp = now_iso()
    for account_id, address, decision in changes:
        if decision is None:
            conn.execute("DELETE FROM review_decisions WHERE account_id = ?", (account_id,))
            continue
        conn.execute(
            "INSERT INTO review_decisions (account_id, address, decision, decided_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(account_id) DO UPDATE SET"
            " address = excluded.address, decision = excluded.decision,"
            " decided_at = excluded.decided_at",
            (account_id, address, decision.value, stamp),
        )


def decisions(conn: sqlite3.Connection) -> dict[str, tuple[str, Decision]]:
    """account id → (address, decision)."""
    return {
        row[0]: (row[1], Decision(row[2]))
        for row in conn.execute("SELECT account_id, address, decision FROM review_decisions")
    }


def decision_for(
    known: dict[str, tuple[str, Decision]], account_id: str, address: str | None
) -> Decision | None:
    """The decision still in force for this account's current address, if any."""
    entry = known.get(account_id)
    if entry is None or address is None or entry[0].lower() != address.lower():
        return None
    return entry[1]
