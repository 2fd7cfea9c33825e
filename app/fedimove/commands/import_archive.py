"""`fedimove import-archive PATH [--json]`: read a Twitter data archive into the workspace."""

from __future__ import annotations

import argparse

from fedimove.commands._output import print_json, print_lines
from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.import_archive import ImportArchiveJob, ImportSummary


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-archive",
        help=tr("CLI", "read a Twitter data archive (the ZIP or its unzipped folder)"),
    )
    parser.add_argument(
        "path", metavar="PATH", help=tr("CLI", "the archive ZIP or its unzipped folder")
    )
    parser.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    parser.add_argument(
        "--replace",
        action="store_true",
        help=tr("CLI", "the archive is another account's: replace everything the workspace holds"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    job = ImportArchiveJob(args.path, replace=args.replace)
    summary = run_in_terminal(job, quiet=args.json)
    if args.json:
        print_json(summary.to_json())
    else:
        print_lines(summary_lines(summary))
    return 0


def summary_lines(summary: ImportSummary) -> list[str]:
    """The short account of an import a person reads after it finishes."""
    lines = []
    if summary.account:
        name = summary.account.username or summary.account.id
        lines.append(tr("ImportArchive", "Archive of @{name} imported.").format(name=name))
    else:
        lines.append(tr("ImportArchive", "Archive imported."))
    absent = tr("ImportArchive", "not in this archive")
    lines.append(
        tr("ImportArchive", "Follows: {following}, followers: {followers}, lists: {lists}.").format(
            following=summary.following,
            followers=absent if summary.followers is None else summary.followers,
            lists=summary.lists,
        )
    )
    lines.append(
        tr(
            "ImportArchive",
            "Usernames recovered from your tweets: {found} accounts, {resolved} of the accounts "
            "you follow.",
        ).format(found=summary.usernames_recovered, resolved=summary.resolved_usernames)
    )
    previous = summary.previous_account
    if previous is not None:
        lines.append(
            tr(
                "ImportArchive",
                "Everything Fedimove held of @{previous} was replaced by this archive.",
            ).format(previous=previous.username or previous.id)
        )
    if summary.layout == "grailbird-2013":
        lines.append(
            tr(
                "ImportArchive",
                "This is a 2013 archive: it holds tweets but no follows or lists. Request a new "
                "archive from Twitter/X to get them.",
            )
        )
    elif summary.missing_files:
        lines.append(
            tr("ImportArchive", "Not in this archive: {files}.").format(
                files=", ".join(summary.missing_files[:5])
                + ("…" if len(summary.missing_files) > 5 else "")
            )
        )
    return lines
