"""`fedimove logout xweb` forgets the x.com sign-in; `status --json` reports what x.com gave."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from fedimove.core.graph import EdgeKind
from fedimove.sources.xweb import engine
from fedimove.store import graph, workspace, xweb_runs


def fedimove(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=60
    )


def test_logout_xweb_deletes_the_browser_profile(data_dir: Path) -> None:
    cookies = engine.profile_dir(data_dir) / "Cookies"
    cookies.parent.mkdir(parents=True)
    cookies.write_text("auth_token")
    result = fedimove("logout", "xweb")
    assert result.returncode == 0, result.stderr
    assert "forgotten" in result.stdout
    assert not cookies.parent.exists()
    again = fedimove("logout", "xweb")
    assert again.returncode == 0 and "no x.com sign-in" in again.stdout


def test_status_counts_what_xweb_read() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "xweb", ["1", "2"])
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["2", "3"])
        run = xweb_runs.open_run(conn, "following")
        xweb_runs.complete(conn, run.id)
        xweb_runs.open_run(conn, "followers")
    conn.close()
    data = json.loads(fedimove("status", "--json").stdout)
    assert data["xweb_following"] == 2
    assert data["following"] == 3
    assert data["xweb_complete"] == ["following"]


def test_plain_status_says_whether_the_x_com_follows_were_read_to_their_end() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "xweb", ["1", "2"])
        xweb_runs.open_run(conn, "following")
    conn.close()
    assert "the follows not to their end yet" in fedimove("status").stdout
    conn = workspace.connect()
    with workspace.transaction(conn):
        xweb_runs.mark_complete(conn, "following")
    conn.close()
    assert "x.com: 2 follows, 0 followers, 0 lists read; the follows to their end." in (
        fedimove("status").stdout
    )
