"""The per-server gate learns the budget from headers and waits for the reset."""

from __future__ import annotations

import requests

from fedimove.fediverse.calls import HeaderTap
from fedimove.fediverse.pacing import RateLimitGate


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_waits_for_the_reset_when_the_budget_is_down_to_the_reserve() -> None:
    clock = Clock()
    gate = RateLimitGate(reserve=1, clock=clock)
    assert gate.delay() == 0  # nothing known yet
    gate.update(200, {"x-ratelimit-remaining": "2", "X-RateLimit-Reset": str(clock.now + 60)})
    assert gate.delay() == 0
    assert gate.delay() == 60
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    gate.wait(sleep)
    assert slept == [60] and gate.delay() == 0


def test_429_waits_until_the_reset_or_a_fallback() -> None:
    clock = Clock()
    gate = RateLimitGate(clock=clock, fallback_wait=30)
    gate.update(429, {"X-RateLimit-Reset": str(clock.now + 12)})
    assert gate.delay() == 12
    gate = RateLimitGate(clock=clock, fallback_wait=30)
    gate.update(429, {})
    assert gate.delay() == 30


def test_responses_without_headers_change_nothing() -> None:
    gate = RateLimitGate(clock=Clock())
    gate.update(200, {"X-RateLimit-Remaining": "garbage"})
    assert gate.delay() == 0


def _answer(method: str, url: str, status: int, headers: dict[str, str]) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.headers.update(headers)
    response.request = requests.Request(method, url).prepare()
    return response


def test_the_follow_family_s_numbers_and_429_do_not_stop_other_requests() -> None:
    """The follow endpoint reports the follow family (15 left of 400 a day) and, once it is
    used up, its 429: the request window matching draws on only loses the one request."""
    clock = Clock()
    gate = RateLimitGate(reserve=1, clock=clock)
    tap = HeaderTap(requests.Session(), clock, gate)
    base = "https://home.example/api/v1/accounts"
    tap._hook(_answer("GET", f"{base}/relationships", 200, window(300, 100, clock.now + 200)))
    follows = window(400, 0, clock.now + 86_000)
    tap._hook(_answer("POST", f"{base}/1/follow", 429, follows))
    tap._hook(_answer("POST", f"{base}/2/follow", 200, window(400, 1, clock.now + 86_000)))
    assert gate.delay() == 0
    assert gate._remaining == 97


def window(limit: int, remaining: int, reset: float) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(int(reset)),
    }


def test_a_429_saying_only_retry_after_waits_that_long() -> None:
    """A server (or the proxy in front of it) may give Retry-After alone: asking again after
    the fallback would only meet the next 429."""
    clock = Clock()
    gate = RateLimitGate(clock=clock, fallback_wait=30)
    gate.update(429, {"Retry-After": "120"})
    assert gate.delay() == 120


def test_a_429_with_retry_after_alone_tells_the_queue_when_to_ask_again() -> None:
    from mastodon import MastodonRatelimitError

    from fedimove.core.follow_errors import RateLimited
    from fedimove.fediverse.calls import InstanceCalls
    from fedimove.fediverse.session import client_for

    clock = Clock()
    calls = InstanceCalls(client_for("https://home.example", "token"), "home.example", clock)
    response = _answer("GET", "https://home.example/api/v1/accounts/1", 429, {"Retry-After": "90"})

    def throttled() -> None:
        for hook in calls.client.session.hooks["response"]:
            hook(response)
        raise MastodonRatelimitError("Hit rate limit.")

    try:
        calls.call(throttled)
    except RateLimited as limited:
        assert limited.reset_at == clock.now + 90 and not limited.daily
    else:
        raise AssertionError("a 429 must raise RateLimited")
