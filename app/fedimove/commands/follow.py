"""`fedimove follow [--lists] [--dry-run] [--min-confidence confirmed|likely|possible] [--yes]`.

Shows the plan, asks (or takes `--yes`), then follows, paced and resumable: running it again
continues where the last run stopped. `status --json` gains `followed`, `requested`, `failed`,
`pending`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from fedimove.commands._preconditions import require_import
from fedimove.core.follow_errors import NotConfirmed
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.match_labels import CONFIDENCE
from fedimove.core.matching import Confidence
from fedimove.core.plan import CONFIDENCES, DEFAULT_MIN_CONFIDENCE, SkipReason
from fedimove.core.relationships import QueueState
from fedimove.fediverse.errors import NotSignedIn
from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.follow import FollowJob, FollowSummary
from fedimove.jobs.plan import PlanJob, PlanSummary

_SKIP_LABELS = {
    SkipReason.UNMATCHED: QT_TRANSLATE_NOOP("Follow", "not found on the fediverse"),
    SkipReason.UNCHECKED: QT_TRANSLATE_NOOP("Follow", "could not be checked yet"),
    SkipReason.NOT_SEARCHED: QT_TRANSLATE_NOOP("Follow", "not searched yet"),
    SkipReason.LOW_CONFIDENCE: QT_TRANSLATE_NOOP("Follow", "match not sure enough"),
    SkipReason.REJECTED: QT_TRANSLATE_NOOP("Follow", "rejected by you"),
    SkipReason.GONE: QT_TRANSLATE_NOOP("Follow", "gone or suspended"),
    SkipReason.DUPLICATE: QT_TRANSLATE_NOOP("Follow", "same address as another account"),
    SkipReason.SELF: QT_TRANSLATE_NOOP("Follow", "your own account"),
    SkipReason.BLOCKED: QT_TRANSLATE_NOOP("Follow", "blocked or muted by you on Twitter"),
}
_FAIL_LABELS = {
    "moved": QT_TRANSLATE_NOOP("Follow", "moved"),
    "gone": QT_TRANSLATE_NOOP("Follow", "gone or suspended"),
    "not_found": QT_TRANSLATE_NOOP("Follow", "not found by your server"),
    "retries_exhausted": QT_TRANSLATE_NOOP("Follow", "the server kept failing"),
    "refused": QT_TRANSLATE_NOOP("Follow", "refused by your server"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "follow", help=tr("CLI", "follow your matched accounts on Mastodon (re-run to continue)")
    )
    parser.add_argument(
        "--lists", action="store_true", help=tr("CLI", "also recreate your Twitter lists")
    )
    parser.add_argument("--dry-run", action="store_true", help=tr("CLI", "only print the plan"))
    parser.add_argument(
        "--min-confidence",
        choices=CONFIDENCES,
        default=DEFAULT_MIN_CONFIDENCE,
        help=tr("CLI", "least sure match to follow (default: likely)"),
    )
    parser.add_argument("--yes", action="store_true", help=tr("CLI", "do not ask for confirmation"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    require_import()
    summary = run_in_terminal(PlanJob(args.min_confidence), quiet=True)
    print_plan(summary, args.lists)
    if args.dry_run:
        return 0
    if summary.home is None:
        raise NotSignedIn()
    if not summary.to_send and not (args.lists and summary.plan.lists):
        print(tr("Follow", "Nothing to follow."))
        return 0
    if not args.yes and not _confirmed(summary):
        print(tr("Follow", "Nothing was done."))
        return 1
    result = run_in_terminal(FollowJob(summary.plan, lists=args.lists))
    print_result(result, result.failed)
    return 0


def _confirmed(summary: PlanSummary) -> bool:
    if not sys.stdin.isatty():
        raise NotConfirmed()
    question = tr("Follow", "Start following now ({count} to follow)? [y/N] ").format(
        count=len(summary.to_send)
    )
    answer = input(question).strip().lower()
    return answer in ("y", "yes", "o", "oui")


def print_plan(summary: PlanSummary, with_lists: bool) -> None:
    plan, budget = summary.plan, summary.budget
    who = f"@{summary.home.address}" if summary.home else tr("Follow", "(not signed in)")
    print(
        tr("Follow", "Plan for {who} (least sure match followed: {level})").format(
            who=who, level=tr("Match", CONFIDENCE[Confidence(plan.min_confidence)])
        )
    )
    print(
        tr("Follow", "  To follow: {count} (of which {requests} as follow requests)").format(
            count=len(summary.to_send), requests=summary.request_count
        )
    )
    if plan.already:
        print(tr("Follow", "  Already followed: {count}").format(count=len(plan.already)))
    if with_lists:
        print(
            tr("Follow", "  Lists to recreate: {count} ({over} over the 50-list limit)").format(
                count=len(plan.lists), over=summary.lists_over_cap
            )
        )
    for reason, label in _SKIP_LABELS.items():
        count = plan.skipped_by(reason)
        if count:
            print(
                tr("Follow", "  Left out: {count} ({why})").format(
                    count=count, why=tr("Follow", label)
                )
            )
    print(tr("Follow", "  Today: {count} (the server allows 400 a day)").format(count=budget.today))
    if budget.finish_at is not None:
        print(tr("Follow", "  Everything done around {when}").format(when=_when(budget.finish_at)))
    if budget.later:
        print(
            tr(
                "Follow",
                "  Later: {count}, from {reset} (the daily limit resets at 00:00 UTC)",
            ).format(count=budget.later, reset=_when(budget.next_reset))
        )
        print(
            tr(
                "Follow",
                "  Faster: Mastodon's own import has no daily limit. Run "
                "'fedimove export-csv DIR' and upload the files on your server.",
            )
        )
    if budget.beyond_total_cap:
        print(
            tr("Follow", "  Beyond your server's total follow limit: {count}").format(
                count=budget.beyond_total_cap
            )
        )


def print_result(result: FollowSummary, failed: list[tuple[str, str, str]]) -> None:
    counts = result.counts
    print(
        tr(
            "Follow",
            "Done: {followed} followed, {requested} requested, {already} already followed, "
            "{failed} failed, {pending} still waiting.",
        ).format(
            followed=counts[QueueState.FOLLOWED],
            requested=counts[QueueState.REQUESTED],
            already=counts[QueueState.ALREADY],
            failed=counts[QueueState.FAILED],
            pending=counts[QueueState.PENDING] + counts[QueueState.SENDING],
        )
    )
    for address, reason, detail in failed:
        why = tr("Follow", _FAIL_LABELS.get(reason, reason))
        print(f"  {address}: {why}" + (f" ({detail})" if detail else ""))
    if any(result.lists.values()):
        print(
            tr("Follow", "Lists: {done} recreated, {skipped} not created (limit of 50).").format(
                done=result.lists["done"], skipped=result.lists["skipped"]
            )
        )


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
