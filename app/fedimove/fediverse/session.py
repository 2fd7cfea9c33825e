"""The signed-in account, and Mastodon.py clients built the way the whole app needs them.

Every client goes through `fedimove.net.new_session()` (so FEDIMOVE_CONNECT_TO and the CA
settings apply), throws on rate limits instead of sleeping (`ratelimit_method="throw"`: the
caller's scheduler decides when to retry), never takes a rate-limit header it cannot read for
a 429, and times out quickly.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING, Any

from mastodon import Mastodon

from fedimove.core.home_account import HomeAccount
from fedimove.core.pacing import unreadable_rate_headers
from fedimove.fediverse.calls import InstanceCalls
from fedimove.fediverse.errors import NotSignedIn
from fedimove.fediverse.pacing import RateLimitGate, shared_gate
from fedimove.net.http import USER_AGENT, new_session
from fedimove.store import mastodon_signin
from fedimove.store.secrets import SecretStore

if TYPE_CHECKING:
    import requests

API_TIMEOUT = (5.0, 15.0)


def signed_in_account(conn: sqlite3.Connection) -> HomeAccount | None:
    """The account Fedimove is signed in with, or None (no keyring access: cheap)."""
    return mastodon_signin.load_home(conn)


def access_token(home: HomeAccount, secrets: SecretStore | None = None) -> str | None:
    return (secrets or SecretStore()).get(mastodon_signin.token_key(home.instance_url))


def client_for(
    instance_url: str,
    token: str | None,
    *,
    timeout: tuple[float, float] = API_TIMEOUT,
) -> Mastodon:
    """A Mastodon.py client for any server and token (None: anonymous)."""
    session = new_session(timeout=timeout)
    session.hooks.setdefault("response", []).append(_drop_unreadable_rate_headers)
    return Mastodon(
        access_token=token,
        api_base_url=instance_url,
        session=session,
        ratelimit_method="throw",
        request_timeout=timeout[1],
        version_check_mode="none",
        user_agent=USER_AGENT,
    )


def mastodon_client(
    conn: sqlite3.Connection,
    *,
    secrets: SecretStore | None = None,
    timeout: tuple[float, float] = API_TIMEOUT,
) -> tuple[HomeAccount, Mastodon]:
    """The signed-in account and a client for it; NotSignedIn when there is none."""
    home, token = signed_in_token(conn, secrets)
    return home, client_for(home.instance_url, token, timeout=timeout)


def signed_in_token(
    conn: sqlite3.Connection, secrets: SecretStore | None = None
) -> tuple[HomeAccount, str]:
    """The signed-in account and its token; NotSignedIn when either is missing."""
    home = signed_in_account(conn)
    token = access_token(home, secrets) if home else None
    if home is None or not token:
        raise NotSignedIn()
    return home, token


def home_calls(
    home: HomeAccount,
    token: str,
    *,
    gate: RateLimitGate | None = None,
    timeout: tuple[float, float] = API_TIMEOUT,
) -> InstanceCalls:
    """The calls to the signed-in server, paced by the one gate that sign-in's requests share
    (matching, the follow queue, lists and blocks alike); errors name the server by its host.

    One construction for every caller, so none can build a client that skips the gate or the
    unreadable-header repair.
    """
    client = client_for(home.instance_url, token, timeout=timeout)
    return InstanceCalls(client, home.host, gate=gate or shared_gate(home.key))


def _drop_unreadable_rate_headers(response: requests.Response, *_args: Any, **_kw: Any) -> None:
    """A reset nobody can read is no reason to fail the call (see unreadable_rate_headers)."""
    for name in unreadable_rate_headers(response.headers, time.time()):
        del response.headers[name]
