"""Pacing by the headers uses the whole request budget and never meets a 429."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fedimove.core.pacing import (
    Backoff,
    Pacer,
    RateWindow,
    is_follow_family,
    parse_rate_headers,
    parse_reset,
    parse_retry_after,
    unreadable_rate_headers,
)

T0 = 1_800_000_000.0


def headers(limit: int, remaining: int, reset: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "x-ratelimit-remaining": str(remaining),
        "X-RateLimit-Reset": reset,
    }


def test_mastodon_iso_reset_and_gotosocial_epoch() -> None:
    window = parse_rate_headers(headers(300, 299, "2027-01-15T08:05:00.875800Z"), T0)
    assert window is not None and (window.limit, window.remaining) == (300, 299)
    assert window.reset_at == pytest.approx(T0 + 300.8758)
    assert parse_rate_headers(headers(300, 1, "1800000300"), T0) == RateWindow(300, 1, T0 + 300)


def test_reset_formats_the_gate_and_the_windows_share() -> None:
    """One parser for every reader of X-RateLimit-Reset: Mastodon's ISO 8601, GoToSocial's
    epoch seconds, a small number as seconds from now (never moved by the server's clock)."""
    assert parse_reset("2027-01-15T08:05:00.875800Z", 0) == 1800000300.8758
    assert parse_reset("1800000300", 0) == 1800000300
    assert parse_reset("30", 1000.0) == 1030.0
    assert parse_reset("30", T0, server_now=T0 - 60) == T0 + 30
    assert parse_reset("1800000300", T0, server_now=T0 - 60) == 1800000360
    for bad in ("soon", None, "", "2027-01-15T08:05:00", "-5", "nan", "1e99"):
        assert parse_reset(bad, 0) is None


def test_server_clock_skew_is_corrected() -> None:
    sent = headers(300, 10, "2027-01-15T08:05:00Z")
    sent["Date"] = "Fri, 15 Jan 2027 08:00:00 GMT"
    local = T0 + 60  # our clock is a minute ahead of the server's
    window = parse_rate_headers(sent, local)
    assert window is not None and window.reset_at - local == pytest.approx(300)


@pytest.mark.parametrize(
    "bad",
    [
        {},
        headers(300, 1, ""),
        headers(300, 1, "tomorrow"),
        headers(300, 1, "2027-01-15T08:05:00"),
        {"X-RateLimit-Limit": "x", "X-RateLimit-Remaining": "1", "X-RateLimit-Reset": "1"},
        headers(0, 0, "1800000300"),
    ],
)
def test_unusable_headers_are_ignored(bad: dict[str, str]) -> None:
    assert parse_rate_headers(bad, T0) is None


@given(
    st.dictionaries(
        st.sampled_from(
            ["x-ratelimit-limit", "X-RateLimit-Remaining", "x-ratelimit-reset", "Date", "other"]
        ),
        st.text(),
    ),
    st.floats(min_value=0, max_value=4e9),
)
def test_header_parser_never_raises(data: dict[str, str], now: float) -> None:
    window = parse_rate_headers(data, now)
    assert window is None or 0 <= window.remaining <= window.limit


def test_retry_after() -> None:
    assert parse_retry_after("120", T0) == 120
    assert parse_retry_after("nonsense", T0) is None
    assert parse_retry_after(None, T0) is None


class FixedWindowServer:
    """Rack::Attack's counting, to check the pacer against it without a network."""

    def __init__(self, limit: int, period: float) -> None:
        self.limit, self.period = limit, period
        self.counts: dict[int, int] = {}
        self.throttled = 0

    def request(self, now: float) -> RateWindow:
        slot = math.floor(now / self.period)
        self.counts[slot] = self.counts.get(slot, 0) + 1
        if self.counts[slot] > self.limit:
            self.throttled += 1
        remaining = max(0, self.limit - self.counts[slot])
        return RateWindow(self.limit, remaining, (slot + 1) * self.period)


@pytest.mark.parametrize("latency", [0.0, 0.05, 0.4])
def test_steady_state_uses_the_budget_without_429(latency: float) -> None:
    server = FixedWindowServer(300, 300.0)
    pacer = Pacer()
    now = T0 + 17.0  # start mid-window
    end = T0 + 300 * 11
    sent = 0
    while now < end:
        now = max(now, pacer.next_at(now, demand=10_000))
        pacer.sent(now)
        window = server.request(now)
        sent += 1
        now += latency
        pacer.observe(window, now)
    full_windows = [n for slot, n in server.counts.items() if slot * 300 >= T0 + 300]
    assert server.throttled == 0
    used = sum(full_windows[:9]) / (9 * 300)
    assert used >= 0.95, used


def test_small_demand_goes_at_once_and_reserve_is_kept() -> None:
    pacer = Pacer(reserve=1)
    pacer.observe(RateWindow(300, 200, T0 + 100), T0)
    assert pacer.next_at(T0, demand=50) == T0
    pacer.observe(RateWindow(300, 1, T0 + 100), T0)
    assert pacer.next_at(T0, demand=1) == pytest.approx(T0 + 100 + pacer.grace)


def test_min_interval_is_a_floor() -> None:
    pacer = Pacer(min_interval=0.5)
    pacer.sent(T0)
    assert pacer.next_at(T0 + 0.1) == pytest.approx(T0 + 0.5)


def test_follow_family_headers_are_told_apart() -> None:
    pacer = Pacer()
    pacer.observe(RateWindow(300, 250, T0 + 200), T0)
    pacer.observe(RateWindow(400, 3, T0 + 40_000), T0 + 1, follow=True)
    assert pacer.daily == RateWindow(400, 3, T0 + 40_000)
    assert pacer.request == RateWindow(300, 249, T0 + 200)
    request = RateWindow(300, 0, T0 + 30)
    assert is_follow_family(RateWindow(400, 0, T0 + 30), request)
    assert not is_follow_family(RateWindow(300, 0, T0 + 30), request)
    assert is_follow_family(RateWindow(300, 0, T0 + 7200), None)


def test_families_are_told_apart_whatever_the_distance_to_their_reset() -> None:
    """Scaled down (15 follows per 20 s, 60 requests per 15 s) as at real sizes."""
    request = RateWindow(60, 40, T0 + 15)
    assert is_follow_family(RateWindow(15, 14, T0 + 20), request)
    assert not is_follow_family(RateWindow(60, 39, T0 + 15), request)
    follows = RateWindow(60, 5, T0 + 20)
    assert is_follow_family(RateWindow(60, 4, T0 + 20), request, follows)
    assert not is_follow_family(RateWindow(60, 59, T0 + 30), request, follows)


def test_a_used_up_follow_window_blocks_follows_until_its_reset() -> None:
    pacer = Pacer()
    pacer.observe(RateWindow(60, 50, T0 + 15), T0)
    pacer.observe(RateWindow(15, 1, T0 + 20), T0, follow=True)
    assert pacer.follow_blocked_until(T0) is None
    pacer.observe(RateWindow(60, 3, T0 + 15), T0 + 1, follow=True)
    assert pacer.daily == RateWindow(15, 0, T0 + 20)
    assert pacer.follow_blocked_until(T0 + 1) == T0 + 20
    assert pacer.follow_blocked_until(T0 + 20) is None


class MastodonFamilies:
    """Both of Mastodon's counters for one account: requests (Rack::Attack) and follows
    (RateLimiter), epoch-aligned; a follow response carries the follow family's numbers when
    its remaining is no more than the request family's (`override_rate_limit_headers`)."""

    def __init__(self, requests: FixedWindowServer, follows: FixedWindowServer) -> None:
        self.requests, self.follows = requests, follows

    def plain(self, now: float) -> RateWindow:
        return self.requests.request(now)

    def follow(self, now: float) -> RateWindow:
        request = self.requests.request(now)
        follow = self.follows.request(now)
        return follow if follow.remaining <= request.remaining else request

    @property
    def throttled(self) -> int:
        return self.requests.throttled + self.follows.throttled


@given(
    request_limit=st.integers(20, 300),
    request_period=st.integers(5, 600),
    follow_limit=st.integers(1, 400),
    follow_period=st.integers(5, 86_400),
    start=st.floats(0.0, 600.0),
    latency=st.sampled_from([0.0, 0.05, 0.4]),
)
# The request window turning over unseen behind the follow family, its period known or not.
@example(20, 5, 160, 45, 0.0, 0.0)
@example(21, 5, 39, 6, 0.0, 0.0)
def test_no_429_in_either_family_whatever_the_windows(  # type: ignore[no-untyped-def]
    request_limit, request_period, follow_limit, follow_period, start, latency
) -> None:
    """The executor's order: a relationships request per 40 rows, then their follows; a
    used-up follow family ends the batch, and the next one starts after its reset; until three
    follow windows have passed.

    Periods are whole seconds, as Rack::Attack and Mastodon's RateLimiter count them.
    """
    server = MastodonFamilies(
        FixedWindowServer(request_limit, request_period),
        FixedWindowServer(follow_limit, follow_period),
    )
    pacer = Pacer()
    now = T0 + start
    follows = 0
    while follows < 3 * follow_limit + 1:
        for n in range(41):
            follow = n > 0
            if follow and (at := pacer.follow_blocked_until(now)) is not None:
                now = at + pacer.grace
                break
            now = max(now, pacer.next_at(now, demand=10_000))
            pacer.sent(now)
            window = server.follow(now) if follow else server.plain(now)
            follows += follow
            now += latency
            pacer.observe(window, now, follow=follow)
    assert server.throttled == 0


def test_after_429_wait_for_the_reset() -> None:
    pacer = Pacer()
    assert pacer.exhausted_until(RateWindow(300, 0, T0 + 12), T0) == pytest.approx(
        T0 + 12 + pacer.grace
    )
    assert pacer.next_at(T0 + 1) >= T0 + 12


def test_servers_without_headers_get_the_average_pace_and_growing_pauses() -> None:
    pacer = Pacer(blind_interval=1.0)
    assert pacer.next_at(T0) == T0
    pacer.sent(T0)
    pacer.observe(None, T0 + 0.1)
    assert pacer.next_at(T0 + 0.1) == pytest.approx(T0 + 1.0)
    pauses = [pacer.exhausted_until(None, T0) - T0 for _ in range(8)]
    assert pauses == [2, 4, 8, 16, 32, 64, 64, 64]
    pacer.observe(RateWindow(300, 200, T0 + 100), T0)
    assert pacer.exhausted_until(None, T0) == T0 + 2


def test_backoff_grows_caps_and_gives_up() -> None:
    policy = Backoff(base=2, factor=2, cap=30, jitter=0.25, max_attempts=4)
    assert [policy.delay(n, 0.5) for n in (1, 2, 3, 4, 5, 6)] == [2, 4, 8, 16, 30, 30]
    assert policy.delay(1, 0.0) == 1.5 and policy.delay(1, 0.999) < 2.5
    assert policy.delay(1, 0.5, retry_after=60) == 60
    assert not policy.gives_up(3) and policy.gives_up(4)


def test_a_request_window_hidden_behind_the_follow_family_is_still_counted() -> None:
    pacer = Pacer()
    pacer.observe(RateWindow(21, 10, T0 + 5), T0)
    pacer.observe(RateWindow(21, 20, T0 + 10), T0 + 6)
    assert pacer.request_period == 5
    pacer.observe(RateWindow(39, 30, T0 + 12), T0 + 11, follow=True)
    assert pacer.request == RateWindow(21, 20, T0 + 15)


def test_with_the_request_window_unknown_the_follow_family_keeps_the_reserve() -> None:
    pacer = Pacer()
    pacer.observe(RateWindow(21, 10, T0 + 5), T0)
    pacer.observe(RateWindow(39, 1, T0 + 6), T0 + 5.5, follow=True)
    assert pacer.follow_blocked_until(T0 + 5.5) == T0 + 6


def test_headers_mastodon_py_would_raise_on_are_named() -> None:
    """Mastodon.py reads a Reset as whole epoch seconds or a date string, and then the Date."""
    good = headers(300, 1, "2027-01-15T08:05:00Z") | {"Date": "Fri, 15 Jan 2027 08:00:00 GMT"}
    assert unreadable_rate_headers(good, T0) == []
    assert unreadable_rate_headers(headers(300, 1, "1800000300"), T0) == []
    assert unreadable_rate_headers({"Date": "whenever"}, T0) == []
    for reset in ("soon", "", "1800000300.5", "2027-01-15T08:05:00"):
        assert unreadable_rate_headers(headers(300, 1, reset), T0) == ["X-RateLimit-Reset"]
    assert unreadable_rate_headers(good | {"Date": "whenever"}, T0) == ["Date"]
