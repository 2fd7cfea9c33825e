"""The follow executor against the fake Mastodon over real HTTPS, with its real limits.

Windows are scaled down, never the logic: the daily follow window is a few seconds long and
made to start right now, so "daily cap reached mid-run, then it resets" takes seconds.
"""

from __future__ import annotations

import math
import time
from collections import Counter

import pytest

from fedimove.core.plan import Candidate, ListSource, build_plan
from fedimove.core.relationships import FollowOptions
from fedimove.fediverse.errors import TokenRejected
from fedimove.jobs.base import JobContext, Progress
from fedimove.jobs.follow import FollowJob
from fedimove.store import follow_queue, list_sync, workspace
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import FakeMastodon, SignedIn, sign_in, start_home
from tests.fakes.mastodon_model import FakeFollow


def window_starting_now(seconds: float) -> float:
    """A window length close to `seconds` whose epoch-aligned window begins this instant."""
    now = time.time()
    return now / math.floor(now / seconds)


def plan_of(*addresses: str, **kwargs) -> object:
    return build_plan(
        [Candidate(str(n), f"tw{n}", a, "confirmed") for n, a in enumerate(addresses)], **kwargs
    )


def follow_posts(fake: FakeMastodon) -> Counter[str]:
    """Follow POSTs the server carried out, per target id."""
    return Counter(
        r.path.split("/")[4]
        for r in fake.api_requests("/api/v1/accounts/")
        if r.method == "POST" and r.path.endswith("/follow") and r.status == 200
    )


def run(plan=None, lists: bool = False, progress: list[Progress] | None = None):
    ctx = JobContext(on_progress=None if progress is None else progress.append)
    return FollowJob(plan, lists=lists).run(ctx)


def states() -> dict[str, str]:
    conn = workspace.connect()
    try:
        return {row.address: row.state.value for row in follow_queue.rows(conn)}
    finally:
        conn.close()


