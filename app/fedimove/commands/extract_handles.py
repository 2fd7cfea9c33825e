"""`fedimove extract-handles [--json]`: the fediverse addresses in each line of stdin.

One output line per input line (addresses as `user@host`, host lowercased, separated by
spaces; an empty line when there are none), or with `--json` one JSON list per input line.
"""

from __future__ import annotations

import argparse
import io
import sys

from fedimove.commands._output import print_json
from fedimove.core.handles import addresses
from fedimove.i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract-handles",
        help=tr("CLI", "print the fediverse addresses found in each line of stdin"),
    )
    parser.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    found = []
    lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="")
    for line in lines:
        handles = [str(h) for h in addresses(line.rstrip("\r\n"))]
        if args.json:
            found.append(handles)
        else:
            print(" ".join(handles), flush=False)
    if args.json:
        print_json(found)
    return 0
