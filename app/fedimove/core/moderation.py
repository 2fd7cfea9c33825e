"""Blocks and mutes carried from Twitter (issue 15): which matched accounts to block or mute.

The same precision rule as follows: only `confirmed` and `likely` matches are acted on; a
`possible` one only when the user ticked it (accepted the match); a rejected match never. An
account blocked and muted on Twitter is both blocked and muted, as it was there. Two Twitter
accounts pointing at one address give one action.

Pure: the caller passes what the workspace knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.plan import DEFAULT_MIN_CONFIDENCE, confidence_rank
from fedimove.core.relationships import normalize_address


class Action(StrEnum):
    """What the user did to an account on Twitter, and will do on Mastodon."""

    BLOCK = "block"
    MUTE = "mute"


@dataclass(frozen=True, slots=True)
class Target:
    """One blocked or muted Twitter account with its chosen fediverse match."""

    twitter_id: str
    address: str
    confidence: str
    action: Action
    picked: bool = False


def chosen_targets(
    targets: Iterable[Target], min_confidence: str = DEFAULT_MIN_CONFIDENCE
) -> tuple[Target, ...]:
    """The targets sure enough (or ticked), one per action and address, surest first."""
    bar = confidence_rank(min_confidence)
    chosen: dict[tuple[Action, str], Target] = {}
    ordered = sorted(targets, key=lambda t: (confidence_rank(t.confidence), t.twitter_id))
    for target in ordered:
        if confidence_rank(target.confidence) > bar and not target.picked:
            continue
        address = normalize_address(target.address)
        key = (target.action, address.lower())
        if key not in chosen:
            chosen[key] = replace(target, address=address)
    return tuple(sorted(chosen.values(), key=lambda t: (t.action, t.address.lower())))


class ModerationState(StrEnum):
    """Where one block or mute stands. Only `pending` and `sending` still need work."""

    PENDING = "pending"
    SENDING = "sending"
    DONE = "done"
    ALREADY = "already"
    FAILED = "failed"


def of_action(targets: Iterable[Target], action: Action) -> list[Target]:
    return [t for t in targets if t.action == action]


class BlockNotConfirmed(FedimoveError):
    """`block` without `--yes` where nobody can answer the question."""

    code = "not_confirmed"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was blocked or muted: confirm with --yes when not running in a terminal.",
    )
    exit_code = 2
