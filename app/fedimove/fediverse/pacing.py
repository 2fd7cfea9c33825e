"""Obeying a server's rate-limit headers before it has to say 429.

Mastodon (and Pleroma, GoToSocial) send `X-RateLimit-Limit/-Remaining/-Reset` on API
responses, read by `core.pacing.parse_reset` (the one header parser). One gate per server
(and per token): when the remaining budget falls to the reserve, callers wait until the reset.
The user's own server has one gate per sign-in (`shared_gate`), fed by every response from it —
the follow queue's included — so matching never spends the reserve the follows count on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

from fedimove.core.pacing import parse_reset, parse_retry_after

Sleep = Callable[[float], None]


_SHARED: dict[str, RateLimitGate] = {}
_SHARED_LOCK = threading.Lock()
HOME_RESERVE = 30


def shared_gate(home_key: str) -> RateLimitGate:
    """The one gate of a sign-in (`HomeAccount.key`) in this process."""
    with _SHARED_LOCK:
        if home_key not in _SHARED:
            _SHARED[home_key] = RateLimitGate(HOME_RESERVE)
        return _SHARED[home_key]


class RateLimitGate:
    """Thread-safe budget of one server's rate limit, learnt from its responses."""

    def __init__(
        self,
        reserve: int = 0,
        clock: Callable[[], float] = time.time,
        fallback_wait: float = 30.0,
    ) -> None:
        self.reserve = reserve
        self.clock = clock
        self.fallback_wait = fallback_wait
        self._remaining: int | None = None
        self._reset: float | None = None
        self._lock = threading.Lock()
        self.waited = 0.0

    def delay(self) -> float:
        """Seconds to wait before the next request (0: go), reserving one slot if going."""
        with self._lock:
            now = self.clock()
            if self._reset is not None and now >= self._reset:
                self._remaining, self._reset = None, None
            if self._remaining is None:
                return 0.0
            if self._remaining > self.reserve:
                self._remaining -= 1
                return 0.0
            return max(0.0, (self._reset or now + self.fallback_wait) - now)

    def wait(self, sleep: Sleep) -> None:
        """Block (through `sleep`, which may raise on cancel) until a request may go."""
        while (pause := self.delay()) > 0:
            self.waited += pause
            sleep(pause)

    def _pause(self, headers: Mapping[str, str]) -> float:
        """After a 429 without a readable reset: the server's Retry-After, else the fallback."""
        retry_after = parse_retry_after(headers.get("retry-after"), self.clock())
        return self.fallback_wait if retry_after is None else max(retry_after, 1.0)

    def spent_one(self) -> None:
        """A follow went out: the request window counted it, whatever the headers said.

        The follow endpoint answers with the follow family's numbers (400 a day) when they are
        tighter, and its 429 is that family's; neither says anything about the request window
        matching draws on, so only the request itself is counted.
        """
        with self._lock:
            if self._remaining is not None:
                self._remaining = max(0, self._remaining - 1)

    def update(self, status: int, headers: Mapping[str, str]) -> None:
        with self._lock:
            now = self.clock()
            lower = {k.lower(): v for k, v in headers.items()}
            reset = parse_reset(lower.get("x-ratelimit-reset"), now)
            remaining = lower.get("x-ratelimit-remaining")
            if status == 429:
                self._remaining = 0
                self._reset = reset if reset and reset > now else now + self._pause(lower)
                return
            if remaining is None or not remaining.strip().lstrip("-").isdigit():
                return
            self._remaining = int(remaining)
            self._reset = reset
