"""`fedimove match [--json]`: find each followed account's fediverse address, with evidence."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from fedimove.commands._output import print_json
from fedimove.commands._preconditions import require_import
from fedimove.core.match_labels import CONFIDENCE, EVIDENCE, unproven_note
from fedimove.core.matching import Confidence, EvidenceKind
from fedimove.i18n import tr
from fedimove.jobs.cli_runner import run_in_terminal
from fedimove.jobs.match import MatchJob
from fedimove.jobs.match_notice import unreachable_notice
from fedimove.store import elsewhere, graph, matches, workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "match",
        help=tr("CLI", "find the fediverse address of each account you follow, with evidence"),
    )
    parser.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    parser.add_argument(
        "--recheck", action="store_true", help=tr("CLI", "forget earlier results first")
    )
    parser.add_argument(
        "--unmatched",
        action="store_true",
        help=tr("CLI", "look again only for accounts without a match"),
    )
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help=tr("CLI", "do not look for same usernames on servers"),
    )
    parser.set_defaults(func=run)


def outside(conn: sqlite3.Connection, network: str) -> list[dict[str, Any]]:
    """Followed accounts on Bluesky or Threads whose account does not reach the fediverse."""
    result = []
    for item in elsewhere.of_followed(conn, network):
        profile = graph.profile(conn, item.account_id)
        username = profile.username if profile else None
        result.append({"account_id": item.account_id, "username": username, "handle": item.handle})
    return result


def report(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every chosen match, with the Twitter account it belongs to and its evidence.

    `avoided` says the user blocked or muted the account on Twitter (issue 15): matched so
    the block can be carried over, never followed."""
    rows = []
    avoided = graph.avoided_ids(conn)
    for row in matches.chosen_matches(conn):
        profile = graph.profile(conn, row.account_id)
        rows.append(
            {
                "avoided": row.account_id in avoided,
                "account_id": row.account_id,
                "username": profile.username if profile else None,
                "address": row.address,
                "confidence": row.confidence.value,
                "locked": row.locked,
                "moved_from": list(row.moved_from),
                "relationship": row.relationship,
                "review": row.review,
                "evidence": [
                    {"kind": e.kind.value, "source": e.source, "snippet": e.snippet}
                    for e in row.evidence
                ],
            }
        )
    return rows


def gone(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Accounts whose published address is suspended, deleted or moved away for good."""
    result = []
    for account_id, (outcome, reason) in sorted(matches.progress_of(conn).items()):
        if outcome == "gone":
            profile = graph.profile(conn, account_id)
            username = profile.username if profile else None
            result.append({"account_id": account_id, "username": username, "reason": reason})
    return result


def run(args: argparse.Namespace) -> int:
    require_import()
    job = MatchJob(
        recheck=args.recheck, only_unmatched=args.unmatched, probe=False if args.no_probe else None
    )
    summary = run_in_terminal(job, quiet=args.json, context="Match")
    conn = workspace.connect()
    try:
        follows = graph.counts(conn)
        counts = matches.counts(conn)
        rows = report(conn)
        departed = gone(conn)
        bluesky = outside(conn, elsewhere.BLUESKY)
        threads = outside(conn, elsewhere.THREADS_NETWORK)
    finally:
        conn.close()
    if args.json:
        print_json(
            {
                **counts,
                "known_by_number": follows.following - follows.resolved_usernames,
                "unreachable_hosts": summary.unreachable_hosts,
                "requests": summary.requests,
                "matches": rows,
                "gone": departed,
                "on_bluesky_not_bridged": bluesky,
                "on_threads_not_federated": threads,
            }
        )
        return 0
    for row in rows:
        who = f"@{row['username']}" if row["username"] else row["account_id"]
        level = tr("Match", CONFIDENCE[Confidence(row["confidence"])])
        reasons = "; ".join(
            tr("Match", EVIDENCE[EvidenceKind(kind)])
            for kind in sorted({e["kind"] for e in row["evidence"]})
            if kind != EvidenceKind.EXISTS
        )
        avoided = "  " + tr("Match", "[blocked or muted on Twitter]") if row["avoided"] else ""
        said = tr("Match", "%1: %2").replace("%1", level).replace("%2", reasons)
        print(f"{who} → {row['address']}  ({said}){avoided}")
        note = unproven_note(e["kind"] for e in row["evidence"])
        if note:
            print("    " + tr("Match", note).replace("{username}", row["username"] or "?"))
    for item in departed:
        who = f"@{item['username']}" if item["username"] else item["account_id"]
        print(tr("Match", "{who}: gone ({reason})").format(who=who, reason=item["reason"]))
    for item in bluesky:
        who = f"@{item['username']}" if item["username"] else item["account_id"]
        print(
            tr("Match", "{who}: on Bluesky as {handle}, not bridged to the fediverse").format(
                who=who, handle=item["handle"]
            )
        )
    for item in threads:
        who = f"@{item['username']}" if item["username"] else item["account_id"]
        print(
            tr("Match", "{who}: on Threads as @{handle}, not shared with the fediverse").format(
                who=who, handle=item["handle"]
            )
        )
    matched = counts["matched"]
    print(
        tr(
            "Match",
            "Matched: {confirmed} confirmed, {likely} likely, {possible} possible; "
            "{unmatched} without an address.",
        ).format(unmatched=counts["unmatched"], **matched)
    )
    unchecked = int(counts["unchecked"])
    if unchecked == 1:
        print(tr("Match", "1 account could not be checked yet."))
    elif unchecked:
        print(tr("Match", "{count} accounts could not be checked yet.").format(count=unchecked))
    notice = unreachable_notice(summary)
    if notice:
        print(notice)
    _say_known_by_number(follows.following, follows.resolved_usernames)
    return 0


def _say_known_by_number(following: int, resolved: int) -> None:
    """Follows without a username cannot be looked up: say what reads their usernames."""
    unknown = following - resolved
    if unknown <= 0:
        return
    ways = tr(
        "Match",
        "Read them from x.com, import a browser recording, or use API keys: "
        "fedimove read-x, fedimove import-har FILE or fedimove twitter export.",
    )
    if unknown == following:
        print(tr("Match", "Your archive knows these accounts only by number.") + " " + ways)
    else:
        known = tr("Match", "Your archive knows {count} of these accounts only by number.")
        print(known.format(count=unknown) + " " + ways)
