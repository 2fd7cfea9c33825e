"""The matching ETA: nothing until the pace is measured, then the pace actually kept."""

from __future__ import annotations

from fedimove.core.eta import Estimate, rounded
from tests.unit.test_rate_limit_gate import Clock as FakeClock


def test_no_time_is_told_before_the_warm_up() -> None:
    clock = FakeClock()
    estimate = Estimate(clock, warm_up_items=20, warm_up_seconds=10)
    assert estimate.observe(0, 3000) is None
    clock.now += 30
    assert estimate.observe(15, 3000) is None  # 15 items: too few to know the pace
    clock.now += 1
    assert estimate.observe(400, 3000) is not None
    clock.now += 0.5
    assert Estimate(FakeClock()).observe(3000, None) is None  # no total, no time left


def test_a_quick_start_does_not_make_the_rest_look_quick() -> None:
    """The first 200 items came from the cache in a second; the rest go at 2 per second."""
    clock = FakeClock()
    estimate = Estimate(clock, warm_up_items=20, warm_up_seconds=10)
    clock.now += 1
    assert estimate.observe(200, 3000) is None  # the clock starts at the first report
    clock.now += 100
    left = estimate.observe(400, 3000)
    assert left == (3000 - 400) / 2  # 2 per second, not 400 per 101 seconds
    assert estimate.seconds_left() == left


def test_the_warm_up_also_needs_seconds_and_a_new_phase_starts_over() -> None:
    clock = FakeClock()
    estimate = Estimate(clock, warm_up_items=20, warm_up_seconds=10)
    estimate.observe(1, 100)
    clock.now += 5
    assert estimate.observe(60, 100) is None  # many items, but only 5 seconds
    clock.now += 5
    assert estimate.observe(81, 100) == 19 * 10 / 80
    clock.now += 1
    assert estimate.observe(100, 100) is None  # finished: nothing left to tell
    assert estimate.observe(2, 500) is None  # fewer than before: a new phase, measured anew


def test_about_n_minutes_rounds_like_a_person() -> None:
    assert rounded(5) == (1, False)  # never "0 minutes"
    assert rounded(89) == (1, False)
    assert rounded(91) == (2, False)
    assert rounded(14 * 60) == (14, False)
    assert rounded(17 * 60) == (15, False)
    assert rounded(18 * 60) == (20, False)
    assert rounded(89 * 60) == (90, False)
    assert rounded(100 * 60) == (2, True)
    assert rounded(5 * 3600 + 20 * 60) == (5, True)
