"""Blocking and muting on the home instance (issue 15), in core terms.

Addresses become home accounts through the follow adapter's exact resolution (never a
namesake); the relationship Mastodon returns says whether a block or mute is in place, so a
call that may have reached the server before a crash is checked, not repeated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fedimove.core.moderation import Action
from fedimove.core.pacing import RateWindow
from fedimove.core.relationships import ResolvedAccount
from fedimove.fediverse.calls import InstanceCalls
from fedimove.fediverse.exact import Prove
from fedimove.fediverse.follows import MastodonFollows

_FIELD = {Action.BLOCK: "blocking", Action.MUTE: "muting"}


def in_place(item: Any, action: Action) -> bool:
    """Does a Relationship entity show the block (or mute)? Unknown shapes say no."""
    return isinstance(item, Mapping) and item.get(_FIELD[action]) is True


class MastodonModeration:
    """The calls the block and mute executor makes, over one signed-in client."""

    def __init__(self, calls: InstanceCalls, home_host: str, prove: Prove | None = None) -> None:
        self._calls = calls
        self._follows = MastodonFollows(calls, home_host, prove)

    @property
    def last_window(self) -> RateWindow | None:
        last = self._calls.last
        return last.window if last else None

    def resolve(self, address: str) -> ResolvedAccount | None:
        return self._follows.resolve(address)

    def relationships(self, account_ids: Sequence[str]) -> dict[str, Mapping[str, Any]]:
        """Relationship entities by account id (up to 40 ids in one request)."""
        if not account_ids:
            return {}
        found = self._calls.call(
            lambda: self._calls.client.account_relationships(list(account_ids))
        )
        if not isinstance(found, list):
            return {}
        return {
            str(item["id"]): item
            for item in found
            if isinstance(item, Mapping) and isinstance(item.get("id"), (str, int))
        }

    def apply(self, action: Action, account_id: str) -> bool:
        """Block, or mute with notifications hidden (as Twitter's mute does); True when the
        answer shows it in place. 404: the account is gone (TargetGone)."""
        client = self._calls.client
        if action == Action.BLOCK:
            item = self._calls.call(lambda: client.account_block(account_id))
        else:
            item = self._calls.call(lambda: client.account_mute(account_id, notifications=True))
        return in_place(item, action)
