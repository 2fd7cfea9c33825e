"""Account pictures kept in the workspace folder, within a size cap.

A review of hundreds of possibles shows the same avatars again and again; each is fetched once
and kept as a file named by its URL's digest. When the folder grows past its cap, the pictures
used least recently go first, so the cache never fills the user's disk.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fedimove.store import paths

CACHE_CAP_BYTES = 20 * 1024 * 1024
PICTURE_CAP_BYTES = 512 * 1024  # an avatar is a few kB to ~100 kB; more is not a picture


def folder() -> Path:
    path = paths.data_dir() / "avatars"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _file(url: str) -> Path:
    return folder() / hashlib.sha256(url.encode()).hexdigest()[:40]


def get(url: str) -> bytes | None:
    """The kept picture, marked as just used; None when it was never fetched (or evicted)."""
    path = _file(url)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    os.utime(path)
    return data


def put(url: str, data: bytes, cap: int = CACHE_CAP_BYTES) -> None:
    """Keep a picture (written whole or not at all), then trim the folder back under `cap`."""
    if len(data) > PICTURE_CAP_BYTES:
        return
    path = _file(url)
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)
    _trim(cap)


def _trim(cap: int) -> None:
    files = [p for p in folder().iterdir() if p.is_file() and p.suffix != ".part"]
    stats = {p: p.stat() for p in files}
    total = sum(s.st_size for s in stats.values())
    for path in sorted(files, key=lambda p: stats[p].st_mtime):
        if total <= cap:
            break
        total -= stats[path].st_size
        path.unlink(missing_ok=True)
