"""`fedimove import-har PATH [--json]`: follows, followers and lists from a browser recording.

For people whose sign-in the embedded x.com window cannot do (Google and Apple refuse embedded
browsers) or who will not sign in inside another app: their own browser saves what x.com's
pages loaded, and the same reader as the window takes it from there.
"""

from __future__ import annotations

import argparse

from fedimove.commands._output import print_json, print_lines
from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.xweb_har import ImportHarJob, summary_lines


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-har",
        help=tr("CLI", "read follows, followers and lists from a browser recording (HAR) of x.com"),
    )
    parser.add_argument("path", metavar="PATH", help=tr("CLI", "the .har file the browser saved"))
    parser.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    summary = run_in_terminal(ImportHarJob(args.path), quiet=args.json)
    if args.json:
        print_json(summary.to_json())
    else:
        print_lines(summary_lines(summary))
    return 0
