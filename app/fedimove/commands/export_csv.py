"""`fedimove export-csv DIR`: Mastodon's import files (no daily limit) and a full report."""

from __future__ import annotations

import argparse
from pathlib import Path

from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.export_csv import ExportCsvJob, ExportResult


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export-csv", help="write Mastodon's import files and a report of every account"
    )
    parser.add_argument("directory", metavar="DIR", type=Path, help="folder to write into")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = run_in_terminal(ExportCsvJob(args.directory), quiet=True)
    for line in upload_instructions(result):
        print(line)
    return 0


def upload_instructions(result: ExportResult) -> list[str]:
    """What to upload where: the same words the GUI shows."""
    where = result.import_url or tr("Export", "your server's Settings › Import and export › Import")
    lines = [
        tr("Export", "Wrote {path} ({count} accounts to follow).").format(
            path=result.following, count=result.follow_count
        ),
        tr("Export", "Wrote {path} ({count} list memberships).").format(
            path=result.lists, count=result.list_rows
        ),
        tr("Export", "Wrote {path} (what happened to each of your {count} accounts).").format(
            path=result.report, count=result.report_rows
        ),
        tr("Export", "To follow everyone without the daily limit, open {where}:").format(
            where=where
        ),
        tr(
            "Export",
            "  1. Import type 'Following list', file {name}, mode 'Merge' (not 'Overwrite', "
            "which would unfollow everyone else).",
        ).format(name=result.following.name),
    ]
    if result.list_rows:
        lines.append(
            tr("Export", "  2. Then import type 'Lists', file {name}, mode 'Merge'.").format(
                name=result.lists.name
            )
        )
    lines.extend(_moderation_lines(result))
    return lines


def _moderation_lines(result: ExportResult) -> list[str]:
    """Where the block and mute files go, when there are any."""
    lines = []
    if result.blocked is not None:
        lines.append(
            tr("Export", "Wrote {path} ({count} accounts to block).").format(
                path=result.blocked, count=result.block_count
            )
        )
        lines.append(
            tr("Export", "  Import type 'Blocking list', file {name}, mode 'Merge'.").format(
                name=result.blocked.name
            )
        )
    if result.muted is not None:
        lines.append(
            tr("Export", "Wrote {path} ({count} accounts to mute).").format(
                path=result.muted, count=result.mute_count
            )
        )
        lines.append(
            tr("Export", "  Import type 'Muting list', file {name}, mode 'Merge'.").format(
                name=result.muted.name
            )
        )
    return lines
