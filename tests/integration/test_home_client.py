"""Matching's calls to the home server (`fediverse.home.HomeClient`, over the one Mastodon.py
client): following read page by page from the Link header, relationships 40 ids a request,
bounded retries on 429/5xx/hang-ups, a revoked token stops the run (issue 17)."""

from __future__ import annotations

from typing import Any

import pytest

from fedimove.core.handles import Handle
from fedimove.core.relationships import Relationship
from fedimove.fediverse import profiles
from fedimove.fediverse.errors import TokenRejected
from fedimove.fediverse.home import HomeClient
from fedimove.fediverse.pacing import HOME_RESERVE, RateLimitGate
from fedimove.fediverse.session import client_for
from tests.fakes.mastodon import SignedIn


def home_client(signed: SignedIn, **options: Any) -> HomeClient:
    return HomeClient(signed.home, signed.token, **options)


def follow_all(signed: SignedIn, ids: list[str]) -> None:
    client = client_for(f"https://{signed.fake.domain}", signed.token)
    for account_id in ids:
        client.account_follow(account_id)


def paths(signed: SignedIn, prefix: str) -> list[str]:
    return [r.path for r in signed.fake.api_requests(prefix)]


def test_following_reads_every_page_the_link_header_names(signed_in: SignedIn) -> None:
    """170 follows: pages of 80 by the Link header's max_id (a follow's id, not an
    account's), the local account named by its full address."""
    fake = signed_in.fake
    remote = [fake.add_account(f"user{n}", "piaille.fr") for n in range(169)]
    local = fake.add_account("neighbour")
    follow_all(signed_in, [a.id for a in [*remote, local]])
    home = home_client(signed_in)
    before = len(fake.api_requests())
    found = home.following()
    assert len(found) == 170
    assert found["user7@piaille.fr"] == remote[7].id
    assert found["neighbour@home.example"] == local.id
    assert len(fake.api_requests()) - before == 3 == home.requests


def test_relationships_are_asked_forty_ids_at_a_time(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    accounts = [fake.add_account(f"user{n}", "piaille.fr", locked=n == 1) for n in range(85)]
    follow_all(signed_in, [accounts[0].id, accounts[1].id])
    home = home_client(signed_in)
    found = home.relationships([a.id for a in accounts] + [accounts[0].id])
    assert len(paths(signed_in, "/api/v1/accounts/relationships")) == 3 == home.requests
    assert set(found) == {a.id for a in accounts}
    assert found[accounts[0].id] == Relationship(accounts[0].id, following=True)
    assert found[accounts[1].id] == Relationship(accounts[1].id, requested=True)
    assert found[accounts[2].id] == Relationship(accounts[2].id)


def test_a_struggling_server_is_asked_again_a_few_times(signed_in: SignedIn) -> None:
    """Two 503s and a hang-up, then the answer; four failures in a row: nothing known."""
    signed_in.fake.add_account("alice", "piaille.fr")
    slept: list[float] = []
    home = home_client(signed_in, sleep=slept.append)
    signed_in.fake.fail_next(503, times=2, path="/api/v2/search")
    signed_in.fake.drop_next(times=1, path="/api/v2/search")
    found = home.search_account(Handle("alice", "piaille.fr"))
    assert found is not None and found["acct"] == "alice@piaille.fr"
    assert home.requests == 4 and slept == [1.0, 1.0, 1.0]
    signed_in.fake.fail_next(502, times=4, path="/api/v1/accounts/")
    assert home.following() == {}
    assert home.requests == 8


def test_a_429_is_waited_out_on_the_gate_then_asked_again(signed_in: SignedIn) -> None:
    now = [1_000.0]
    gate = RateLimitGate(HOME_RESERVE, clock=lambda: now[0])
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    signed_in.fake.add_account("alice", "piaille.fr")
    follow_all(signed_in, [signed_in.fake.find("alice@piaille.fr").id])  # type: ignore[union-attr]
    home = home_client(signed_in, sleep=sleep, gate=gate)
    signed_in.fake.fail_next(429, times=1, path="/api/v1/accounts/")
    assert home.following() == {"alice@piaille.fr": signed_in.fake.find("alice@piaille.fr").id}  # type: ignore[union-attr]
    assert slept == [gate.fallback_wait] and home.requests == 2


def test_a_revoked_token_stops_matching(signed_in: SignedIn) -> None:
    home = home_client(signed_in)
    signed_in.fake.tokens[signed_in.token].revoked = True
    with pytest.raises(TokenRejected):
        home.following()
    assert home.requests == 1


def test_the_home_search_keeps_the_accounts_creation_date(signed_in: SignedIn) -> None:
    """Mastodon.py turns `created_at` into a datetime: the profile still has its date."""
    signed_in.fake.add_account("alice", "piaille.fr", display_name="Alice")
    found = home_client(signed_in).search_account(Handle("alice", "piaille.fr"))
    profile = profiles.from_api(found, "home.example", "home_search")
    assert profile is not None
    assert (profile.display_name, profile.created_at) == ("Alice", "2022-11-05")


def test_a_reset_header_nobody_can_read_is_ignored_not_taken_for_a_429(
    signed_in: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mastodon.py raises its rate-limit error on any response whose X-RateLimit-Reset it
    cannot parse; the header tap drops such a value first, as the gate ignores it."""
    fake = signed_in.fake
    for limiter in (fake.token_limiter, fake.user_limiter):
        monkeypatch.setattr(
            limiter,
            "headers",
            lambda key, now, real=limiter.headers: {**real(key, now), "X-RateLimit-Reset": "soon"},
        )
    alice = fake.add_account("alice", "piaille.fr")
    follow_all(signed_in, [alice.id])
    home = home_client(signed_in)
    assert home.following() == {"alice@piaille.fr": alice.id}
    assert home.requests == 1 and home.gate.delay() == 0
