"""What Twitter/X access is left: failures classified, findings ranked.

Since January 2023 a cut rarely says so. Suspended client keys got `401 / code 32 "Could not
authenticate you."` on every call, exactly like a typo in a password; a free tier is told
`client-not-enrolled`; pay-per-use says `402 CreditsDepleted`. This module turns those raw
signals (HTTP status, v1.1 error codes, v2 problem JSON, rate-limit headers, the server's
`Date`) into one typed status with a reason (`classify`), and ranks findings by how much
they explain (`most_telling`). Their words are `core.twitter_messages`; a whole probe's
summing up, `core.twitter_diagnosis`.

Pure: no network, no clock reads (callers pass `now`), no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

CLOCK_TOLERANCE_SECONDS = 300.0
"""OAuth 1.0a timestamps are refused beyond a few minutes; past this, blame the clock."""


class AccessStatus(StrEnum):
    """The typed statuses of `fedimove twitter check --json` (a contract: names are exact)."""

    OK = "ok"
    RATE_LIMITED = "rate_limited"
    TOKEN_INVALID = "token_invalid"
    APP_SUSPENDED = "app_suspended"
    CLIENT_NOT_ENROLLED = "client_not_enrolled"
    TIER_INSUFFICIENT = "tier_insufficient"
    PAYMENT_REQUIRED = "payment_required"
    ACCOUNT_SUSPENDED = "account_suspended"
    ACCOUNT_LOCKED = "account_locked"
    NETWORK_ERROR = "network_error"
    SERVER_ERROR = "server_error"


class Reason(StrEnum):
    """Finer than the status, to pick the right words and next step."""

    NONE = ""
    SHORT_RATE_LIMIT = "short_rate_limit"
    USAGE_CAP = "usage_cap"
    REVOKED = "revoked"
    BAD_CREDENTIALS = "bad_credentials"
    CUT_AFTER_WORKING = "cut_after_working"
    APP_INVALID = "app_invalid"
    NOT_ENROLLED = "not_enrolled"
    FREE_TIER = "free_tier"
    FORBIDDEN = "forbidden"
    NEEDS_USER_CONTEXT = "needs_user_context"
    NOT_SIGNED_IN = "not_signed_in"
    TOKEN_REFUSED = "token_refused"
    CREDITS_DEPLETED = "credits_depleted"
    CLOCK_SKEW = "clock_skew"
    NO_CONNECTION = "no_connection"
    OUTAGE = "outage"
    UNEXPECTED = "unexpected"


class Capability(StrEnum):
    """What an export needs, whatever the route (v2 or v1.1) that provides it."""

    ME = "me"
    FOLLOWS = "follows"
    USERS_LOOKUP = "users_lookup"
    OWNED_LISTS = "owned_lists"
    FOLLOWED_LISTS = "followed_lists"
    LIST_MEMBERS = "list_members"


class Route(StrEnum):
    V2 = "v2"
    V1 = "v1.1"


@dataclass(frozen=True, slots=True)
class FailureSignal:
    """What a failed request said, stripped of anything that could hold a secret.

    `http_status` is None when no answer came back at all. Times are POSIX seconds.
    """

    http_status: int | None
    api_codes: tuple[int, ...] = ()
    problem_type: str = ""
    problem_title: str = ""
    problem_reason: str = ""
    required_enrollment: str = ""
    rate_limit_reset: float | None = None
    retry_after: float | None = None
    server_date: float | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one request (or one route of a capability)."""

    status: AccessStatus
    reason: Reason = Reason.NONE
    retry_at: float | None = None
    http_status: int | None = None
    api_code: int | None = None

    @property
    def ok(self) -> bool:
        return self.status is AccessStatus.OK

    @property
    def waitable(self) -> bool:
        """A short rate limit: waiting until `retry_at` is the right move."""
        return self.reason is Reason.SHORT_RATE_LIMIT

    @property
    def retryable(self) -> bool:
        """Worth trying again soon (after a backoff), unlike a cut."""
        return self.status in (AccessStatus.NETWORK_ERROR, AccessStatus.SERVER_ERROR) and (
            self.reason is not Reason.CLOCK_SKEW
        )


OK = Finding(AccessStatus.OK)

_SUSPENDED_CODES = {64}
_LOCKED_CODES = {326}
_REVOKED_CODES = {89}
_APP_INVALID_CODES = {416, 261}
_AUTH_FAILED_CODES = {32, 215}
_TIER_CODES = {453, 220}
_SERVER_CODES = {130, 131}


def _clock_agrees(signal: FailureSignal, now: float) -> bool | None:
    if signal.server_date is None:
        return None
    return abs(now - signal.server_date) <= CLOCK_TOLERANCE_SECONDS


def _problem_says(signal: FailureSignal, *words: str) -> bool:
    haystack = f"{signal.problem_type} {signal.problem_title}".lower()
    return any(word.lower() in haystack for word in words)


