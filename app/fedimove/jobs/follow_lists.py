"""Recreating the user's Twitter lists on Mastodon, once their members are followed.

A member can only be added once followed (or requested), so each run adds who is ready and
leaves the rest for a later run. A list with the same title is reused rather than duplicated
(which also makes a crash between "create" and "record" harmless); at 50 lists the server
refuses more; one bad member rejects a whole batch, so a refused batch is retried one by one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from fedimove.core.follow_errors import ListBatchRejected, ListCapReached, TargetGone, Transient
from fedimove.core.pacing import RateWindow
from fedimove.core.relationships import QueueState
from fedimove.fediverse.lists import MastodonList
from fedimove.jobs.base import JobContext
from fedimove.store import list_sync
from fedimove.store.workspace import transaction

LIST_ADD_BATCH = 40
_FOLLOWED = (QueueState.FOLLOWED, QueueState.REQUESTED, QueueState.ALREADY)
_WAITING = (QueueState.PENDING, QueueState.SENDING)


class ListsApi(Protocol):
    """What list-making needs of the home instance (`fediverse.lists.MastodonLists`)."""

    @property
    def last_window(self) -> RateWindow | None: ...

    def lists(self) -> list[MastodonList]: ...

    def create(self, title: str) -> MastodonList: ...

    def members(self, list_id: str) -> set[str]: ...

    def add(self, list_id: str, account_ids: Sequence[str]) -> None: ...


class ListSync:
    def __init__(
        self,
        conn: sqlite3.Connection,
        api: ListsApi,
        call: Callable[..., Any],
        ctx: JobContext,
        stats: Any,
    ) -> None:
        self.conn, self.api, self.call, self.ctx, self.stats = conn, api, call, ctx, stats
        self._existing: dict[str, MastodonList] | None = None
        self._cap_reached = False

    def run(self) -> None:
        for row in list_sync.open_lists(self.conn):
            self.ctx.checkpoint()
            try:
                self._sync(row)
            except Transient:
                continue

    def _sync(self, row: list_sync.ListRow, recreated: bool = False) -> None:
        members = list_sync.members(self.conn, row.key)
        pending = [m for m in members if m.state == "pending"]
        ready = [m for m in pending if m.follow_state in _FOLLOWED and m.home_account_id]
        waiting = any(m.follow_state in _WAITING for m in pending)
        with transaction(self.conn):
            for member in pending:
                if member.follow_state not in (*_FOLLOWED, *_WAITING):
                    list_sync.set_member(
                        self.conn, row.key, member.address, "failed", "not_followed"
                    )
        if ready:
            list_id = row.mastodon_list_id or self._list_id(row)
            if list_id is None:
                return
            try:
                self._add(row.key, list_id, ready)
            except TargetGone:
                if not recreated:
                    self._recreate(row)
                return
        if not waiting:
            with transaction(self.conn):
                list_sync.set_list(self.conn, row.key, "done")

    def _recreate(self, row: list_sync.ListRow) -> None:
        """The list was deleted on the server since: make it again, with every member."""
        with transaction(self.conn):
            list_sync.forget_list(self.conn, row.key)
        self._existing = None
        self._sync(list_sync.ListRow(row.key, row.title, None, "pending", None), recreated=True)

    def _list_id(self, row: list_sync.ListRow) -> str | None:
        if self._existing is None:
            found = self.call(self.api, self.api.lists)
            self._existing = {item.title.casefold(): item for item in found}
        item = self._existing.get(row.title.casefold())
        if item is None:
            if self._cap_reached:
                self._skip(row, "list_cap")
                return None
            try:
                item = self.call(self.api, lambda: self.api.create(row.title))
            except ListCapReached:
                self._cap_reached = True
                self._skip(row, "list_cap")
                return None
            self._existing[row.title.casefold()] = item
        with transaction(self.conn):
            list_sync.set_list(self.conn, row.key, "created", item.id)
        return item.id

    def _skip(self, row: list_sync.ListRow, reason: str) -> None:
        with transaction(self.conn):
            list_sync.set_list(self.conn, row.key, "skipped", reason=reason)

    def _add(self, key: str, list_id: str, ready: list[list_sync.MemberRow]) -> None:
        current = self.call(self.api, lambda: self.api.members(list_id))
        missing = []
        with transaction(self.conn):
            for member in ready:
                if member.home_account_id in current:
                    list_sync.set_member(self.conn, key, member.address, "added")
                else:
                    missing.append(member)
        for start in range(0, len(missing), LIST_ADD_BATCH):
            chunk = missing[start : start + LIST_ADD_BATCH]
            if not self._add_batch(key, list_id, chunk) and len(chunk) > 1:
                for member in chunk:
                    self._add_batch(key, list_id, [member])

    def _add_batch(self, key: str, list_id: str, chunk: list[list_sync.MemberRow]) -> bool:
        ids = [m.home_account_id or "" for m in chunk]
        try:
            self.call(self.api, lambda: self.api.add(list_id, ids))
        except (ListBatchRejected, TargetGone) as refused:
            if len(chunk) == 1:
                with transaction(self.conn):
                    list_sync.set_member(self.conn, key, chunk[0].address, "failed", refused.code)
            return False
        with transaction(self.conn):
            for member in chunk:
                list_sync.set_member(self.conn, key, member.address, "added")
        return True
