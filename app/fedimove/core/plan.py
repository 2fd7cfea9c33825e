"""The migration plan: who will be followed, who will not and why, which lists, and when.

Precision first: by default only `confirmed` and `likely` matches are followed; a `possible`
match goes in only when the user picked it (or lowered the bar on purpose), and a match the
user rejected never does. The budget part answers "how many today, when will the rest go"
from Mastodon's real limits: 400 follows per account per day in windows rolling at 00:00 UTC,
7,500 follows in total (then 1.1 × followers), 300 requests per 5 minutes.

Pure: the caller passes what the workspace knows and the current time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from fedimove.core.relationships import FollowOptions, normalize_address

CONFIDENCES = ("confirmed", "likely", "possible")
DEFAULT_MIN_CONFIDENCE = "likely"

DAILY_FOLLOW_LIMIT = 400
TOTAL_FOLLOW_LIMIT = 7_500
TOTAL_FOLLOW_RATIO = 1.1
REQUEST_LIMIT = 300
REQUEST_PERIOD = 300.0
LIST_LIMIT = 50
# One batched relationship check per 40 targets, then one follow each.
REQUESTS_PER_FOLLOW = 1 + 1 / 40


class SkipReason(StrEnum):
    """Why a followed Twitter account is not in the plan (shown in the report)."""

    UNMATCHED = "unmatched"
    UNCHECKED = "unchecked"  # a server that could have answered did not
    NOT_SEARCHED = "not_searched"
    LOW_CONFIDENCE = "low_confidence"
    REJECTED = "rejected"
    ALREADY_FOLLOWING = "already_following"
    GONE = "gone"
    DUPLICATE = "duplicate"
    SELF = "self"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One account the user follows on Twitter, with the best match found for it."""

    twitter_id: str
    twitter_username: str | None = None
    address: str | None = None
    confidence: str | None = None
    home_account_id: str | None = None
    locked: bool = False
    already_following: bool = False
    rejected: bool = False
    picked: bool = False
    gone: bool = False
    blocked: bool = False  # blocked or muted on Twitter: never followed, never on a list
    searched: str = "unmatched"  # without a match: unmatched, unchecked or not_searched


@dataclass(frozen=True, slots=True)
class PlannedFollow:
    twitter_id: str
    address: str
    confidence: str
    home_account_id: str | None
    locked: bool


@dataclass(frozen=True, slots=True)
class Skip:
    candidate: Candidate
    reason: SkipReason


@dataclass(frozen=True, slots=True)
class ListSource:
    """A list the user made on Twitter, with its members' Twitter ids."""

    key: str
    title: str
    member_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlannedList:
    key: str
    title: str
    addresses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """`follows` will be sent; `already` are followed already and only verified (and put on
    lists); `skipped` says why each other account is left out."""

    follows: tuple[PlannedFollow, ...]
    skipped: tuple[Skip, ...]
    lists: tuple[PlannedList, ...]
    already: tuple[PlannedFollow, ...] = ()
    options: FollowOptions = field(default_factory=FollowOptions)
    min_confidence: str = DEFAULT_MIN_CONFIDENCE
    # The sign-in (`HomeAccount.key`) the home ids in `follows` belong to: ids are per server
    # and account, so a plan made under another sign-in is followed from addresses.
    home_key: str | None = None

    @property
    def requests(self) -> int:
        """Follows that will become follow requests (locked accounts approve them)."""
        return sum(1 for f in self.follows if f.locked)

    def skipped_by(self, reason: SkipReason) -> int:
        return sum(1 for s in self.skipped if s.reason == reason)


def confidence_rank(confidence: str | None) -> int:
    """0 for confirmed, up to 2 for possible; unknown values rank below everything."""
    return CONFIDENCES.index(confidence) if confidence in CONFIDENCES else len(CONFIDENCES)


