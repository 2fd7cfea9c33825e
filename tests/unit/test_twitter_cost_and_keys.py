"""Cost estimates and caps; the credentials users paste; their one-way fingerprint."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fedimove.core.twitter_cost import CostEstimate, ExportCounts, Prices, Resource, Spending
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import CredentialsInputError

KEYS = {
    "consumer_key": "ck",
    "consumer_secret": "cs-secret",
    "access_token": "1-at",
    "access_token_secret": "ats-secret",
}


def test_estimate_uses_published_prices() -> None:
    estimate = CostEstimate(
        ExportCounts(following=1000, pinned_posts=200, lists=3, hydrate=50), Prices()
    )
    assert estimate.total == pytest.approx(1000 * 0.010 + 200 * 0.005 + 3 * 0.005 + 50 * 0.010)


def test_prices_from_settings_keep_defaults_for_bad_entries() -> None:
    prices = Prices.from_setting(
        {"following": 0.001, "user": -1, "post": "x", "as_of": "2027-01-01"}
    )
    assert (prices.following, prices.user, prices.post, prices.as_of) == (
        0.001,
        Prices().user,
        Prices().post,
        "2027-01-01",
    )
    assert Prices.from_setting("garbage") == Prices()
    assert Prices.from_setting(Prices().to_setting()) == Prices()


@given(cap=st.floats(0, 100), spent=st.floats(0, 100), wanted=st.integers(0, 5000))
def test_spending_never_passes_the_cap(cap: float, spent: float, wanted: int) -> None:
    spending = Spending(Prices(), cap, spent)
    affordable = spending.affordable(Resource.FOLLOWING, wanted)
    assert 0 <= affordable <= wanted
    if affordable:
        spending.charge(Resource.FOLLOWING, affordable)
        assert spending.spent <= max(cap, spent) + 1e-6


def test_no_cap_affords_everything() -> None:
    assert Spending(Prices(), None).affordable(Resource.USER, 100) == 100


def test_keys_json() -> None:
    credentials = TwitterCredentials.from_json(
        '{"consumer_key": " ck ", "consumer_secret": "cs-secret", "access_token": "1-at", '
        '"access_token_secret": "ats-secret"}'
    )
    assert credentials.user_context and credentials.consumer_key == "ck"
    assert TwitterCredentials.from_json('{"bearer_token": "AAAA"}').kind == "app"


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        "{}",
        '{"consumer_key": "ck"}',
        '{"consumer_key": "ck", "consumer_secret": "cs", "access_token": "at"}',
        '{"bearer_token": 5}',
        '{"password": "x"}',
    ],
)
def test_bad_keys_are_refused(text: str) -> None:
    with pytest.raises(CredentialsInputError):
        TwitterCredentials.from_json(text)


def test_fingerprint_is_stable_and_holds_no_secret() -> None:
    credentials = TwitterCredentials.from_mapping(KEYS)
    fingerprint = credentials.fingerprint()
    assert fingerprint == TwitterCredentials.from_mapping(dict(KEYS)).fingerprint()
    assert all(secret not in fingerprint for secret in credentials.secrets)
    other = TwitterCredentials.from_mapping({**KEYS, "access_token": "2-at"})
    assert other.fingerprint() != fingerprint


def test_credentials_never_show_their_secrets_in_a_repr() -> None:
    from fedimove.core.twitter_credentials import TwitterCredentials

    keys = TwitterCredentials("ck-123", "cs-456", "at-789", "ats-000", "bt-111")
    shown = repr(keys)
    assert not any(
        secret in shown for secret in ("ck-123", "cs-456", "at-789", "ats-000", "bt-111")
    )
