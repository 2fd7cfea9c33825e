"""Typed failures of following and list-making, as the fediverse adapter reports them.

The executor decides from the type alone what to do: retry later, wait for a window, skip
the target, or stop the whole run while keeping the queue.
"""

from __future__ import annotations

from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP


class TargetMoved(FedimoveError):
    """403 on follow: the account moved (or refuses this follower)."""

    code = "moved"
    message = QT_TRANSLATE_NOOP("Errors", "This account has moved and cannot be followed.")


class TargetGone(FedimoveError):
    """404: unknown to the instance, deleted or suspended."""

    code = "gone"
    message = QT_TRANSLATE_NOOP("Errors", "This account no longer exists or is suspended.")


class FollowCapReached(FedimoveError):
    """422 on follow: the server's total cap (7,500, then 1.1 × followers) is reached."""

    code = "follow_cap"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Your server does not let you follow more accounts (it allows 7,500, or more once "
        "you have many followers). Nothing else was lost; unfollow some accounts to go on.",
    )


class RateLimited(FedimoveError):
    """429. `daily` tells the follow cap (400 per day) from the request window."""

    code = "rate_limited"
    message = QT_TRANSLATE_NOOP(
        "Errors", "The server asks to slow down. Fedimove waits and goes on by itself."
    )

    def __init__(self, reset_at: float | None, daily: bool) -> None:
        super().__init__("daily" if daily else "window", reset_at=reset_at)
        self.reset_at = reset_at
        self.daily = daily


class Transient(FedimoveError):
    """5xx, timeouts, connection resets: worth retrying with backoff."""

    code = "transient"
    message = QT_TRANSLATE_NOOP(
        "Errors", "The server did not answer properly ({detail}). Fedimove will try again."
    )

    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class ServerUnreachable(FedimoveError):
    """Retries did not help: the run stops; everything done and queued is kept."""

    code = "server_unreachable"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Your server keeps failing or cannot be reached ({detail}). Nothing is lost: start "
        "again once it works, and Fedimove continues where it stopped.",
    )


class Rejected(FedimoveError):
    """Another 4xx: the server refused this one request for a reason of its own."""

    code = "rejected"
    message = QT_TRANSLATE_NOOP("Errors", "The server refused: {detail}")

    def __init__(self, detail: str, status: int) -> None:
        super().__init__(detail, status=status)
        self.status = status


class ListCapReached(FedimoveError):
    """422 on list creation: Mastodon allows at most 50 lists per account."""

    code = "list_cap"
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your server allows no more lists (at most 50). Some lists were not created."
    )


class ListBatchRejected(FedimoveError):
    """422 on adding accounts to a list: one bad account rejects the whole batch."""

    code = "list_batch_rejected"
    message = QT_TRANSLATE_NOOP("Errors", "The server refused to add these accounts to a list.")


class NotConfirmed(FedimoveError):
    """`follow` without `--yes` where nobody can answer the question."""

    code = "not_confirmed"
    message = QT_TRANSLATE_NOOP(
        "Errors", "Nothing was followed: confirm with --yes when not running in a terminal."
    )
    exit_code = 2
