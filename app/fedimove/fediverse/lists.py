"""Lists on the home instance: find, create, read members, add members.

Mastodon allows 50 lists per account (422 on the 51st) and rejects a whole batch of members
(422) when one of them is not followed, so the caller can fall back to one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fedimove.core.follow_errors import ListBatchRejected, ListCapReached, TargetGone, Transient
from fedimove.core.pacing import RateWindow
from fedimove.fediverse.calls import InstanceCalls
from fedimove.fediverse.follow_payloads import ids_from, lists_from


@dataclass(frozen=True, slots=True)
class MastodonList:
    id: str
    title: str


class MastodonLists:
    def __init__(self, calls: InstanceCalls) -> None:
        self._calls = calls

    @property
    def last_window(self) -> RateWindow | None:
        last = self._calls.last
        return last.window if last else None

    def lists(self) -> list[MastodonList]:
        found = self._calls.call(self._calls.client.lists)
        return [MastodonList(list_id, title) for list_id, title in lists_from(found)]

    def create(self, title: str) -> MastodonList:
        item = self._calls.call(
            lambda: self._calls.client.list_create(title), **{"422": ListCapReached}
        )
        created = lists_from([item])
        if not created:
            raise Transient("unreadable answer")
        return MastodonList(created[0][0], created[0][1] or title)

    def members(self, list_id: str) -> set[str]:
        """Every member's id (Mastodon gives them all at once with `limit=0`)."""
        client = self._calls.client
        page = self._calls.call(lambda: client.list_accounts(list_id, limit=0))
        found = ids_from(page)
        while True:
            page = self._calls.call(lambda previous=page: client.fetch_next(previous))
            if not page:
                return found
            found.update(ids_from(page))

    def add(self, list_id: str, account_ids: Sequence[str]) -> None:
        self._calls.call(
            lambda: self._calls.client.list_accounts_add(list_id, list(account_ids)),
            **{"422": ListBatchRejected, "404": TargetGone},
        )
