"""An in-process stand-in for the home instance's follow and list calls, on a fake clock.

The executor's logic (states, retries, caps, lists) is checked here in milliseconds; the
same behaviour over real HTTPS against the fake Mastodon lives in tests/integration.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from fedimove.core.errors import Cancelled
from fedimove.core.follow_errors import (
    FollowCapReached,
    ListBatchRejected,
    ListCapReached,
    RateLimited,
    TargetGone,
    TargetMoved,
)
from fedimove.core.pacing import RateWindow
from fedimove.core.relationships import FollowOptions, Relationship, ResolvedAccount
from fedimove.fediverse.lists import MastodonList
from fedimove.jobs.base import Control


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class TimeTravel(Control):
    """Sleeping moves the fake clock instead of waiting; `on_sleep` may act meanwhile."""

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.slept: list[float] = []
        self.on_sleep: Callable[[], None] = lambda: None

    def sleep(self, seconds: float) -> None:
        if self.cancelled:
            raise Cancelled()
        self.slept.append(seconds)
        self.clock.now += max(0.0, seconds)
        self.on_sleep()
        self.checkpoint()


@dataclass
class Target:
    id: str
    address: str
    locked: bool = False
    moved_to: str | None = None
    gone: bool = False


@dataclass
class HomeDouble:
    clock: Clock
    targets: dict[str, Target] = field(default_factory=dict)
    following: set[str] = field(default_factory=set)
    requested: set[str] = field(default_factory=set)
    follow_posts: list[str] = field(default_factory=list)
    faults: list[Exception] = field(default_factory=list)
    daily_limit: int = 400
    daily_used: int = 0
    day: float = 86_400.0
    window_limit: int = 300
    window: float = 300.0
    total_limit: int = 7_500
    max_lists: int = 50
    lists_by_id: dict[str, MastodonList] = field(default_factory=dict)
    members_by_list: dict[str, list[str]] = field(default_factory=dict)
    list_adds: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    requests: int = 0
    _window_counts: dict[int, int] = field(default_factory=dict)
    last_window: RateWindow | None = None

    def add(self, address: str, **fields: object) -> Target:
        target = Target(str(len(self.targets) + 1000), address, **fields)  # type: ignore[arg-type]
        self.targets[target.id] = target
        return target

    def _hit(self) -> None:
        self.requests += 1
        now = self.clock()
        slot = int(now // self.window)
        self._window_counts[slot] = self._window_counts.get(slot, 0) + 1
        count = self._window_counts[slot]
        reset = (slot + 1) * self.window
        self.last_window = RateWindow(self.window_limit, max(0, self.window_limit - count), reset)
        if count > self.window_limit:
            raise RateLimited(reset, daily=False)
        if self.faults:
            raise self.faults.pop(0)

    def relationships(self, account_ids: Sequence[str]) -> dict[str, Relationship]:
        self._hit()
        return {
            i: Relationship(i, i in self.following, i in self.requested)
            for i in account_ids
            if i in self.targets
        }

    def resolve(self, address: str) -> ResolvedAccount | None:
        self._hit()
        for target in self.targets.values():
            if target.address.lower() == address.lower() and not target.gone:
                return ResolvedAccount(target.id, target.address, target.locked, target.moved_to)
        return None

    def follow(self, account_id: str, options: FollowOptions) -> Relationship:
        self._hit()
        target = self.targets.get(account_id)
        if target is None or target.gone:
            raise TargetGone("Record not found")
        if target.moved_to:
            raise TargetMoved("This action is not allowed")
        if account_id not in self.following | self.requested:
            day_start = self.clock() // self.day * self.day
            if self.daily_used >= self.daily_limit:
                self.last_window = RateWindow(self.daily_limit, 0, day_start + self.day)
                raise RateLimited(day_start + self.day, daily=True)
            if len(self.following) >= self.total_limit:
                raise FollowCapReached("You cannot follow more than 7500 accounts")
            self.daily_used += 1
            self.follow_posts.append(account_id)
            (self.requested if target.locked else self.following).add(account_id)
        return Relationship(account_id, account_id in self.following, account_id in self.requested)

    def new_day(self) -> None:
        self.daily_used = 0

    def lists(self) -> list[MastodonList]:
        self._hit()
        return list(self.lists_by_id.values())

    def create(self, title: str) -> MastodonList:
        self._hit()
        if len(self.lists_by_id) >= self.max_lists:
            raise ListCapReached("You have reached the maximum number of lists")
        item = MastodonList(str(9000 + len(self.lists_by_id)), title)
        self.lists_by_id[item.id] = item
        self.members_by_list[item.id] = []
        return item

    def members(self, list_id: str) -> set[str]:
        self._hit()
        return set(self.members_by_list[list_id])

    def add_members(self, list_id: str, account_ids: Sequence[str]) -> None:
        self._hit()
        self.list_adds.append((list_id, tuple(account_ids)))
        for account_id in account_ids:
            if account_id not in self.following | self.requested:
                raise ListBatchRejected("Account must be followed before being added")
        self.members_by_list[list_id].extend(account_ids)


class ListsView:
    """The list half of the double, under the names the executor calls."""

    def __init__(self, home: HomeDouble) -> None:
        self.home = home

    @property
    def last_window(self) -> RateWindow | None:
        return self.home.last_window

    def lists(self) -> list[MastodonList]:
        return self.home.lists()

    def create(self, title: str) -> MastodonList:
        return self.home.create(title)

    def members(self, list_id: str) -> set[str]:
        return self.home.members(list_id)

    def add(self, list_id: str, account_ids: Sequence[str]) -> None:
        self.home.add_members(list_id, account_ids)
