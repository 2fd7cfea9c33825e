"""Typed failures of the fediverse side; the front doors turn them into one translated line."""

from __future__ import annotations

from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP


class InsecureInstance(FedimoveError):
    code = "insecure_instance"
    message = QT_TRANSLATE_NOOP(
        "Errors", "Only https:// servers can be used (plain http only on this computer): {detail}"
    )
    exit_code = 2


class InvalidInstance(FedimoveError):
    code = "invalid_instance"
    message = QT_TRANSLATE_NOOP("Errors", "This is not a server address: {detail}")
    exit_code = 2


class InstanceUnreachable(FedimoveError):
    """`detail` keeps the low-level reason for the log and --json; the user reads plain words."""

    code = "instance_unreachable"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {instance} cannot be reached. Check the address and your connection, "
        "then try again.",
    )


class InstanceCertificateInvalid(InstanceUnreachable):
    code = "instance_certificate_invalid"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {instance} answered, but its security certificate is not valid, so "
        "Fedimove does not send it anything. Check the address.",
    )


def unreachable(exc: Exception, instance: str) -> InstanceUnreachable:
    """The typed failure for a request that never got an answer (the class name is the detail)."""
    kind = InstanceCertificateInvalid if "SSL" in type(exc).__name__ else InstanceUnreachable
    return kind(type(exc).__name__, instance=instance)


class NotMastodonApi(FedimoveError):
    code = "not_mastodon_api"
    message = QT_TRANSLATE_NOOP(
        "Errors", "{instance} does not offer the Mastodon API, so Fedimove cannot sign in there."
    )


class NotSignedIn(FedimoveError):
    code = "not_signed_in"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "You are not signed in to a Mastodon server. Sign in first "
        "(fedimove mastodon login --instance URL).",
    )


class SignInFailed(FedimoveError):
    code = "sign_in_failed"
    message = QT_TRANSLATE_NOOP("Errors", "Signing in to {instance} did not work: {detail}")


class SignInDenied(FedimoveError):
    code = "sign_in_denied"
    message = QT_TRANSLATE_NOOP(
        "Errors", "The server {instance} refused the sign-in (it was cancelled or denied)."
    )


class TokenRejected(FedimoveError):
    code = "token_rejected"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{instance} no longer accepts Fedimove's sign-in (it was revoked or expired). "
        "Sign in again; nothing that was done is lost.",
    )
