"""Blocks and mutes carried to Mastodon (issue 15): matched like follows, never followed."""

from __future__ import annotations

import subprocess
import sys

from fedimove.core.graph import EdgeKind, Profile
from fedimove.jobs.base import run_sync
from fedimove.jobs.match import MatchJob
from fedimove.store import graph, matches, workspace
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.file_keyring import FileKeyring
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import sign_in, start_home
from tests.integration.test_follow_cli import seed_matches


def fedimove(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def add_edges(kind: EdgeKind, ids: list[str]) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, kind, "archive", ids)
    conn.close()


def test_blocked_and_muted_accounts_are_matched_with_the_same_engine(
    fake_fediverse: FakeFediverse,
) -> None:
    piaille = fake_fediverse.add_host("piaille.fr")
    for name in ("friend", "troll", "noisy"):
        piaille.add(name)
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(
            conn,
            [
                Profile("1", "friend", bio="@friend@piaille.fr", source="api"),
                Profile("2", "troll", bio="@troll@piaille.fr", source="api"),
                Profile("3", "noisy", bio="@noisy@piaille.fr", source="api"),
            ],
        )
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", ["1"])
        graph.add_edges(conn, EdgeKind.BLOCK, "archive", ["2"])
        graph.add_edges(conn, EdgeKind.MUTE, "archive", ["3"])
    conn.close()
    run_sync(MatchJob(probe=False))
    conn = workspace.connect()
    found = {row.account_id: row.address for row in matches.chosen_matches(conn)}
    assert found == {"1": "friend@piaille.fr", "2": "troll@piaille.fr", "3": "noisy@piaille.fr"}
    assert sum(matches.counts(conn)["matched"].values()) == 1  # follows only
    conn.close()


def test_a_blocked_account_that_was_in_the_follow_plan_is_not_followed(
    fake_network: FakeNetwork, shared_keyring: FileKeyring
) -> None:
    fake = start_home(fake_network)
    sign_in(fake)
    for name in ("a", "blocked", "muted"):
        fake.add_account(name, "example.org")
    seed_matches(["a@example.org", "blocked@example.org", "muted@example.org"])
    add_edges(EdgeKind.BLOCK, ["1"])
    add_edges(EdgeKind.MUTE, ["2"])
    dry = fedimove("follow", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "To follow: 1 " in dry.stdout
    done = fedimove("follow", "--yes")
    assert done.returncode == 0, done.stderr
    assert fake.followed_accts() == {"a@example.org"}
