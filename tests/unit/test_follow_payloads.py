"""Server JSON for follows and lists: real shapes read right, anything else never raises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fedimove.core.relationships import Relationship, ResolvedAccount
from fedimove.fediverse.exact import Prove, pick_exact
from fedimove.fediverse.follow_payloads import (
    ids_from,
    lists_from,
    relationship_from,
    relationships_from,
    resolved_from,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=25,
)
ACCOUNTISH = st.dictionaries(
    st.sampled_from(["id", "acct", "locked", "moved", "following", "requested", "title"]), JSON
)


def find_account(
    payload: object, address: str, home_host: str, prove: Prove | None = None
) -> ResolvedAccount | None:
    item = pick_exact(payload, address, home_host, prove)
    return resolved_from(item, home_host) if item is not None else None


def test_real_shapes() -> None:
    payload = [
        {"id": "1", "following": True, "requested": False},
        {"id": "2", "following": False, "requested": True},
        {"following": True},
    ]
    assert relationships_from(payload) == {
        "1": Relationship("1", True, False),
        "2": Relationship("2", False, True),
    }
    search = {
        "accounts": [
            {"id": "5", "acct": "alice@other.example"},
            {
                "id": "6",
                "acct": "Alice@piaille.fr",
                "locked": True,
                "moved": {"id": "7", "acct": "alice2"},
            },
        ]
    }
    assert find_account(search, "alice@piaille.fr", "home.example") == ResolvedAccount(
        "6", "Alice@piaille.fr", True, "alice2@home.example"
    )
    assert find_account(
        {"accounts": [{"id": "8", "acct": "me"}]}, "me@home.example", "home.example"
    ) == ResolvedAccount("8", "me@home.example")
    stranger = {"accounts": [{"id": "12", "acct": "mallory@example.com"}]}
    assert find_account(stranger, "alice@example.com", "home.example") is None
    two = {"accounts": [{"id": "13", "acct": "alice@a.example"}, {"id": "14", "acct": "alice@b"}]}
    assert find_account(two, "alice@example.com", "home.example") is None
    assert find_account(
        {"accounts": [{"id": "15", "acct": "ALICE@Piaille.FR"}]}, "alice@piaille.fr", "h.example"
    ) == ResolvedAccount("15", "ALICE@Piaille.FR")
    assert relationship_from({"following": "yes"}, "3") == Relationship("3")
    assert lists_from([{"id": "9", "title": "Amis"}, {"title": "x"}]) == [("9", "Amis")]
    assert ids_from([{"id": 10}, {"id": True}, "x"]) == {"10"}


def test_namesakes_are_never_taken() -> None:
    """Search answers hold partial and same-username matches: none is the address asked."""
    namesakes = {
        "accounts": [
            {"id": "1", "acct": "alice", "uri": "https://home.example/users/alice"},
            {"id": "2", "acct": "alice@other.example", "uri": "https://other.example/u/alice"},
            {"id": "3", "acct": "alice2@remote.example", "uri": "https://remote.example/u/a2"},
        ]
    }
    assert find_account(namesakes, "alice@remote.example", "home.example") is None
    lone = {"accounts": namesakes["accounts"][1:2]}
    assert find_account(lone, "alice@remote.example", "home.example", lambda _a: None) is None


def test_a_delegated_domain_is_taken_only_when_its_webfinger_names_the_account() -> None:
    delegated = {
        "accounts": [
            {"id": "11", "acct": "alice@social.example.com", "uri": "https://social/users/alice"}
        ]
    }
    asked: list[str] = []

    def webfinger(address: str) -> str | None:
        asked.append(address)
        return "https://social/users/alice"

    assert find_account(delegated, "alice@example.com", "home.example", webfinger) == (
        ResolvedAccount("11", "alice@social.example.com")
    )
    assert asked == ["alice@example.com"]
    elsewhere = {"accounts": [{**delegated["accounts"][0], "uri": "https://x/users/alice"}]}
    assert find_account(elsewhere, "alice@example.com", "home.example", webfinger) is None
    assert find_account(delegated, "alice@example.com", "home.example") is None


@given(JSON)
def test_any_json_is_read_without_raising(payload: object) -> None:
    relationships_from(payload)
    relationship_from(payload, "1")
    find_account(payload, "a@b.example", "home.example")
    ids_from(payload)
    lists_from(payload)


@given(st.lists(ACCOUNTISH, max_size=5))
def test_accountish_lists_are_read_without_raising(items: list[dict]) -> None:
    assert all(r.account_id for r in relationships_from(items).values())
    found = find_account({"accounts": items}, "a@b.example", "home.example")
    assert found is None or found.address.lower().partition("@")[0] == "a"
    assert all(list_id for list_id, _title in lists_from(items))
