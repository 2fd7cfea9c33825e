"""`fedimove logout twitter|mastodon`: forget a sign-in (revoking it where the server allows).

Each area's command module that can sign out offers `logout_target = "name"` and
`logout(args) -> int`; this verb dispatches to them.
"""

from __future__ import annotations

import argparse
from types import ModuleType

from fedimove.commands import command_modules
from fedimove.i18n import tr


def _targets() -> dict[str, ModuleType]:
    return {
        module.logout_target: module
        for module in command_modules()
        if getattr(module, "logout_target", None)
    }


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("logout", help=tr("CLI", "forget a sign-in"))
    parser.add_argument(
        "target", choices=sorted(_targets()) or None, help=tr("CLI", "which sign-in")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return int(_targets()[args.target].logout(args) or 0)
