"""How long the rest of a paged read will take, given Twitter's rate-limit windows.

Reading 5,000 follows is five pages on v2 but the following endpoint allows 15 requests per
15-minute window: past that, time is spent waiting for windows, not downloading. An honest ETA
counts those waits. Pure: the window comes from the last answer's `x-rate-limit-*` headers.
"""

from __future__ import annotations

import math

WINDOW_SECONDS = 15 * 60


def pages_left(items_left: int, page_size: int) -> int:
    return math.ceil(max(0, items_left) / max(1, page_size))


def eta_seconds(
    pages: int,
    *,
    limit: int | None,
    remaining: int | None,
    reset: float | None,
    now: float,
    seconds_per_page: float,
    window_seconds: float = WINDOW_SECONDS,
) -> float:
    """Seconds until `pages` more requests are done: their own time plus window waits."""
    work = pages * max(0.0, seconds_per_page)
    if pages <= 0 or not limit or remaining is None or reset is None or pages <= remaining:
        return work
    beyond = pages - remaining
    windows = math.ceil(beyond / limit)
    return max(0.0, reset - now) + (windows - 1) * window_seconds + work
