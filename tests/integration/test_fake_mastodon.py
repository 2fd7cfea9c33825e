"""The fake home server behaves as a real Mastodon does, seen through Mastodon.py and requests."""

from __future__ import annotations

from datetime import datetime

import pytest
import requests
from mastodon import MastodonAPIError, MastodonNotFoundError, MastodonRatelimitError

from fedimove.fediverse.session import client_for, mastodon_client, signed_in_account
from fedimove.net.http import new_session
from fedimove.store import workspace
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import FakeMastodon, SignedIn, start_home

BASE = "https://home.example"


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_signed_in_account_and_client(signed_in: SignedIn) -> None:
    conn = workspace.connect()
    home = signed_in_account(conn)
    assert home is not None and home.acct == "me" and home.host == "home.example"
    _, client = mastodon_client(conn)
    me = client.account_verify_credentials()
    assert me["id"] == signed_in.account.id and me["acct"] == "me"
    assert client.ratelimit_limit == 300 and client.ratelimit_remaining == 299


def test_rate_limit_headers_on_every_api_response(signed_in: SignedIn) -> None:
    session = new_session()
    auth = {"Authorization": f"Bearer {signed_in.token}"}
    first = session.get(f"{BASE}/api/v1/accounts/verify_credentials", headers=auth)
    second = session.get(f"{BASE}/api/v1/lists", headers=auth)
    assert first.headers["X-RateLimit-Limit"] == "300"
    assert int(second.headers["X-RateLimit-Remaining"]) == 298
    reset = datetime.fromisoformat(first.headers["X-RateLimit-Reset"].replace("Z", "+00:00"))
    assert reset.timestamp() % 300 == 0


def test_fixed_window_429_then_reset(fake_network: FakeNetwork) -> None:
    clock = FakeClock()
    fake = start_home(fake_network, clock=clock, rate_limit=3, rate_window=10)
    _, token = fake.add_user()
    client = client_for(BASE, token)
    for _ in range(3):
        client.account_verify_credentials()
    with pytest.raises(MastodonRatelimitError):
        client.account_verify_credentials()
    assert fake.throttled == 1
    clock.now += 10
    assert client.account_verify_credentials()["acct"] == "me"


def test_429_body_and_headers(fake_network: FakeNetwork) -> None:
    fake = start_home(fake_network, clock=FakeClock(), rate_limit=1)
    _, token = fake.add_user()
    session = new_session()
    auth = {"Authorization": f"Bearer {token}"}
    session.get(f"{BASE}/api/v1/lists", headers=auth)
    response = session.get(f"{BASE}/api/v1/lists", headers=auth)
    assert response.status_code == 429
    assert response.json() == {"error": "Too many requests"}
    assert response.headers["X-RateLimit-Remaining"] == "0"


