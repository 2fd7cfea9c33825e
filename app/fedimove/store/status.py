"""What the workspace holds, area by area: the fields of `fedimove status`, the sidebar and
the pages (`jobs.overview`).

Read straight from the workspace, so the GUI and the status verb never import the CLI's
modules (nor, through them, every job and library they start).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from fedimove.core.home_account import HomeAccount
from fedimove.core.moderation import Action, ModerationState
from fedimove.core.relationships import QueueState
from fedimove.store import (
    elsewhere,
    follow_queue,
    graph,
    list_sync,
    mastodon_signin,
    matches,
    moderation_queue,
    twitter_state,
    xweb_runs,
)

Fields = dict[str, Any]


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def follow_fields(conn: sqlite3.Connection) -> Fields:
    counts = follow_queue.counts(conn)
    lists = list_sync.counts(conn)
    return {
        "followed": counts[QueueState.FOLLOWED],
        "requested": counts[QueueState.REQUESTED],
        "failed": counts[QueueState.FAILED],
        "pending": counts[QueueState.PENDING] + counts[QueueState.SENDING],
        "already_followed": counts[QueueState.ALREADY],
        "lists_recreated": lists["done"],
    }


def moderation_fields(conn: sqlite3.Connection) -> Fields:
    """`blocked`/`muted`: in place on the signed-in account (done by Fedimove or already);
    `blocks_pending`: blocks and mutes still queued (issue 15)."""
    counts = moderation_queue.counts(conn, mastodon_signin.home_key(conn))
    settled = (ModerationState.DONE.value, ModerationState.ALREADY.value)
    waiting = (ModerationState.PENDING.value, ModerationState.SENDING.value)
    return {
        "blocked": sum(counts[(Action.BLOCK, s)] for s in settled),
        "muted": sum(counts[(Action.MUTE, s)] for s in settled),
        "blocks_pending": sum(counts[(a, s)] for a in Action for s in waiting),
    }


def archive_fields(conn: sqlite3.Connection) -> Fields:
    row = _last_archive(conn)
    if row is None:
        return {}
    summary = json.loads(row["summary"] or "{}")
    return {
        "archive_import": {
            "path": row["location"],
            "finished_at": row["finished_at"],
            "tweets": summary.get("tweets", 0),
            "usernames_recovered": summary.get("usernames_recovered", 0),
        }
    }


def account_fields(home: HomeAccount) -> Fields:
    """The signed-in Mastodon account as `status` and `mastodon login --json` print it."""
    return {
        "instance": home.instance_url,
        "account_id": home.account_id,
        "acct": home.acct,
        "address": home.address,
        "software": home.software,
        "version": home.version,
    }


def mastodon_fields(conn: sqlite3.Connection) -> Fields:
    home = mastodon_signin.load_home(conn)
    return {"mastodon": account_fields(home) if home else None}


def match_fields(conn: sqlite3.Connection) -> Fields:
    outside = elsewhere.counts(conn)
    return {
        **matches.counts(conn),
        "on_bluesky_not_bridged": outside[elsewhere.BLUESKY],
        "on_threads_not_federated": outside[elsewhere.THREADS_NETWORK],
    }


def _last_archive(conn: sqlite3.Connection) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT location, finished_at, summary FROM imports WHERE source = 'archive'"
        " AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()


def _unless_missing(count: int, stem: str, missing: list[str]) -> int | None:
    """None (not in the archive) rather than 0, when the file is missing and nothing else told."""
    absent = any(name.rsplit("/", 1)[-1] == f"{stem}.js" for name in missing)
    return None if absent and count == 0 else count


def graph_fields(conn: sqlite3.Connection) -> Fields:
    counts = graph.counts(conn)
    me = graph.load_me(conn)
    row = _last_archive(conn)
    missing = list(json.loads(row["summary"] or "{}").get("missing_files") or []) if row else []
    fields: Fields = {
        "account": {"id": me.id, "username": me.username, "display_name": me.display_name}
        if me
        else None,
        "following": counts.following,
        "followers": _unless_missing(counts.followers, "follower", missing),
        "blocks": _unless_missing(counts.blocks, "block", missing),
        "mutes": _unless_missing(counts.mutes, "mute", missing),
        "lists": counts.lists,
        "lists_member_of": counts.lists_member_of,
        "resolved_usernames": counts.resolved_usernames,
        "missing_files": missing,
    }
    if me is None and row is None and not any(fields[key] for key in _GRAPH_COUNTS):
        # Nothing was ever read (no archive, no account, no follow from anywhere): these
        # are not known, which is not "nobody".
        fields.update(dict.fromkeys(_GRAPH_COUNTS))
    return fields


_GRAPH_COUNTS = (
    "following",
    "followers",
    "blocks",
    "mutes",
    "lists",
    "lists_member_of",
    "resolved_usernames",
)


def twitter_fields(conn: sqlite3.Connection) -> Fields:
    run = twitter_state.last_run(conn)
    return {
        "api_following": _count(
            conn, "SELECT count(*) FROM edges WHERE kind = 'following' AND source = 'api'"
        ),
        "api_lists": _count(conn, "SELECT count(*) FROM lists WHERE source = 'api'"),
        "api_export_complete": twitter_state.export_complete(conn),
        "api_export_spent": round(run["spent"], 4) if run else 0.0,
    }


def xweb_fields(conn: sqlite3.Connection) -> Fields:
    return {
        "xweb_following": _count(
            conn, "SELECT count(*) FROM edges WHERE kind = 'following' AND source = 'xweb'"
        ),
        "xweb_followers": _count(
            conn, "SELECT count(*) FROM edges WHERE kind = 'follower' AND source = 'xweb'"
        ),
        "xweb_lists": _count(conn, "SELECT count(*) FROM lists WHERE source = 'xweb'"),
        "xweb_complete": sorted(
            target for target in xweb_runs.last_complete(conn) if not target.startswith("list:")
        ),
    }


# In the order `fedimove status` has always printed them (its areas' names, sorted).
AREAS: tuple[Callable[[sqlite3.Connection], Fields], ...] = (
    moderation_fields,
    follow_fields,
    archive_fields,
    mastodon_fields,
    match_fields,
    graph_fields,
    twitter_fields,
    xweb_fields,
)


def collect(conn: sqlite3.Connection) -> Fields:
    """Every area's fields, merged."""
    data: Fields = {}
    for fields in AREAS:
        data.update(fields(conn))
    return data
