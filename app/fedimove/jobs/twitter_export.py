"""Exporting follows and lists through the Twitter/X API (`twitter export`, the GUI's export).

A job, so the GUI (thread pool) and the CLI (terminal) run the same code. The export
writes each fetched page in its own transaction, with the cursor that follows it, so a kill,
a cancel, a rate limit or a spending cap loses nothing: the next run continues. It reports a
run as complete only when every task reached its last page.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
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
)
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import TwitterAccessError, WrongAccount
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.twitter_check import open_twitter_api, remember_me
from fedimove.jobs.twitter_paging import (
    COST_CAP_REACHED,
    CursorPages,
    IdBatches,
    Pager,
    Stop,
    is_global,
)
from fedimove.sources.twitter_api.api import Page, TwitterApi
from fedimove.sources.twitter_api.payloads import UserRecord
from fedimove.sources.twitter_api.probe import ROUTES, refine_refusals, token_owner
from fedimove.store import graph, settings
from fedimove.store import twitter_state as state
from fedimove.store.workspace import transaction

log = logging.getLogger(__name__)
PRICES_SETTING = "twitter.prices"
MAX_COST_SETTING = "twitter.max_cost"
DEFAULT_MAX_COST = 5.0
FOLLOWING_TASK = "following"
HYDRATE_TASK = "hydrate"
LIST_TASKS = {
    Capability.OWNED_LISTS: "owned_lists",
    Capability.FOLLOWED_LISTS: "followed_lists",
}
LIST_RELATIONS = {
    Capability.OWNED_LISTS: ListRelation.CREATED,
    Capability.FOLLOWED_LISTS: ListRelation.SUBSCRIBED,
}


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


READING = {
    FOLLOWING_TASK: QT_TRANSLATE_NOOP("TwitterExport", "Reading your follows"),
    "owned_lists": QT_TRANSLATE_NOOP("TwitterExport", "Reading your lists"),
    "followed_lists": QT_TRANSLATE_NOOP("TwitterExport", "Reading the lists you follow"),
    "list_members": QT_TRANSLATE_NOOP("TwitterExport", "Reading list members"),
    HYDRATE_TASK: QT_TRANSLATE_NOOP("TwitterExport", "Filling in profiles known only by id"),
}
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
        self.pager = Pager(
            conn, ctx, self.spending, wait=options.wait, max_wait_seconds=options.max_wait_seconds
        )
        self.result = ExportResult(cap=self.cap)
        self._following_count: int | None = None

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
        except Stop as stop:
            self.result.stop, self.result.stop_reason = stop.finding, stop.reason
        except Cancelled:
            self._finish(run_id, "cancelled")
            raise
        self.result.complete = self.result.stop is None and not self.result.stop_reason
        self.result.complete = self.result.complete and state.pending_tasks(self.conn) == 0
        self.result.following = graph.source_edge_count(self.conn, EdgeKind.FOLLOWING, "api")
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
        self.pager.read(self._following(me))
        if self.options.lists:
            for capability in LIST_TASKS:
                self.pager.read(self._lists(capability, me))
            for key in self._list_keys():
                self._list_members(key)
        if self.options.hydrate:
            self.pager.read(self._unnamed())

    # --- who is "me" ----------------------------------------------------------------------

    def _me(self) -> str:
        if not self.api.user_context:
            return self._bearer_me()
        failures: list[tuple[Route, Finding]] = []
        for route in ROUTES:
            try:
                record = self.pager.with_retries(lambda r=route: self.api.me(r))
            except TwitterAccessError as error:
                failures.append((route, error.finding))
                continue
            return self._signed_in_as(record)
        refined = refine_refusals(self.api, tuple(failures))
        raise TwitterAccessError(most_telling(f for _, f in refined))

    def _bearer_me(self) -> str:
        """An OAuth 2.0 user token given as bearer token names its account, checked like
        user keys; an app-only token names none, so the workspace's account is read."""
        owner = self.pager.with_retries(lambda: token_owner(self.api))
        if owner is not None:
            return self._signed_in_as(owner)
        known = graph.load_me(self.conn)
        if known is None:
            raise TwitterAccessError(
                Finding(AccessStatus.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT)
            )
        self._following_count = self._count_follows(known.id)
        return known.id

    def _signed_in_as(self, record: UserRecord) -> str:
        """The keys' account: the workspace's (or the first), never another's data mixed in."""
        if not remember_me(self.conn, record):
            raise WrongAccount(username=record.profile.username or record.profile.id)
        state.record_worked(self.conn, self.credentials)
        self._following_count = record.following_count
        return record.profile.id

    def _count_follows(self, user_id: str) -> int | None:
        """With app-only access, one profile read tells how many follows there are."""
        for route in ROUTES:
            try:
                page = self.pager.with_retries(lambda r=route: self.api.lookup(r, [user_id]))
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
        hydrate = graph.unnamed_count(self.conn)
        known_lists, members = graph.source_list_counts(self.conn, "api")
        counts = ExportCounts(
            following=following,
            pinned_posts=following,
            lists=known_lists,
            list_members=members,
            hydrate=hydrate,
        )
        estimate = CostEstimate(counts, self.prices)
        self.pager.total_items = following + members + hydrate or None
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

    # --- what each task reads and stores ---------------------------------------------------

    def _store_users(self, users: list[UserRecord]) -> None:
        graph.upsert_profiles(self.conn, [u.profile for u in users])
        graph.add_texts(self.conn, "api", [t for u in users for t in u.texts])

    def _following(self, me: str) -> CursorPages:
        def store(page: Page) -> None:
            self._store_users(page.users)
            graph.add_edges(self.conn, EdgeKind.FOLLOWING, "api", page.account_ids)
            state.add_seen(self.conn, FOLLOWING_TASK, page.account_ids)

        return CursorPages(
            FOLLOWING_TASK,
            Capability.FOLLOWS,
            READING[FOLLOWING_TASK],
            lambda route, cursor, limit: self.api.following(route, me, cursor, limit),
            store,
            lambda: state.drop_unseen_follows(self.conn, FOLLOWING_TASK),
            expected=self._following_count,
        )

    def _lists(self, capability: Capability, me: str) -> CursorPages:
        task = LIST_TASKS[capability]

        def store(page: Page) -> None:
            for record in page.lists:
                graph.save_list(self.conn, record.twitter_list)
            state.add_seen(self.conn, task, [r.twitter_list.key for r in page.lists])

        return CursorPages(
            task,
            capability,
            READING[task],
            lambda route, cursor, limit: self.api.lists(capability, route, me, cursor, limit),
            store,
            lambda: state.drop_unseen_lists(self.conn, task, LIST_RELATIONS[capability]),
        )

    def _members(self, key: str) -> CursorPages:
        task = f"list_members:{key}"

        def store(page: Page) -> None:
            self._store_users(page.users)
            state.add_seen(self.conn, task, page.account_ids)

        def finished() -> None:
            relation = graph.list_relation(self.conn, key)
            if relation is not None:
                members = tuple(state.seen(self.conn, task))
                graph.save_list(
                    self.conn, TwitterList(key, relation, members=members, source="api")
                )

        return CursorPages(
            task,
            Capability.LIST_MEMBERS,
            READING["list_members"],
            lambda route, cursor, limit: self.api.list_members(route, key, cursor, limit),
            store,
            finished,
        )

    def _unnamed(self) -> IdBatches:
        """Profiles for accounts known only by id (archive, v1.1 id lists), 100 at a time."""

        def store(page: Page) -> None:
            self._store_users(page.users)
            self.result.hydrated += len(page.users)

        return IdBatches(
            HYDRATE_TASK,
            READING[HYDRATE_TASK],
            lambda after, limit: graph.unnamed_ids(self.conn, after, limit),
            self.api.lookup,
            store,
        )

    def _list_keys(self) -> list[str]:
        keys: list[str] = []
        for task in LIST_TASKS.values():
            keys.extend(k for k in state.seen(self.conn, task) if k not in keys)
        return keys

    def _list_members(self, key: str) -> None:
        try:
            self.pager.read(self._members(key))
        except Stop as stop:
            if stop.finding is None or is_global(stop.finding) or stop.finding.waitable:
                raise
            # A list Fedimove may not read (private, deleted): the others still can be.
            task = f"list_members:{key}"
            with transaction(self.conn):
                state.save_task(self.conn, state.TaskState(task, "skipped", None, True, 0))
            self.result.skipped_lists.append(key)


__all__ = [
    "COST_CAP_REACHED",
    "EstimateExportJob",
    "ExportOptions",
    "ExportResult",
    "TwitterExportJob",
]
