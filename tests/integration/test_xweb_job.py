"""The capture job's decisions, with the page played by a script instead of a browser.

`ScriptedPage` answers `open` and `scroll` the way the fake x.com's page script does, sending
the fake site's real responses (auth, 429s, pagination) as `Observed` events. The browser path
itself is covered in tests/qt/xweb; here the failures that are slow or awkward to stage there.
"""

from __future__ import annotations

import json
import queue
from urllib.parse import quote, urlsplit

import pytest

from fedimove.core.graph import EdgeKind, Me
from fedimove.jobs.base import Progress, run_sync
from fedimove.jobs.xweb_capture import Target, XWebCaptureJob
from fedimove.sources.xweb.errors import XCaptureStalled, XNotSignedIn, XOtherAccount
from fedimove.sources.xweb.events import Event, Observed, RenderedCells, Resume
from fedimove.sources.xweb.pacing import Pace
from fedimove.store import graph, workspace
from tests.fakes.https import Request
from tests.fakes.xcom import BEARER, FakeXCom
from tests.fakes.xcom_data import build_graph

QUICK = Pace(scale=0.001, stall_after=0.3)


class ScriptedPage:
    """Plays x.com's page for the job: each open/scroll yields what the page would receive."""

    def __init__(self, site: FakeXCom, events: queue.Queue[Event], pages_shown: int = 10**6):
        self.site, self.events = site, events
        self.pages_left = pages_shown
        self.next: tuple[str, dict] | None = None
        site.sessions.add("session")

    def open(self, url: str, resume: Resume | None = None) -> None:
        parts = [p for p in urlsplit(url).path.split("/") if p]
        self.next = None
        if parts[-1] in ("following", "followers"):
            self._answer("UserByScreenName", {"screen_name": parts[0]})
            op = "Following" if parts[-1] == "following" else "Followers"
            variables = {"userId": self.site.graph.me.id, "count": 20}
            if resume is not None:
                variables["cursor"] = resume.cursor
            self._page(op, variables)
        elif parts[-1] == "lists" and parts[0] != "i":
            self._answer("ListsManagementPageTimeline", {"count": 100})
        elif parts[0] == "settings":
            op = "BlockedAccountsAll" if parts[1] == "blocked" else "MutedAccounts"
            self._page(op, {"count": 20, "includePromotedContent": False})
        else:
            self._page("ListMembers", {"listId": parts[2], "count": 20})

    def scroll(self) -> None:
        if self.next is not None:
            self._page(*self.next)

    def read_cells(self) -> None:
        self.events.put(RenderedCells((), 0))

    def _page(self, op: str, variables: dict) -> None:
        if self.pages_left <= 0:
            return
        self.pages_left -= 1
        body = self._answer(op, variables)
        self.next = (op, variables)
        if body:
            bottom = next(
                e["content"]["value"]
                for i in _timeline(body)["instructions"]
                for e in i.get("entries", [])
                if e["entryId"].startswith("cursor-bottom-")
            )
            self.next = None if bottom.startswith("0|") else (op, {**variables, "cursor": bottom})

    def _answer(self, op: str, variables: dict) -> dict | None:
        path = f"/i/api/graphql/q/{op}"
        query = f"variables={quote(json.dumps(variables))}"
        response = self.site(
            Request(
                "GET",
                "x.com",
                path,
                {"variables": [json.dumps(variables)]},
                {
                    "cookie": "auth_token=session; ct0=csrf",
                    "authorization": f"Bearer {BEARER}",
                    "x-csrf-token": "csrf",
                },
                b"",
            )
        )
        reset = response.headers.get("x-rate-limit-reset")
        self.events.put(
            Observed(
                f"https://x.com{path}?{query}",
                response.status,
                response.body.decode(),
                float(reset) if reset else None,
            )
        )
        return json.loads(response.body) if response.status == 200 else None


def _timeline(body: dict) -> dict:
    data = body["data"]
    if "viewer" in data:
        return next(iter(data["viewer"].values()))["timeline"]
    return (
        data["list"]["members_timeline"]["timeline"]
        if "list" in data
        else (data["user"]["result"]["timeline"]["timeline"])
    )


def capture(site: FakeXCom, *targets: Target, pace: Pace = QUICK, **page_options) -> tuple:
    events: queue.Queue[Event] = queue.Queue()
    page = ScriptedPage(site, events, **page_options)
    progress: list[Progress] = []
    job = XWebCaptureJob(page, events, site.graph.me.username, targets, pace)
    return run_sync(job, on_progress=progress.append), progress


