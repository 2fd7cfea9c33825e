"""One running instance of a task per workspace, across windows, commands and crashes.

An OS file lock (flock / LockFileEx through `filelock`) is released by the kernel when its
process dies, even by SIGKILL, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from fedimove.core.errors import WorkspaceBusy


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
