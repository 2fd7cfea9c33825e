"""Why a Twitter archive could not be read, one type per thing a user can do something about.

An archive is untrusted input: it may be cut short, damaged, hostile (a zip bomb, `../` names)
or simply not a Twitter archive. Each case gets its own type so the GUI can offer the right
next step, and a message template that names the file and says what to do.
"""

from __future__ import annotations

from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP


class ArchiveError(FedimoveError):
    code = "archive"
    message = QT_TRANSLATE_NOOP("Errors", "The Twitter archive cannot be read: {detail}")


class ArchiveNotFound(ArchiveError):
    code = "archive_not_found"
    message = QT_TRANSLATE_NOOP("Errors", "There is no file or folder at {path}.")


class ArchiveUnreadable(ArchiveError):
    code = "archive_unreadable"
    message = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {detail}")


class NotAZip(ArchiveError):
    code = "archive_not_zip"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a ZIP file. Choose the ZIP Twitter sent you, or its unzipped folder.",
    )


class ArchiveTruncated(ArchiveError):
    code = "archive_truncated"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is incomplete: the download or the copy was cut short. Download it again.",
    )


class ArchiveDamaged(ArchiveError):
    code = "archive_damaged"
    message = QT_TRANSLATE_NOOP(
        "Errors", "The archive is damaged: {member} cannot be unpacked ({detail})."
    )


class ArchiveEncrypted(ArchiveError):
    code = "archive_encrypted"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The archive is password-protected ({member}). Unzip it yourself, then choose the folder.",
    )


class ArchiveTooLarge(ArchiveError):
    code = "archive_too_large"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The archive was not read: {member} would unpack to more than {limit} (a zip bomb?).",
    )


class ArchiveUnsafeName(ArchiveError):
    code = "archive_unsafe_name"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The archive was not read: it holds a file with an unsafe name ({member}).",
    )


class NotATwitterArchive(ArchiveError):
    code = "archive_not_twitter"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No Twitter data was found in {path}. Choose the ZIP Twitter sent you, or its unzipped "
        "folder.",
    )


class ArchiveBadFile(ArchiveError):
    code = "archive_bad_file"
    message = QT_TRANSLATE_NOOP("Errors", "{member} is not a Twitter archive file: {detail}.")


class ArchiveBadJson(ArchiveError):
    code = "archive_bad_json"
    message = QT_TRANSLATE_NOOP("Errors", "{member} is damaged near character {offset}: {detail}.")


class ArchiveBadRecord(ArchiveError):
    code = "archive_bad_record"
    message = QT_TRANSLATE_NOOP(
        "Errors", "{member} holds an unexpected entry (number {index}): {detail}."
    )


class ArchiveMissingData(ArchiveError):
    code = "archive_missing_data"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The archive holds none of the files Fedimove reads ({detail}). Download it again from "
        "Twitter/X.",
    )


class ArchiveOfAnotherAccount(ArchiveError):
    """The workspace holds one Twitter account; mixing two would follow the wrong people."""

    code = "archive_other_account"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This archive is @{archive}'s; the workspace holds @{workspace}'s. "
        "Add --replace to replace everything.",
    )


class ArchiveWithoutFollows(ArchiveError):
    """A partial copy (a re-zip that left files out) cannot tell whom the user follows."""

    code = "archive_without_follows"
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This archive has no {file}, the list of accounts you follow: it is incomplete. "
        "Use the ZIP Twitter/X sent you, or its unzipped folder with every file.",
    )
