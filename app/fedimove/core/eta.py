"""How long a long task still needs, from the pace it actually keeps.

The first items of a run are not its pace: connections are opened, cached answers come back at
once, a resumed run skips what was done. So the clock starts at the first report, and no time
is told until enough items and seconds have gone by since then to measure a rate; before that
the honest answer is "not known yet" (None), not a guess that is wrong by a factor of ten.
"""

from __future__ import annotations

from collections.abc import Callable

WARM_UP_ITEMS = 20
WARM_UP_SECONDS = 10.0


class Estimate:
    """Fed `(done, total)` as a task advances; `seconds_left()` once the pace is known.

    `clock` is passed in (seconds, monotonic), so tests drive it and the core reads no time.
    A report with fewer items done than before (a new phase counting from zero) starts over.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        warm_up_items: int = WARM_UP_ITEMS,
        warm_up_seconds: float = WARM_UP_SECONDS,
    ) -> None:
        self._clock = clock
        self._warm_up_items = warm_up_items
        self._warm_up_seconds = warm_up_seconds
        self._start: tuple[float, int] | None = None
        self._left: float | None = None

    def observe(self, done: int, total: int | None) -> float | None:
        """Record a report; returns the seconds left, or None while the pace is not known."""
        now = self._clock()
        if self._start is None or done < self._start[1]:
            self._start = (now, done)
        started, done_then = self._start
        items, seconds = done - done_then, now - started
        if (
            total is None
            or done >= total
            or items < self._warm_up_items
            or seconds < self._warm_up_seconds
        ):
            self._left = None
        else:
            self._left = (total - done) * seconds / items
        return self._left

    def seconds_left(self) -> float | None:
        return self._left


def rounded(seconds: float) -> tuple[int, bool]:
    """ "About N minutes" as (N, False), or "about N hours" as (N, True) from an hour and a half.

    The nearest minute up to a quarter hour, then the nearest five minutes, then the nearest
    hour; at least one minute, so a task that is nearly done never says "0 minutes".
    """
    minutes = seconds / 60
    if minutes < 15:
        return max(1, round(minutes)), False
    if minutes < 90:
        return 5 * round(minutes / 5), False
    return round(minutes / 60), True
