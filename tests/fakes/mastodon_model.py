"""The state a fake Mastodon server keeps: accounts, follows, lists, tokens, and its limits.

Shapes follow what a real Mastodon 4.x returns (checked against the vcrpy cassettes that ship
in the Mastodon.py sdist): ids are strings, `acct` is `user` for local accounts and
`user@domain` for remote ones, relationships carry every boolean a real server sends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass
class FakeAccount:
    """One account as the home server knows it (local, or a remote one it has resolved)."""

    id: str
    username: str
    domain: str | None = None
    display_name: str = ""
    note: str = ""
    locked: bool = False
    bot: bool = False
    fields: list[dict[str, Any]] = field(default_factory=list)
    moved_to: str | None = None
    suspended: bool = False
    url: str = ""
    uri: str = ""

    @property
    def acct(self) -> str:
        return f"{self.username}@{self.domain}" if self.domain else self.username


@dataclass
class FakeFollow:
    """A follow or a follow request from the signed-in user to `target_id`."""

    id: int
    target_id: str
    requested: bool
    reblogs: bool = True
    notify: bool = False
    languages: list[str] | None = None


@dataclass
class FakeList:
    id: str
    title: str
    replies_policy: str = "list"
    exclusive: bool = False
    members: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "replies_policy": self.replies_policy,
            "exclusive": self.exclusive,
        }


@dataclass
class FakeApp:
    client_id: str
    client_secret: str
    name: str
    redirect_uris: list[str]
    scopes: list[str]
    website: str | None = None


@dataclass
class FakeGrant:
    """An authorization code waiting to be exchanged at /oauth/token."""

    client_id: str
    account_id: str
    redirect_uri: str
    scopes: list[str]
    challenge: str | None
    challenge_method: str | None


@dataclass
class FakeToken:
    client_id: str
    account_id: str | None
    scopes: list[str]
    revoked: bool = False


@dataclass
class LoggedRequest:
    """What a test may want to know of a request the server handled."""

    at: float
    method: str
    path: str
    status: int
    token: str | None


def iso(timestamp: float) -> str:
    """ISO 8601 with microseconds and Z, as Mastodon writes X-RateLimit-Reset."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FixedWindow:
    """Rack::Attack-style fixed windows aligned on the epoch: a count per (key, window)."""

    def __init__(self, limit: int, period: float) -> None:
        self.limit, self.period = limit, period
        self._counts: dict[tuple[str, int], int] = {}

    def window(self, now: float) -> int:
        return math.floor(now / self.period)

    def hit(self, key: str, now: float) -> int:
        slot = (key, self.window(now))
        self._counts[slot] = self._counts.get(slot, 0) + 1
        return self._counts[slot]

    def count(self, key: str, now: float) -> int:
        return self._counts.get((key, self.window(now)), 0)

    def reset_at(self, now: float) -> float:
        return (self.window(now) + 1) * self.period

    def headers(self, key: str, now: float) -> dict[str, str]:
        remaining = max(0, self.limit - self.count(key, now))
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": iso(self.reset_at(now)),
        }


def account_json(account: FakeAccount, base: str, moved: dict[str, Any] | None) -> dict[str, Any]:
    """REST::AccountSerializer's shape (the fields clients read)."""
    host = account.domain or base
    url = account.url or f"https://{host}/@{account.username}"
    data: dict[str, Any] = {
        "id": account.id,
        "username": account.username,
        "acct": account.acct,
        "display_name": "" if account.suspended else account.display_name,
        "locked": account.locked,
        "bot": account.bot,
        "discoverable": True,
        "indexable": False,
        "group": False,
        "created_at": "2022-11-05T00:00:00.000Z",
        "note": "" if account.suspended else account.note,
        "url": url,
        "uri": account.uri or f"https://{host}/users/{account.username}",
        "avatar": f"https://{base}/avatars/original/missing.png",
        "avatar_static": f"https://{base}/avatars/original/missing.png",
        "header": f"https://{base}/headers/original/missing.png",
        "header_static": f"https://{base}/headers/original/missing.png",
        "followers_count": 0,
        "following_count": 0,
        "statuses_count": 0,
        "last_status_at": None,
        "hide_collections": None,
        "noindex": False,
        "show_media": True,
        "show_media_replies": True,
        "show_featured": True,
        "avatar_description": "",
        "header_description": "",
        "feature_approval": {"automatic": [], "manual": [], "current_user": "denied"},
        "emojis": [],
        "roles": [],
        "fields": [] if account.suspended else account.fields,
    }
    if account.suspended:
        data["suspended"] = True
    if moved is not None:
        data["moved"] = moved
    return data


def relationship_json(
    target_id: str,
    follow: FakeFollow | None,
    *,
    blocking: bool = False,
    muting: bool | None = None,
) -> dict[str, Any]:
    """REST::RelationshipSerializer; `muting` is None when not muted, else whether the mute
    hides notifications too."""
    following = bool(follow and not follow.requested)
    return {
        "id": target_id,
        "following": following,
        "showing_reblogs": bool(follow and follow.reblogs),
        "notifying": bool(follow and follow.notify),
        "languages": follow.languages if follow else None,
        "followed_by": False,
        "blocking": blocking,
        "blocked_by": False,
        "muting": muting is not None,
        "muting_notifications": bool(muting),
        "muting_expires_at": None,
        "requested": bool(follow and follow.requested),
        "requested_by": False,
        "domain_blocking": False,
        "endorsed": False,
        "note": "",
    }
