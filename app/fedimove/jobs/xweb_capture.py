"""Reading follows, followers and lists from the signed-in x.com session, page by page.

The job is the brain, the embedded browser its hands: the job tells the browser which page to
open and when to scroll (at a human pace), and reads the API responses the page receives from
a queue. Each page goes into the workspace in its own transaction (source "xweb"), so stopping
at any moment keeps everything read so far; a target is marked complete only when x.com says
its list ended, and only then are accounts it no longer lists dropped.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from fedimove.core.graph import EdgeKind, Me, TwitterList
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.sources.xweb.errors import (
    XCaptureStalled,
    XNotSignedIn,
    XOtherAccount,
    XSiteChanged,
)
from fedimove.sources.xweb.events import Event, Observed, PageDriver, RenderedCells, Resume
from fedimove.sources.xweb.pacing import Pace, Pacer
from fedimove.sources.xweb.parse import (
    SOURCE,
    Operation,
    UserPage,
    parse_lists_page,
    parse_pinned_tweet,
    parse_user_cell,
    parse_user_page,
    parse_user_summary,
)
from fedimove.store import graph, workspace, xweb_runs

X_BASE = "https://x.com"
MAX_STALLS = 4
FALLBACK_AFTER_STALLS = 2  # no API data after this many scrolls: read the cells instead
QUIET_READS_AT_END = 3
PAGE_SIZE = 20  # accounts per page on x.com's own pages, for the ETA


class Target(StrEnum):
    FOLLOWING = "following"
    FOLLOWERS = "followers"
    LISTS = "lists"
    BLOCKED = "blocked"
    MUTED = "muted"


# The settings pages: whose list it is is the signed-in account's, not a userId's.
_SETTINGS_TIMELINES = {
    Target.BLOCKED: (Operation.BLOCKED, EdgeKind.BLOCK, "settings/blocked/all"),
    Target.MUTED: (Operation.MUTED, EdgeKind.MUTE, "settings/muted/all"),
}


@dataclass
class CaptureSummary:
    """What one run read; `complete` lists the targets read to their end."""

    captured: dict[str, int] = field(default_factory=dict)
    complete: list[str] = field(default_factory=list)
    unavailable: int = 0


@dataclass(frozen=True, slots=True)
class _Timeline:
    """One paginated list of accounts to read to its end."""

    key: str
    label: str
    url: str
    operation: Operation
    matches: Callable[[Observed], bool]
    expected: int | None = None
    resume_match: dict[str, str] | None = None


class _PageWriter:
    """Writes a timeline's pages: profiles, texts, edges or members, and the run's progress."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        run: xweb_runs.Run,
        target: str,
        store_page: Callable[[int, UserPage], None],
        finish: Callable[[int], None],
    ) -> None:
        self._conn, self._run_id, self._target = conn, run.id, target
        self._store_page, self._finish = store_page, finish
        self.captured = run.captured

    def write(self, page: UserPage, now: float, last: bool) -> int:
        conn = self._conn
        with workspace.transaction(conn):
            graph.upsert_profiles(conn, page.profiles)
            graph.add_texts(conn, SOURCE, page.texts())
            self._store_page(self._run_id, page)
            self.captured = xweb_runs.record_seen(
                conn, self._run_id, (p.id for p in page.profiles), page.next_cursor
            )
            xweb_runs.record_page(conn, self._target, now)
            if last:
                self._finish(self._run_id)
                xweb_runs.complete(conn, self._run_id)
        return self.captured


