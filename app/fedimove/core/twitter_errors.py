"""Typed failures of the Twitter/X API area, turned into one translated line at the edge."""

from __future__ import annotations

from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_access import AccessStatus, Finding
from fedimove.core.twitter_messages import message_for


class CredentialsInputError(FedimoveError):
    code = "twitter_credentials_input"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "These Twitter keys cannot be used: {detail}. Expected JSON with consumer_key, "
        "consumer_secret, access_token and access_token_secret, or bearer_token.",
    )
    exit_code = 2


class NotSignedIn(FedimoveError):
    code = "twitter_not_signed_in"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No Twitter keys are saved yet. Run: fedimove twitter login --keys-stdin",
    )
    exit_code = 3


class WrongAccount(FedimoveError):
    code = "twitter_wrong_account"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "These keys sign in as @{username}, but this workspace holds another account's data. "
        "Use that account's keys, or another workspace (FEDIMOVE_DATA_DIR).",
    )
    exit_code = 3


class PinLoginError(FedimoveError):
    code = "twitter_pin_login"
    message = QT_TRANSLATE_NOOP(
        "Errors", "The PIN sign-in did not work: {detail}. Start it again for a new PIN."
    )


class TwitterAccessError(FedimoveError):
    """An API call failed in a way a user must hear about; carries the typed finding."""

    exit_code = 1

    def __init__(self, finding: Finding, detail: str = "") -> None:
        super().__init__(detail or finding.status.value)
        self.finding = finding
        self.code = finding.status.value
        self.message = message_for(finding).text
        self.context.update(
            code=finding.api_code or finding.http_status or "",
            http=finding.http_status or "",
            time="",
        )
        cut = finding.status not in (
            AccessStatus.RATE_LIMITED,
            AccessStatus.NETWORK_ERROR,
            AccessStatus.SERVER_ERROR,
        )
        self.exit_code = 3 if cut else 1