def test_follow_rules(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    alice = fake.add_account("alice", "piaille.fr")
    locked = fake.add_account("secret", locked=True)
    new = fake.add_account("new")
    moved = fake.add_account("old", moved_to=new.id)
    gone = fake.add_account("gone", suspended=True)
    client = client_for(BASE, signed_in.token)
    assert client.account_follow(alice.id)["following"] is True
    assert client.account_follow(alice.id)["following"] is True
    assert client.account_follow(locked.id)["requested"] is True
    with pytest.raises(MastodonAPIError) as forbidden:
        client.account_follow(moved.id)
    assert forbidden.value.args[1] == 403
    with pytest.raises(MastodonNotFoundError):
        client.account_follow(gone.id)
    with pytest.raises(MastodonNotFoundError):
        client.account_follow("1")
    assert fake.followed_accts() == {"alice@piaille.fr"}
    assert fake.followed_accts(requested=True) == {"secret"}
    relationships = client.account_relationships([alice.id, locked.id, new.id])
    assert [(r["following"], r["requested"]) for r in relationships] == [
        (True, False),
        (False, True),
        (False, False),
    ]


def test_daily_follow_cap_and_total_cap(fake_network: FakeNetwork) -> None:
    clock = FakeClock(86400 * 20_000 + 100)
    fake = start_home(fake_network, clock=clock, follow_daily_limit=2, follow_total_limit=3)
    _, token = fake.add_user()
    targets = [fake.add_account(f"t{n}") for n in range(5)]
    session = new_session()
    auth = {"Authorization": f"Bearer {token}"}

    def follow(n: int) -> requests.Response:
        return session.post(f"{BASE}/api/v1/accounts/{targets[n].id}/follow", headers=auth)

    assert follow(0).headers["X-RateLimit-Limit"] == "2"
    assert follow(1).headers["X-RateLimit-Remaining"] == "0"
    refused = follow(2)
    assert refused.status_code == 429 and refused.json() == {"error": "Too many requests"}
    assert follow(0).status_code == 200
    clock.now += 86400
    assert follow(2).status_code == 200
    capped = follow(3)
    assert capped.status_code == 422
    assert capped.json()["error"].startswith("Validation failed: You cannot follow more than")


def test_lists_rules(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    fake.max_lists = 2
    client = client_for(BASE, signed_in.token)
    followed = fake.add_account("bob")
    stranger = fake.add_account("carol")
    client.account_follow(followed.id)
    first = client.list_create("Friends")
    client.list_create("Work")
    with pytest.raises(MastodonAPIError):
        client.list_create("Third")
    with pytest.raises(MastodonAPIError) as rejected:
        client.list_accounts_add(first["id"], [followed.id, stranger.id])
    assert rejected.value.args[1] == 422
    assert client.list_accounts(first["id"]) == []
    client.list_accounts_add(first["id"], [followed.id])
    assert [a["acct"] for a in client.list_accounts(first["id"])] == ["bob"]
    client.account_unfollow(followed.id)
    assert client.list_accounts(first["id"]) == []


def test_following_pagination_with_link_headers(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    fake.page_size = 2
    client = client_for(BASE, signed_in.token)
    for n in range(5):
        client.account_follow(fake.add_account(f"u{n}").id)
    page = client.account_following(signed_in.account.id)
    seen = [a["acct"] for a in client.fetch_remaining(page)]
    assert sorted(seen) == [f"u{n}" for n in range(5)] and len(seen) == 5


def test_following_links_are_written_as_a_real_mastodon_writes_them(signed_in: SignedIn) -> None:
    """As the cassettes in Mastodon.py's sdist record account lists: the request's `limit`
    kept, `max_id` (the last follow's id) for next, `since_id` for prev, no next on the last."""
    fake = signed_in.fake
    client = client_for(BASE, signed_in.token)
    for n in range(3):
        client.account_follow(fake.add_account(f"u{n}").id)
    session = new_session()
    auth = {"Authorization": f"Bearer {signed_in.token}"}
    url = f"{BASE}/api/v1/accounts/{signed_in.account.id}/following"
    first = session.get(url, params={"limit": "2"}, headers=auth)
    assert first.headers["Link"] == (
        f'<{url}?limit=2&max_id=2>; rel="next", <{url}?limit=2&since_id=3>; rel="prev"'
    )
    last = session.get(url, params={"limit": "2", "max_id": "2"}, headers=auth)
    assert [a["acct"] for a in last.json()] == ["u0"]
    assert last.headers["Link"] == f'<{url}?limit=2&since_id=1>; rel="prev"'
    assert session.get(url, headers=auth).headers["Link"] == f'<{url}?since_id=3>; rel="prev"'


def test_relationships_leave_out_suspended_accounts(signed_in: SignedIn) -> None:
    """RelationshipsController answers for accounts not suspended, in the order asked."""
    fake = signed_in.fake
    alice, gone = fake.add_account("alice"), fake.add_account("gone", suspended=True)
    client = client_for(BASE, signed_in.token)
    found = client.account_relationships([gone.id, alice.id, "1"])
    assert [str(r["id"]) for r in found] == [alice.id]
    found = client.account_relationships([gone.id, alice.id], with_suspended=True)
    assert [str(r["id"]) for r in found] == [gone.id, alice.id]


def test_search_resolves_remote_accounts(signed_in: SignedIn) -> None:
    from tests.fakes.mastodon_model import FakeAccount

    fake = signed_in.fake
    fake.resolver = lambda user, host: FakeAccount("x", user, None, display_name="Remote")
    client = client_for(BASE, signed_in.token)
    found = client.search_v2("@dora@elsewhere.example", resolve=True)["accounts"]
    assert found[0]["acct"] == "dora@elsewhere.example"
    assert client.account_lookup("dora@elsewhere.example")["display_name"] == "Remote"


def test_faults(signed_in: SignedIn) -> None:
    fake = signed_in.fake
    session = new_session()
    fake.fail_next(502, path="/api/v1/lists")
    assert session.get(f"{BASE}/api/v1/lists").status_code == 502
    fake.drop_next()
    with pytest.raises(requests.ConnectionError):
        session.get(f"{BASE}/api/v1/instance")
    assert session.get(f"{BASE}/api/v1/instance").status_code == 200


def test_revoked_token_is_refused(signed_in: SignedIn, fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.tokens[signed_in.token].revoked = True
    response = new_session().get(
        f"{BASE}/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {signed_in.token}"},
    )
    assert response.status_code == 401
    assert response.json() == {"error": "The access token is invalid"}
