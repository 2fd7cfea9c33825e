"""`fedimove status [--json]`: what the workspace holds, gathered from every area
(`store.status`)."""

from __future__ import annotations

import argparse

from fedimove.commands._output import print_json, print_lines
from fedimove.commands._status_words import sentences
from fedimove.i18n import tr
from fedimove.store import workspace
from fedimove.store.status import collect


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("status", help=tr("CLI", "show what the workspace holds"))
    parser.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    conn = workspace.connect()
    try:
        data = collect(conn)
    finally:
        conn.close()
    if args.json:
        print_json(data)
        return 0
    print_lines(sentences(data))
    return 0
