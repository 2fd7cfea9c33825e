"""Exporting follows and lists through the Twitter/X API (`twitter export`, the GUI's export).

A job, so the GUI (thread pool) and the CLI (terminal) run the same code. The export
writes each fetched page in its own transaction, with the cursor that follows it, so a kill,
a cancel, a rate limit or a spending cap loses nothing: the next run continues. It reports a
run as complete only when every task reached its last page.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from fedimove.core.errors import Cancelled
from fedimove.core.graph import EdgeKind, ListRelation, TwitterList
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_access import (
    AccessStatus,
    Capability,
    Finding,
    Reason,
    Route,
    most_telling,
)
from fedimove.core.twitter_cost import (
    ESTIMATE_TEMPLATE,
    NO_CAP,
    CostEstimate,
    ExportCounts,
    Prices,
    Spending,
    item_price,
    page_cost,
)
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import TwitterAccessError, WrongAccount
from fedimove.core.twitter_pacing import eta_seconds, pages_left
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.twitter_check import open_twitter_api, remember_me
from fedimove.sources.twitter_api.api import PAGE_LIMITS, Page, TwitterApi
from fedimove.sources.twitter_api.payloads import UserRecord
from fedimove.sources.twitter_api.probe import ROUTES, refine_refusals
from fedimove.store import graph, settings
from fedimove.store import twitter_state as state
from fedimove.store.workspace import transaction

log = logging.getLogger(__name__)
PRICES_SETTING = "twitter.prices"
MAX_COST_SETTING = "twitter.max_cost"
DEFAULT_MAX_COST = 5.0
SERVER_RETRIES = 3
FOLLOWING_TASK = "following"
HYDRATE_TASK = "hydrate"
LIST_TASKS = {
    Capability.OWNED_LISTS: "owned_lists",
    Capability.FOLLOWED_LISTS: "followed_lists",
}


def local_time(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """`max_cost`: stop before reads would cost more (None: the setting; `no_cap`: none).
    `wait`: wait out short rate limits (with a countdown) instead of stopping."""

    max_cost: float | None = None
    no_cap: bool = False
    wait: bool = True
    max_wait_seconds: float = 20 * 60
    lists: bool = True
    hydrate: bool = True


@dataclass(slots=True)
class ExportResult:
    complete: bool = False
    following: int = 0
    lists: int = 0
    hydrated: int = 0
    skipped_lists: list[str] = field(default_factory=list)
    estimate: CostEstimate | None = None
    cap: float | None = None
    spent: float = 0.0
    stop: Finding | None = None
    stop_reason: str = ""


class _Stop(Exception):
    """Internal: end this run cleanly, incomplete, keeping everything read so far."""

    def __init__(self, finding: Finding | None, reason: str) -> None:
        super().__init__(reason)
        self.finding, self.reason = finding, reason


WAITING = QT_TRANSLATE_NOOP(
    "TwitterExport", "Twitter asks to slow down: continuing at {time} ({seconds} s)"
)
READING = {
    FOLLOWING_TASK: QT_TRANSLATE_NOOP("TwitterExport", "Reading your follows"),
    "owned_lists": QT_TRANSLATE_NOOP("TwitterExport", "Reading your lists"),
    "followed_lists": QT_TRANSLATE_NOOP("TwitterExport", "Reading the lists you follow"),
    "list_members": QT_TRANSLATE_NOOP("TwitterExport", "Reading list members"),
    HYDRATE_TASK: QT_TRANSLATE_NOOP("TwitterExport", "Filling in profiles known only by id"),
}
COST_CAP_REACHED = "cost_cap"
T = TypeVar("T")


class TwitterExportJob(Job[ExportResult]):
    """Export follows (full profiles), owned and followed lists with members, and fill in
    accounts the archive knew only by id. Resumable; never claims completeness it lacks."""

    title = QT_TRANSLATE_NOOP("Jobs", "Exporting from the Twitter API")

    def __init__(
        self,
        options: ExportOptions | None = None,
        credentials: TwitterCredentials | None = None,
    ) -> None:
        self.options = options or ExportOptions()
        self._credentials = credentials

    def run(self, ctx: JobContext) -> ExportResult:
        return _with_export(self._credentials, self.options, ctx, lambda export: export.run())


class EstimateExportJob(Job[CostEstimate]):
    """What an export would cost at most, from one cheap read (`me`), before reading any
    follow: for the GUI to show next to the cap before the user starts."""

    title = QT_TRANSLATE_NOOP("Jobs", "Estimating what the export may cost")

    def __init__(self, credentials: TwitterCredentials | None = None) -> None:
        self._credentials = credentials

    def run(self, ctx: JobContext) -> CostEstimate:
        return _with_export(
            self._credentials, ExportOptions(), ctx, lambda export: export.estimate()[1]
        )


def _with_export(
    given: TwitterCredentials | None,
    options: ExportOptions,
    ctx: JobContext,
    work: Callable[[_Export], T],
) -> T:
    with open_twitter_api(given, ctx) as opened:
        return work(_Export(opened.conn, opened.api, opened.credentials, options, ctx))


class _Export:
    def __init__(
        self,
        conn: sqlite3.Connection,
        api: TwitterApi,
        credentials: TwitterCredentials,
        options: ExportOptions,
        ctx: JobContext,
    ) -> None:
        self.conn, self.api, self.credentials, self.options, self.ctx = (
            conn,
            api,
            credentials,
            options,
            ctx,
        )
        self.prices = Prices.from_setting(settings.get(conn, PRICES_SETTING))
        cap = options.max_cost
        if cap is None:
            cap = settings.get(conn, MAX_COST_SETTING, DEFAULT_MAX_COST)
        self.cap: float | None = None if options.no_cap or cap is None else float(cap)
        self.spending = Spending(self.prices, self.cap)
        self.result = ExportResult(cap=self.cap)
        self.done_items = 0
        self.total_items: int | None = None
        self._following_count: int | None = None
        self._refused: set[tuple[Capability, Route]] = set()

    # --- the run ------------------------------------------------------------------------

    def estimate(self) -> tuple[str, CostEstimate]:
        """Who "me" is, and the estimate for what is left to read (all of it after a
        complete export, which the next run starts afresh)."""
        me = self._me()
        return me, self._estimate(fresh=bool(state.export_complete(self.conn)))

    def run(self) -> ExportResult:
        me, estimate = self.estimate()
        if state.export_complete(self.conn):
            with transaction(self.conn):
                state.reset_tasks(self.conn)
        self.result.estimate = estimate
        run_id = state.start_run(self.conn, estimate.total)
        try:
            self._export(me)
        except _Stop as stop:
            self.result.stop, self.result.stop_reason = stop.finding, stop.reason
        except Cancelled:
            self._finish(run_id, "cancelled")
            raise
        self.result.complete = self.result.stop is None and not self.result.stop_reason
        self.result.complete = self.result.complete and state.pending_tasks(self.conn) == 0
        self.result.following = self.conn.execute(
            "SELECT count(*) FROM edges WHERE kind = 'following' AND source = 'api'"
        ).fetchone()[0]
        self.result.lists = len(self._list_keys())
        self._finish(run_id, None)
        return self.result

    def _finish(self, run_id: int, cancelled: str | None) -> None:
        self.result.spent = self.spending.spent
        stop = self.result.stop
        state.finish_run(
            self.conn,
            run_id,
            complete=self.result.complete,
            spent=self.spending.spent,
            stop_status=cancelled or (stop.status.value if stop else None),
            stop_reason=self.result.stop_reason or (stop.reason.value if stop else None),
        )
        if self.api.worked:
            state.record_worked(self.conn, self.credentials)
        log.info(
            "twitter export run %s: complete=%s stop=%s/%s following=%s spent=%.3f",
            run_id,
            self.result.complete,
            cancelled or (stop.status.value if stop else "-"),
            self.result.stop_reason or "-",
            self.result.following,
            self.spending.spent,
        )

    def _export(self, me: str) -> None:
        self._paged(FOLLOWING_TASK, Capability.FOLLOWS, me, self._store_following)
        if self.options.lists:
            for capability, task in LIST_TASKS.items():
                self._paged(task, capability, me, self._store_lists(task))
            for key in self._list_keys():
                self._list_members(key)
        if self.options.hydrate:
            self._hydrate()

    # --- who is "me" ----------------------------------------------------------------------

    def _me(self) -> str:
        if not self.api.user_context:
            known = graph.load_me(self.conn)
            if known is None:
                raise TwitterAccessError(
                    Finding(AccessStatus.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT)
                )
            self._following_count = self._count_follows(known.id)
            return known.id
        failures: list[tuple[Route, Finding]] = []
        for route in ROUTES:
            try:
                record = self._with_retries(lambda r=route: self.api.me(r))
            except TwitterAccessError as error:
                failures.append((route, error.finding))
                continue
            if not remember_me(self.conn, record):
                raise WrongAccount(username=record.profile.username or record.profile.id)
            state.record_worked(self.conn, self.credentials)
            self._following_count = record.following_count
            return record.profile.id
        refined = refine_refusals(self.api, tuple(failures))
        raise TwitterAccessError(most_telling(f for _, f in refined))

    def _count_follows(self, user_id: str) -> int | None:
        """With app-only access, one profile read tells how many follows there are."""
        for route in ROUTES:
            try:
                page = self._with_retries(lambda r=route: self.api.lookup(r, [user_id]))
            except TwitterAccessError:
                continue
            self.spending.spent += self.prices.user
            return page.users[0].following_count if page.users else None
        return None

    def _estimate(self, fresh: bool) -> CostEstimate:
        following_done = 0
        if not fresh:
            following_done = (state.task(self.conn, FOLLOWING_TASK) or state.TaskState("")).items
        following = max(0, (self._following_count or 0) - following_done)
        hydrate = self.conn.execute(
            "SELECT count(*) FROM accounts WHERE username IS NULL"
        ).fetchone()[0]
        known_lists = self.conn.execute(
            "SELECT count(*) FROM lists WHERE source = 'api'"
        ).fetchone()[0]
        members = self.conn.execute(
            "SELECT count(*) FROM list_members WHERE list_key IN"
            " (SELECT key FROM lists WHERE source = 'api')"
        ).fetchone()[0]
        counts = ExportCounts(
            following=following,
            pinned_posts=following,
            lists=known_lists,
            list_members=members,
            hydrate=hydrate,
        )
        estimate = CostEstimate(counts, self.prices)
        self.total_items = following + members + hydrate or None
        cap = (
            f"{self.cap:.2f} {self.prices.currency}"
            if self.cap is not None
            else tr("TwitterCost", NO_CAP)
        )
        self.ctx.log(
            tr("TwitterCost", ESTIMATE_TEMPLATE).format(
                amount=f"{estimate.total:.2f}",
                currency=self.prices.currency,
                following=counts.following,
                lists=counts.lists,
                members=counts.list_members,
                hydrate=counts.hydrate,
                as_of=self.prices.as_of,
                cap=cap,
            )
        )
        return estimate

    # --- paging, waiting, falling back --------------------------------------------------------

    def _paged(
        self,
        task: str,
        capability: Capability,
        subject: str,
        store: Callable[[Page], None],
        message: str | None = None,
    ) -> None:
        current = state.task(self.conn, task) or state.TaskState(task)
        if current.done:
            return
        routes = self._routes(capability, current)
        label = tr("TwitterExport", message or READING[task])
        while True:
            self.ctx.checkpoint()
            route = routes[0]
            limit = self._affordable(capability, route)
            started = time.monotonic()
            try:
                page = self._fetch(capability, route, subject, current.cursor, limit)
            except TwitterAccessError as error:
                fresh = current.cursor is None and current.items == 0
                if fresh and len(routes) > 1 and not _global(error.finding):
                    self._refused.add((capability, routes.pop(0)))
                    continue
                raise _Stop(error.finding, error.finding.reason.value) from None
            if page.next_cursor is not None and page.next_cursor == current.cursor:
                # The same page again would loop forever: stop, incomplete, and say so.
                unexpected = Finding(AccessStatus.SERVER_ERROR, Reason.UNEXPECTED, http_status=200)
                raise _Stop(unexpected, unexpected.reason.value)
            with transaction(self.conn):
                store(page)
                current = state.TaskState(
                    task,
                    route.value,
                    page.next_cursor,
                    done=page.next_cursor is None,
                    items=current.items + len(page.account_ids or page.lists),
                )
                state.save_task(self.conn, current)
                if current.done:
                    self._task_finished(task)
            self._charge(capability, page)
            self.done_items += len(page.account_ids)
            eta = self._eta(task, current, limit, page, time.monotonic() - started)
            self.ctx.progress(Progress(self.done_items, self.total_items, label, eta))
            if current.done:
                return
            self._pace(page)

    def _eta(
        self, task: str, current: state.TaskState, limit: int, page: Page, elapsed: float
    ) -> float | None:
        """Time left for the follows, counting the rate-limit windows still to wait for."""
        if task != FOLLOWING_TASK or not self._following_count:
            return None
        window = page.window
        return eta_seconds(
            pages_left(self._following_count - current.items, limit),
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
            raise _Stop(finding, finding.reason.value)
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
        affordable = self.spending.affordable_at(item_price(self.prices, capability, route), wanted)
        if affordable < 1:
            raise _Stop(None, COST_CAP_REACHED)
        return affordable

    def _charge(self, capability: Capability, page: Page) -> None:
        items = len(page.lists) if page.lists else len(page.account_ids)
        self.spending.spent += page_cost(self.prices, capability, items, page.pinned_posts)

    def _fetch(
        self, capability: Capability, route: Route, subject: str, cursor: str | None, limit: int
    ) -> Page:
        if capability is Capability.FOLLOWS:
            call = lambda: self.api.following(route, subject, cursor, limit)  # noqa: E731
        elif capability is Capability.LIST_MEMBERS:
            call = lambda: self.api.list_members(route, subject, cursor, limit)  # noqa: E731
        else:
            call = lambda: self.api.lists(capability, route, subject, cursor, limit)  # noqa: E731
        return self._with_retries(call)

    def _with_retries(self, call: Callable[[], T]) -> T:
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

    def _may_wait(self, finding: Finding) -> bool:
        if not self.options.wait:
            return False
        until = finding.retry_at or self.ctx.clock() + 60
        return until - self.ctx.clock() <= self.options.max_wait_seconds

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

    # --- storing pages --------------------------------------------------------------------

    def _store_users(self, users: list[UserRecord]) -> None:
        graph.upsert_profiles(self.conn, [u.profile for u in users])
        graph.add_texts(self.conn, "api", [t for u in users for t in u.texts])

    def _store_following(self, page: Page) -> None:
        self._store_users(page.users)
        graph.add_edges(self.conn, EdgeKind.FOLLOWING, "api", page.account_ids)
        state.add_seen(self.conn, FOLLOWING_TASK, page.account_ids)

    def _store_lists(self, task: str) -> Callable[[Page], None]:
        def store(page: Page) -> None:
            for record in page.lists:
                graph.save_list(self.conn, record.twitter_list)
            state.add_seen(self.conn, task, [r.twitter_list.key for r in page.lists])

        return store

    def _task_finished(self, task: str) -> None:
        if task == FOLLOWING_TASK:
            self.conn.execute(
                "DELETE FROM edges WHERE kind = 'following' AND source = 'api' AND account_id"
                " NOT IN (SELECT item_id FROM twitter_export_seen WHERE task = ?)",
                (FOLLOWING_TASK,),
            )
        elif task in LIST_TASKS.values():
            relation = "created" if task == "owned_lists" else "subscribed"
            self.conn.execute(
                "DELETE FROM lists WHERE source = 'api' AND relation = ? AND key NOT IN"
                " (SELECT item_id FROM twitter_export_seen WHERE task = ?)",
                (relation, task),
            )
        elif task.startswith("list_members:"):
            key = task.partition(":")[2]
            row = self.conn.execute("SELECT * FROM lists WHERE key = ?", (key,)).fetchone()
            if row is not None:
                graph.save_list(
                    self.conn,
                    TwitterList(
                        key=key,
                        relation=ListRelation(row["relation"]),
                        members=tuple(state.seen(self.conn, task)),
                        source="api",
                    ),
                )

    def _list_keys(self) -> list[str]:
        keys: list[str] = []
        for task in LIST_TASKS.values():
            keys.extend(k for k in state.seen(self.conn, task) if k not in keys)
        return keys

    def _list_members(self, key: str) -> None:
        task = f"list_members:{key}"

        def store(page: Page) -> None:
            self._store_users(page.users)
            state.add_seen(self.conn, task, page.account_ids)

        try:
            self._paged(task, Capability.LIST_MEMBERS, key, store, READING["list_members"])
        except _Stop as stop:
            if stop.finding is None or _global(stop.finding) or stop.finding.waitable:
                raise
            # A list Fedimove may not read (private, deleted): the others still can be.
            with transaction(self.conn):
                state.save_task(self.conn, state.TaskState(task, "skipped", None, True, 0))
            self.result.skipped_lists.append(key)

    def _hydrate(self) -> None:
        """Profiles for accounts known only by id (archive, v1.1 id lists), 100 at a time.

        The cursor is the last id handled, so lookups that return nothing for an id
        (suspended, deleted) are not asked again.
        """
        current = state.task(self.conn, HYDRATE_TASK) or state.TaskState(HYDRATE_TASK)
        if current.done:
            return
        routes = self._routes(Capability.USERS_LOOKUP, current)
        label = tr("TwitterExport", READING[HYDRATE_TASK])
        while True:
            self.ctx.checkpoint()
            route = routes[0]
            limit = self._affordable(Capability.USERS_LOOKUP, route)
            ids = [
                row[0]
                for row in self.conn.execute(
                    "SELECT id FROM accounts WHERE username IS NULL AND id > ? ORDER BY id LIMIT ?",
                    (current.cursor or "", limit),
                )
            ]
            if not ids:
                with transaction(self.conn):
                    current = state.TaskState(
                        HYDRATE_TASK, route.value, current.cursor, True, current.items
                    )
                    state.save_task(self.conn, current)
                return
            try:
                page = self._with_retries(lambda r=route, batch=ids: self.api.lookup(r, batch))
            except TwitterAccessError as error:
                if current.items == 0 and len(routes) > 1 and not _global(error.finding):
                    self._refused.add((Capability.USERS_LOOKUP, routes.pop(0)))
                    continue
                raise _Stop(error.finding, error.finding.reason.value) from None
            with transaction(self.conn):
                self._store_users(page.users)
                current = state.TaskState(
                    HYDRATE_TASK, route.value, ids[-1], False, current.items + len(page.users)
                )
                state.save_task(self.conn, current)
            self._charge(Capability.USERS_LOOKUP, page)
            self.result.hydrated += len(page.users)
            self.done_items += len(ids)
            self.ctx.progress(Progress(self.done_items, self.total_items, label))


def _global(finding: Finding) -> bool:
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


__all__ = [
    "EstimateExportJob",
    "ExportOptions",
    "ExportResult",
    "TwitterExportJob",
]
