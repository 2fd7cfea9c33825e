"""Mastodon's own import formats, and a report of every followed Twitter account.

The server's Settings › Import accepts exactly what its Settings › Export writes:
`following_accounts.csv` with the header `Account address,Show boosts,Notify on new posts,
Languages`, booleans as `true`/`false` and languages joined by ", "; `lists.csv` without a
header, one `List name,Account address` row per member; `blocked_accounts.csv` without a header,
one address per row; `muted_accounts.csv` with the header `Account address,Hide notifications`.
Rows end with a bare newline, as Ruby's CSV writes them. The report is for people and
spreadsheets, so its cells are defused against formula injection (a bio can start with "=").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from fedimove.core.relationships import FollowOptions

FOLLOWING_FILE = "following_accounts.csv"
LISTS_FILE = "lists.csv"
REPORT_FILE = "fedimove_report.csv"
BLOCKED_FILE = "blocked_accounts.csv"
MUTED_FILE = "muted_accounts.csv"

FOLLOWING_HEADER = ("Account address", "Show boosts", "Notify on new posts", "Languages")
MUTED_HEADER = ("Account address", "Hide notifications")
REPORT_HEADER = (
    "Twitter id",
    "Twitter username",
    "Twitter profile",
    "Fediverse address",
    "Confidence",
    "Status",
    "Reason",
    "Evidence",
    "Elsewhere",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ReportRow:
    twitter_id: str
    twitter_username: str | None
    address: str | None
    confidence: str | None
    status: str
    reason: str = ""
    evidence: tuple[str, ...] = ()
    elsewhere: str = ""  # where it went that the fediverse cannot follow (Bluesky, Threads)


def _flag(value: bool) -> str:
    return "true" if value else "false"


def following_csv(rows: Iterable[tuple[str, FollowOptions]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FOLLOWING_HEADER)
    for address, options in rows:
        writer.writerow(
            (
                address,
                _flag(options.show_boosts),
                _flag(options.notify),
                ", ".join(options.languages),
            )
        )
    return buffer.getvalue()


def lists_csv(rows: Iterable[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for title, address in rows:
        writer.writerow((title, address))
    return buffer.getvalue()


def blocked_csv(addresses: Iterable[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for address in addresses:
        writer.writerow((address,))
    return buffer.getvalue()


def muted_csv(addresses: Iterable[str]) -> str:
    """Twitter's mute silences notifications too, so every row hides them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MUTED_HEADER)
    for address in addresses:
        writer.writerow((address, _flag(True)))
    return buffer.getvalue()


def _defused(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def report_csv(rows: Iterable[ReportRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REPORT_HEADER)
    for row in rows:
        profile = f"https://twitter.com/{row.twitter_username}" if row.twitter_username else ""
        cells = (
            row.twitter_id,
            row.twitter_username or "",
            profile,
            row.address or "",
            row.confidence or "",
            row.status,
            row.reason,
            " | ".join(row.evidence),
            row.elsewhere,
        )
        writer.writerow(tuple(_defused(cell) for cell in cells))
    return buffer.getvalue()
