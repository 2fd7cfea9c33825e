"""What the plan is built from: followed accounts with their chosen match, and the lists.

Accounts also blocked or muted on Twitter are marked, so the plan leaves them out (issue 15).

Matching (issue 3) keeps one chosen match per account (`store.matches`): the user's accepted
one, else the surest not rejected. An account whose every match the user rejected is kept as
rejected, so the report can say so.
"""

from __future__ import annotations

import sqlite3

from fedimove.core.graph import EdgeKind, ListRelation
from fedimove.core.matching import Evidence
from fedimove.core.moderation import Action, Target
from fedimove.core.plan import Candidate, ListSource
from fedimove.store import graph, matches

_FOLLOWED = ("following", "requested")
# A match's absence as the plan tells it: no record means matching never looked.
_SEARCHED = {"": "not_searched", "unchecked": "unchecked"}


def candidates(conn: sqlite3.Connection) -> list[Candidate]:
    """Every account the user follows on Twitter, with its best match when there is one."""
    chosen = {row.account_id: row for row in matches.chosen_matches(conn)}
    rejected = {
        row["account_id"]: row["address"]
        for row in conn.execute("SELECT account_id, address FROM matches WHERE review = 'rejected'")
    }
    outcomes = matches.progress_of(conn)
    avoided = graph.avoided_ids(conn)
    found = []
    for profile in graph.following_profiles(conn):
        match = chosen.get(profile.id)
        outcome, _reason = outcomes.get(profile.id, ("", ""))
        if match is None:
            found.append(
                Candidate(
                    profile.id,
                    profile.username,
                    rejected.get(profile.id),
                    rejected=profile.id in rejected,
                    gone=outcome == "gone",
                    blocked=profile.id in avoided,
                    searched=_SEARCHED.get(outcome, "unmatched"),
                )
            )
            continue
        found.append(
            Candidate(
                profile.id,
                profile.username,
                match.address,
                match.confidence.value,
                home_account_id=match.home_id,
                locked=match.locked,
                already_following=match.relationship in _FOLLOWED,
                picked=match.review == "accepted",
                blocked=profile.id in avoided,
            )
        )
    return found


def moderation_targets(conn: sqlite3.Connection) -> list[Target]:
    """Every blocked or muted Twitter account with a chosen match, once per action."""
    chosen = {row.account_id: row for row in matches.chosen_matches(conn)}
    found = []
    for row in conn.execute(
        "SELECT DISTINCT kind, account_id FROM edges WHERE kind IN ('block', 'mute')"
        " ORDER BY kind, account_id"
    ):
        match = chosen.get(row["account_id"])
        if match is not None:
            found.append(
                Target(
                    match.account_id,
                    match.address,
                    match.confidence.value,
                    Action.BLOCK if row["kind"] == EdgeKind.BLOCK else Action.MUTE,
                    picked=match.review == "accepted",
                )
            )
    return found


def evidence(conn: sqlite3.Connection) -> dict[str, tuple[Evidence, ...]]:
    """The chosen match's evidence per Twitter account id (for the report)."""
    return {row.account_id: row.evidence for row in matches.chosen_matches(conn)}


def list_sources(conn: sqlite3.Connection) -> list[ListSource]:
    """Lists the user made on Twitter and whose members are known."""
    return [
        ListSource(item.key, item.name or item.key, item.members)
        for item in graph.lists(conn)
        if item.relation == ListRelation.CREATED and item.members
    ]
