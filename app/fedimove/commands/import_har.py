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
from fedimove.jobs.xweb_har import HarSummary, ImportHarJob


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-har",
        help="read follows, followers and lists from a browser recording (HAR) of x.com",
    )
    parser.add_argument("path", metavar="PATH", help="the .har file the browser saved")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    summary = run_in_terminal(ImportHarJob(args.path), quiet=args.json)
    if args.json:
        print_json(summary.to_json())
    else:
        print_lines(summary_lines(summary))
    return 0


def summary_lines(summary: HarSummary) -> list[str]:
    """What the recording gave, and for each incomplete read what completes it."""
    name = summary.account.username or summary.account.id if summary.account else "?"
    lines = [
        tr("XWeb", "Recording of @{name}. Pages read: {pages}.").format(
            name=name, pages=summary.pages
        )
    ]
    for target in ("following", "followers"):
        if target in summary.total:
            lines.append(
                read_line(
                    target,
                    summary.total[target],
                    summary.expected.get(target),
                    target in summary.complete,
                )
            )
    if summary.lists and "lists" in summary.complete:
        lines.append(
            tr("XWeb", "Lists: {count}, with all their members.").format(count=summary.lists)
        )
    elif summary.lists:
        lines.append(
            tr(
                "XWeb",
                "Lists: {count}. Open each list's Members page and scroll to its end to read "
                "all the members.",
            ).format(count=summary.lists)
        )
    return lines


def read_line(target: str, count: int, expected: int | None, complete: bool) -> str:
    """ "612 of 640 follows read — scroll to the end and save again to complete"."""
    following = target == "following"
    if complete:
        text = (
            tr("XWeb", "{count} follows read, complete.")
            if following
            else tr("XWeb", "{count} followers read, complete.")
        )
    elif expected:
        text = (
            tr(
                "XWeb",
                "{count} of {expected} follows read — scroll to the end and save again to "
                "complete.",
            )
            if following
            else tr(
                "XWeb",
                "{count} of {expected} followers read — scroll to the end and save again to "
                "complete.",
            )
        )
    else:
        text = (
            tr("XWeb", "{count} follows read — scroll to the end and save again to complete.")
            if following
            else tr(
                "XWeb", "{count} followers read — scroll to the end and save again to complete."
            )
        )
    return text.format(count=count, expected=expected)
