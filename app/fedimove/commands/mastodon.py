"""`fedimove mastodon login --instance URL [--token-stdin]` and `fedimove logout mastodon`."""

from __future__ import annotations

import argparse
import sys
import threading
import webbrowser

from fedimove.commands._output import print_json
from fedimove.core.home_account import HomeAccount
from fedimove.fediverse import signin
from fedimove.fediverse.errors import SignInFailed
from fedimove.i18n import tr
from fedimove.store.status import account_fields

logout_target = "mastodon"
WAIT_SECONDS = 15 * 60


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("mastodon", help=tr("CLI", "sign in to your Mastodon server"))
    verbs = parser.add_subparsers(dest="mastodon_command", metavar="COMMAND")
    login = verbs.add_parser("login", help=tr("CLI", "sign in (in your browser, or with a token)"))
    login.add_argument(
        "--instance", required=True, help=tr("CLI", "your server, e.g. mastodon.social")
    )
    login.add_argument(
        "--token-stdin",
        action="store_true",
        help=tr("CLI", "read an existing access token from stdin"),
    )
    login.add_argument(
        "--no-browser", action="store_true", help=tr("CLI", "do not open a browser; paste the code")
    )
    login.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    login.set_defaults(func=run_login)
    parser.set_defaults(func=lambda _args: parser.print_help() or 2)


def run_login(args: argparse.Namespace) -> int:
    if args.token_stdin:
        home = signin.login_with_token(args.instance, sys.stdin.readline())
    else:
        home = _browser_login(args.instance, open_browser=not args.no_browser)
    if args.json:
        print_json(account_fields(home))
    else:
        print(tr("Mastodon", "Signed in as @{address}.").format(address=home.address))
    return 0


def _browser_login(instance: str, open_browser: bool) -> HomeAccount:
    flow = signin.LoginFlow(instance, translate=tr)
    try:
        url = flow.start()
        opened = open_browser and webbrowser.open(url)
        if opened:
            _say(
                tr("Mastodon", "Your browser is opening to sign in to {instance}.").format(
                    instance=flow.instance_url
                )
            )
        _say(
            tr(
                "Mastodon",
                "If the browser does not come back to Fedimove, open this address, sign in, "
                "and paste the code the server shows here:",
            )
        )
        _say(flow.paste_url)
        if not opened or sys.stdin.isatty():
            threading.Thread(target=_read_pasted_code, args=(flow,), daemon=True).start()
        received = flow.wait_for_code(WAIT_SECONDS)
        if received is None:
            raise SignInFailed(
                tr("Mastodon", "no answer from the browser"), instance=flow.instance_url
            )
        return flow.finish(*received)
    finally:
        flow.close()


def _read_pasted_code(flow: signin.LoginFlow) -> None:
    line = sys.stdin.readline()
    if line:
        flow.submit_code(line)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def logout(args: argparse.Namespace) -> int:
    del args
    home, revoked = signin.logout()
    if home is None:
        print(tr("Mastodon", "Not signed in to Mastodon."))
    elif revoked:
        print(
            tr("Mastodon", "Signed out of {address}; the server revoked the access.").format(
                address=home.address
            )
        )
    else:
        print(
            tr(
                "Mastodon",
                "Signed out of {address} on this computer. The server could not be told: "
                "remove Fedimove from its settings (Account › Authorized apps) if you wish.",
            ).format(address=home.address)
        )
    return 0
