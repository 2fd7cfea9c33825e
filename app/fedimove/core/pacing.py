"""Pacing by the server's own rate-limit headers, and backing off when it struggles.

Mastodon counts requests in fixed windows (300 per 5 minutes per token) and tells, on every
response, the window's `X-RateLimit-Limit`, `-Remaining` and `-Reset` (ISO 8601). Follow
responses may carry another family's numbers instead (400 follows per day), whichever is
tighter. Spreading what remains evenly until the reset uses the whole budget without ever
hitting a 429; a plan small enough to fit in what remains is not slowed down at all.

Pure: every time is passed in (seconds since the epoch, local clock).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

# Server and local clocks closer than this are taken as equal: `Date` has one-second steps.
_SKEW_TOLERANCE = 2.0
# A window resetting further away than this is not the 5-minute request window.
_DAILY_HINT = 15 * 60.0


@dataclass(frozen=True, slots=True)
class RateWindow:
    """One rate-limit window as a response described it, in local-clock time."""

    limit: int
    remaining: int
    reset_at: float


def parse_rate_headers(headers: Mapping[str, str], received_at: float) -> RateWindow | None:
    """Read the window from a response's headers; `None` when absent or unusable.

    Headers come from the network: anything malformed is ignored, never raised.
    """
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    try:
        limit = int(lowered["x-ratelimit-limit"].strip())
        remaining = int(lowered["x-ratelimit-remaining"].strip())
    except (KeyError, ValueError):
        return None
    reset = _parse_instant(lowered.get("x-ratelimit-reset", ""))
    if reset is None or limit <= 0 or remaining < 0:
        return None
    server_now = _parse_http_date(lowered.get("date", ""))
    if server_now is not None and abs(server_now - received_at) > _SKEW_TOLERANCE:
        reset += received_at - server_now
    return RateWindow(limit, min(remaining, limit), reset)


def _parse_instant(text: str) -> float | None:
    """ISO 8601 (Mastodon) or plain epoch seconds (GoToSocial)."""
    text = text.strip()
    if not text:
        return None
    try:
        if text.isdigit():
            value = float(text)
        else:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                return None
            value = parsed.timestamp()
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _parse_http_date(text: str) -> float | None:
    if not text.strip():
        return None
    try:
        return parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_retry_after(value: str | None, received_at: float) -> float | None:
    """`Retry-After` as seconds to wait (delta-seconds or an HTTP date)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    moment = _parse_http_date(text)
    return None if moment is None else max(0.0, moment - received_at)


def is_daily_window(window: RateWindow | None, request_limit: int | None, now: float) -> bool:
    """Does a follow response's window describe the daily follow family, not the requests?

    Mastodon reports whichever is tighter; the two differ by their limit (400 vs 300), or,
    before the request window is known, by a reset much further away than 5 minutes.
    """
    if window is None:
        return False
    if request_limit is None:
        return window.reset_at - now > _DAILY_HINT
    return window.limit != request_limit


class Pacer:
    """Decides when the next request may go, from the windows responses described.

    `reserve` requests of each window are never spent (another Fedimove task, a clock that is
    a little off); `grace` is added after a reset so the first request lands in the new window.
    """

    def __init__(
        self,
        min_interval: float = 0.0,
        reserve: int = 1,
        grace: float = 0.05,
        blind_interval: float = 1.0,
    ) -> None:
        self.min_interval = min_interval
        self.reserve = reserve
        self.grace = grace
        # Servers that send no rate-limit headers (some Pleroma/Akkoma setups) get Mastodon's
        # average pace, 300 requests per 5 minutes, and a growing pause after each 429.
        self.blind_interval = blind_interval
        self.request: RateWindow | None = None
        self.daily: RateWindow | None = None
        self._last_sent: float | None = None
        self._headerless = False
        self._blind_throttles = 0

    def sent(self, now: float) -> None:
        self._last_sent = now

    def observe(self, window: RateWindow | None, now: float, follow: bool = False) -> None:
        """Learn from a response. A follow response may describe the daily follow family."""
        if window is None:
            self._headerless = self.request is None
            return
        self._headerless = False
        self._blind_throttles = 0
        known_limit = self.request.limit if self.request else None
        if follow and is_daily_window(window, known_limit, now):
            self.daily = window
            if self.request is not None and self.request.reset_at > now:
                self.request = RateWindow(
                    self.request.limit, max(0, self.request.remaining - 1), self.request.reset_at
                )
            return
        self.request = window

    def exhausted_until(self, window: RateWindow | None, now: float) -> float:
        """After a 429: when to try again (the reset, or a short pause if the server is mute)."""
        if window is not None and window.reset_at > now:
            self.request = RateWindow(window.limit, 0, window.reset_at)
            return window.reset_at + self.grace
        self._blind_throttles += 1
        pause = self.blind_interval * 2 ** min(self._blind_throttles, 6)
        return now + max(self.min_interval, pause)

    def next_at(self, now: float, demand: int = 1) -> float:
        """The earliest time the next request should go, given `demand` requests still to make."""
        earliest = now if self._last_sent is None else self._last_sent + self.min_interval
        window = self.request
        if window is None and self._headerless and self._last_sent is not None:
            earliest = max(earliest, self._last_sent + self.blind_interval)
        if window is None or window.reset_at <= now:
            return max(now, earliest)
        usable = window.remaining - self.reserve
        if usable <= 0:
            return max(earliest, window.reset_at + self.grace)
        if demand <= usable:
            return max(now, earliest)
        # Spread what remains from the last send (not from its answer, which came a
        # round trip later) so that latency does not eat into the budget.
        start = self._last_sent if self._last_sent is not None else now
        spaced = start + (window.reset_at - start) / usable
        return max(now, earliest, spaced)


@dataclass(frozen=True, slots=True)
class Backoff:
    """Retry policy for 5xx, timeouts and resets: exponential, capped, with jitter."""

    base: float = 2.0
    factor: float = 2.0
    cap: float = 300.0
    jitter: float = 0.25
    max_attempts: int = 6

    def delay(self, attempt: int, random_unit: float, retry_after: float | None = None) -> float:
        """Seconds to wait before try `attempt + 1` (`attempt` ≥ 1 failures so far).

        `random_unit` in [0, 1) spreads retries; a server's `Retry-After` wins when longer.
        """
        raw = min(self.cap, self.base * self.factor ** min(max(0, attempt - 1), 64))
        spread = raw * (1 - self.jitter + 2 * self.jitter * random_unit)
        return max(spread, retry_after or 0.0)

    def gives_up(self, attempt: int) -> bool:
        return attempt >= self.max_attempts