class XWebCaptureJob(Job[CaptureSummary]):
    title = "Read from x.com"

    def __init__(
        self,
        driver: PageDriver,
        events: queue.Queue[Event],
        username: str,
        targets: tuple[Target, ...],
        pace: Pace | None = None,
        database: Path | None = None,
    ) -> None:
        self._driver = driver
        self._events = events
        self._username = username
        self._targets = targets
        self._pace = pace or Pace()
        self._database = database
        self._me: Me | None = None
        self._pacer: Pacer | None = None
        self._summary = CaptureSummary()
        self._progress = Progress(0)

    def run(self, ctx: JobContext) -> CaptureSummary:
        conn = workspace.connect(self._database)
        try:
            self._pacer = Pacer(self._pace, xweb_runs.pages_since(conn, ctx.clock() - 3600))
            for target in self._targets:
                if target is Target.LISTS:
                    self._read_lists(ctx, conn)
                else:
                    self._read_edges(ctx, conn, target)
        finally:
            conn.close()
        return self._summary

    # Following / followers -------------------------------------------------------------

    def _read_edges(self, ctx: JobContext, conn: sqlite3.Connection, target: Target) -> None:
        """Follows, followers, blocked or muted accounts: edges of one kind, source xweb."""
        if target in _SETTINGS_TIMELINES:
            timeline, kind = self._settings_timeline(conn, target)
        else:
            timeline, kind = self._profile_timeline(conn, target)

        def store_page(run_id: int, page: UserPage) -> None:
            graph.add_edges(conn, kind, SOURCE, (p.id for p in page.profiles))

        def finish(run_id: int) -> None:
            xweb_runs.drop_unseen_edges(conn, run_id, kind, SOURCE)

        self._read_timeline(ctx, conn, timeline, store_page, finish)

    def _profile_timeline(
        self, conn: sqlite3.Connection, target: Target
    ) -> tuple[_Timeline, EdgeKind]:
        """Following or Followers of the profile page: the owner is the request's userId."""
        following = target is Target.FOLLOWING
        known = graph.load_me(conn)
        timeline = _Timeline(
            target.value,
            tr("XWeb", "Following") if following else tr("XWeb", "Followers"),
            f"{X_BASE}/{self._username}/{target.value}",
            Operation.FOLLOWING if following else Operation.FOLLOWERS,
            lambda event: self._me is not None and event.variables.get("userId") == self._me.id,
            resume_match={"userId": known.id} if known else None,
        )
        return timeline, EdgeKind.FOLLOWING if following else EdgeKind.FOLLOWER

    def _settings_timeline(
        self, conn: sqlite3.Connection, target: Target
    ) -> tuple[_Timeline, EdgeKind]:
        """Blocked or muted accounts: the settings page of the signed-in account itself."""
        known = graph.load_me(conn)
        if known is not None and (known.username or "").lower() != self._username.lower():
            raise XOtherAccount(signed_in=self._username)
        operation, kind, path = _SETTINGS_TIMELINES[target]
        label = (
            tr("XWeb", "Blocked accounts")
            if target is Target.BLOCKED
            else tr("XWeb", "Muted accounts")
        )
        return _Timeline(target.value, label, f"{X_BASE}/{path}", operation, lambda _e: True), kind

    # Lists -----------------------------------------------------------------------------

    def _read_lists(self, ctx: JobContext, conn: sqlite3.Connection) -> None:
        self._driver.open(f"{X_BASE}/{self._username}/lists")
        found: list[TwitterList] = []
        member_counts: dict[str, int] = {}
        stalls = 0
        while True:
            event = self._next_event(
                ctx, lambda e: isinstance(e, Observed) and e.operation is Operation.LISTS
            )
            if event is None:
                stalls = self._stalled(stalls, tr("XWeb", "your lists"))
                continue
            assert isinstance(event, Observed)
            if not self._usable(ctx, event):
                continue
            page = parse_lists_page(_json(event), self._username)
            found.extend(page.lists)
            member_counts.update(page.member_counts)
            if page.is_last:
                break
            self._wait_and_scroll(ctx)
        with workspace.transaction(conn):
            graph.replace_lists(conn, SOURCE, found)
            self._save_me(conn)
        self._summary.captured[Target.LISTS.value] = len(found)
        for twitter_list in found:
            self._read_list_members(ctx, conn, twitter_list, member_counts.get(twitter_list.key))
        with workspace.transaction(conn):
            xweb_runs.mark_complete(conn, Target.LISTS.value)
        self._summary.complete.append(Target.LISTS.value)

    def _read_list_members(
        self,
        ctx: JobContext,
        conn: sqlite3.Connection,
        twitter_list: TwitterList,
        member_count: int | None,
    ) -> None:
        timeline = _Timeline(
            f"list:{twitter_list.key}",
            tr("XWeb", "list “{name}”").format(name=twitter_list.name or twitter_list.key),
            f"{X_BASE}/i/lists/{twitter_list.key}/members",
            Operation.LIST_MEMBERS,
            lambda event: event.variables.get("listId") == twitter_list.key,
            member_count,
            {"listId": twitter_list.key},
        )

        def finish(run_id: int) -> None:
            members = tuple(xweb_runs.seen(conn, run_id))
            graph.save_list(conn, replace(twitter_list, members=members))

        self._read_timeline(ctx, conn, timeline, lambda _run, _page: None, finish)

    # The paginated reading loop shared by all of them -----------------------------------

    def _read_timeline(
        self,
        ctx: JobContext,
        conn: sqlite3.Connection,
        timeline: _Timeline,
        store_page: Callable[[int, UserPage], None],
        finish: Callable[[int], None],
    ) -> None:
        with workspace.transaction(conn):
            run = xweb_runs.open_run(conn, timeline.key)
            if timeline.expected is not None:
                xweb_runs.set_expected(conn, run.id, timeline.expected)
        writer = _PageWriter(conn, run, timeline.key, store_page, finish)
        expected = timeline.expected if timeline.expected is not None else run.expected
        captured, stalls, pages = run.captured, 0, 0
        resume = None
        if run.cursor and run.captured and timeline.resume_match:
            resume = Resume(timeline.operation.value, timeline.resume_match, run.cursor)
            ctx.log(
                tr("XWeb", "{label}: continuing after the {count} accounts read before.").format(
                    label=timeline.label, count=run.captured
                )
            )
        self._driver.open(timeline.url, resume)
        self._report(ctx, Progress(captured, expected, timeline.label))
        while True:
            event = self._next_event(ctx, lambda e: self._relevant(e, timeline))
            if event is None:
                if pages == 0 and stalls + 1 >= FALLBACK_AFTER_STALLS:
                    self._read_rendered(ctx, timeline, writer, expected)
                    return
                stalls = self._stalled(stalls, timeline.label)
                continue
            assert isinstance(event, Observed)
            if event.operation is Operation.USER:
                expected = self._read_owner(conn, event, run.id, expected, timeline)
                continue
            if event.operation is Operation.LIST_INFO:
                continue
            if event.operation is Operation.USER_TWEETS:
                self._read_pinned(conn, event)
                continue
            if not self._usable(ctx, event):
                continue
            page = parse_user_page(_json(event), timeline.operation)
            pages += 1
            captured = self._write(ctx, writer, timeline, page, last=page.is_last)
            if page.is_last:
                return
            stalls = 0
            self._report(
                ctx, Progress(captured, expected, timeline.label, self._eta(captured, expected))
            )
            self._wait_and_scroll(ctx)

    def _read_rendered(
        self, ctx: JobContext, timeline: _Timeline, writer: _PageWriter, expected: int | None
    ) -> None:
        """The fallback: read the user cells the page shows, scrolling until none come.

        Cells carry no end marker, so the list counts as complete only when as many accounts
        were read as x.com says there are; otherwise what was read is kept, marked incomplete.
        """
        ctx.log(
            tr(
                "XWeb",
                "{label}: x.com's data cannot be read directly; reading the accounts shown on "
                "the page instead.",
            ).format(label=timeline.label)
        )
        quiet, captured = 0, writer.captured
        while True:
            self._driver.read_cells()
            event = self._next_event(ctx, lambda e: isinstance(e, RenderedCells))
            if event is None:
                raise XCaptureStalled(timeline.label, target=timeline.label)
            assert isinstance(event, RenderedCells)
            if event.shown == 0 and expected != 0:
                raise XSiteChanged(f"{timeline.label}: neither data nor user cells")
            profiles = tuple(parse_user_cell(cell) for cell in event.cells)
            quiet = 0 if profiles else quiet + 1
            if profiles:
                page = UserPage(profiles, 0, None, False)
                captured = self._write(ctx, writer, timeline, page, last=False)
            if expected is not None and captured >= expected:
                self._write(ctx, writer, timeline, UserPage((), 0, None, True), last=True)
                return
            if quiet >= QUIET_READS_AT_END:
                raise XCaptureStalled(timeline.label, target=timeline.label)
            self._report(
                ctx, Progress(captured, expected, timeline.label, self._eta(captured, expected))
            )
            self._wait_and_scroll(ctx)

    def _write(
        self,
        ctx: JobContext,
        writer: _PageWriter,
        timeline: _Timeline,
        page: UserPage,
        *,
        last: bool,
    ) -> int:
        """One page into the workspace, in one transaction; returns the accounts read so far."""
        now = ctx.clock()
        captured = writer.write(page, now, last)
        self._summary.unavailable += page.unavailable
        self._summary.captured[timeline.key] = captured
        assert self._pacer is not None
        self._pacer.page_read(now)
        if last:
            self._summary.complete.append(timeline.key)
            self._report(ctx, Progress(captured, captured, timeline.label))
            ctx.log(
                tr("XWeb", "{label}: {count} accounts read, complete.").format(
                    label=timeline.label, count=captured
                )
            )
        return captured

    def _relevant(self, event: Event, timeline: _Timeline) -> bool:
        if not isinstance(event, Observed):
            return False
        operation = event.operation
        if operation is Operation.USER:
            return event.variables.get("screen_name", "").lower() == self._username.lower()
        if operation is Operation.USER_TWEETS:
            return True
        if operation is Operation.LIST_INFO:
            return timeline.operation is Operation.LIST_MEMBERS
        return operation is timeline.operation and timeline.matches(event)

    def _read_owner(
        self,
        conn: sqlite3.Connection,
        event: Observed,
        run_id: int,
        expected: int | None,
        timeline: _Timeline,
    ) -> int | None:
        """The signed-in user's own profile header: who they are, and how many to expect."""
        if event.status in (401, 403):
            raise XNotSignedIn(f"HTTP {event.status}")
        if event.status != 200:
            return expected
        summary = parse_user_summary(_json(event))
        known = graph.load_me(conn)
        if known is not None and known.id != summary.profile.id:
            raise XOtherAccount(signed_in=summary.profile.username)
        self._me = Me(summary.profile.id, summary.profile.username, summary.profile.display_name)
        count = (
            summary.following_count
            if timeline.operation is Operation.FOLLOWING
            else summary.followers_count
        )
        with workspace.transaction(conn):
            self._save_me(conn)
            xweb_runs.set_expected(conn, run_id, count)
        return count

    def _read_pinned(self, conn: sqlite3.Connection, event: Observed) -> None:
        if event.status != 200:
            return
        pinned = parse_pinned_tweet(_json(event))
        if pinned is None:
            return
        known = graph.profile(conn, pinned.account_id)
        if known is None:
            return
        with workspace.transaction(conn):
            graph.upsert_profiles(conn, [replace(known, pinned_tweet=pinned.text, source=SOURCE)])
            graph.add_texts(conn, SOURCE, [pinned.as_text()])

    def _save_me(self, conn: sqlite3.Connection) -> None:
        if self._me is not None:
            graph.save_me(conn, self._me)

    # Pace, waiting and failures ----------------------------------------------------------

    def _usable(self, ctx: JobContext, event: Observed) -> bool:
        """True for a 200 to read; waits out a rate limit; raises when signed out."""
        assert self._pacer is not None
        if event.status == 200:
            return True
        if event.status == 429:
            now = ctx.clock()
            wait = self._pacer.rate_limited(now, event.reset_at)
            ctx.log(
                tr("XWeb", "x.com asks to slow down: waiting {seconds} s.").format(
                    seconds=round(wait)
                )
            )
            self._report_wait(ctx, tr("XWeb", "x.com asks to slow down"), now + wait)
            ctx.sleep(wait)
            self._driver.scroll()
            return False
        if event.status in (401, 403):
            raise XNotSignedIn(f"HTTP {event.status}")
        self._wait_and_scroll(ctx)
        return False

    def _wait_and_scroll(self, ctx: JobContext) -> None:
        assert self._pacer is not None
        now = ctx.clock()
        cap = self._pacer.cap_wait(now)
        if cap > 0:
            self._report_wait(ctx, tr("XWeb", "Hourly limit reached, pausing"), now + cap)
        ctx.sleep(cap + self._pacer.scroll_delay())
        self._driver.scroll()

    def _report(self, ctx: JobContext, progress: Progress) -> None:
        self._progress = progress
        ctx.progress(progress)

    def _report_wait(self, ctx: JobContext, message: str, until: float) -> None:
        label = f"{self._progress.message} — {message}" if self._progress.message else message
        ctx.progress(replace(self._progress, message=label, waiting_until=until))

    def _stalled(self, stalls: int, label: str) -> int:
        """Nothing new came: scroll again, and give up (incomplete, kept) after a few tries."""
        if stalls + 1 >= MAX_STALLS:
            raise XCaptureStalled(label, target=label)
        self._driver.scroll()
        return stalls + 1

    def _next_event(self, ctx: JobContext, wanted: Callable[[Observed], bool]) -> Observed | None:
        """The next event this step cares about, or None when nothing came for a while."""
        assert self._pacer is not None
        deadline = time.monotonic() + self._pacer.stall_timeout()
        while True:
            ctx.checkpoint()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            try:
                event = self._events.get(timeout=min(remaining, 0.1))
            except queue.Empty:
                continue
            if wanted(event):
                return event

    def _eta(self, captured: int, expected: int | None) -> float | None:
        if not expected or expected <= captured:
            return None
        pace = self._pace
        pages = (expected - captured) / PAGE_SIZE
        return pages * (pace.scroll_min + pace.scroll_max) / 2 * pace.scale


def _json(event: Observed) -> object:
    try:
        return json.loads(event.body or "")
    except ValueError as exc:
        raise XSiteChanged(f"{event.operation}: the response is not JSON") from exc
