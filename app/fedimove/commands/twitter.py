"""`fedimove twitter login|check|export` and `fedimove logout twitter`.

Contract (scripts call these exactly): `twitter login --keys-stdin` reads JSON
(`consumer_key`, `consumer_secret`, `access_token`, `access_token_secret`, or `bearer_token`);
`twitter check [--json]` prints `status`, `message`, `capabilities` and exits 0 when follows
can be read, 3 when access is cut or insufficient, 1 on other errors; `twitter export
[--json]` exits 0 only when the export is complete.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from fedimove.commands._output import print_json
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_access import AccessStatus, Capability, Finding, Reason
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_diagnosis import Diagnosis
from fedimove.core.twitter_errors import NotSignedIn, TwitterAccessError
from fedimove.core.twitter_messages import render_finding
from fedimove.i18n import tr

logout_target = "twitter"

CAP_STOP = QT_TRANSLATE_NOOP(
    "TwitterExport",
    "Stopped at your cost cap ({cap}): what was read is kept. Raise the cap (--max-cost) and "
    "run the export again to continue.",
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "TwitterExport",
    "The export is not complete yet: what was read is kept, and the next run continues "
    "where this one stopped.",
)
COMPLETE = QT_TRANSLATE_NOOP(
    "TwitterExport",
    "Export complete: {following} follows, {lists} lists, {hydrated} profiles filled in. "
    "Estimated cost: {spent} {currency}.",
)
SAVED = QT_TRANSLATE_NOOP(
    "TwitterAccess", "Twitter keys saved in the system keyring. Next: fedimove twitter check"
)
LOGGED_OUT = QT_TRANSLATE_NOOP(
    "TwitterAccess", "Twitter keys removed from the keyring and from this computer."
)
PIN_OPEN = QT_TRANSLATE_NOOP(
    "TwitterAccess", "Open this address, approve Fedimove, then type the PIN shown:"
)
NEXT_STEP = QT_TRANSLATE_NOOP("TwitterAccess", "Next step: {step}")
CAPABILITY_NAMES = {
    Capability.ME: QT_TRANSLATE_NOOP("TwitterAccess", "your account"),
    Capability.FOLLOWS: QT_TRANSLATE_NOOP("TwitterAccess", "your follows"),
    Capability.USERS_LOOKUP: QT_TRANSLATE_NOOP("TwitterAccess", "profiles by id"),
    Capability.OWNED_LISTS: QT_TRANSLATE_NOOP("TwitterAccess", "your lists"),
    Capability.FOLLOWED_LISTS: QT_TRANSLATE_NOOP("TwitterAccess", "lists you follow"),
    Capability.LIST_MEMBERS: QT_TRANSLATE_NOOP("TwitterAccess", "list members"),
}
WORKS = QT_TRANSLATE_NOOP("TwitterAccess", "works (API {route})")
FAILS = QT_TRANSLATE_NOOP("TwitterAccess", "not available ({status})")
UNTESTED = QT_TRANSLATE_NOOP("TwitterAccess", "not tested")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "twitter", help=tr("CLI", "Twitter/X API access: sign in, check, export")
    )
    verbs = parser.add_subparsers(dest="twitter_command", metavar="VERB", required=True)

    login = verbs.add_parser(
        "login", help=tr("CLI", "save Twitter/X API keys in the system keyring")
    )
    how = login.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--keys-stdin",
        action="store_true",
        help=tr(
            "CLI",
            "read JSON keys from stdin: consumer_key, consumer_secret, access_token, "
            "access_token_secret, or bearer_token",
        ),
    )
    how.add_argument(
        "--pin",
        action="store_true",
        help=tr(
            "CLI",
            "sign in in the browser with a PIN; reads consumer_key and consumer_secret as "
            "JSON from the first line of stdin, then the PIN",
        ),
    )
    login.set_defaults(func=run_login)

    check = verbs.add_parser("check", help=tr("CLI", "say what API access is left, in plain words"))
    check.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    check.set_defaults(func=run_check)

    export = verbs.add_parser("export", help=tr("CLI", "export follows and lists through the API"))
    export.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    export.add_argument(
        "--max-cost",
        type=float,
        metavar="AMOUNT",
        help=tr("CLI", "stop before reads cost more than this"),
    )
    export.add_argument(
        "--no-cost-cap", action="store_true", help=tr("CLI", "do not stop at any cost")
    )
    export.add_argument(
        "--estimate",
        action="store_true",
        help=tr("CLI", "only print what the export may cost (one cheap read), without exporting"),
    )
    export.add_argument(
        "--no-wait",
        action="store_true",
        help=tr("CLI", "stop at a rate limit instead of waiting (the next run continues)"),
    )
    export.set_defaults(func=run_export)


# --- login / logout ---------------------------------------------------------------------


def run_login(args: argparse.Namespace) -> int:
    from fedimove.store import twitter_state

    credentials = _pin_login() if args.pin else TwitterCredentials.from_json(sys.stdin.read())
    twitter_state.save_credentials(credentials)
    print(tr("TwitterAccess", SAVED))
    return 0


def _pin_login() -> TwitterCredentials:
    from fedimove.sources.twitter_api.pin_login import PinLogin
    from fedimove.store import twitter_state, workspace

    app = _json_line(sys.stdin.readline())
    consumer_key = str(app.get("consumer_key") or "")
    conn = workspace.connect()
    try:
        worked = twitter_state.app_worked_before(conn, consumer_key)
    finally:
        conn.close()
    flow = PinLogin(consumer_key, str(app.get("consumer_secret") or ""), worked_before=worked)
    url = flow.start()
    print(tr("TwitterAccess", PIN_OPEN), file=sys.stderr)
    print(url)
    sys.stdout.flush()
    return flow.finish(sys.stdin.readline().strip())


def _json_line(line: str) -> dict[str, Any]:
    import json

    from fedimove.core.twitter_errors import CredentialsInputError

    try:
        data = json.loads(line)
    except ValueError:
        raise CredentialsInputError("not valid JSON") from None
    if not isinstance(data, dict):
        raise CredentialsInputError("not a JSON object")
    return data


def logout(args: argparse.Namespace) -> int:
    del args
    from fedimove.store import twitter_state

    twitter_state.delete_credentials()
    print(tr("TwitterAccess", LOGGED_OUT))
    return 0


# --- check --------------------------------------------------------------------------------


def _format_time(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%H:%M")


def _translate(context: str, text: str) -> str:
    return tr(context, text)


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def capabilities_json(diagnosis: Diagnosis) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for capability in Capability:
        result = diagnosis.capabilities.get(capability)
        finding = result.finding if result else None
        data[capability.value] = {
            "available": bool(result and result.available),
            "route": result.route.value if result and result.route else None,
            "status": finding.status.value if finding else None,
            "reason": (finding.reason.value or None) if finding else None,
        }
    return data


def finding_json(finding: Finding) -> dict[str, Any]:
    message, next_step = render_finding(finding, _translate, _format_time)
    return {
        "status": finding.status.value,
        "reason": finding.reason.value or None,
        "message": message,
        "next_step": next_step,
        "retry_at": _iso(finding.retry_at),
    }


def run_check(args: argparse.Namespace) -> int:
    from fedimove.jobs.cli_runner import run_in_terminal
    from fedimove.jobs.twitter_check import CheckAccessJob

    try:
        diagnosis = run_in_terminal(CheckAccessJob(), quiet=args.json)
    except TwitterAccessError as error:
        diagnosis = Diagnosis(error.finding)
    except NotSignedIn:
        diagnosis = Diagnosis(Finding(AccessStatus.TOKEN_INVALID, Reason.NOT_SIGNED_IN))
    data = {
        **finding_json(diagnosis.finding),
        "capabilities": capabilities_json(diagnosis),
        "username": diagnosis.username,
        "can_read_follows": diagnosis.can_read_follows,
    }
    if args.json:
        print_json(data)
    else:
        _print_check(data)
    return diagnosis.exit_code


def _print_check(data: dict[str, Any]) -> None:
    print(data["message"])
    print(tr("TwitterAccess", NEXT_STEP).format(step=data["next_step"]))
    for capability in Capability:
        entry = data["capabilities"][capability.value]
        if entry["available"]:
            state = tr("TwitterAccess", WORKS).format(route=entry["route"])
        elif entry["status"]:
            state = tr("TwitterAccess", FAILS).format(status=entry["status"])
        else:
            state = tr("TwitterAccess", UNTESTED)
        print(f"  {tr('TwitterAccess', CAPABILITY_NAMES[capability])}: {state}")


# --- export -------------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    from fedimove.jobs.cli_runner import run_in_terminal
    from fedimove.jobs.twitter_export import COST_CAP_REACHED, ExportOptions, TwitterExportJob

    options = ExportOptions(max_cost=args.max_cost, no_cap=args.no_cost_cap, wait=not args.no_wait)
    if args.estimate:
        return _run_estimate(args)
    try:
        result = run_in_terminal(TwitterExportJob(options), quiet=args.json)
    except TwitterAccessError as error:
        data = {**finding_json(error.finding), "complete": False}
        _print_export(args, data)
        return error.exit_code
    estimate = result.estimate
    currency = estimate.prices.currency if estimate else "USD"
    data: dict[str, Any] = {
        "complete": result.complete,
        "following": result.following,
        "lists": result.lists,
        "hydrated": result.hydrated,
        "skipped_lists": result.skipped_lists,
        "estimated_cost": round(estimate.total, 4) if estimate else None,
        "spent": round(result.spent, 4),
        "cap": result.cap,
        "currency": currency,
        "prices_as_of": estimate.prices.as_of if estimate else None,
    }
    if result.stop is not None:
        data.update(finding_json(result.stop))
    elif result.stop_reason == COST_CAP_REACHED:
        data.update(
            status="cost_cap",
            reason=COST_CAP_REACHED,
            message=tr("TwitterExport", CAP_STOP).format(cap=f"{result.cap:.2f} {currency}"),
        )
    else:
        data.update(
            status=AccessStatus.OK.value,
            message=tr("TwitterExport", COMPLETE).format(
                following=result.following,
                lists=result.lists,
                hydrated=result.hydrated,
                spent=f"{result.spent:.2f}",
                currency=currency,
            ),
        )
    _print_export(args, data)
    if result.complete:
        return 0
    if result.stop is not None:
        return TwitterAccessError(result.stop).exit_code
    return 1


def _run_estimate(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from fedimove.jobs.cli_runner import run_in_terminal
    from fedimove.jobs.twitter_export import EstimateExportJob

    try:
        estimate = run_in_terminal(EstimateExportJob(), quiet=args.json)
    except TwitterAccessError as error:
        _print_export(args, {**finding_json(error.finding), "complete": False})
        return error.exit_code
    if args.json:
        print_json(
            {
                "estimated_cost": round(estimate.total, 4),
                "currency": estimate.prices.currency,
                "prices_as_of": estimate.prices.as_of,
                "counts": asdict(estimate.counts),
            }
        )
    return 0


def _print_export(args: argparse.Namespace, data: dict[str, Any]) -> None:
    if args.json:
        print_json(data)
        return
    print(data["message"])
    if data.get("next_step"):
        print(tr("TwitterAccess", NEXT_STEP).format(step=data["next_step"]))
    if not data["complete"]:
        print(tr("TwitterExport", INCOMPLETE))


# --- status -------------------------------------------------------------------------------
