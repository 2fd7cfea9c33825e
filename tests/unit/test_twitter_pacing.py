"""ETAs that count rate-limit windows, not only download time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fedimove.core.twitter_pacing import WINDOW_SECONDS, eta_seconds, pages_left

NOW = 1_800_000_000.0


def test_pages_left() -> None:
    assert (pages_left(0, 1000), pages_left(1, 1000), pages_left(2300, 1000)) == (0, 1, 3)


def test_within_the_window_only_download_time_counts() -> None:
    eta = eta_seconds(3, limit=15, remaining=10, reset=NOW + 600, now=NOW, seconds_per_page=2)
    assert eta == 6


def test_past_the_window_waits_are_counted() -> None:
    # 40 pages, 5 left in this window (resets in 10 min), 15 per window: 35 pages need three
    # more windows, opening in 10, 25 and 40 minutes.
    eta = eta_seconds(40, limit=15, remaining=5, reset=NOW + 600, now=NOW, seconds_per_page=1)
    assert eta == 600 + 2 * WINDOW_SECONDS + 40


def test_unknown_window_falls_back_to_download_time() -> None:
    assert eta_seconds(4, limit=None, remaining=None, reset=None, now=NOW, seconds_per_page=3) == 12


@given(
    pages=st.integers(0, 10_000),
    limit=st.integers(1, 1000),
    remaining=st.integers(0, 1000),
    reset_in=st.floats(0, 900),
    per_page=st.floats(0, 10),
)
def test_more_pages_never_take_less_time(pages, limit, remaining, reset_in, per_page) -> None:  # type: ignore[no-untyped-def]
    def eta(n: int) -> float:
        return eta_seconds(
            n,
            limit=limit,
            remaining=remaining,
            reset=NOW + reset_in,
            now=NOW,
            seconds_per_page=per_page,
        )

    assert 0 <= eta(pages) <= eta(pages + 1)
