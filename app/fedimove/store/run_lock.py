"""One running instance of a task per workspace, across windows, commands and crashes.

An OS file lock (flock / LockFileEx through `filelock`) is released by the kernel when its
process dies, even by SIGKILL, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from fedimove.core.errors import WorkspaceBusy
from fedimove.store import paths, workspace


@contextmanager
def exclusive(folder: Path, name: str) -> Iterator[None]:
    """Hold `<folder>/<name>.lock` for the block, or raise WorkspaceBusy at once."""
    lock = FileLock(str(folder / f"{name}.lock"), is_singleton=False, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise WorkspaceBusy(name) from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def exclusive_workspace(database: Path | None, name: str) -> Iterator[sqlite3.Connection]:
    """The workspace, opened while this process holds the `name` task's lock (or WorkspaceBusy)."""
    database = database or paths.database_path()
    with exclusive(database.parent, name):
        conn = workspace.connect(database)
        try:
            yield conn
        finally:
            conn.close()