def build_plan(
    candidates: Iterable[Candidate],
    lists: Sequence[ListSource] = (),
    min_confidence: str = DEFAULT_MIN_CONFIDENCE,
    options: FollowOptions | None = None,
    me_address: str | None = None,
    home_key: str | None = None,
) -> Plan:
    """Choose the follows: matched, sure enough (or picked), not rejected, not yet followed.

    Two Twitter accounts pointing at one address give one follow (the surest match wins).
    """
    bar = confidence_rank(min_confidence)
    me = normalize_address(me_address).lower() if me_address else None
    follows: dict[str, PlannedFollow] = {}
    skipped: list[Skip] = []
    already: dict[str, PlannedFollow] = {}
    ordered = sorted(candidates, key=lambda c: (confidence_rank(c.confidence), c.twitter_id))
    for candidate in ordered:
        reason = _skip_reason(candidate, bar, me)
        address = normalize_address(candidate.address) if candidate.address else ""
        key = address.lower()
        if reason is None and key in follows:
            reason = SkipReason.DUPLICATE
        if reason is not None:
            skipped.append(Skip(candidate, reason))
            if reason == SkipReason.ALREADY_FOLLOWING:
                already.setdefault(key, _planned(candidate, address))
            continue
        follows[key] = _planned(candidate, address)
    by_twitter_id = {f.twitter_id: f.address for f in [*follows.values(), *already.values()]}
    planned_lists = tuple(_plan_list(source, by_twitter_id) for source in lists)
    return Plan(
        follows=tuple(follows.values()),
        skipped=tuple(skipped),
        lists=tuple(p for p in planned_lists if p.addresses),
        already=tuple(already.values()),
        options=options or FollowOptions(),
        min_confidence=min_confidence,
        home_key=home_key,
    )


def _planned(candidate: Candidate, address: str) -> PlannedFollow:
    return PlannedFollow(
        candidate.twitter_id,
        address,
        candidate.confidence or "",
        candidate.home_account_id,
        candidate.locked,
    )


def _skip_reason(candidate: Candidate, bar: int, me: str | None) -> SkipReason | None:
    if candidate.blocked:
        return SkipReason.BLOCKED
    if candidate.gone:
        return SkipReason.GONE
    if candidate.rejected:
        return SkipReason.REJECTED
    if not candidate.address:
        return SkipReason(candidate.searched)
    if me and normalize_address(candidate.address).lower() == me:
        return SkipReason.SELF
    if candidate.already_following:
        return SkipReason.ALREADY_FOLLOWING
    if confidence_rank(candidate.confidence) > bar and not candidate.picked:
        return SkipReason.LOW_CONFIDENCE
    return None


def _plan_list(source: ListSource, addresses: dict[str, str]) -> PlannedList:
    members = dict.fromkeys(addresses[m] for m in source.member_ids if m in addresses)
    return PlannedList(source.key, source.title.strip() or source.key, tuple(members))


def total_follow_limit(following_count: int, followers_count: int) -> int:
    """Mastodon's cap: 7,500, and beyond that 1.1 × followers for those already past it."""
    if following_count < TOTAL_FOLLOW_LIMIT:
        return TOTAL_FOLLOW_LIMIT
    return max(TOTAL_FOLLOW_LIMIT, round(followers_count * TOTAL_FOLLOW_RATIO))


def next_daily_reset(now: datetime) -> datetime:
    """The follow window rolls at 00:00 UTC."""
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Budget:
    """What fits today, what waits, and when everything will be done."""

    planned: int
    today: int
    later: int
    beyond_total_cap: int
    extra_days: int
    finish_at: datetime | None
    next_reset: datetime

    @property
    def bulk_recommended(self) -> bool:
        """Mastodon's CSV import is exempt from the daily cap: offer it when the plan waits."""
        return self.later > 0


def budget(
    planned: int,
    now: datetime,
    followed_today: int = 0,
    following_count: int = 0,
    followers_count: int = 0,
    daily_limit: int = DAILY_FOLLOW_LIMIT,
    request_limit: int = REQUEST_LIMIT,
    request_period: float = REQUEST_PERIOD,
    requests_per_follow: float = REQUESTS_PER_FOLLOW,
) -> Budget:
    """Split `planned` follows into today and later days, with an honest finishing time."""
    room = max(0, total_follow_limit(following_count, followers_count) - following_count)
    doable = min(planned, room)
    today = min(doable, max(0, daily_limit - followed_today))
    later = doable - today
    rate = request_limit / request_period / requests_per_follow
    reset = next_daily_reset(now)
    if doable == 0:
        finish = None
        days = 0
    elif later == 0:
        finish = now + timedelta(seconds=today / rate)
        days = 0
    else:
        days = math.ceil(later / daily_limit)
        last_day = later - (days - 1) * daily_limit
        finish = reset + timedelta(days=days - 1, seconds=last_day / rate)
    return Budget(planned, today, later, planned - doable, days, finish, reset)
