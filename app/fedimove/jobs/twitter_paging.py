"""One paging runner for every read of the Twitter export: follows, lists, list members and
the profile fill-in (lookups by id) all go through `Pager.read`.

Each page is stored in one transaction with the cursor that follows it (`save_task`), so a
cancel, a spending cap, a rate limit or a kill loses nothing and the next run asks no page
twice. The runner owns what every read shares: the cost cap, retries and route fallback,
waiting out rate limits with a countdown, progress and ETA. A `PageSource` says only what to
ask next, how to store an answer and what to do once its task is finished.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_access import AccessStatus, Capability, Finding, Reason, Route
from fedimove.core.twitter_cost import Spending, item_price, page_cost
from fedimove.core.twitter_errors import TwitterAccessError
from fedimove.core.twitter_pacing import eta_seconds, pages_left
from fedimove.i18n import tr
from fedimove.jobs.base import JobContext, Progress
from fedimove.sources.twitter_api.api import PAGE_LIMITS, Page
from fedimove.sources.twitter_api.probe import ROUTES
from fedimove.store import twitter_state as state
from fedimove.store.workspace import transaction

SERVER_RETRIES = 3
COST_CAP_REACHED = "cost_cap"
WAITING = QT_TRANSLATE_NOOP(
    "TwitterExport", "Twitter asks to slow down: continuing at {time} ({seconds} s)"
)
T = TypeVar("T")


def local_time(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%H:%M")


class Stop(Exception):
    """End this run cleanly, incomplete, keeping everything read so far."""

    def __init__(self, finding: Finding | None, reason: str) -> None:
        super().__init__(reason)
        self.finding, self.reason = finding, reason


def is_global(finding: Finding) -> bool:
    """Failures that no other route or list will escape."""
    return finding.status in (
        AccessStatus.NETWORK_ERROR,
        AccessStatus.ACCOUNT_SUSPENDED,
        AccessStatus.ACCOUNT_LOCKED,
        AccessStatus.APP_SUSPENDED,
        AccessStatus.TOKEN_INVALID,
        AccessStatus.PAYMENT_REQUIRED,
        AccessStatus.SERVER_ERROR,
    ) or finding.reason in (Reason.USAGE_CAP, Reason.SHORT_RATE_LIMIT)


@dataclass(frozen=True, slots=True)
class Step:
    """Where a stored page leaves its task: the cursor to save, whether it was the last
    page, the items it adds to the task's count and those it adds to the progress bar."""

    cursor: str | None
    done: bool
    items: int
    progressed: int


@dataclass(frozen=True, slots=True)
class Ask:
    """One request a source wants made: how to fetch it on a route, and where its answer
    leaves the task."""

    fetch: Callable[[Route], Page]
    step: Callable[[Page], Step]


class PageSource(Protocol):
    """A task read page after page. `label` is untranslated ("TwitterExport" context);
    `expected` is how many items the whole task holds when known (for the ETA)."""

    task: str
    capability: Capability
    label: str
    expected: int | None

    def ask(self, cursor: str | None, limit: int) -> Ask | None:
        """The next request after `cursor`, at most `limit` items; None when none is left."""

    def may_change_route(self, current: state.TaskState) -> bool:
        """Whether a refusal may be retried on another route from this position."""

    def store(self, page: Page) -> None:
        """Write one page (inside the transaction that saves its cursor)."""

    def finished(self) -> None:
        """The last page is stored (same transaction): clean up what it makes stale."""


@dataclass(slots=True)
class CursorPages:
    """A read the server pages with its own cursors (follows, lists, list members): those
    cursors belong to the route that gave them, so only an unstarted task changes route."""

    task: str
    capability: Capability
    label: str
    fetch: Callable[[Route, str | None, int], Page]
    store: Callable[[Page], None]
    finished: Callable[[], None]
    expected: int | None = None

    def ask(self, cursor: str | None, limit: int) -> Ask:
        return Ask(lambda route: self.fetch(route, cursor, limit), _cursor_step)

    def may_change_route(self, current: state.TaskState) -> bool:
        return current.cursor is None and current.items == 0


def _cursor_step(page: Page) -> Step:
    return Step(
        page.next_cursor,
        page.next_cursor is None,
        len(page.account_ids or page.lists),
        len(page.account_ids),
    )


@dataclass(slots=True)
class IdBatches:
    """Lookups by id, in id order: the cursor is the last id asked, so ids Twitter answers
    nothing for (suspended, deleted) are not asked again, and the cursor fits any route."""

    task: str
    label: str
    pending: Callable[[str, int], list[str]]
    lookup: Callable[[Route, Sequence[str]], Page]
    store: Callable[[Page], None]
    capability: Capability = Capability.USERS_LOOKUP
    expected: int | None = None

    def ask(self, cursor: str | None, limit: int) -> Ask | None:
        ids = self.pending(cursor or "", limit + 1)  # one more tells whether this is the last
        batch, more = ids[:limit], len(ids) > limit
        if not batch:
            return None
        return Ask(
            lambda route: self.lookup(route, batch),
            lambda page: Step(batch[-1], not more, len(page.users), len(batch)),
        )

    def may_change_route(self, current: state.TaskState) -> bool:
        return current.items == 0

    def finished(self) -> None:
        """Nothing goes stale: an id Twitter did not answer for simply stays unnamed."""


