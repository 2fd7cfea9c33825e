"""Never a namesake, never a stale id: the ways Fedimove could follow the wrong account
(issue 17), against fakes as loose as real servers (search answers with partial and
same-username matches from several domains)."""

from __future__ import annotations

from fedimove.core.handles import Handle
from fedimove.core.plan import Candidate, build_plan
from fedimove.fediverse.home import HomeClient
from fedimove.fediverse.session import signed_in_account
from fedimove.jobs.base import JobContext
from fedimove.jobs.follow import FollowJob
from fedimove.store import follow_queue, workspace
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.mastodon import SignedIn


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


def home_client(signed: SignedIn) -> HomeClient:
    conn = workspace.connect()
    try:
        account = signed_in_account(conn)
    finally:
        conn.close()
    assert account is not None
    return HomeClient(account, signed.token)


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
