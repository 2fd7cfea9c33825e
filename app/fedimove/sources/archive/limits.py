"""How much an archive may make us inflate and hold, so a hostile one cannot exhaust the machine."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on untrusted input. Real archives stay far below them.

    The biggest real `tweets.js` files are a few GB; JSON text deflates about 10:1, so a
    member that claims far more than `max_ratio` is a bomb, not a busy account.
    """

    max_member_bytes: int = 8 * GiB
    max_total_bytes: int = 32 * GiB
    max_ratio: int = 200
    ratio_floor_bytes: int = 16 * MiB
    max_item_chars: int = 32 * MiB
    max_prefix_chars: int = 200
    chunk_bytes: int = 4 * MiB


DEFAULT_LIMITS = Limits()


def human_size(size: int) -> str:
    for unit, scale in (("GB", GiB), ("MB", MiB), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.0f} {unit}"
    return f"{size} B"
