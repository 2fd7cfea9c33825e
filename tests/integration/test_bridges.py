"""Bluesky through Bridgy Fed and Threads (issue 12), verified through their own WebFinger and
actors: a bridged or shared account is a normal match, followed like any other; one that does
not reach the fediverse is reported, not matched."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest

from fedimove.core.export_csv import report_csv
from fedimove.core.graph import EdgeKind, Profile
from fedimove.core.handles import Handle
from fedimove.core.remote_profile import AccountState
from fedimove.core.review import Standing
from fedimove.fediverse.verify import Verifier
from fedimove.jobs.base import JobContext, run_sync
from fedimove.jobs.export_csv import report_rows
from fedimove.jobs.follow import FollowJob
from fedimove.jobs.match import MatchJob
from fedimove.jobs.plan import build_summary
from fedimove.jobs.review import LoadReview
from fedimove.store import elsewhere, follow_queue, graph, matches, settings, workspace
from tests.fakes.bridges import FakeBridgyFed, FakeThreads
from tests.fakes.mastodon import SignedIn
from tests.fakes.mastodon_model import FakeAccount

PROFILES = [
    Profile("1", "lena", "Lena", bio="🦋 lena.dev", source="api"),
    Profile(
        "2", "omar", "Omar", bio="Moved: https://bsky.app/profile/omar.bsky.social", source="api"
    ),
    Profile("3", "tess", "Tess", website="https://www.threads.net/@tess.writes", source="api"),
    Profile("4", "uri", "Uri", bio="threads.com/@uri_draws", source="api"),
]


@dataclass
class Bridges:
    bluesky: FakeBridgyFed
    threads: FakeThreads

    def resolver(self, user: str, host: str) -> FakeAccount | None:
        """How a Mastodon server sees a bridged or shared account once it fetched the actor."""
        if host == self.bluesky.domain:
            account = self.bluesky.accounts.get(user.lower())
            if account is None or not account.bridged:
                return None
            url = f"https://bsky.app/profile/{account.handle}"
            return FakeAccount("", account.handle, host, account.display_name, url=url)
        profile = self.threads.users.get(user.lower()) if host == "threads.net" else None
        if profile is None or not profile.shared:
            return None
        url = f"https://www.threads.net/@{profile.username}"
        return FakeAccount("", profile.username, host, profile.display_name, url=url)


@pytest.fixture
def world(signed_in: SignedIn, fake_bridgy: FakeBridgyFed, fake_threads: FakeThreads) -> Bridges:
    bridges = Bridges(fake_bridgy, fake_threads)
    bridges.bluesky.add("lena.dev", display_name="Lena")
    bridges.bluesky.add("omar.bsky.social", display_name="Omar", bridged=False)
    bridges.threads.add("tess.writes", display_name="Tess")
    bridges.threads.add("uri_draws", display_name="Uri", shared=False)
    signed_in.fake.resolver = bridges.resolver
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, PROFILES)
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in PROFILES])
        settings.put(conn, "matching.probe", False)
    conn.close()
    return bridges


def test_bridged_and_shared_accounts_are_followed_the_others_reported(world: Bridges) -> None:
    run_sync(MatchJob())
    conn = workspace.connect()
    try:
        found = {
            r.account_id: (r.address, r.confidence.value) for r in matches.chosen_matches(conn)
        }
        assert found == {
            "1": ("lena.dev@bsky.brid.gy", "likely"),
            "3": ("tess.writes@threads.net", "likely"),
        }
        assert [(e.account_id, e.network, e.handle) for e in elsewhere.of_followed(conn)] == [
            ("2", "bluesky", "omar.bsky.social"),
            ("4", "threads", "uri_draws"),
        ]
        assert elsewhere.counts(conn) == {"bluesky": 1, "threads": 1}
        plan = build_summary(conn)
    finally:
        conn.close()
    assert sorted(f.address for f in plan.to_send) == [
        "lena.dev@bsky.brid.gy",
        "tess.writes@threads.net",
    ]
    bluesky_asked = {path for _, path, _ in world.bluesky.log}
    assert "/api/v1/accounts/lookup" not in bluesky_asked  # it wants a token: WebFinger + actor
    assert any(path.startswith("/ap/did:plc:") for path in bluesky_asked)
    assert ("GET", f"/ap/users/{world.threads.users['uri_draws'].id}/", 404) in world.threads.log
    FollowJob(plan.plan).run(JobContext())
    conn = workspace.connect()
    try:
        states = {row.address: row.state.value for row in follow_queue.rows(conn)}
    finally:
        conn.close()
    assert states == {"lena.dev@bsky.brid.gy": "followed", "tess.writes@threads.net": "followed"}


def _cli(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_lists_who_is_on_bluesky_or_threads_only(
    world: Bridges, shared_keyring, signed_in: SignedIn
) -> None:
    from fedimove.store import mastodon_signin

    shared_keyring.set_password(
        "fedimove", mastodon_signin.token_key("https://home.example"), signed_in.token
    )
    data = _cli("match", "--json")
    assert data["on_bluesky_not_bridged"] == [
        {"account_id": "2", "username": "omar", "handle": "omar.bsky.social"}
    ]
    assert data["on_threads_not_federated"] == [
        {"account_id": "4", "username": "uri", "handle": "uri_draws"}
    ]
    status = _cli("status", "--json")
    assert (status["on_bluesky_not_bridged"], status["on_threads_not_federated"]) == (1, 1)


def test_a_bridged_bluesky_handle_is_an_account_and_an_unbridged_one_is_not(
    fake_bridgy: FakeBridgyFed,
) -> None:
    fake_bridgy.add("han.dull", display_name="Han")
    fake_bridgy.add("solo.bsky.social", bridged=False)
    verifier = Verifier()
    bridged = verifier.verify(Handle("han.dull", "bsky.brid.gy"))
    assert (str(bridged.address), bridged.state, bridged.display_name) == (
        "han.dull@bsky.brid.gy",
        AccountState.ACTIVE,
        "Han",
    )
    assert bridged.actor_uri.startswith("https://bsky.brid.gy/ap/did:plc:")
    alone = verifier.verify(Handle("solo.bsky.social", "bsky.brid.gy"))
    assert alone.state is AccountState.NOT_FOUND


def test_a_threads_profile_is_an_account_only_when_shared_with_the_fediverse(
    fake_threads: FakeThreads,
) -> None:
    fake_threads.add("zuck.fan", display_name="Fan")
    fake_threads.add("private.one", shared=False)
    verifier = Verifier()
    shared = verifier.verify(Handle("zuck.fan", "threads.net"))
    assert (str(shared.address), shared.state, shared.display_name) == (
        "zuck.fan@threads.net",
        AccountState.ACTIVE,
        "Fan",
    )
    states = {
        name: verifier.verify(Handle(name, "threads.net")).state
        for name in ("private.one", "nobody")
    }
    assert states == {"private.one": AccountState.NOT_FOUND, "nobody": AccountState.NOT_FOUND}


def test_review_and_report_show_where_they_went(world: Bridges) -> None:
    run_sync(MatchJob())
    rows = {r.account_id: r for r in run_sync(LoadReview())}
    assert (rows["2"].status, rows["2"].elsewhere) == (Standing.ON_BLUESKY, "omar.bsky.social")
    assert (rows["4"].status, rows["4"].elsewhere) == (Standing.ON_THREADS, "uri_draws")
    assert rows["2"].profile_link == "https://bsky.app/profile/omar.bsky.social"
    assert rows["4"].profile_link == "https://www.threads.net/@uri_draws"
    assert not rows["2"].pickable and not rows["4"].picked
    assert rows["1"].status is Standing.TO_FOLLOW and rows["1"].elsewhere is None
    conn = workspace.connect()
    try:
        report = {r.twitter_id: r for r in report_rows(conn, build_summary(conn))}
    finally:
        conn.close()
    assert report["2"].elsewhere == (
        "On Bluesky, not bridged: https://bsky.app/profile/omar.bsky.social"
    )
    assert report["4"].elsewhere == "On Threads, not shared: https://www.threads.net/@uri_draws"
    assert report["1"].elsewhere == ""
    header, *lines = report_csv(report.values()).splitlines()
    assert header.endswith(",Elsewhere")
    wanted = 'bridged: https://bsky.app/profile/omar.bsky.social"'
    assert any(line.endswith(wanted) for line in lines)