class Pager:
    """Reads sources page by page under one spending cap, one set of refused routes and one
    progress count (`done_items` of `total_items`) for the whole run."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        ctx: JobContext,
        spending: Spending,
        *,
        wait: bool,
        max_wait_seconds: float,
    ) -> None:
        self.conn, self.ctx, self.spending = conn, ctx, spending
        self.wait, self.max_wait_seconds = wait, max_wait_seconds
        self.done_items = 0
        self.total_items: int | None = None
        self._refused: set[tuple[Capability, Route]] = set()

    def read(self, source: PageSource) -> None:
        """Read `source` from its saved cursor to its end (or raise `Stop`)."""
        current = state.task(self.conn, source.task) or state.TaskState(source.task)
        if current.done:
            return
        capability = source.capability
        routes = self._routes(capability, current)
        label = tr("TwitterExport", source.label)
        while True:
            self.ctx.checkpoint()
            route = routes[0]
            limit = self._affordable(capability, route)
            ask = source.ask(current.cursor, limit)
            if ask is None:
                with transaction(self.conn):
                    current = state.TaskState(
                        source.task, route.value, current.cursor, True, current.items
                    )
                    state.save_task(self.conn, current)
                return
            started = time.monotonic()
            try:
                page = self.with_retries(lambda r=route, a=ask: a.fetch(r))
            except TwitterAccessError as error:
                if (
                    source.may_change_route(current)
                    and len(routes) > 1
                    and not is_global(error.finding)
                ):
                    self._refused.add((capability, routes.pop(0)))
                    continue
                raise Stop(error.finding, error.finding.reason.value) from None
            step = ask.step(page)
            if step.cursor is not None and step.cursor == current.cursor:
                # The same page again would loop forever: stop, incomplete, and say so.
                unexpected = Finding(AccessStatus.SERVER_ERROR, Reason.UNEXPECTED, http_status=200)
                raise Stop(unexpected, unexpected.reason.value)
            with transaction(self.conn):
                source.store(page)
                current = state.TaskState(
                    source.task, route.value, step.cursor, step.done, current.items + step.items
                )
                state.save_task(self.conn, current)
                if current.done:
                    source.finished()
            self._charge(capability, page)
            self.done_items += step.progressed
            eta = self._eta(source.expected, current, limit, page, time.monotonic() - started)
            self.ctx.progress(Progress(self.done_items, self.total_items, label, eta))
            if current.done:
                return
            self._pace(page)

    def with_retries(self, call: Callable[[], T]) -> T:
        """Wait out short rate limits (countdown, cancellable) and retry brief outages."""
        attempt = 0
        while True:
            try:
                return call()
            except TwitterAccessError as error:
                finding = error.finding
                if finding.waitable and self._may_wait(finding):
                    self._wait_until(finding.retry_at or self.ctx.clock() + 60)
                    continue
                if finding.retryable and attempt < SERVER_RETRIES:
                    attempt += 1
                    self.ctx.sleep(2**attempt)
                    continue
                raise

    def _eta(
        self,
        expected: int | None,
        current: state.TaskState,
        limit: int,
        page: Page,
        elapsed: float,
    ) -> float | None:
        """Time left for a task of known size, counting the rate-limit windows to wait for."""
        if not expected:
            return None
        window = page.window
        return eta_seconds(
            pages_left(expected - current.items, limit),
            limit=window.limit,
            remaining=window.remaining,
            reset=window.reset,
            now=self.ctx.clock(),
            seconds_per_page=elapsed,
        )

    def _pace(self, page: Page) -> None:
        """The window is used up: wait for its reset now rather than provoke a 429."""
        window = page.window
        if window.remaining != 0 or window.reset is None:
            return
        finding = Finding(AccessStatus.RATE_LIMITED, Reason.SHORT_RATE_LIMIT, window.reset)
        if not self._may_wait(finding):
            raise Stop(finding, finding.reason.value)
        self._wait_until(window.reset)

    def _routes(self, capability: Capability, current: state.TaskState) -> list[Route]:
        """A started task keeps its route (cursors do not carry over); a new one skips the
        routes this run already saw refused for the same capability (one list after another)."""
        if current.route:
            return [Route(current.route)]
        open_routes = [r for r in ROUTES if (capability, r) not in self._refused]
        return open_routes or list(ROUTES)

    def _affordable(self, capability: Capability, route: Route) -> int:
        """Items of the next page that fit under the cap (stopping when not even one does)."""
        wanted = PAGE_LIMITS[(capability, route)]
        prices = self.spending.prices
        affordable = self.spending.affordable_at(item_price(prices, capability, route), wanted)
        if affordable < 1:
            raise Stop(None, COST_CAP_REACHED)
        return affordable

    def _charge(self, capability: Capability, page: Page) -> None:
        items = len(page.lists) if page.lists else len(page.account_ids)
        self.spending.spent += page_cost(self.spending.prices, capability, items, page.pinned_posts)

    def _may_wait(self, finding: Finding) -> bool:
        if not self.wait:
            return False
        until = finding.retry_at or self.ctx.clock() + 60
        return until - self.ctx.clock() <= self.max_wait_seconds

    def _wait_until(self, until: float) -> None:
        """A visible countdown; `ctx.sleep` returns at once on cancel."""
        until += 1  # the reset second itself is still limited
        while (left := until - self.ctx.clock()) > 0:
            self.ctx.progress(
                Progress(
                    self.done_items,
                    self.total_items,
                    tr("TwitterExport", WAITING).format(
                        time=local_time(until), seconds=int(left + 0.999)
                    ),
                    waiting_until=until,
                )
            )
            self.ctx.sleep(min(left, 1.0))


__all__ = ["COST_CAP_REACHED", "CursorPages", "IdBatches", "PageSource", "Pager", "Stop"]
