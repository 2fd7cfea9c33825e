"""Calling the home instance through Mastodon.py, with its failures turned into core errors.

Mastodon.py is set to throw on rate limits (the executor schedules, not the library) and its
exceptions say little: the status code hides in `args`, a 429 says nothing of which limit was
hit. So a response hook on the client's session keeps the last response's status and rate-limit
headers, and `translate()` makes one typed error from both.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from fedimove.core.errors import FedimoveError
from fedimove.core.follow_errors import RateLimited, Rejected, TargetGone, Transient
from fedimove.core.pacing import (
    RateWindow,
    is_follow_family,
    parse_rate_headers,
    parse_retry_after,
)
from fedimove.fediverse.errors import TokenRejected
from fedimove.fediverse.pacing import RateLimitGate

T = TypeVar("T")
_OUT_OF_SCOPE = "outside the authorized scopes"


@dataclass(frozen=True, slots=True)
class Seen:
    """What the last response said about limits."""

    status: int
    window: RateWindow | None
    retry_after: float | None
    received_at: float


class HeaderTap:
    """Keeps the last response's status and rate-limit window (a requests response hook)."""

    def __init__(
        self,
        session: requests.Session,
        clock: Callable[[], float] = time.time,
        gate: RateLimitGate | None = None,
    ) -> None:
        self._clock = clock
        self._gate = gate
        self._lock = threading.Lock()
        self._last: Seen | None = None
        session.hooks.setdefault("response", []).append(self._hook)

    def _hook(self, response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        if self._gate is not None:
            if _is_follow(response.request):
                self._gate.spent_one()
            else:
                self._gate.update(response.status_code, response.headers)
        now = self._clock()
        seen = Seen(
            response.status_code,
            parse_rate_headers(response.headers, now),
            parse_retry_after(response.headers.get("Retry-After"), now),
            now,
        )
        with self._lock:
            self._last = seen

    def take(self) -> Seen | None:
        """The last response seen, once (so a failed connection is not mistaken for it)."""
        with self._lock:
            seen, self._last = self._last, None
        return seen


class InstanceCalls:
    """One signed-in client, its header tap, and what is known of the request window."""

    def __init__(
        self,
        client: Mastodon,
        instance: str,
        clock: Callable[[], float] = time.time,
        gate: RateLimitGate | None = None,
    ) -> None:
        self.client = client
        self.instance = instance
        self.clock = clock
        self.tap = HeaderTap(client.session, clock, gate)
        self.request_window: RateWindow | None = None
        self.follow_window: RateWindow | None = None
        self.last: Seen | None = None

    def call(self, fn: Callable[[], T], follow: bool = False, **errors: type[Exception]) -> T:
        """Run one Mastodon.py call; `errors` maps "403"/"404"/"422" to this call's meaning."""
        try:
            result = fn()
        except MastodonError as exc:
            self._remember(follow)
            raise self.translate(exc, follow, errors) from None
        self._remember(follow)
        return result

    def _remember(self, follow: bool) -> None:
        self.last = self.tap.take()
        window = self.last.window if self.last else None
        if window is None or not self.last:
            return
        if follow and is_follow_family(window, self.request_window, self.follow_window):
            self.follow_window = window
        elif self.last.status != 429:
            self.request_window = window

    def translate(
        self, exc: MastodonError, follow: bool, errors: dict[str, type[Exception]]
    ) -> FedimoveError | Exception:
        seen = self.last
        if isinstance(exc, MastodonRatelimitError):
            window = seen.window if seen else None
            daily = follow and is_follow_family(window, self.request_window, self.follow_window)
            return RateLimited(_retry_at(window, seen), daily)
        if isinstance(exc, MastodonUnauthorizedError):
            return TokenRejected(instance=self.instance)
        if isinstance(exc, MastodonServerError):
            status = _status(exc)
            return Transient(f"HTTP {status}", seen.retry_after if seen else None)
        if isinstance(exc, MastodonNetworkError):
            return Transient(_network_detail(exc))
        status = _status(exc)
        if status is None:
            return Transient("unreadable answer")
        message = _server_message(exc)
        if status == 403 and _OUT_OF_SCOPE in message:
            return TokenRejected(instance=self.instance)
        mapped = errors.get(str(status))
        if mapped is not None:
            return mapped(message)
        if isinstance(exc, MastodonNotFoundError):
            return TargetGone(message)
        if isinstance(exc, MastodonAPIError) and status >= 500:
            return Transient(f"HTTP {status}")
        return Rejected(message or f"HTTP {status}", status)


_FOLLOW_PATH = re.compile(r"/api/v1/accounts/[^/]+/follow")


def _is_follow(request: requests.PreparedRequest | None) -> bool:
    """A follow POST, whose headers may be the follow family's rather than the requests'."""
    if request is None or request.method != "POST" or not request.url:
        return False
    return bool(_FOLLOW_PATH.fullmatch(urlsplit(request.url).path))


def _status(exc: MastodonError) -> int | None:
    args = exc.args
    return args[1] if len(args) > 1 and isinstance(args[1], int) else None


def _server_message(exc: MastodonError) -> str:
    """The server's own `error` text (never a URL or a header, so never a token)."""
    args = exc.args
    return str(args[3]) if len(args) > 3 and args[3] else ""


def _network_detail(exc: MastodonError) -> str:
    text = str(exc).lower()
    if "timed out" in text or "timeout" in text:
        return "timeout"
    if "reset" in text or "aborted" in text or "disconnected" in text:
        return "connection reset"
    return "network error"


def _retry_at(window: RateWindow | None, seen: Seen | None) -> float | None:
    """When a 429 says to ask again: its window's reset, else its Retry-After (a server or a
    proxy may give that alone), else unknown."""
    if window is not None:
        return window.reset_at
    if seen is None or seen.retry_after is None:
        return None
    return seen.received_at + seen.retry_after
