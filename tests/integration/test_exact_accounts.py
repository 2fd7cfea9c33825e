"""Never a namesake, never a stale id: the ways Fedimove could follow the wrong account
(issue 17), against fakes as loose as real servers (search answers with partial and
same-username matches from several domains)."""

from __future__ import annotations

from typing import Any

import pytest

from fedimove.core.graph import EdgeKind, Profile
from fedimove.core.handles import Handle
from fedimove.core.matching import Evidence, EvidenceKind, judge
from fedimove.core.plan import Candidate, build_plan
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.fediverse.home import HomeClient
from fedimove.jobs.base import JobContext
from fedimove.jobs.follow import FollowJob
from fedimove.store import follow_queue, graph, matches, plan_inputs, workspace
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import SignedIn, sign_in, start_home


def run_follow(*addresses: str):
    plan = build_plan(
        [Candidate(str(n), f"tw{n}", a, "confirmed") for n, a in enumerate(addresses)]
    )
    return FollowJob(plan).run(JobContext())


def queue() -> dict[str, tuple[str, str | None]]:
    conn = workspace.connect()
    try:
        return {row.address: (row.state.value, row.reason) for row in follow_queue.rows(conn)}
    finally:
        conn.close()


def home_client(signed: SignedIn, **options: Any) -> HomeClient:
    return HomeClient(signed.home, signed.token, **options)


def test_home_search_never_takes_a_local_namesake(signed_in: SignedIn) -> None:
    """Hole 2: `alice@remote.example` is not the home server's own `alice`."""
    signed_in.fake.add_account("alice", display_name="Alice from home")
    signed_in.fake.add_account("alice", "elsewhere.example")
    home = home_client(signed_in)
    assert home.search_account(Handle("alice", "remote.example")) is None
    assert home.search_account(Handle("Alice", "home.example"))["acct"] == "alice"


def test_a_lone_namesake_on_another_domain_is_never_followed(signed_in: SignedIn) -> None:
    """Hole 3: the only `alice` the server knows lives elsewhere: nobody is followed."""
    stranger = signed_in.fake.add_account("alice", "other.example")
    run_follow("alice@nowhere.example")
    assert queue() == {"alice@nowhere.example": ("failed", "not_found")}
    assert stranger.acct not in signed_in.fake.followed_accts()


def test_a_delegated_domain_is_followed_when_its_webfinger_names_the_account(
    signed_in: SignedIn, fake_fediverse: FakeFediverse
) -> None:
    """Hole 3, the legitimate case: example.com delegates to social.example (host-meta),
    whose WebFinger names the actor the home server knows as alice@social.example."""
    social = fake_fediverse.add_host("social.example")
    fake_fediverse.delegate("example.com", social)
    person = social.add("alice")
    signed_in.fake.add_account("alice", "other.example")
    signed_in.fake.add_account("alice", "social.example", uri=social.actor_url(person))
    run_follow("alice@example.com")
    assert queue() == {"alice@example.com": ("followed", None)}
    assert signed_in.fake.followed_accts() == {"alice@social.example"}


def test_signing_in_to_another_account_mid_migration_replans_from_addresses(
    signed_in: SignedIn, fake_network: FakeNetwork
) -> None:
    """Hole 1: ids of the first server are never sent to the second (where the same ids
    name other people), and what was followed from the first account is followed again
    from the second."""
    first = signed_in.fake
    first.add_account("alice", "piaille.fr")
    carol = first.add_account("carol", "piaille.fr")
    run_follow("alice@piaille.fr", "bob@piaille.fr")
    first.add_account("bob", "piaille.fr")
    assert first.followed_accts() == {"alice@piaille.fr"}
    stale = build_plan(
        [
            Candidate("0", "tw0", "alice@piaille.fr", "confirmed"),
            Candidate("2", "tw2", "carol@piaille.fr", "confirmed", home_account_id=carol.id),
        ],
        home_key=f"https://home.example {signed_in.account.id}",
    )
    second = start_home(fake_network, "other.example")
    sign_in(second, "me2")
    mallory = second.add_account("mallory")
    for name in ("alice", "bob", "carol"):
        second.add_account(name, "piaille.fr")
    assert {mallory.id, second.find("alice@piaille.fr").id} & {
        carol.id,
        first.find("alice@piaille.fr").id,
    }, "the servers' ids must collide for this test to mean anything"
    FollowJob(stale).run(JobContext())
    assert second.followed_accts() == {"alice@piaille.fr", "bob@piaille.fr", "carol@piaille.fr"}
    assert queue() == {
        "alice@piaille.fr": ("followed", None),
        "bob@piaille.fr": ("followed", None),
        "carol@piaille.fr": ("followed", None),
    }


def test_matches_keep_ids_and_relationships_of_their_own_sign_in(
    signed_in: SignedIn, fake_network: FakeNetwork
) -> None:
    """Hole 1: a match's home id and relationship belong to the sign-in that learnt them."""
    first_key = f"https://home.example {signed_in.account.id}"
    remote = RemoteProfile(Handle("alice", "piaille.fr"), AccountState.ACTIVE, home_id="42")
    found = judge("1", remote, [Evidence(EvidenceKind.PUBLISHED, "bio", "@alice@piaille.fr")])
    assert found is not None
    conn = workspace.connect()
    try:
        with workspace.transaction(conn):
            graph.upsert_profiles(conn, [Profile("1", "alice")])
            graph.add_edges(conn, EdgeKind.FOLLOWING, "api", ["1"])
            matches.save_account_result(conn, "1", "published", [found], "matched", "", first_key)
            matches.set_relationships(conn, {"alice@piaille.fr": ("42", "following")}, first_key)
            matches.cache_profile(conn, "alice@piaille.fr", remote, first_key)
        (row,) = matches.chosen_matches(conn)
        assert (row.home_id, row.relationship) == ("42", "following")
        sign_in(start_home(fake_network, "other.example"), "me2")
        (row,) = matches.chosen_matches(conn)
        assert (row.home_id, row.relationship) == (None, None)
        assert (
            matches.cached_profiles(conn, ["alice@piaille.fr"], "other")["alice@piaille.fr"].home_id
            == ""
        )
        (candidate,) = [c for c in plan_inputs.candidates(conn) if c.twitter_id == "1"]
        assert (candidate.home_account_id, candidate.already_following) == (None, False)
    finally:
        conn.close()


class Stop(Exception):
    """Raised by a test's sleep: the wait was asked for, no need to sit it out."""


def test_matching_waits_on_the_budget_the_follow_queue_spent(fake_network: FakeNetwork) -> None:
    """One gate per sign-in: what the follow calls saw of the window holds matching back."""
    from fedimove.jobs.follow import connect_home

    tight = start_home(fake_network, "tight.example", rate_limit=32)
    signed = sign_in(tight)
    conn = workspace.connect()
    try:
        calls = connect_home(conn).follows._calls  # type: ignore[attr-defined]
    finally:
        conn.close()
    for _ in range(3):
        calls.call(calls.client.account_verify_credentials)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        raise Stop

    with pytest.raises(Stop):
        home_client(signed, sleep=sleep).following()
    assert slept and slept[0] > 0