def following_ids() -> set[str]:
    conn = workspace.connect()
    try:
        return {
            r[0]
            for r in conn.execute(
                "SELECT account_id FROM edges WHERE kind = 'following' AND source = 'xweb'"
            )
        }
    finally:
        conn.close()


def test_reads_follows_and_lists_to_the_end() -> None:
    site = FakeXCom(build_graph(following=230, followers=10, unavailable=1))
    summary, progress = capture(site, Target.FOLLOWING, Target.LISTS)
    assert summary.captured["following"] == 230 and summary.unavailable == 1
    assert following_ids() == {a.id for a in site.graph.following if not a.unavailable}
    assert progress[-1].total is not None


def test_a_workspace_of_another_account_is_refused() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, Me("999", "someone_else"))
    conn.close()
    with pytest.raises(XOtherAccount) as error:
        capture(FakeXCom(build_graph(following=40)), Target.FOLLOWING)
    assert error.value.context["signed_in"] == "alice_moves"
    assert following_ids() == set()


def test_signed_out_stops_with_a_clear_error() -> None:
    site = FakeXCom(build_graph(following=40))
    events: queue.Queue[Event] = queue.Queue()
    page = ScriptedPage(site, events)
    site.sessions.clear()
    with pytest.raises(XNotSignedIn):
        run_sync(XWebCaptureJob(page, events, "alice_moves", (Target.FOLLOWING,), QUICK))


def test_a_list_that_stops_loading_stays_incomplete_and_continues_later() -> None:
    site = FakeXCom(build_graph(following=200))
    with pytest.raises(XCaptureStalled):
        capture(site, Target.FOLLOWING, pages_shown=4)
    assert len(following_ids()) == 80
    conn = workspace.connect()
    assert conn.execute("SELECT status, cursor FROM xweb_runs").fetchone()[0] == "running"
    assert graph.counts(conn).following == 80
    conn.close()

    summary, _ = capture(site, Target.FOLLOWING)
    assert summary.captured["following"] == 200
    offsets = [offset for op, offset in site.pages if op == "Following"]
    assert offsets[4] == 80  # the second run began after what the first had read


def test_the_hourly_cap_pauses_with_a_countdown() -> None:
    site = FakeXCom(build_graph(following=100))
    pace = Pace(scale=0.0005, stall_after=0.3, pages_per_hour=2)
    summary, progress = capture(site, Target.FOLLOWING, pace=pace)
    assert summary.captured["following"] == 100
    waits = [p for p in progress if p.waiting_until is not None]
    assert waits and "Hourly limit" in waits[0].message


def test_a_rate_limit_is_waited_out_then_reading_goes_on() -> None:
    site = FakeXCom(build_graph(following=100), rate_limited_calls={3})
    summary, progress = capture(site, Target.FOLLOWING)
    assert summary.captured["following"] == 100
    assert any("slow down" in p.message for p in progress if p.waiting_until)


def test_edges_of_accounts_no_longer_followed_go_only_after_a_complete_read() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "xweb", ["31337"])
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["31337"])
    conn.close()
    site = FakeXCom(build_graph(following=40))
    with pytest.raises(XCaptureStalled):
        capture(site, Target.FOLLOWING, pages_shown=1)
    assert "31337" in following_ids()
    capture(site, Target.FOLLOWING)
    assert "31337" not in following_ids()
    conn = workspace.connect()
    assert graph.counts(conn).following == 41  # the archive still says so
    conn.close()


def test_blocked_and_muted_accounts_are_read_from_the_settings_pages() -> None:
    site = FakeXCom(build_graph(following=30, followers=0, blocks=45, mutes=5))
    summary, _progress = capture(site, Target.BLOCKED, Target.MUTED)
    assert summary.complete == ["blocked", "muted"]
    assert summary.captured == {"blocked": 45, "muted": 7}
    conn = workspace.connect()
    try:
        kinds = dict(
            conn.execute(
                "SELECT kind, count(*) FROM edges WHERE source = 'xweb' GROUP BY kind"
            ).fetchall()
        )
    finally:
        conn.close()
    assert kinds == {EdgeKind.BLOCK.value: 45, EdgeKind.MUTE.value: 7}
    assert ("BlockedAccountsAll", 40) in site.pages  # read page after page to the end


def test_blocked_accounts_of_another_signed_in_account_are_refused() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, Me("1", "someone_else"))
    conn.close()
    with pytest.raises(XOtherAccount):
        capture(FakeXCom(build_graph(following=5, followers=0)), Target.BLOCKED)