def classify(signal: FailureSignal, *, worked_before: bool, now: float) -> Finding:
    """One failed request → one typed finding.

    `worked_before` says whether these exact credentials once succeeded (the workspace keeps
    that per credential fingerprint): a 401/32 on keys that used to work, with this machine's
    clock agreeing with the server's `Date`, is a cut app, not a typo.
    """
    status, codes = signal.http_status, set(signal.api_codes)
    first_code = signal.api_codes[0] if signal.api_codes else None

    def found(s: AccessStatus, reason: Reason = Reason.NONE, retry_at: float | None = None):
        return Finding(s, reason, retry_at, status, first_code)

    if status is None:
        return found(AccessStatus.NETWORK_ERROR, Reason.NO_CONNECTION)
    if 135 in codes:
        return found(AccessStatus.NETWORK_ERROR, Reason.CLOCK_SKEW)
    if codes & _SUSPENDED_CODES:
        return found(AccessStatus.ACCOUNT_SUSPENDED)
    if codes & _LOCKED_CODES:
        return found(AccessStatus.ACCOUNT_LOCKED)
    if status == 402 or _problem_says(signal, "CreditsDepleted", "/problems/credits"):
        return found(AccessStatus.PAYMENT_REQUIRED, Reason.CREDITS_DEPLETED)
    if status == 429 or 88 in codes:
        if _problem_says(signal, "UsageCapExceeded", "usage-capped"):
            return found(AccessStatus.RATE_LIMITED, Reason.USAGE_CAP)
        retry_at = signal.rate_limit_reset
        if retry_at is None and signal.retry_after is not None:
            retry_at = now + signal.retry_after
        return found(AccessStatus.RATE_LIMITED, Reason.SHORT_RATE_LIMIT, retry_at)
    if status >= 500 or codes & _SERVER_CODES:
        return found(AccessStatus.SERVER_ERROR, Reason.OUTAGE)
    if codes & _REVOKED_CODES:
        return found(AccessStatus.TOKEN_INVALID, Reason.REVOKED)
    if codes & _APP_INVALID_CODES:
        return found(AccessStatus.APP_SUSPENDED, Reason.APP_INVALID)
    if codes & _TIER_CODES:
        return found(AccessStatus.TIER_INSUFFICIENT, Reason.FREE_TIER)
    if signal.problem_reason in ("client-not-enrolled", "official-client-forbidden"):
        return found(AccessStatus.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED)
    if status == 401 or codes & _AUTH_FAILED_CODES:
        agrees = _clock_agrees(signal, now)
        if agrees is False:
            return found(AccessStatus.NETWORK_ERROR, Reason.CLOCK_SKEW)
        if worked_before:
            return found(AccessStatus.APP_SUSPENDED, Reason.CUT_AFTER_WORKING)
        return found(AccessStatus.TOKEN_INVALID, Reason.BAD_CREDENTIALS)
    if _problem_says(signal, "/problems/unsupported-authentication"):
        # An app-only bearer token asked what only a user's token may (who "me" is).
        return found(AccessStatus.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT)
    if status == 403:
        return found(AccessStatus.TIER_INSUFFICIENT, Reason.FORBIDDEN)
    return found(AccessStatus.SERVER_ERROR, Reason.UNEXPECTED)


@dataclass(frozen=True, slots=True)
class CapabilityResult:
    """How one capability fared: the route that works, or what each route said."""

    capability: Capability
    tried: tuple[tuple[Route, Finding], ...] = ()

    @property
    def route(self) -> Route | None:
        return next((route for route, finding in self.tried if finding.ok), None)

    @property
    def available(self) -> bool:
        return self.route is not None

    @property
    def finding(self) -> Finding | None:
        """The working route's finding, else the most telling failure."""
        if not self.tried:
            return None
        if self.available:
            return OK
        return most_telling(finding for _, finding in self.tried)


# Which failure explains the situation best when several routes failed differently: a
# suspended account explains everything below it; a generic 403 explains little.
_PRIORITY = (
    (AccessStatus.NETWORK_ERROR, Reason.CLOCK_SKEW),
    (AccessStatus.NETWORK_ERROR, None),
    (AccessStatus.ACCOUNT_SUSPENDED, None),
    (AccessStatus.ACCOUNT_LOCKED, None),
    (AccessStatus.APP_SUSPENDED, None),
    (AccessStatus.TOKEN_INVALID, Reason.REVOKED),
    (AccessStatus.TOKEN_INVALID, None),
    (AccessStatus.PAYMENT_REQUIRED, None),
    (AccessStatus.RATE_LIMITED, Reason.USAGE_CAP),
    (AccessStatus.CLIENT_NOT_ENROLLED, None),
    (AccessStatus.TIER_INSUFFICIENT, Reason.FREE_TIER),
    (AccessStatus.RATE_LIMITED, None),
    (AccessStatus.SERVER_ERROR, Reason.OUTAGE),
    (AccessStatus.TIER_INSUFFICIENT, None),
    (AccessStatus.SERVER_ERROR, None),
    (AccessStatus.OK, None),
)


def _rank(finding: Finding) -> int:
    for index, (status, reason) in enumerate(_PRIORITY):
        if finding.status is status and (reason is None or finding.reason is reason):
            return index
    return len(_PRIORITY)


def most_telling(findings: Iterable[Finding]) -> Finding:
    """The finding that explains the most, among several."""
    return min(findings, key=_rank, default=OK)
