"""The workspace: one SQLite database in WAL mode, with a versioned, migrated schema.

Every job opens its own connection (SQLite connections belong to one thread) and writes each
finished item in its own transaction, so a crash loses at most the item in flight.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from fedimove.core.errors import WorkspaceError
from fedimove.store import paths

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with the app, in order.

    Numbers are reserved by area (0001–0009 graph, 0010s Twitter API, 0020s matching,
    0030s migration queue, 0040s x.com, 0050s GUI) so work landing in parallel never collides.
    """
    found = []
    for entry in resources.files("fedimove.store.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path | None = None) -> sqlite3.Connection:
    """Open the workspace, bring its schema up to date, and return a connection.

    Autocommit mode: callers group writes with `transaction()`.
    """
    path = path or paths.database_path()
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path}: {exc}", path=str(path)) from exc
    return conn


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations this database has not seen; return the versions applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    known = migrations()
    unknown = applied - {m.version for m in known}
    if unknown:
        raise WorkspaceError(
            "the workspace was written by a newer Fedimove", versions=sorted(unknown)
        )
    done = []
    for migration in known:
        if migration.version in applied:
            continue
        with transaction(conn):
            if _applied(conn, migration.version):
                continue  # another connection opening the same new workspace was quicker
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now_iso()),
            )
        done.append(migration.version)
    return done


def _applied(conn: sqlite3.Connection, version: int) -> bool:
    row = conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,))
    return row.fetchone() is not None


def _statements(sql: str) -> Iterator[str]:
    """Split a migration into statements (executescript would commit behind our back)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip():
        yield buffer


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One all-or-nothing unit of work, taking the write lock up front to avoid upgrades."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
