"""`fedimove block [--mutes] [--dry-run] [--yes]`: carry Twitter blocks (and mutes) over.

Blocks every account the user blocked on Twitter whose fediverse match is `confirmed` or
`likely` (or a `possible` one the user ticked in the review); with `--mutes`, mutes the muted
ones too, hiding their notifications as Twitter did. Paced and resumable like `follow`; never
follows anyone. `status --json` gains `blocked`, `muted` and `blocks_pending` (store/status).
"""

from __future__ import annotations

import argparse
import sys

from fedimove.commands._preconditions import require_import
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.moderation import Action, BlockNotConfirmed, ModerationState
from fedimove.core.relationships import FailReason
from fedimove.fediverse.errors import NotSignedIn
from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.moderation import ModerationJob, ModerationPlan, moderation_plan
from fedimove.store import mastodon_signin, workspace

_FAIL_LABELS = {
    FailReason.GONE: QT_TRANSLATE_NOOP("Block", "gone or suspended"),
    FailReason.NOT_FOUND: QT_TRANSLATE_NOOP("Block", "not found by your server"),
    FailReason.REFUSED: QT_TRANSLATE_NOOP("Block", "refused by your server"),
    FailReason.RETRIES_EXHAUSTED: QT_TRANSLATE_NOOP("Block", "the server kept failing"),
}
_OPEN = (ModerationState.PENDING.value, ModerationState.SENDING.value)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "block",
        help=tr("CLI", "block on Mastodon whom you blocked on Twitter (re-run to continue)"),
    )
    parser.add_argument("--mutes", action="store_true", help=tr("CLI", "also mute whom you muted"))
    parser.add_argument(
        "--dry-run", action="store_true", help=tr("CLI", "only print what would be done")
    )
    parser.add_argument("--yes", action="store_true", help=tr("CLI", "do not ask for confirmation"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    require_import()
    actions = (Action.BLOCK, Action.MUTE) if args.mutes else (Action.BLOCK,)
    conn = workspace.connect()
    try:
        plan = moderation_plan(conn)
        home = mastodon_signin.load_home(conn)
    finally:
        conn.close()
    _print_plan(plan, args.mutes)
    if args.dry_run:
        return 0
    if home is None:
        raise NotSignedIn()
    if not any(plan.count(a) for a in actions):
        print(tr("Block", "Nothing to block or mute."))
        return 0
    if not args.yes and not _confirmed(plan, actions):
        print(tr("Block", "Nothing was done."))
        return 1
    result = run_in_terminal(ModerationJob(actions))
    counts = result.counts
    print(
        tr(
            "Block",
            "Done: {blocked} blocked, {muted} muted, {already} already in place, "
            "{failed} failed, {pending} still waiting.",
        ).format(
            blocked=counts[(Action.BLOCK, ModerationState.DONE.value)],
            muted=counts[(Action.MUTE, ModerationState.DONE.value)],
            already=sum(counts[(a, ModerationState.ALREADY.value)] for a in actions),
            failed=sum(counts[(a, ModerationState.FAILED.value)] for a in actions),
            pending=sum(counts[(a, s)] for a in actions for s in _OPEN),
        )
    )
    for _action, address, reason, detail in result.failed:
        why = tr("Block", _FAIL_LABELS.get(reason, reason))
        print(f"  {address}: {why}" + (f" ({detail})" if detail else ""))
    return 0


def _print_plan(plan: ModerationPlan, mutes: bool) -> None:
    print(tr("Block", "  To block: {count}").format(count=plan.count(Action.BLOCK)))
    if mutes:
        print(tr("Block", "  To mute: {count}").format(count=plan.count(Action.MUTE)))
    if plan.unsure:
        print(
            tr(
                "Block",
                "  Left out: {count} (match only possible; tick them on the Migrate screen to "
                "include them)",
            ).format(count=plan.unsure)
        )


def _confirmed(plan: ModerationPlan, actions: tuple[Action, ...]) -> bool:
    if not sys.stdin.isatty():
        raise BlockNotConfirmed()
    question = tr("Block", "Block {blocks} and mute {mutes} accounts now? [y/N] ").format(
        blocks=plan.count(Action.BLOCK),
        mutes=plan.count(Action.MUTE) if Action.MUTE in actions else 0,
    )
    return input(question).strip().lower() in ("y", "yes", "o", "oui")
