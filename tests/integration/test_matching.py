"""Matching against a fake fediverse: evidence, confidence, moves, refusals, caching."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fedimove.core.graph import AccountText, EdgeKind, Profile, TextKind
from fedimove.jobs.base import run_sync
from fedimove.jobs.match import MatchJob
from fedimove.store import graph, matches, settings, workspace
from tests.fakes.fediverse import FakeFediverse, link
from tests.fakes.mastodon import SignedIn
from tests.fakes.websites import add_site, home_page

PROFILES = [
    Profile("1", "alice", "Alice", bio="Now on the fediverse: @alice@piaille.fr", source="api"),
    Profile("2", "bob", "Bob", bio="just bob", source="api"),
    Profile(
        "3",
        "carol",
        "Carol",
        bio="write me: carol@gts.example",
        website="https://carol.example/",
        source="api",
    ),
    Profile("4", "dan", "Dan D", bio="no fediverse here", source="api"),
    Profile("5", "erin", "Erin", bio="@erin@old.example", source="api"),
    Profile("6", "frank", "Frank", bio="@frank@piaille.fr", source="api"),
    Profile("7", "gina", "Gina", bio="mail: gina@gmail.com", source="api"),
    Profile("8", "hank", "Hank", bio="fedi: @hank@hank.example", source="api"),
    Profile("9", "ivy", "Ivy", bio="https://misskey.example/@ivy", source="api"),
    Profile("10", "jo", "Jo", bio="co-host of @show@piaille.fr with @kim@piaille.fr", source="api"),
]


@pytest.fixture
def world(signed_in: SignedIn, fake_fediverse: FakeFediverse) -> FakeFediverse:
    fedi = fake_fediverse
    piaille = fedi.add_host("piaille.fr")
    piaille.add(
        "alice",
        display_name="Alice",
        fields=[("Twitter", link("https://twitter.com/alice"), False)],
    )
    piaille.add("frank", suspended=True)
    piaille.add("show")
    piaille.add("kim")
    fedi.add_host("chaos.social").add("bob", display_name="Bob")
    gts = fedi.add_host("gts.example", "gotosocial")
    gts.add("carol", fields=[("Site", link("https://carol.example"), True)])
    add_site(fedi.network, "carol.example", pages={"/": home_page(text="Carol's corner")})
    old = fedi.add_host("old.example")
    old.add("erin", moved_to="erin@new.example")
    fedi.add_host("new.example").add(
        "erin",
        display_name="Erin",
        note="<p>was twitter.com/erin</p>",
        also_known_as=["erin@old.example"],
    )
    social = fedi.add_host("social.example", "misskey")
    fedi.delegate("hank.example", social)
    social.add("hank")
    fedi.add_host("misskey.example", "misskey").add("ivy")
    fedi.add_host("mastodon.social").add("dan", display_name="Dan D")
    signed_in.fake.resolver = fedi.resolver
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, PROFILES)
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in PROFILES])
        graph.add_texts(
            conn,
            "archive",
            [
                AccountText("2", TextKind.RETWEET, "Bye bird. I moved to @bob@chaos.social"),
            ],
        )
        settings.put(conn, "matching.probe_hosts", ["mastodon.social"])
    conn.close()
    alice_at_home = signed_in.fake.add_account("alice", "piaille.fr")
    signed_in.fake.follows[signed_in.account.id] = {}
    from tests.fakes.mastodon_model import FakeFollow

    signed_in.fake.follows[signed_in.account.id][alice_at_home.id] = FakeFollow(
        1, alice_at_home.id, requested=False
    )
    return fedi


def chosen() -> dict[str, tuple[str, str, set[str], str | None]]:
    conn = workspace.connect()
    try:
        return {
            row.account_id: (
                row.address,
                row.confidence.value,
                {e.kind.value for e in row.evidence},
                row.relationship,
            )
            for row in matches.chosen_matches(conn)
        }
    finally:
        conn.close()


def test_matching_end_to_end(world: FakeFediverse) -> None:
    summary = run_sync(MatchJob())
    found = chosen()
    assert found["1"][:2] == ("alice@piaille.fr", "confirmed")
    assert found["1"][3] == "following"
    assert found["2"][:2] == ("bob@chaos.social", "likely")
    assert found["3"][:2] == ("carol@gts.example", "confirmed")
    assert "verified_link" in found["3"][2]
    assert found["4"][:2] == ("dan@mastodon.social", "possible")
    assert found["5"][:2] == ("erin@new.example", "confirmed")
    assert "moved" in found["5"][2]
    assert found["8"][:2] == ("hank@hank.example", "likely")
    assert found["9"][:2] == ("ivy@misskey.example", "likely")
    assert found["10"][1] == "possible"
    assert "6" not in found and "7" not in found
    assert summary.matched == {"confirmed": 3, "likely": 3, "possible": 2}
    assert summary.unmatched == 2
    conn = workspace.connect()
    assert matches.progress_of(conn)["6"] == ("gone", "frank@piaille.fr: suspended")


def test_each_host_is_asked_once_per_account_and_reruns_use_the_cache(
    world: FakeFediverse,
) -> None:
    run_sync(MatchJob())
    probes = world.hosts["mastodon.social"].requests("/api/v1/accounts/lookup")
    assert len(probes) == 2  # dan and gina, each asked once
    nodeinfo = world.hosts["piaille.fr"].requests("/.well-known/nodeinfo")
    assert len(nodeinfo) == 1
    before = world.total_requests()
    run_sync(MatchJob(recheck=False))
    assert world.total_requests() == before
    run_sync(MatchJob(only_unmatched=True))
    assert world.total_requests() > before


def test_refusing_server_falls_back_to_the_home_search(
    world: FakeFediverse, signed_in: SignedIn
) -> None:
    run_sync(MatchJob(probe=False))
    refused = world.hosts["gts.example"].requests("/users/carol")
    assert [status for _, _, status in refused] == [401]
    searches = [r for r in signed_in.fake.requests_log if r.path == "/api/v2/search"]
    assert len(searches) == 1
    carol = next(r for r in matches.chosen_matches(workspace.connect()) if r.account_id == "3")
    assert carol.home_id == signed_in.fake.find("carol@gts.example").id


def test_without_sign_in_matching_still_works(fake_fediverse: FakeFediverse) -> None:
    fake_fediverse.add_host("piaille.fr").add("alice", fields=[("X", "@alice", False)])
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, PROFILES[:1])
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", ["1"])
    conn.close()
    run_sync(MatchJob(probe=False))
    assert chosen()["1"][:2] == ("alice@piaille.fr", "confirmed")


def test_cli_match_json_and_status(world: FakeFediverse, shared_keyring, signed_in) -> None:
    from fedimove.store import mastodon_signin

    shared_keyring.set_password(
        "fedimove", mastodon_signin.token_key("https://home.example"), signed_in.token
    )
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "match", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["matched"] == {"confirmed": 3, "likely": 3, "possible": 2}
    assert data["gone"] == [
        {"account_id": "6", "username": "frank", "reason": "frank@piaille.fr: suspended"}
    ]
    alice = next(m for m in data["matches"] if m["username"] == "alice")
    assert {
        "kind": "published",
        "source": "bio",
        "snippet": "Now on the fediverse: @alice@piaille.fr",
    } in alice["evidence"]
    status = subprocess.run(
        [sys.executable, "-m", "fedimove", "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    fields = json.loads(status.stdout)
    assert fields["matched"]["confirmed"] == 3 and fields["unmatched"] == 2


def test_parallel_with_a_small_limit_per_server(fake_fediverse: FakeFediverse) -> None:
    from fedimove.core.handles import Handle
    from fedimove.fediverse.verify import Verifier

    hosts = [fake_fediverse.add_host(f"h{n}.example") for n in range(3)]
    for host in hosts:
        host.latency = 0.05
        for n in range(12):
            host.add(f"u{n}")
    handles = [Handle(f"u{n}", h.domain) for h in hosts for n in range(12)]
    results = dict(Verifier(per_host=2).verify_many(handles))
    assert all(p.usable for p in results.values()) and len(results) == 36
    assert max(h.max_in_flight for h in hosts) <= 2
    assert sum(h.max_in_flight for h in hosts) >= 4  # several servers at once


def test_rate_limit_headers_are_obeyed(fake_fediverse: FakeFediverse) -> None:
    from fedimove.core.handles import Handle
    from fedimove.fediverse.verify import Verifier

    host = fake_fediverse.add_host("tight.example", rate_limit=8, rate_window=1.0)
    for n in range(14):
        host.add(f"u{n}")
    results = dict(
        Verifier(per_host=1).verify_many([Handle(f"u{n}", "tight.example") for n in range(14)])
    )
    assert all(p.usable for p in results.values())
    assert [s for _, _, s in host.log if s == 429] == []


def test_cancelled_run_resumes_without_asking_twice(world: FakeFediverse) -> None:
    from fedimove.core.errors import Cancelled
    from fedimove.jobs.base import Control

    control = Control()
    with pytest.raises(Cancelled):
        run_sync(
            MatchJob(chunk=3, probe=False), control=control, on_progress=lambda _p: control.cancel()
        )
    conn = workspace.connect()
    assert 0 < len(matches.done_accounts(conn)) < len(PROFILES)
    run_sync(MatchJob(chunk=3))
    lookups = world.hosts["piaille.fr"].requests("/api/v1/accounts/lookup")
    assert len(lookups) == 6  # alice, frank, show, kim, then probes for dan and gina: once each
    assert chosen()["1"][:2] == ("alice@piaille.fr", "confirmed")


def test_cli_match_text_output(world: FakeFediverse, shared_keyring, signed_in) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "match", "--no-probe"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "@bob → bob@chaos.social  (likely: the account published this address)" in (
        result.stdout
    )
    assert "@frank: gone (frank@piaille.fr: suspended)" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Matched: ")


def test_rate_limit_waits_are_reported(fake_fediverse: FakeFediverse) -> None:
    from fedimove.jobs.match import WAITING

    # Few requests per window, so the limit is met however slow the machine is.
    host = fake_fediverse.add_host("tight.example", rate_limit=5, rate_window=1.5)
    people = [Profile(str(n), f"u{n}", bio=f"@u{n}@tight.example") for n in range(12)]
    for person in people:
        host.add(person.username or "")
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, people)
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in people])
    conn.close()
    seen = []
    run_sync(MatchJob(probe=False, chunk=4), on_progress=seen.append)
    waits = [p for p in seen if p.message == WAITING]
    assert waits and all(p.waiting_until for p in waits)
    assert [s for _, _, s in host.log if s == 429] == []
    assert len(chosen()) == 12
