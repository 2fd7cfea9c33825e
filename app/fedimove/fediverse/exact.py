"""One way to turn an address into the home server's account: exactly that account, never a
namesake.

A server's search answers with more than was asked: the exact account first when it can
resolve it, then partial and same-username matches from any domain (its own `alice` for
`alice@remote.example`, `alice@elsewhere.example`). Only an entity whose `acct` is the
address (username without case, domain equal) is taken, or, for a domain that delegates its
accounts to another server, the entity whose actor the address's own domain names through
WebFinger: proven there, never guessed from a lone same-username result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import requests

from fedimove.core.handles import Handle
from fedimove.fediverse.follow_payloads import address_of
from fedimove.fediverse.webfinger import actor_of
from fedimove.net.http import new_session

# An address → the actor URL WebFinger on the address's own domain names (None: none).
Prove = Callable[[str], str | None]
Search = Callable[[str], Any]


def same_address(one: str, other: str) -> bool:
    """Usernames compare without case (servers treat them so), domains without case too."""
    return one.strip().lstrip("@").lower() == other.strip().lstrip("@").lower()


def pick_exact(
    payload: Any, address: str, home_host: str, prove: Prove | None = None
) -> Mapping[str, Any] | None:
    """The entity in a search answer that is `address`, or None (never a namesake)."""
    accounts = payload.get("accounts") if isinstance(payload, Mapping) else None
    if not isinstance(accounts, list):
        return None
    entities = [item for item in accounts if isinstance(item, Mapping)]
    for item in entities:
        found = address_of(item, home_host.lower())
        if found is not None and same_address(found, address):
            return item
    if prove is None or not entities:
        return None
    actor = prove(address)
    if not actor:
        return None
    for item in entities:
        if item.get("uri") == actor:
            return item
    return None


def resolve_exact(
    address: str, search: Search, home_host: str, prove: Prove | None = None
) -> Mapping[str, Any] | None:
    """Search the home server for `address` and keep only the account that is it."""
    return pick_exact(search(address), address, home_host, prove)


class WebFingerProof:
    """`Prove` by WebFinger (host-meta aware) on the address's own domain; answers cached."""

    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session
        self._known: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def __call__(self, address: str) -> str | None:
        user, _, host = address.strip().lstrip("@").partition("@")
        if not user or not host:
            return None
        key = f"{user.lower()}@{host.lower()}"
        with self._lock:
            if key in self._known:
                return self._known[key]
            if self._session is None:
                self._session = new_session(timeout=(5.0, 10.0))
            session = self._session
        actor = actor_of(session, Handle(user, host.lower()))
        with self._lock:
            self._known[key] = actor
        return actor
