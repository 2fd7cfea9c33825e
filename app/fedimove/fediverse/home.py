"""What matching asks of the user's own server: resolve an account, list who is followed.

A thin facade over `fediverse.calls.InstanceCalls`, the one Mastodon.py client the follow
queue, lists and blocks use too: its header tap feeds the sign-in's one gate
(`fediverse.pacing.shared_gate`) with every response, and matching waits on that gate before
each request, keeping a reserve for the follows, until the window's reset instead of hitting
429. A 429, a 5xx or a failed connection is tried again a few times (then the answer is
"nothing known"); a rejected token stops the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from fedimove.core.errors import FedimoveError
from fedimove.core.follow_errors import RateLimited, Transient
from fedimove.core.handles import Handle
from fedimove.core.home_account import HomeAccount
from fedimove.core.relationships import Relationship
from fedimove.fediverse.errors import TokenRejected
from fedimove.fediverse.exact import Prove, WebFingerProof, resolve_exact
from fedimove.fediverse.follow_payloads import address_of, relationships_from
from fedimove.fediverse.follows import RELATIONSHIPS_BATCH, search_accounts
from fedimove.fediverse.pacing import RateLimitGate, Sleep, shared_gate
from fedimove.fediverse.session import home_calls

T = TypeVar("T")
ATTEMPTS = 4
PAGE = 80
# A pause after a 5xx or a failed connection; a 429 is waited out by the gate instead.
TRANSIENT_PAUSE = 1.0


class HomeClient:
    """The signed-in server, paced by its own headers. Thread-safe."""

    def __init__(
        self,
        home: HomeAccount,
        token: str,
        *,
        sleep: Sleep = time.sleep,
        gate: RateLimitGate | None = None,
        timeout: tuple[float, float] = (5.0, 20.0),
        prove: Prove | None = None,
    ) -> None:
        self.home = home
        self.gate = gate or shared_gate(home.key)
        self.requests = 0
        self._sleep = sleep
        self._prove = prove or WebFingerProof()
        self._calls = home_calls(home, token, gate=self.gate, timeout=timeout)

    def _call(self, fn: Callable[[], T]) -> T | None:
        """One request, after the gate lets it go; None when refused or never answered.

        TokenRejected goes up: nothing more can be asked with this sign-in.
        """
        for _attempt in range(ATTEMPTS):
            self.gate.wait(self._sleep)
            self.requests += 1
            try:
                return self._calls.call(fn)
            except TokenRejected:
                raise
            except RateLimited:
                continue
            except Transient:
                self._sleep(TRANSIENT_PAUSE)
                continue
            except FedimoveError:  # a refusal (404, 422…): not known here
                return None
        return None

    def search_account(self, handle: Handle) -> dict[str, Any] | None:
        """The server's view of exactly this account (it fetches it, signed, if needed)."""
        found = resolve_exact(str(handle), self._search, self.home.host, self._prove)
        return dict(found) if found is not None else None

    def _search(self, address: str) -> Any:
        return self._call(lambda: search_accounts(self._calls.client, address))

    def following(self) -> dict[str, str]:
        """Everyone the user follows: `user@host` (lowercase) → the server's account id.

        Pages follow the Link header's `next` (Mastodon.py's `fetch_next`): its `max_id` is
        the follow's id, not an account's, so it is never computed here.
        """
        client = self._calls.client
        found: dict[str, str] = {}
        page = self._call(lambda: client.account_following(self.home.account_id, limit=PAGE))
        while isinstance(page, list):
            for item in page:
                address = address_of(item, self.home.host) if isinstance(item, Mapping) else None
                if address is not None and item.get("id") is not None:
                    found[address.lower()] = str(item["id"])
            if getattr(page, "_pagination_next", None) is None:
                break
            page = self._call(lambda previous=page: client.fetch_next(previous))
        return found

    def relationships(self, ids: Iterable[str]) -> dict[str, Relationship]:
        """The user's relation to each account, RELATIONSHIPS_BATCH ids per request (an id
        the server did not answer for is left out: not known, not "not followed")."""
        pending = list(dict.fromkeys(ids))
        client = self._calls.client
        result: dict[str, Relationship] = {}
        for start in range(0, len(pending), RELATIONSHIPS_BATCH):
            batch = pending[start : start + RELATIONSHIPS_BATCH]
            result |= relationships_from(
                self._call(lambda batch=batch: client.account_relationships(batch))
            )
        return result
