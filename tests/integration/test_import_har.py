"""`fedimove import-har PATH [--json]` from outside, on HAR files shaped like browsers' own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fedimove.core.graph import EdgeKind, Me
from fedimove.store import graph, paths, workspace
from tests.fakes.har import AUTH_TOKEN, CT0, Browsing, bottom_cursor
from tests.fakes.xcom import FakeXCom
from tests.fakes.xcom_data import build_graph

GRAPH = build_graph(following=45, followers=25, seed=3)
ME = GRAPH.me
JSON_KEYS = {
    "account",
    "following",
    "followers",
    "lists",
    "list_members",
    "blocked",
    "muted",
    "complete",
    "pages",
    "skipped",
}


def fedimove(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=120
    )


def browse(
    tmp_path: Path,
    name: str = "x.har",
    following_pages: int = 99,
    followers_pages: int = 99,
    lists: bool = True,
    browser: str = "chrome",
    layout: str | None = None,
    variant: str = "normal",
) -> Path:
    site = FakeXCom(GRAPH, variant=variant, **({"layout": layout} if layout else {}))
    session = Browsing(site, browser=browser)
    session.noise()
    session.call("UserByScreenName", {"screen_name": ME.username})
    if following_pages:
        session.visit_timeline("Following", {"userId": ME.id}, following_pages)
    if followers_pages:
        session.visit_timeline("Followers", {"userId": ME.id}, followers_pages)
    if lists:
        session.call("ListsManagementPageTimeline", {"count": 100})
        for twitter_list in GRAPH.lists:
            session.call("ListByRestId", {"listId": twitter_list.id})
            session.visit_timeline("ListMembers", {"listId": twitter_list.id}, 99)
    session.noise()
    return session.save(tmp_path / name)


def following_in_workspace() -> set[str]:
    conn = workspace.connect()
    try:
        rows = conn.execute(
            "SELECT account_id FROM edges WHERE kind = 'following' AND source = 'xweb'"
        )
        return {r[0] for r in rows}
    finally:
        conn.close()


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_a_whole_recording_reads_follows_followers_and_lists(tmp_path: Path, browser: str) -> None:
    result = fedimove("import-har", str(browse(tmp_path, browser=browser)), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == JSON_KEYS
    assert data["account"] == ME.username
    assert (data["following"], data["followers"]) == (45, 25)
    assert data["lists"] == 3
    assert data["list_members"] == len({a.id for lst in GRAPH.lists for a in lst.members})
    assert data["complete"] == ["following", "followers", "lists"]
    member_pages = sum(max(1, -(-len(lst.members) // 20)) for lst in GRAPH.lists)
    assert data["pages"] == 3 + 2 + 1 + member_pages
    assert following_in_workspace() == {a.id for a in GRAPH.following}
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["xweb_following"] == 45 and status["xweb_lists"] == 3
    assert sorted(status["xweb_complete"]) == ["followers", "following", "lists"]


def test_every_layout_reads_through_the_har(tmp_path: Path) -> None:
    for layout in ("2024", "2026-07", "2026-08"):
        result = fedimove("import-har", str(browse(tmp_path, layout=layout)), "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["following"] == 45


def test_a_partial_read_is_kept_and_says_how_to_complete_it(tmp_path: Path) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, Me(ME.id, ME.username))
        graph.add_edges(conn, EdgeKind.FOLLOWING, "xweb", ["999"])  # unfollowed since
    conn.close()
    partial = browse(tmp_path, "one.har", following_pages=2, followers_pages=0, lists=False)
    result = fedimove("import-har", str(partial))
    assert result.returncode == 0, result.stderr
    assert "40 of 45 follows read — scroll to the end and save again to complete." in result.stdout
    assert "999" in following_in_workspace()  # an incomplete read drops nobody
    data = json.loads(fedimove("import-har", str(partial), "--json").stdout)
    assert data["complete"] == [] and data["following"] == 40
    # Kinds the file holds no page of were not looked at: null, not 0.
    assert data["followers"] is None and data["lists"] is None and data["blocked"] is None
    rest = browse(tmp_path, "two.har", followers_pages=0, lists=False)
    again = fedimove("import-har", str(rest))
    assert "45 follows read, complete." in again.stdout
    assert following_in_workspace() == {a.id for a in GRAPH.following}


def test_a_read_continued_from_where_the_last_one_stopped_completes(tmp_path: Path) -> None:
    site = FakeXCom(GRAPH)
    first = Browsing(site)
    first.call("UserByScreenName", {"screen_name": ME.username})
    first.visit_timeline("Following", {"userId": ME.id}, 1)
    assert fedimove("import-har", str(first.save(tmp_path / "a.har"))).returncode == 0
    later = Browsing(site)
    cursor = bottom_cursor(site.answer("Following", {"userId": ME.id}))
    second = later.call("Following", {"userId": ME.id, "count": 20, "cursor": cursor})
    later.call("Following", {"userId": ME.id, "count": 20, "cursor": bottom_cursor(second)})
    data = json.loads(fedimove("import-har", str(later.save(tmp_path / "b.har")), "--json").stdout)
    assert data["complete"] == ["following"]
    assert following_in_workspace() == {a.id for a in GRAPH.following}


def test_a_changed_shape_stores_nothing(tmp_path: Path) -> None:
    before = workspace_bytes()
    result = fedimove("import-har", str(browse(tmp_path, variant="changed")))
    assert result.returncode == 1
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
    assert "x.com has changed" in result.stderr
    assert following_in_workspace() == set()
    assert workspace_bytes() in (before, None) or graph_is_empty()


@pytest.mark.parametrize(
    "content",
    ["not json at all", '{"log": {"version": "1.2"}}', "[1, 2, 3]", ""],
    ids=["text", "no-entries", "a-list", "empty"],
)
def test_a_file_that_is_not_a_har_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.har"
    path.write_text(content)
    result = fedimove("import-har", str(path))
    assert result.returncode == 1
    assert "is not a browser recording (HAR)" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_har_without_x_data_is_refused(tmp_path: Path) -> None:
    session = Browsing(FakeXCom(GRAPH))
    session.noise()
    result = fedimove("import-har", str(session.save(tmp_path / "x.har")))
    assert result.returncode == 1
    assert "holds no list of accounts from x.com" in result.stderr
    assert graph_is_empty()


def test_another_accounts_recording_is_refused(tmp_path: Path) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, Me("777", "someone_else"))
    conn.close()
    result = fedimove("import-har", str(browse(tmp_path)))
    assert result.returncode == 1
    assert "@alice_moves" in result.stderr
    assert following_in_workspace() == set()


def test_a_friends_follows_in_the_same_recording_are_skipped(tmp_path: Path) -> None:
    site = FakeXCom(GRAPH)
    session = Browsing(site)
    session.call("UserByScreenName", {"screen_name": ME.username})
    session.visit_timeline("Following", {"userId": ME.id}, 99)
    friend = Browsing(FakeXCom(build_graph(following=5, followers=0, seed=9)))
    friend.site.graph.me.id = "5555"
    friend.visit_timeline("Following", {"userId": "5555"}, 99)
    session.entries.extend(friend.entries)
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, Me(ME.id, ME.username))
    conn.close()
    data = json.loads(
        fedimove("import-har", str(session.save(tmp_path / "x.har")), "--json").stdout
    )
    assert data["following"] == 45 and data["skipped"] >= 1
    assert following_in_workspace() == {a.id for a in GRAPH.following}


def test_nothing_of_the_sessions_cookies_or_headers_is_kept(tmp_path: Path) -> None:
    assert fedimove("import-har", str(browse(tmp_path))).returncode == 0
    kept = b"".join(p.read_bytes() for p in paths.data_dir().rglob("*") if p.is_file())
    for secret in (AUTH_TOKEN, CT0):
        assert secret.encode() not in kept


def workspace_bytes() -> bytes | None:
    database = paths.data_dir() / "workspace.sqlite3"
    return database.read_bytes() if database.exists() else None


def graph_is_empty() -> bool:
    conn = workspace.connect()
    try:
        return graph.load_me(conn) is None and not following_in_workspace()
    finally:
        conn.close()


def test_blocked_and_muted_pages_in_a_recording_are_read(tmp_path: Path) -> None:
    site = FakeXCom(GRAPH)
    session = Browsing(site)
    session.call("UserByScreenName", {"screen_name": ME.username})
    session.visit_timeline("Following", {"userId": ME.id}, 99)
    session.visit_timeline("BlockedAccountsAll", {"includePromotedContent": False}, 99)
    session.visit_timeline("MutedAccounts", {"includePromotedContent": False}, 1)
    result = fedimove("import-har", str(session.save(tmp_path / "x.har")), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["blocked"], data["muted"]) == (len(GRAPH.blocked), 20)
    assert data["complete"] == ["following", "blocked"]  # the muted list was not scrolled
    conn = workspace.connect()
    try:
        blocked = {r[0] for r in conn.execute("SELECT account_id FROM edges WHERE kind = 'block'")}
    finally:
        conn.close()
    assert blocked == {a.id for a in GRAPH.blocked}
