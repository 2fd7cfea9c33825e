"""Where the user stands in the five steps, from what `status` reports of the workspace.

The main window shows this in its sidebar and uses it to suggest the next step and to offer
resuming unfinished work; keeping the rules here keeps them testable without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any


class Step(IntEnum):
    TWITTER = 0
    FOLLOWS = 1
    MASTODON = 2
    MATCHES = 3
    MIGRATE = 4


class StepState(StrEnum):
    TODO = "todo"
    DONE = "done"
    ATTENTION = "attention"


CONFIDENCES = ("confirmed", "likely", "possible")


@dataclass(frozen=True, slots=True)
class Overview:
    """The merged `status --json` fields of every area (missing keys mean "not yet")."""

    status: Mapping[str, Any] = field(default_factory=dict)

    def count(self, key: str) -> int:
        value = self.status.get(key)
        return int(value) if isinstance(value, int | float) else 0

    @property
    def following(self) -> int:
        return self.count("following")

    @property
    def nothing_read(self) -> bool:
        """No follow list was ever read from anywhere: the counts are unknown, not 0 and
        not "missing from this archive" (`status` gives them as null then)."""
        return "following" in self.status and self.status["following"] is None

    @property
    def known_by_number(self) -> int:
        """Follows whose username nobody told Fedimove yet: matching cannot look them up."""
        if "resolved_usernames" not in self.status:
            return 0
        return max(0, self.following - self.count("resolved_usernames"))

    @property
    def matched(self) -> dict[str, int]:
        raw = self.status.get("matched")
        raw = raw if isinstance(raw, Mapping) else {}
        return {c: int(raw.get(c) or 0) for c in CONFIDENCES}

    @property
    def matched_total(self) -> int:
        return sum(self.matched.values())

    @property
    def pending(self) -> int:
        return self.count("pending")

    @property
    def followed(self) -> int:
        return self.count("followed") + self.count("requested")

    @property
    def mastodon_account(self) -> str | None:
        account = self.status.get("mastodon")
        if isinstance(account, Mapping):
            address = account.get("address") or account.get("acct")
            return str(address) if address else None
        return str(account) if isinstance(account, str) and account else None

    @property
    def twitter_status(self) -> str | None:
        twitter = self.status.get("twitter")
        if isinstance(twitter, Mapping):
            value = twitter.get("status")
            return str(value) if value else None
        return None


def step_states(overview: Overview) -> dict[Step, StepState]:
    """Done when the step's result is in the workspace; attention when something failed."""
    states = dict.fromkeys(Step, StepState.TODO)
    twitter = overview.twitter_status
    if twitter == "ok" or overview.following:
        states[Step.TWITTER] = StepState.DONE
    elif twitter:
        states[Step.TWITTER] = StepState.ATTENTION
    if overview.following:
        states[Step.FOLLOWS] = StepState.DONE
    if overview.mastodon_account:
        states[Step.MASTODON] = StepState.DONE
    if overview.matched_total:
        states[Step.MATCHES] = StepState.DONE
    if overview.count("failed"):
        states[Step.MIGRATE] = StepState.ATTENTION
    elif overview.followed and not overview.pending:
        states[Step.MIGRATE] = StepState.DONE
    return states


def suggested_step(overview: Overview) -> Step:
    """The first step not done yet (the archive counts for Twitter access)."""
    states = step_states(overview)
    for step in Step:
        if states[step] is not StepState.DONE:
            return step
    return Step.MIGRATE


def resume_offer(overview: Overview) -> Step | None:
    """Unfinished work worth offering on start: follows still queued."""
    if overview.pending:
        return Step.MIGRATE
    return None
