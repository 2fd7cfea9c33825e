"""Typed failures raised by the core and the adapters, turned into messages at the edge.

Each error carries a stable `code` (CLI JSON, tests), a message template marked for translation
(context "Errors", formatted with `context`), and never a token or a raw library message that
might hold one.
"""

from __future__ import annotations

from fedimove.core.i18n import QT_TRANSLATE_NOOP


class FedimoveError(Exception):
    """Base of every expected failure: the front doors show these as one clear line."""

    code = "error"
    message = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")
    exit_code = 1

    def __init__(self, detail: str = "", **context: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.context: dict[str, object] = {"detail": detail, **context}


class Cancelled(FedimoveError):
    code = "cancelled"
    message = QT_TRANSLATE_NOOP("Errors", "Stopped. What was finished is kept.")
    exit_code = 130


class WorkspaceError(FedimoveError):
    code = "workspace"
    message = QT_TRANSLATE_NOOP("Errors", "The workspace cannot be opened: {detail}")


class WorkspaceBusy(FedimoveError):
    code = "workspace_busy"
    message = QT_TRANSLATE_NOOP(
        "Errors", "Another Fedimove window or command is already doing this. Try again later."
    )


class NothingImported(FedimoveError):
    """A verb that works on the follows was run before any follows were read."""

    code = "nothing_imported"
    message = QT_TRANSLATE_NOOP(
        "Errors", "Nothing imported yet. Start with: fedimove import-archive PATH"
    )


class SecretStoreUnavailable(FedimoveError):
    code = "no_keyring"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No password manager (keyring) is available on this computer, so sign-ins cannot be "
        "remembered. They can be kept until Fedimove quits.",
    )
