"""Pacing by the server's own rate-limit headers, and backing off when it struggles.

Mastodon counts requests in fixed windows (300 per 5 minutes per token) and tells, on every
response, the window's `X-RateLimit-Limit`, `-Remaining` and `-Reset` (ISO 8601). Follow
responses may carry another family's numbers instead (400 follows per day), whichever is
tighter; that family is paced on its own, so its window is waited out, not found by a 429.
Spreading what remains evenly until the reset uses the whole budget without ever hitting a
429; a plan small enough to fit in what remains is not slowed down at all.

Pure: every time is passed in (seconds since the epoch, local clock).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

# Server and local clocks closer than this are taken as equal: `Date` has one-second steps.
_SKEW_TOLERANCE = 2.0
# A reset written as a number below this (September 2001) counts seconds from now.
_RELATIVE_BELOW = 10**9
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


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
    server_now = _parse_http_date(lowered.get("date", ""))
    reset = parse_reset(lowered.get("x-ratelimit-reset"), received_at, server_now)
    if reset is None or limit <= 0 or remaining < 0:
        return None
    return RateWindow(limit, min(remaining, limit), reset)


def parse_reset(value: str | None, now: float, server_now: float | None = None) -> float | None:
    """`X-RateLimit-Reset` as a local Unix time; None when missing or unreadable.

    ISO 8601 with its zone (Mastodon), epoch seconds (GoToSocial), or — a number too small
    to be a moment after 2001 — seconds from now. An absolute moment is moved by the server
    clock's skew when its `Date` (`server_now`) is known.
    """
    instant = _parse_instant(value or "")
    if instant is None:
        return None
    if instant < _RELATIVE_BELOW:
        return now + instant
    if server_now is not None and abs(server_now - now) > _SKEW_TOLERANCE:
        instant += now - server_now
    return instant


def _parse_instant(text: str) -> float | None:
    """ISO 8601 with a zone, or a plain number of seconds."""
    text = text.strip()
    if not text:
        return None
    try:
        if _NUMBER.fullmatch(text):
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


def unreadable_rate_headers(headers: Mapping[str, str], now: float) -> list[str]:
    """The names of an `X-RateLimit-Reset` that is no moment and of the `Date` it would be
    corrected by when that is no date: ignored here, and dropped before Mastodon.py reads
    them, since it raises its rate-limit error on any response (a 200 too) carrying them.

    Mastodon.py reads a Reset only as whole epoch seconds or a date string.
    """
    names = {str(k).lower(): str(k) for k in headers}
    if "x-ratelimit-reset" not in names:
        return []
    reset = str(headers[names["x-ratelimit-reset"]]).strip()
    readable = reset.isdigit() or (
        not _NUMBER.fullmatch(reset) and parse_reset(reset, now) is not None
    )
    unreadable = [] if readable else [names["x-ratelimit-reset"]]
    date = names.get("date")
    if readable and date is not None and _parse_http_date(str(headers[date])) is None:
        unreadable.append(date)
    return unreadable


def parse_retry_after(value: str | None, received_at: float) -> float | None:
    """`Retry-After` as seconds to wait (delta-seconds or an HTTP date)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    moment = _parse_http_date(text)
    return None if moment is None else max(0.0, moment - received_at)


def is_follow_family(
    window: RateWindow | None, request: RateWindow | None, follow: RateWindow | None = None
) -> bool:
    """Does a follow response's window describe the follow family, not the requests?

    On the follow endpoint Mastodon reports the follow throttle's own numbers (400 per day)
    unless the request window is tighter. The two are told apart by what the window is, never
    by how far away its reset is (scaled-down or custom windows can be any length): a limit
    other than the request window's (`request`) is the follow family; with the same limit,
    only a reset that is the known follow window's (`follow`) and not the request window's.
    Before any request window is known, the follow endpoint's numbers are its own.
    """
    if window is None:
        return False
    if request is None:
        return True
    if window.limit != request.limit:
        return True
    return (
        follow is not None
        and _same_moment(window.reset_at, follow.reset_at)
        and not _same_moment(window.reset_at, request.reset_at)
    )


def _same_moment(a: float, b: float) -> bool:
    return abs(a - b) <= _SKEW_TOLERANCE


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
        # The request windows' length, learnt from the resets of successive ones (fixed windows
        # aligned on the epoch, so the smallest step between resets is the period).
        self.request_period: float | None = None
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
        if follow and is_follow_family(window, self.request, self.daily):
            self.daily = window
            self.request = self._count_hidden_request(now)
            return
        self._learn_period(window)
        self.request = window
        if follow:
            self.daily = _spent_one(self.daily, now)

    def _learn_period(self, window: RateWindow) -> None:
        if self.request is None or window.reset_at - self.request.reset_at < _SKEW_TOLERANCE:
            return
        step = window.reset_at - self.request.reset_at
        self.request_period = min(step, self.request_period or step)

    def _count_hidden_request(self, now: float) -> RateWindow | None:
        """A follow answered with the follow family's numbers still spent a request.

        While that family is the tighter one the request window is not shown, even after it
        turns over; with its period known, the new window is counted here, so that follows do
        not use it up unseen (both can reach zero together, and then only the follow family
        shows).
        """
        window = self.request
        period = self.request_period
        if window is None or window.reset_at > now or period is None:
            return _spent_one(window, now)
        turns = math.floor((now - window.reset_at) / period) + 1
        return RateWindow(window.limit, window.limit - 1, window.reset_at + turns * period)

    def follow_blocked_until(self, now: float) -> float | None:
        """When the follow family's window is used up: its reset (a follow now would be a 429).

        Mastodon counts follows in their own window (400 a day); the request window says
        nothing about it, so the last follow-family numbers seen decide. While the request
        window is not known (it turned over behind the follow family's numbers, its period not
        yet learnt) the reserve is kept here too: the request family has at least as much left
        as the follow family shows, so the next request cannot be the one too many.
        """
        window = self.daily
        if window is None or window.reset_at <= now:
            return None
        request_known = self.request is not None and self.request.reset_at > now
        if window.remaining > (0 if request_known else self.reserve):
            return None
        return window.reset_at

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


def _spent_one(window: RateWindow | None, now: float) -> RateWindow | None:
    """A window one request poorer (a response that reported the other family's numbers)."""
    if window is None or window.reset_at <= now:
        return window
    return RateWindow(window.limit, max(0, window.remaining - 1), window.reset_at)


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
