"""What Twitter/X access is left, in plain words: failures classified, probes summed up.

Since January 2023 a cut rarely says so. Suspended client keys got `401 / code 32 "Could not
authenticate you."` on every call, exactly like a typo in a password; a free tier is told
`client-not-enrolled`; pay-per-use says `402 CreditsDepleted`. This module turns those raw
signals (HTTP status, v1.1 error codes, v2 problem JSON, rate-limit headers, the server's
`Date`) into one typed status with a reason, and a whole probe into a `Diagnosis` carrying a
translatable message and the next step that still works.

Pure: no network, no clock reads (callers pass `now`), no Qt (strings are only marked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from fedimove.core.i18n import QT_TRANSLATE_NOOP

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


CONTEXT = "TwitterAccess"


@dataclass(frozen=True, slots=True)
class Message:
    """A user-facing template (context "TwitterAccess") and its next step."""

    text: str
    next_step: str


_MESSAGES: dict[tuple[AccessStatus, Reason], Message] = {
    (AccessStatus.OK, Reason.NONE): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "Access works: Fedimove can read your follows through the API."
        ),
        QT_TRANSLATE_NOOP("TwitterAccess", "You can export your follows and lists now."),
    ),
    (AccessStatus.RATE_LIMITED, Reason.SHORT_RATE_LIMIT): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "Twitter asks to slow down (rate limit): ready again at {time}."
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Wait until {time}, or start the export now: it waits by itself and continues.",
        ),
    ),
    (AccessStatus.RATE_LIMITED, Reason.USAGE_CAP): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "This developer app has used up its monthly allowance of reads (usage cap).",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Raise the cap in the X Developer Console, wait for next month, or use your "
            "data archive or the signed-in x.com session instead.",
        ),
    ),
    (AccessStatus.TOKEN_INVALID, Reason.REVOKED): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "Your access token was revoked or has expired (code 89)."
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Sign in again to get a new token, or use your data archive or the signed-in "
            "x.com session.",
        ),
    ),
    (AccessStatus.TOKEN_INVALID, Reason.BAD_CREDENTIALS): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Twitter did not accept these keys (\u201cCould not authenticate you\u201d). "
            "Check that each key was copied whole. If these keys worked before, Twitter may "
            "have cut off this app.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Enter the keys again, try another app's keys, or use your data archive or the "
            "signed-in x.com session.",
        ),
    ),
    (AccessStatus.TOKEN_INVALID, Reason.TOKEN_REFUSED): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Twitter still accepts this app but refuses your access token (code 32): it was "
            "revoked, or the token or its secret was not copied whole.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Sign in again (with a PIN) or paste the access token and its secret again, or use "
            "your data archive or the signed-in x.com session.",
        ),
    ),
    (AccessStatus.TOKEN_INVALID, Reason.NOT_SIGNED_IN): Message(
        QT_TRANSLATE_NOOP("TwitterAccess", "No Twitter keys are saved yet."),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Enter your keys (fedimove twitter login --keys-stdin), or use your data archive or "
            "the signed-in x.com session.",
        ),
    ),
    (AccessStatus.APP_SUSPENDED, Reason.CUT_AFTER_WORKING): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Twitter has cut off this client: these keys worked before and are now refused "
            "on every call (401, code {code}). This is not your fault and not a wrong password.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Use other keys (your own developer app), your data archive, or the signed-in "
            "x.com session.",
        ),
    ),
    (AccessStatus.APP_SUSPENDED, Reason.APP_INVALID): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Twitter has suspended or restricted this developer app (code {code}). This is "
            "not your fault.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Use other keys (your own developer app), your data archive, or the signed-in "
            "x.com session.",
        ),
    ),
    (AccessStatus.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "X refuses this developer app on its v2 API (403 client-not-enrolled): the app "
            "is not attached to a Project.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Attach the app to a Project in the X Developer Console (with an access level "
            "that can read follows), or use your data archive or the signed-in x.com session.",
        ),
    ),
    (AccessStatus.TIER_INSUFFICIENT, Reason.FREE_TIER): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "This access tier can post but not read follows: Twitter reserves that for "
            "paid access.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Switch the app to pay-per-use or a paid tier in the X Developer Console, or use "
            "your data archive or the signed-in x.com session.",
        ),
    ),
    (AccessStatus.TIER_INSUFFICIENT, Reason.FORBIDDEN): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "These keys are not allowed to read follows (403 forbidden)."
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Check the app's permissions and access level in the X Developer Console, or use "
            "your data archive or the signed-in x.com session.",
        ),
    ),
    (AccessStatus.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "A bearer token alone cannot tell which account is yours.",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Import your data archive first (it says who you are), or sign in with your "
            "user tokens.",
        ),
    ),
    (AccessStatus.PAYMENT_REQUIRED, Reason.CREDITS_DEPLETED): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "X now asks for payment: this app's credits are used up (credits depleted).",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Top up credits in the X Developer Console, or use your data archive or the "
            "signed-in x.com session. Fedimove will not retry by itself.",
        ),
    ),
    (AccessStatus.ACCOUNT_SUSPENDED, Reason.NONE): Message(
        QT_TRANSLATE_NOOP("TwitterAccess", "Your Twitter account is suspended."),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Your data archive still holds your follows: request it from X and import it.",
        ),
    ),
    (AccessStatus.ACCOUNT_LOCKED, Reason.NONE): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "Your Twitter account is temporarily locked by Twitter."
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Sign in on x.com to unlock it, then check again; your data archive works too.",
        ),
    ),
    (AccessStatus.NETWORK_ERROR, Reason.NO_CONNECTION): Message(
        QT_TRANSLATE_NOOP("TwitterAccess", "No network: Twitter/X cannot be reached."),
        QT_TRANSLATE_NOOP("TwitterAccess", "Check your internet connection, then check again."),
    ),
    (AccessStatus.NETWORK_ERROR, Reason.CLOCK_SKEW): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "This computer's clock is wrong, so Twitter refuses the signed requests "
            "(timestamp out of bounds).",
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Set the date and time automatically in your system settings, then check again.",
        ),
    ),
    (AccessStatus.SERVER_ERROR, Reason.OUTAGE): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "Twitter/X is having trouble right now (server error {http})."
        ),
        QT_TRANSLATE_NOOP("TwitterAccess", "Try again in a few minutes."),
    ),
    (AccessStatus.SERVER_ERROR, Reason.UNEXPECTED): Message(
        QT_TRANSLATE_NOOP(
            "TwitterAccess", "Twitter/X gave an answer Fedimove does not understand ({http})."
        ),
        QT_TRANSLATE_NOOP(
            "TwitterAccess",
            "Try again later; if it persists, use your data archive or the signed-in x.com "
            "session.",
        ),
    ),
}


def message_for(finding: Finding) -> Message:
    return (
        _MESSAGES.get((finding.status, finding.reason))
        or _MESSAGES[next(key for key in _MESSAGES if key[0] is finding.status)]
    )


def render_finding(
    finding: Finding,
    translate: Callable[[str, str], str],
    format_time: Callable[[float], str],
) -> tuple[str, str]:
    """A finding's message and next step, translated and filled in."""
    template = message_for(finding)
    values = {
        "code": finding.api_code or finding.http_status or "",
        "http": finding.http_status or "",
        "time": format_time(finding.retry_at) if finding.retry_at else "?",
    }
    return tuple(  # type: ignore[return-value]
        _fill(translate(CONTEXT, text), values) for text in (template.text, template.next_step)
    )


