"""Why reading x.com stopped, as typed errors the GUI and CLI turn into one translated line."""

from __future__ import annotations

from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP


class XWebError(FedimoveError):
    code = "xweb_error"
    message = QT_TRANSLATE_NOOP("Errors", "Reading x.com failed: {detail}")


class XWebUnavailable(XWebError):
    """The optional QtWebEngine extra is not installed."""

    code = "xweb_unavailable"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Reading from x.com needs the embedded browser, which is not installed. "
        "Install it with: pip install 'fedimove[xweb]'",
    )


class XSiteChanged(XWebError):
    """What x.com sent no longer has the shape this version knows: stop, never guess."""

    code = "xweb_site_changed"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "x.com has changed — use the archive or the API. What was read before is kept. ({detail})",
    )


class XNotSignedIn(XWebError):
    code = "xweb_signed_out"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "You are not signed in to x.com (or the sign-in expired). Sign in and start again.",
    )


class XOtherAccount(XWebError):
    """The browser is signed in to another account than the one this workspace holds."""

    code = "xweb_other_account"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The x.com window is signed in to @{signed_in}, but this workspace holds the data of "
        "another account. Sign in as the right account, or use another workspace.",
    )


class XRateLimited(XWebError):
    """x.com refused more reading for now; what was read is kept and a new run continues."""

    code = "xweb_rate_limited"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "x.com asks to slow down. What was read is kept; start again after {ready_at} to continue.",
    )


class XCaptureStalled(XWebError):
    """Scrolling stopped bringing anything new before x.com said the list was complete."""

    code = "xweb_stalled"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "x.com stopped loading more accounts before the end of {target}. What was read is kept "
        "and marked incomplete; start again later to continue.",
    )


class HarNotARecording(XWebError):
    """The file given to import-har is not a browser's HAR recording."""

    code = "xweb_har_unreadable"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{detail} is not a browser recording (HAR). In the browser's developer tools, open "
        "Network and choose “Save all as HAR”.",
    )


class HarWithoutXData(XWebError):
    """A HAR that holds no page of x.com that Fedimove reads."""

    code = "xweb_har_empty"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This recording holds no list of accounts from x.com. Open your Following page on "
        "x.com with the Network tab open, scroll to the end, then save the HAR again.",
    )


class HarOtherAccount(XWebError):
    """The recording shows another account's follows than the workspace's."""

    code = "xweb_other_account"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This recording holds the follows of @{signed_in}, but this workspace holds the data of "
        "another account. Record your own pages, or use another workspace.",
    )


class HarSeveralAccounts(XWebError):
    """Several accounts' follows in one recording, and nothing says which is the user's."""

    code = "xweb_har_several_accounts"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This recording holds the follows of several accounts ({detail}); Fedimove cannot tell "
        "which one is yours. Record only your own Following and Followers pages.",
    )
