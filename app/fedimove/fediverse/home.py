"""What matching asks of the user's own server: resolve an account, list who is followed.

Its rate limit is shared with the follow queue (issue 4's executor): both feed the sign-in's
one gate (`fediverse.pacing.shared_gate`) with every response's headers, and matching waits
on it, keeping a reserve for the follows, until the window's reset instead of hitting 429.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from typing import Any

import requests

from fedimove.core.handles import Handle
from fedimove.core.home_account import HomeAccount
from fedimove.fediverse.errors import TokenRejected
from fedimove.fediverse.exact import Prove, WebFingerProof, resolve_exact
from fedimove.fediverse.pacing import RateLimitGate, Sleep, shared_gate
from fedimove.net.http import new_session

_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="next"')
PAGE = 80
RELATIONSHIPS_BATCH = 40


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
        self._session = new_session(timeout=timeout)
        self._session.headers["Authorization"] = f"Bearer {token}"

    def _get(self, path_or_url: str, params: Any = None) -> requests.Response | None:
        url = path_or_url if "://" in path_or_url else self.home.instance_url + path_or_url
        for _attempt in range(4):
            self.gate.wait(self._sleep)
            self.requests += 1
            try:
                response = self._session.get(url, params=params)
            except requests.RequestException:
                self._sleep(1.0)
                continue
            self.gate.update(response.status_code, response.headers)
            if response.status_code == 401:
                raise TokenRejected(instance=self.home.instance_url)
            if response.status_code == 429 or response.status_code >= 500:
                continue
            return response
        return None

    def search_account(self, handle: Handle) -> dict[str, Any] | None:
        """The server's view of exactly this account (it fetches it, signed, if needed)."""
        found = resolve_exact(str(handle), self._search, self.home.host, self._prove)
        return dict(found) if found is not None else None

    def _search(self, address: str) -> Any:
        response = self._get(
            "/api/v2/search",
            {"q": f"@{address}", "resolve": "true", "type": "accounts", "limit": "5"},
        )
        if response is None or response.status_code != 200:
            return None
        try:
            return response.json()
        except ValueError:
            return None

    def following(self) -> dict[str, str]:
        """Everyone the user follows: `user@host` (lowercase) → the server's account id."""
        found: dict[str, str] = {}
        url: str | None = f"/api/v1/accounts/{self.home.account_id}/following"
        params: Any = {"limit": str(PAGE)}
        while url:
            response = self._get(url, params)
            if response is None or response.status_code != 200:
                break
            for account in response.json():
                acct = str(account.get("acct", "")).lower()
                if "@" not in acct:
                    acct = f"{acct}@{self.home.host}"
                found[acct] = str(account.get("id"))
            link = _NEXT.search(response.headers.get("Link", ""))
            url, params = (link.group(1), None) if link else (None, None)
        return found

    def relationships(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        pending = list(dict.fromkeys(ids))
        result: dict[str, dict[str, Any]] = {}
        for start in range(0, len(pending), RELATIONSHIPS_BATCH):
            batch = pending[start : start + RELATIONSHIPS_BATCH]
            response = self._get("/api/v1/accounts/relationships", [("id[]", i) for i in batch])
            if response is None or response.status_code != 200:
                continue
            for item in response.json():
                if isinstance(item, dict) and "id" in item:
                    result[str(item["id"])] = item
        return result
