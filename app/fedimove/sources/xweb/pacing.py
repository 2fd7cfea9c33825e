"""Reading x.com at a human pace: jittered scroll delays, backing off when told, an hourly cap.

Pure arithmetic on times handed in (no clock reads, no sleeping): the job does the waiting, so
cancel stays instant and tests scale the delays without changing the logic.
"""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from fedimove.sources.xweb.errors import XRateLimited


@dataclass(frozen=True, slots=True)
class Pace:
    """Delays in seconds. `scale` shrinks every delay (tests), never the rules."""

    scroll_min: float = 1.5
    scroll_max: float = 3.0
    pages_per_hour: int = 300
    backoff_first: float = 60.0
    backoff_max: float = 900.0
    longest_wait: float = 1200.0
    stall_after: float = 20.0
    scale: float = 1.0


class Pacer:
    """Decides how long to wait before the next scroll; the caller waits."""

    def __init__(
        self, pace: Pace, recent_pages: Iterable[float] = (), rng: random.Random | None = None
    ) -> None:
        self.pace = pace
        self._rng = rng or random.Random()
        self._pages: deque[float] = deque(sorted(recent_pages))
        self._backoffs = 0

    def scroll_delay(self) -> float:
        pace = self.pace
        return self._rng.uniform(pace.scroll_min, pace.scroll_max) * pace.scale

    def stall_timeout(self) -> float:
        """How long to wait for x.com's answer: a network timeout, so never scaled."""
        return self.pace.stall_after

    def page_read(self, now: float) -> None:
        self._pages.append(now)
        self._backoffs = 0

    def cap_wait(self, now: float) -> float:
        """Seconds to wait so no more than `pages_per_hour` pages are read in any hour."""
        window = 3600.0 * self.pace.scale
        while self._pages and self._pages[0] <= now - window:
            self._pages.popleft()
        if len(self._pages) < self.pace.pages_per_hour:
            return 0.0
        return self._pages[0] + window - now

    def rate_limited(self, now: float, reset_at: float | None) -> float:
        """How long to back off after x.com refused (429); raises if it is too long to wait."""
        pace = self.pace
        if reset_at is not None and reset_at > now:
            wait = reset_at - now + 1.0
        else:
            wait = min(pace.backoff_first * 2**self._backoffs, pace.backoff_max)
        self._backoffs += 1
        wait *= pace.scale
        if wait > pace.longest_wait * pace.scale:
            ready_at = time.strftime("%H:%M", time.localtime(now + wait))
            raise XRateLimited("rate limited", ready_at=ready_at)
        return wait
