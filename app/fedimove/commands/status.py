"""`fedimove status [--json]`: what the workspace holds, gathered from every area
(`store.status`)."""

from __future__ import annotations

import argparse

from fedimove.commands._output import print_json
from fedimove.i18n import tr
from fedimove.store import workspace
from fedimove.store.status import collect


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("status", help="show what the workspace holds")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
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
    account = data.get("account")
    if account:
        print(tr("Status", "Account: @{username} ({id})").format(**account))
    else:
        print(tr("Status", "Nothing imported yet. Start with: fedimove import-archive PATH"))
    for key, value in data.items():
        if key != "account" and not isinstance(value, dict):
            print(f"{key}: {value}")
        elif isinstance(value, dict) and key != "account":
            print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in value.items()))
    return 0
