"""What each Twitter/X access finding says to the user, and the next step that still works.

Templates only (context "TwitterAccess", marked for translation): `render_finding` translates
and fills them at the edge. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_access import AccessStatus, Finding, Reason

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
