"""The per-server gate learns the budget from headers and waits for the reset."""

from __future__ import annotations

from fedimove.fediverse.pacing import RateLimitGate, parse_reset


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_reset_formats() -> None:
    assert parse_reset("2027-01-15T08:05:00.875800Z", 0) == 1800000300.8758
    assert parse_reset("1800000300", 0) == 1800000300
    assert parse_reset("30", 1000.0) == 1030.0
    assert parse_reset("soon", 0) is None and parse_reset(None, 0) is None


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
