"""Forgetting one Twitter account entirely, when the workspace is given another's archive.

A workspace holds one Twitter account: keeping the previous account's followers, texts or
matches next to the new one's would show and follow the wrong people. Everything that account
brought goes, in the caller's transaction (the import that replaces it): edges of every kind,
lists, texts, matches and their progress, resumable reads of its follows, and the follows not
sent yet. Follows already sent stay: they happened on the user's Mastodon account.
"""

from __future__ import annotations

import sqlite3

_SENT = "state NOT IN ('pending', 'sending')"
_FORGET = (
    "DELETE FROM edges",
    "DELETE FROM list_members",
    "DELETE FROM lists",
    "DELETE FROM account_texts",
    "DELETE FROM match_evidence",
    "DELETE FROM matches",
    "DELETE FROM match_progress",
    f"DELETE FROM follow_queue WHERE NOT ({_SENT})",
    "DELETE FROM list_sync WHERE mastodon_list_id IS NULL",
    "DELETE FROM twitter_export_seen",
    "DELETE FROM twitter_export_tasks",
    "DELETE FROM xweb_seen",
    "DELETE FROM xweb_runs",
    "DELETE FROM meta WHERE key LIKE 'me.%'",
)


def forget_account(conn: sqlite3.Connection) -> None:
    """Everything of the workspace's Twitter account but its profiles (see `drop_orphans`)."""
    for statement in _FORGET:
        conn.execute(statement)


def drop_orphans(conn: sqlite3.Connection) -> None:
    """Profiles nothing refers to any more: those only the forgotten account brought.

    Run after the new account is written, so profiles both accounts know keep what better
    sources (the API, x.com) told of them.
    """
    conn.execute(
        "DELETE FROM accounts WHERE id NOT IN (SELECT account_id FROM edges)"
        " AND id NOT IN (SELECT account_id FROM list_members)"
        " AND id NOT IN (SELECT account_id FROM account_texts)"
        f" AND id NOT IN (SELECT twitter_id FROM follow_queue WHERE {_SENT})"
        " AND id IS NOT (SELECT value FROM meta WHERE key = 'me.id')"
    )
