"""The Twitter social graph as every source (archive, API, x.com) hands it to the workspace.

Sources differ in what they know: the archive has numeric ids and the user's own tweets, the API
and x.com have full profiles. So every field but the id is optional, and `source` says who
said it, letting the workspace keep the best-informed value when several sources meet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EdgeKind(StrEnum):
    """How the user relates to another account."""

    FOLLOWING = "following"
    FOLLOWER = "follower"
    BLOCK = "block"
    MUTE = "mute"


class ListRelation(StrEnum):
    """Why a list is in the user's data: they made it, are on it, or subscribed to it."""

    CREATED = "created"
    MEMBER = "member"
    SUBSCRIBED = "subscribed"


class TextKind(StrEnum):
    """Where a piece of text written by an account came from (matching weighs them)."""

    BIO = "bio"
    PINNED = "pinned"
    RETWEET = "retweet"
    DM = "dm"
    TWEET = "tweet"


@dataclass(frozen=True, slots=True)
class Me:
    """The owner of the archive or of the signed-in session."""

    id: str
    username: str | None = None
    display_name: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """What is known of one Twitter account. `None` means unknown, not empty."""

    id: str
    username: str | None = None
    display_name: str | None = None
    bio: str | None = None
    bio_urls: tuple[str, ...] = ()
    website: str | None = None
    location: str | None = None
    pinned_tweet: str | None = None
    protected: bool | None = None
    source: str = "archive"
    avatar_url: str | None = None
    created_at: str | None = None  # ISO 8601 date the account was created


@dataclass(frozen=True, slots=True)
class AccountText:
    """Text an account itself wrote, kept because it may name its fediverse address."""

    account_id: str
    kind: TextKind
    text: str
    urls: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TwitterList:
    """A Twitter list. The archive knows only its URL; API and x.com also know its members.

    `key` is stable across sources: the numeric list id when known, else the URL path.
    """

    key: str
    relation: ListRelation
    url: str | None = None
    name: str | None = None
    description: str | None = None
    owner_username: str | None = None
    members: tuple[str, ...] | None = None
    source: str = "archive"


@dataclass(slots=True)
class GraphCounts:
    """What `status` reports about the imported graph."""

    following: int = 0
    followers: int = 0
    blocks: int = 0
    mutes: int = 0
    lists: int = 0  # made or followed by the user: what can be recreated
    lists_member_of: int = 0  # made by others, with the user on them
    resolved_usernames: int = 0
    extra: dict[str, int] = field(default_factory=dict)
