"""Where followed accounts went outside the fediverse: Bluesky not bridged, Threads not shared."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from fedimove.core.handles import Handle, bluesky_handle, threads_name

BLUESKY = "bluesky"
THREADS_NETWORK = "threads"
_FOLLOWING = "SELECT account_id FROM edges WHERE kind = 'following'"


@dataclass(frozen=True, slots=True)
class Elsewhere:
    account_id: str
    network: str
    handle: str  # as the person writes it there: `alice.dev`, `jo` (Threads)


def place_of(address: Handle) -> tuple[str, str] | None:
    """('bluesky', handle) for a Bridgy Fed address, ('threads', name) for a Threads one."""
    if handle := bluesky_handle(address):
        return BLUESKY, handle
    if name := threads_name(address):
        return THREADS_NETWORK, name.lower()
    return None


def save(conn: sqlite3.Connection, account_id: str, addresses: Iterable[Handle]) -> None:
    """Replace what is known for this account (caller's transaction)."""
    conn.execute("DELETE FROM elsewhere WHERE account_id = ?", (account_id,))
    conn.executemany(
        "INSERT OR IGNORE INTO elsewhere (account_id, network, handle) VALUES (?, ?, ?)",
        ((account_id, *place) for a in addresses if (place := place_of(a))),
    )


def of_followed(conn: sqlite3.Connection, network: str | None = None) -> list[Elsewhere]:
    """Followed accounts seen elsewhere, by network then account."""
    where = "" if network is None else " AND network = ?"
    rows = conn.execute(
        f"SELECT account_id, network, handle FROM elsewhere WHERE account_id IN ({_FOLLOWING})"
        f"{where} ORDER BY network, account_id, handle",
        () if network is None else (network,),
    )
    return [Elsewhere(*row) for row in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Followed accounts (not handles) per network."""
    found = {BLUESKY: 0, THREADS_NETWORK: 0}
    for network, count in conn.execute(
        f"SELECT network, count(DISTINCT account_id) FROM elsewhere"
        f" WHERE account_id IN ({_FOLLOWING}) GROUP BY network"
    ):
        found[network] = count
    return found
