"""What an API export may cost, now that X sells reads by the resource.

X bills pay-per-use reads per resource returned (a followed account, a list, a list member,
a pinned post), with cheaper "owned reads" when a user's own app reads that user's own data.
Fedimove cannot see the bill, so it estimates from counts and the user's price settings,
shows the estimate before reading, and stops at the user's cap keeping what was read.
Prices are settings; these defaults are X's published prices on the date they carry.

Pure: counts and prices in, amounts out.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_access import Capability, Route

PRICES_SOURCE = "https://docs.x.com/x-api/getting-started/pricing"


class Resource(StrEnum):
    """What X charges for, per item returned."""

    FOLLOWING = "following"
    USER = "user"
    LIST = "list"
    POST = "post"


@dataclass(frozen=True, slots=True)
class Prices:
    """Price per resource read, in `currency`, as published on `as_of`.

    The estimate uses the standard prices, an upper bound: X's cheaper owned reads
    (`owned_read`) apply only when the keys are the user's own app, which Fedimove cannot
    tell.
    """

    following: float = 0.010
    user: float = 0.010
    list: float = 0.005
    post: float = 0.005
    owned_read: float = 0.001
    currency: str = "USD"
    as_of: str = "2026-11-29"

    def of(self, resource: Resource) -> float:
        return float(getattr(self, resource.value))

    @classmethod
    def from_setting(cls, value: Any) -> Prices:
        """Prices from the settings JSON; unknown or malformed entries keep the default."""
        prices = cls()
        if not isinstance(value, dict):
            return prices
        known = {f.name: f.type for f in fields(cls)}
        updates: dict[str, Any] = {}
        for key, item in value.items():
            if key not in known:
                continue
            if key in ("currency", "as_of"):
                if isinstance(item, str) and item:
                    updates[key] = item
            elif isinstance(item, int | float) and math.isfinite(item) and item >= 0:
                updates[key] = float(item)
        return replace(prices, **updates)

    def to_setting(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ExportCounts:
    """How many resources an export is expected to read (upper bounds where unknown)."""

    following: int = 0
    pinned_posts: int = 0
    lists: int = 0
    list_members: int = 0
    hydrate: int = 0


@dataclass(frozen=True, slots=True)
class CostEstimate:
    counts: ExportCounts
    prices: Prices

    @property
    def total(self) -> float:
        c, p = self.counts, self.prices
        return (
            c.following * p.following
            + c.pinned_posts * p.post
            + c.lists * p.list
            + (c.list_members + c.hydrate) * p.user
        )


ESTIMATE_TEMPLATE = QT_TRANSLATE_NOOP(
    "TwitterCost",
    "Estimated cost if X bills this app per read: up to {amount} {currency} "
    "({following} follows, {lists} lists, {members} list members, {hydrate} profiles to "
    "fill in; prices of {as_of}). Your cap: {cap}.",
)
NO_CAP = QT_TRANSLATE_NOOP("TwitterCost", "none")


class Spending:
    """Tracks what reads have cost in this run and how many more fit under the cap."""

    def __init__(self, prices: Prices, cap: float | None, spent: float = 0.0) -> None:
        self.prices, self.cap, self.spent = prices, cap, spent

    def affordable(self, resource: Resource, wanted: int) -> int:
        """How many of `wanted` items can still be read without passing the cap."""
        return self.affordable_at(self.prices.of(resource), wanted)

    def affordable_at(self, price: float, wanted: int) -> int:
        """How many of `wanted` items at `price` each still fit under the cap."""
        if self.cap is None or price <= 0:
            return wanted
        room = self.cap - self.spent
        return max(0, min(wanted, math.floor(room / price + 1e-9)))

    def charge(self, resource: Resource, count: int) -> None:
        self.spent += count * self.prices.of(resource)


def item_price(prices: Prices, capability: Capability, route: Route) -> float:
    """What one item of a read costs at most: v2 user reads may bring a pinned post along."""
    pinned = prices.post if route is Route.V2 else 0.0
    return {
        Capability.FOLLOWS: prices.following + pinned,
        Capability.OWNED_LISTS: prices.list,
        Capability.FOLLOWED_LISTS: prices.list,
        Capability.LIST_MEMBERS: prices.user + pinned,
        Capability.USERS_LOOKUP: prices.user + pinned,
    }[capability]


def page_cost(prices: Prices, capability: Capability, items: int, pinned_posts: int) -> float:
    """What a page that was read cost: its items, and the pinned posts that came with them."""
    price = {
        Capability.FOLLOWS: prices.following,
        Capability.OWNED_LISTS: prices.list,
        Capability.FOLLOWED_LISTS: prices.list,
    }.get(capability, prices.user)
    return items * price + pinned_posts * prices.post
