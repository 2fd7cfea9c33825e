"""`fedimove export-csv DIR`: Mastodon's import files (no daily limit) and a full report."""

from __future__ import annotations

import argparse
from pathlib import Path

from fedimove.commands._preconditions import require_import
from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.export_csv import ExportCsvJob, upload_instructions


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export-csv", help=tr("CLI", "write Mastodon's import files and a report of every account")
    )
    parser.add_argument(
        "directory", metavar="DIR", type=Path, help=tr("CLI", "folder to write into")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    require_import()
    result = run_in_terminal(ExportCsvJob(args.directory), quiet=True)
    for line in upload_instructions(result):
        print(line)
    return 0
