"""What following someone on Mastodon means to the migration: options, relationships, outcomes.

Shared by the plan (what to do), the fediverse adapter (what the server said) and the executor
(what was done), so the three speak the same small vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class FollowOptions:
    """The per-follow switches Mastodon offers (and its CSV import carries)."""

    show_boosts: bool = True
    notify: bool = False
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Relationship:
    """The signed-in account's relation to one account on its own instance."""

    account_id: str
    following: bool = False
    requested: bool = False

    @property
    def done(self) -> bool:
        """Nothing left to send: followed, or a follow request is waiting for approval."""
        return self.following or self.requested


@dataclass(frozen=True, slots=True)
class ResolvedAccount:
    """A fediverse account as the user's own instance knows it (ids are per instance)."""

    id: str
    address: str
    locked: bool = False
    moved_to: str | None = None


class QueueState(StrEnum):
    """Where one follow target stands. Only `pending` and `sending` still need work."""

    PENDING = "pending"
    SENDING = "sending"
    FOLLOWED = "followed"
    REQUESTED = "requested"
    ALREADY = "already"
    FAILED = "failed"
    DROPPED = "dropped"


class FailReason(StrEnum):
    """Why a target could not be followed; shown in the report and the report CSV."""

    MOVED = "moved"
    GONE = "gone"
    NOT_FOUND = "not_found"
    REFUSED = "refused"
    RETRIES_EXHAUSTED = "retries_exhausted"


def normalize_address(address: str) -> str:
    """`@User@Host.Example` → `User@host.example`: hosts are case-blind, user parts are not."""
    user, _, host = address.strip().lstrip("@").partition("@")
    return f"{user}@{host.lower()}" if host else user