def _fill(template: str, values: Mapping[str, object]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


_CUT = {
    AccessStatus.TOKEN_INVALID,
    AccessStatus.APP_SUSPENDED,
    AccessStatus.CLIENT_NOT_ENROLLED,
    AccessStatus.TIER_INSUFFICIENT,
    AccessStatus.PAYMENT_REQUIRED,
    AccessStatus.ACCOUNT_SUSPENDED,
    AccessStatus.ACCOUNT_LOCKED,
}


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The answer to "what access is left?", for `twitter check` and the GUI alike.

    `message` and `next_step` are untranslated templates (context "TwitterAccess"); `render`
    translates and fills them. `finding.retry_at` is POSIX seconds.
    """

    finding: Finding
    capabilities: Mapping[Capability, CapabilityResult] = field(default_factory=dict)
    username: str | None = None

    @property
    def status(self) -> AccessStatus:
        return self.finding.status

    @property
    def reason(self) -> Reason:
        return self.finding.reason

    @property
    def message(self) -> str:
        return message_for(self.finding).text

    @property
    def next_step(self) -> str:
        return message_for(self.finding).next_step

    @property
    def can_read_follows(self) -> bool:
        follows = self.capabilities.get(Capability.FOLLOWS)
        return bool(follows and follows.available)

    def render(
        self, translate: Callable[[str, str], str], format_time: Callable[[float], str]
    ) -> tuple[str, str]:
        """The message and next step in the user's language (`translate(context, text)`)."""
        return render_finding(self.finding, translate, format_time)

    @property
    def exit_code(self) -> int:
        """`twitter check`: 0 follows readable, 3 access cut or insufficient, 1 other."""
        if self.can_read_follows:
            return 0
        if self.status in _CUT or self.reason is Reason.USAGE_CAP:
            return 3
        return 1


def diagnose(
    results: Mapping[Capability, CapabilityResult], username: str | None = None
) -> Diagnosis:
    """Sum up a probe: ok when follows can be read, else the failure that explains most.

    A client-not-enrolled refusal while other v2 calls work is a tier limit (the app is in a
    Project, and the free tier reads `me` but not follows), not a cut client. When only v1.1
    works, v2 refuses the app itself (it is attached to no Project): that specific cause, with
    its own next step, explains more than the v1.1 453 on follows.
    """
    follows = results.get(Capability.FOLLOWS)
    if follows and follows.available:
        return Diagnosis(OK, results, username)
    v2_works = any(result.route is Route.V2 for result in results.values())
    explaining = [follows] if follows and follows.tried else list(results.values())
    telling = [
        finding for result in explaining if not result.available for _, finding in result.tried
    ]
    finding = (
        most_telling(telling)
        if telling
        else Finding(AccessStatus.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT)
    )
    if v2_works and finding.status in (
        AccessStatus.CLIENT_NOT_ENROLLED,
        AccessStatus.TIER_INSUFFICIENT,
    ):
        finding = Finding(
            AccessStatus.TIER_INSUFFICIENT,
            Reason.FREE_TIER,
            None,
            finding.http_status,
            finding.api_code,
        )
    return Diagnosis(finding, results, username)
