"""Following on the home instance: relationships, resolving addresses, the follow itself.

Everything answers in core types and raises core errors, so the executor never sees
Mastodon.py or JSON. Mastodon.py 2.3's `account_follow` has no `languages` parameter, so a
follow with languages goes through the client's own request path with the same handling.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from fedimove.core.follow_errors import FollowCapReached, TargetGone, TargetMoved
from fedimove.core.pacing import RateWindow
from fedimove.core.relationships import FollowOptions, Relationship, ResolvedAccount
from fedimove.fediverse.calls import InstanceCalls
from fedimove.fediverse.exact import Prove, WebFingerProof, resolve_exact
from fedimove.fediverse.follow_payloads import relationship_from, relationships_from, resolved_from

if TYPE_CHECKING:
    from mastodon import Mastodon

# Mastodon answers up to this many ids in one relationships request.
RELATIONSHIPS_BATCH = 40


def search_accounts(client: Mastodon, address: str) -> Any:
    """The home server's account search for `address`, resolving it (signed) if unknown.

    The answer holds namesakes too: only `fediverse.exact.resolve_exact` picks from it.
    """
    return client.search_v2(address, resolve=True, result_type="accounts", exclude_unreviewed=False)


class MastodonFollows:
    """The follow-related calls the executor makes, over one signed-in client."""

    def __init__(self, calls: InstanceCalls, home_host: str, prove: Prove | None = None) -> None:
        self._calls = calls
        self._home_host = home_host.lower()
        self._prove = prove or WebFingerProof()

    @property
    def last_window(self) -> RateWindow | None:
        last = self._calls.last
        return last.window if last else None

    def relationships(self, account_ids: Sequence[str]) -> dict[str, Relationship]:
        """Relations to up to RELATIONSHIPS_BATCH accounts in one request."""
        if not account_ids:
            return {}
        found = self._calls.call(
            lambda: self._calls.client.account_relationships(list(account_ids))
        )
        return relationships_from(found)

    def resolve(self, address: str) -> ResolvedAccount | None:
        """The home instance's account for exactly `user@host` (it fetches remote ones), or None."""

        def search(wanted: str) -> Any:
            return self._calls.call(lambda: search_accounts(self._calls.client, wanted))

        item = resolve_exact(address, search, self._home_host, self._prove)
        return resolved_from(item, self._home_host) if item is not None else None

    def follow(self, account_id: str, options: FollowOptions) -> Relationship:
        """Follow (or request to follow): 403 moved, 404 gone, 422 total cap."""
        errors = {"403": TargetMoved, "404": TargetGone, "422": FollowCapReached}
        client = self._calls.client
        if options.languages:
            # Rails reads "1"/"0" (as Mastodon.py sends them), not Python's "True"/"False".
            params: dict[str, Any] = {
                "reblogs": int(options.show_boosts),
                "notify": int(options.notify),
                "languages[]": list(options.languages),
            }
            request = client._Mastodon__api_request  # type: ignore[attr-defined]
            path = f"/api/v1/accounts/{account_id}/follow"
            item = self._calls.call(lambda: request("POST", path, params), True, **errors)
        else:
            item = self._calls.call(
                lambda: client.account_follow(account_id, options.show_boosts, options.notify),
                True,
                **errors,
            )
        return relationship_from(item, account_id)
