"""The Twitter API area's own workspace tables: credential history and export progress.

Credentials themselves live in the keyring (`load_credentials` / `save_credentials` go
through `store.secrets`); the workspace only knows each credential's fingerprint and when it
last worked, which is what tells a cut-off app from a typo.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fedimove.core.graph import ListRelation
from fedimove.core.twitter_credentials import TwitterCredentials, app_fingerprint
from fedimove.core.twitter_diagnosis import Diagnosis
from fedimove.store import logs
from fedimove.store.secrets import SecretStore
from fedimove.store.workspace import now_iso, transaction

SECRET_NAME = "twitter:credentials"


def save_credentials(credentials: TwitterCredentials, store: SecretStore | None = None) -> None:
    (store or SecretStore()).set(SECRET_NAME, credentials.to_json())
    for secret in credentials.secrets:
        logs.register_secret(secret)


def load_credentials(store: SecretStore | None = None) -> TwitterCredentials | None:
    text = (store or SecretStore()).get(SECRET_NAME)
    if not text:
        return None
    credentials = TwitterCredentials.from_json(text)
    for secret in credentials.secrets:
        logs.register_secret(secret)
    return credentials


def delete_credentials(store: SecretStore | None = None) -> None:
    (store or SecretStore()).delete(SECRET_NAME)


def worked_before(conn: sqlite3.Connection, credentials: TwitterCredentials) -> bool:
    """These credentials, or others of the same developer app, once worked."""
    row = conn.execute(
        "SELECT 1 FROM twitter_credentials WHERE last_worked_at IS NOT NULL"
        " AND (fingerprint = ? OR app_fingerprint = ?) LIMIT 1",
        (credentials.fingerprint(), credentials.app_fingerprint()),
    ).fetchone()
    return row is not None


def app_worked_before(conn: sqlite3.Connection, consumer_key: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM twitter_credentials WHERE last_worked_at IS NOT NULL"
        " AND app_fingerprint = ? LIMIT 1",
        (app_fingerprint(consumer_key),),
    ).fetchone()
    return row is not None


def record_check(
    conn: sqlite3.Connection, credentials: TwitterCredentials, worked: bool, diagnosis: Diagnosis
) -> None:
    stamp = now_iso()
    with transaction(conn):
        conn.execute(
            "INSERT INTO twitter_credentials (fingerprint, kind, app_fingerprint) VALUES (?, ?, ?)"
            " ON CONFLICT(fingerprint) DO NOTHING",
            (credentials.fingerprint(), credentials.kind, credentials.app_fingerprint()),
        )
        conn.execute(
            "UPDATE twitter_credentials SET last_checked_at = ?, last_status = ?,"
            " last_reason = ? WHERE fingerprint = ?",
            (stamp, diagnosis.status.value, diagnosis.reason.value, credentials.fingerprint()),
        )
    if worked:
        record_worked(conn, credentials)


def record_worked(conn: sqlite3.Connection, credentials: TwitterCredentials) -> None:
    stamp = now_iso()
    with transaction(conn):
        conn.execute(
            "INSERT INTO twitter_credentials (fingerprint, kind, app_fingerprint, first_worked_at,"
            " last_worked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET"
            " app_fingerprint = excluded.app_fingerprint,"
            " first_worked_at = coalesce(first_worked_at, excluded.first_worked_at),"
            " last_worked_at = excluded.last_worked_at",
            (
                credentials.fingerprint(),
                credentials.kind,
                credentials.app_fingerprint(),
                stamp,
                stamp,
            ),
        )


# --- export tasks --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskState:
    task: str
    route: str | None = None
    cursor: str | None = None
    done: bool = False
    items: int = 0


def task(conn: sqlite3.Connection, name: str) -> TaskState | None:
    row = conn.execute("SELECT * FROM twitter_export_tasks WHERE task = ?", (name,)).fetchone()
    if row is None:
        return None
    return TaskState(row["task"], row["route"], row["cursor"], bool(row["done"]), row["items"])


def save_task(conn: sqlite3.Connection, state: TaskState) -> None:
    """Write a task's position; call inside the transaction that stores its page."""
    conn.execute(
        "INSERT INTO twitter_export_tasks (task, route, cursor, done, items, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(task) DO UPDATE SET route = excluded.route,"
        " cursor = excluded.cursor, done = excluded.done, items = excluded.items,"
        " updated_at = excluded.updated_at",
        (state.task, state.route, state.cursor, int(state.done), state.items, now_iso()),
    )


def pending_tasks(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM twitter_export_tasks WHERE done = 0").fetchone()[0]


def add_seen(conn: sqlite3.Connection, name: str, item_ids: list[str]) -> None:
    start = conn.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM twitter_export_seen WHERE task = ?", (name,)
    ).fetchone()[0]
    conn.executemany(
        "INSERT OR IGNORE INTO twitter_export_seen (task, item_id, position) VALUES (?, ?, ?)",
        ((name, item_id, start + i) for i, item_id in enumerate(item_ids)),
    )


def seen(conn: sqlite3.Connection, name: str) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT item_id FROM twitter_export_seen WHERE task = ? ORDER BY position", (name,)
        )
    ]


def clear_seen(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM twitter_export_seen WHERE task = ?", (name,))


def drop_unseen_follows(conn: sqlite3.Connection, name: str) -> None:
    """A complete read of the follows: API follows it did not see are follows no longer."""
    conn.execute(
        "DELETE FROM edges WHERE kind = 'following' AND source = 'api' AND account_id"
        " NOT IN (SELECT item_id FROM twitter_export_seen WHERE task = ?)",
        (name,),
    )


def drop_unseen_lists(conn: sqlite3.Connection, name: str, relation: ListRelation) -> None:
    """A complete read of the lists of one relation: API lists it did not see are gone."""
    conn.execute(
        "DELETE FROM lists WHERE source = 'api' AND relation = ? AND key NOT IN"
        " (SELECT item_id FROM twitter_export_seen WHERE task = ?)",
        (relation.value, name),
    )


def reset_tasks(conn: sqlite3.Connection) -> None:
    """Start the next export from scratch (the previous one was complete)."""
    conn.execute("DELETE FROM twitter_export_tasks")
    conn.execute("DELETE FROM twitter_export_seen")


# --- runs ----------------------------------------------------------------------------------


def start_run(conn: sqlite3.Connection, estimated_cost: float | None) -> int:
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO twitter_export_runs (started_at, estimated_cost) VALUES (?, ?)",
            (now_iso(), estimated_cost),
        )
    return int(cursor.lastrowid or 0)


def finish_run(
    conn: sqlite3.Connection,
    run_id: int,
    *,
    complete: bool,
    spent: float,
    stop_status: str | None = None,
    stop_reason: str | None = None,
) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE twitter_export_runs SET finished_at = ?, complete = ?, spent = ?,"
            " stop_status = ?, stop_reason = ? WHERE id = ?",
            (now_iso(), int(complete), spent, stop_status, stop_reason, run_id),
        )


def last_run(conn: sqlite3.Connection) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM twitter_export_runs ORDER BY id DESC LIMIT 1").fetchone()


def export_complete(conn: sqlite3.Connection) -> bool | None:
    """None: never exported; else whether the last export read everything."""
    run = last_run(conn)
    if run is None:
        return None
    return bool(run["complete"]) and pending_tasks(conn) == 0