def test_follow_everyone_with_options(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    alice = fake.add_account("alice", "piaille.fr")
    fake.add_account("secret", locked=True)
    new = fake.add_account("new", "example.org")
    fake.add_account("old", "example.org", moved_to=new.id)
    fake.add_account("banned", "example.org", suspended=True)
    known = fake.add_account("known", "friends.example")
    fake.follows[signed_in.account.id] = {known.id: FakeFollow(99, known.id, False)}
    plan = plan_of(
        "alice@piaille.fr",
        "secret@home.example",
        "old@example.org",
        "banned@example.org",
        "known@friends.example",
        "ghost@nowhere.example",
        options=FollowOptions(show_boosts=False, notify=True, languages=("fr", "en")),
    )
    summary = run(plan)
    assert states() == {
        "alice@piaille.fr": "followed",
        "secret@home.example": "requested",
        "old@example.org": "failed",
        "banned@example.org": "failed",
        "known@friends.example": "already",
        "ghost@nowhere.example": "failed",
    }
    follow = fake.follows[signed_in.account.id][alice.id]
    assert (follow.reblogs, follow.notify, follow.languages) == (False, True, ["fr", "en"])
    assert set(follow_posts(fake).values()) == {1}
    assert summary.stats.throttled == 0
    reasons = {address: reason for address, reason, _detail in summary.failed}
    assert reasons == {
        "old@example.org": "moved",
        "banned@example.org": "not_found",
        "ghost@nowhere.example": "not_found",
    }


def test_faults_latency_and_resets_follow_each_once(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    for n in range(12):
        fake.add_account(f"u{n}", "example.org")
    fake.latency = 0.01
    fake.fail_next(503, times=2, path="/api/v1/accounts/relationships")
    fake.fail_next(502, times=1, path="/api/v1/accounts/")
    fake.drop_next(times=2, path="/api/v1/accounts/")
    from fedimove.core.pacing import Backoff

    job = FollowJob(plan_of(*(f"u{n}@example.org" for n in range(12))))
    job.backoff = Backoff(base=0.05, cap=0.2, max_attempts=6)
    job.run(JobContext())
    assert set(states().values()) == {"followed"}
    posts = follow_posts(fake)
    assert len(posts) == 12 and set(posts.values()) == {1}
    assert fake.followed_accts() == {f"u{n}@example.org" for n in range(12)}


def test_daily_cap_mid_run_waits_for_the_window_then_continues(
    fake_network: FakeNetwork,
) -> None:
    window = window_starting_now(6.0)
    fake = start_home(fake_network, follow_window=window)
    me = sign_in(fake)
    for n in range(6):
        fake.add_account(f"u{n}", "example.org")
    now = time.time()
    for _ in range(397):
        fake.follow_limiter.hit(me.account.id, now)
    progress: list[Progress] = []
    summary = run(plan_of(*(f"u{n}@example.org" for n in range(6))), progress=progress)
    assert set(states().values()) == {"followed"}
    assert set(follow_posts(fake).values()) == {1}
    assert summary.stats.daily_caps == 1
    assert fake.throttled == 0
    assert any(p.waiting_until for p in progress)
    assert [r.path for r in fake.api_requests() if r.status == 429] == []


def test_revoked_sign_in_stops_and_keeps_the_queue(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    fake.add_account("a", "example.org")
    fake.tokens[signed_in.token].revoked = True
    with pytest.raises(TokenRejected):
        run(plan_of("a@example.org"))
    assert states() == {"a@example.org": "pending"}
    fake.tokens[signed_in.token].revoked = False
    run()
    assert states() == {"a@example.org": "followed"}


def test_lists_recreated_reused_capped_and_one_by_one(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    fake.max_lists = 2
    accounts = [fake.add_account(f"u{n}", "example.org") for n in range(4)]
    fake.add_account("later", "example.org")
    addresses = [f"u{n}@example.org" for n in range(4)]
    existing = fake._owned(fake.tokens[signed_in.token])
    from tests.fakes.mastodon_model import FakeList

    existing["1"] = FakeList("1", "Friends")
    candidates = [Candidate(str(n), f"tw{n}", a, "confirmed") for n, a in enumerate(addresses)]
    sources = [
        ListSource("friends", "friends", ("0", "1")),
        ListSource("work", "Work", ("1", "2", "3")),
        ListSource("third", "Third", ("0",)),
    ]
    plan = build_plan(candidates, sources)
    conn = workspace.connect()
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, plan)
        list_sync.sync_lists(conn, plan.lists)
        follow_queue.set_home_id(conn, addresses[3], accounts[3].id)
        follow_queue.finish(conn, addresses[3], follow_queue.QueueState.ALREADY)
    conn.close()
    summary = run(plan, lists=True)
    owned = {item.title: item for item in existing.values()}
    assert sorted(owned) == ["Friends", "Work"]
    assert owned["Friends"].members == [accounts[0].id, accounts[1].id]
    assert sorted(owned["Work"].members) == [accounts[1].id, accounts[2].id]
    conn = workspace.connect()
    members = {m.address: m.state for m in list_sync.members(conn, "work")}
    assert members == {addresses[1]: "added", addresses[2]: "added", addresses[3]: "failed"}
    rows = {row.key: (row.state, row.reason) for row in list_sync.all_lists(conn)}
    assert rows["third"] == ("skipped", "list_cap")
    assert summary.lists["done"] == 2
    adds = [r for r in fake.api_requests("/api/v1/lists/") if r.method == "POST"]
    assert [r.status for r in adds].count(422) == 2


def test_plan_job_knows_the_server_lists_for_the_cap(signed_in: SignedIn) -> None:
    from fedimove.core.graph import EdgeKind, ListRelation, TwitterList
    from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
    from fedimove.core.remote_profile import AccountState, RemoteProfile
    from fedimove.jobs.plan import PlanJob
    from fedimove.store import graph, matches
    from tests.fakes.mastodon_model import FakeList

    owned = signed_in.fake._owned(signed_in.fake.tokens[signed_in.token])
    for n in range(49):
        owned[str(n)] = FakeList(str(n), "Friends" if n == 0 else f"List {n}")
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["1"])
        handle = handle_of("alice@piaille.fr")
        assert handle is not None
        found = Match(
            "1",
            handle,
            Confidence.CONFIRMED,
            (Evidence(EvidenceKind.PUBLISHED, "bio", "@alice@piaille.fr"),),
            RemoteProfile(handle, AccountState.ACTIVE),
        )
        matches.save_account_result(conn, "1", "published", [found], "matched")
        for key, name in (("a", "friends"), ("b", "Work"), ("c", "Family")):
            graph.save_list(conn, TwitterList(key, ListRelation.CREATED, name=name, members=("1",)))
    conn.close()
    summary = PlanJob().run(JobContext())
    assert [f.address for f in summary.to_send] == ["alice@piaille.fr"]
    assert len(summary.server_lists) == 49
    assert summary.lists_over_cap == 1
    assert summary.budget.today == 1 and not summary.budget.bulk_recommended


def test_a_list_deleted_on_the_server_is_made_again(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    for n in range(3):
        fake.add_account(f"u{n}", "example.org")
    candidates = [Candidate(str(n), f"tw{n}", f"u{n}@example.org", "confirmed") for n in range(3)]
    first = build_plan(candidates[:2], [ListSource("l", "Friends", ("0", "1", "2"))])
    run(first, lists=True)
    owned = fake._owned(fake.tokens[signed_in.token])
    assert [len(item.members) for item in owned.values()] == [2]
    owned.clear()
    run(build_plan(candidates, [ListSource("l", "Friends", ("0", "1", "2"))]), lists=True)
    assert [(item.title, len(item.members)) for item in owned.values()] == [("Friends", 3)]


@pytest.mark.parametrize(
    ("follow_window", "request_window"),
    [(2.0, 1.5), (1.0, 1.5), (1.5, 1.5)],
    ids=["follows-longer", "follows-shorter", "same-length"],
)
def test_the_follow_family_window_is_waited_out_not_found_by_a_429(
    fake_network: FakeNetwork, follow_window: float, request_window: float
) -> None:
    """15 follows per window and 60 requests per window (scaled from 20 s and 15 s): the
    follow family's numbers pace the follows, so no window turnover costs a 429."""
    fake = start_home(
        fake_network,
        rate_limit=60,
        rate_window=request_window,
        follow_daily_limit=15,
        follow_window=follow_window,
    )
    sign_in(fake)
    accounts = [fake.add_account(f"u{n}", "example.org") for n in range(36)]
    plan = build_plan(
        [Candidate(str(n), f"tw{n}", a.acct, "confirmed", a.id) for n, a in enumerate(accounts)]
    )
    summary = run(plan)
    assert set(states().values()) == {"followed"}
    assert set(follow_posts(fake).values()) == {1}
    assert [r.path for r in fake.api_requests() if r.status == 429] == []
    assert summary.stats.throttled == 0 and summary.stats.daily_caps >= 1


def test_a_short_follow_family_window_is_waited_out_without_a_429(
    fake_network: FakeNetwork,
) -> None:
    """The run that got one 429 per window turnover: follows 15 per 20 s, requests 60 per 15 s."""
    fake = start_home(
        fake_network, rate_limit=60, rate_window=15.0, follow_daily_limit=15, follow_window=20.0
    )
    me = sign_in(fake)
    accounts = [fake.add_account(f"u{n}", "example.org") for n in range(16)]
    plan = build_plan(
        [Candidate(str(n), f"tw{n}", a.acct, "confirmed", a.id) for n, a in enumerate(accounts)],
        home_key=f"https://{fake.domain} {me.account.id}",
    )
    summary = run(plan)
    assert set(states().values()) == {"followed"}
    assert set(follow_posts(fake).values()) == {1}
    assert not fake.api_requests("/api/v2/search")
    refused = [r for r in fake.api_requests() if r.token == me.token and r.status == 429]
    assert refused == []
    assert summary.stats.throttled == 0
