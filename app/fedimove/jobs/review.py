"""Loading the match review and saving the user's decisions, off the GUI thread.

A row joins what three areas keep: the Twitter follows (graph), the chosen match with its
evidence and the user's review (matching), and what the follow queue did (migration).
"""

from __future__ import annotations

import sqlite3

from fedimove.core.graph import Profile
from fedimove.core.relationships import QueueState
from fedimove.core.review import (
    NETWORK_STANDING,
    Confidence,
    Decision,
    Evidence,
    Place,
    ReviewRow,
    Standing,
)
from fedimove.jobs.base import Job, JobContext
from fedimove.store import elsewhere, follow_queue, graph, matches, workspace
from fedimove.store.matches import MatchRow

QUEUE_STANDING = {
    QueueState.FOLLOWED: Standing.FOLLOWED,
    QueueState.REQUESTED: Standing.REQUESTED,
    QueueState.ALREADY: Standing.ALREADY_FOLLOWED,
    QueueState.FAILED: Standing.FAILED,
}
# What matching recorded for an account without a match; no record: never searched.
OUTCOME_STANDING = {
    "": Standing.NOT_SEARCHED,
    "gone": Standing.GONE,
    "unchecked": Standing.UNCHECKED,
}
RELATIONSHIP_STANDING = {"following": Standing.ALREADY_FOLLOWED, "requested": Standing.REQUESTED}


class LoadReview(Job[list[ReviewRow]]):
    """One row per followed account, with its match, evidence, standing and decision."""

    def run(self, ctx: JobContext) -> list[ReviewRow]:
        conn = workspace.connect()
        try:
            return _rows(conn)
        finally:
            conn.close()


def _rows(conn: sqlite3.Connection) -> list[ReviewRow]:
    chosen = {m.account_id: m for m in matches.chosen_matches(conn)}
    rejected = {
        row["account_id"]: (row["address"], Confidence(row["confidence"]))
        for row in conn.execute(
            "SELECT account_id, address, confidence FROM matches WHERE review = 'rejected'"
            " AND account_id NOT IN (SELECT account_id FROM matches WHERE chosen = 1)"
        )
    }
    progress = matches.progress_of(conn)
    outside: dict[str, tuple[Place, ...]] = {}
    for item in elsewhere.of_followed(conn):
        outside[item.account_id] = (*outside.get(item.account_id, ()), (item.network, item.handle))
    queue = {row.address.lower(): row.state for row in follow_queue.rows(conn)}
    rows = []
    for profile in graph.following_profiles(conn):
        match = chosen.get(profile.id)
        places = outside.get(profile.id, ())
        if match is not None:
            rows.append(_matched(profile, match, queue.get(match.address.lower()), places))
        elif profile.id in rejected:
            address, confidence = rejected[profile.id]
            rows.append(_row(profile, address, confidence, Standing.TO_FOLLOW, places))
            rows[-1].decision = Decision.REJECT
        elif places:
            standing = NETWORK_STANDING[places[0][0]]
            rows.append(_row(profile, None, Confidence.NONE, standing, places))
        else:
            outcome = progress.get(profile.id, ("", ""))[0]
            standing = OUTCOME_STANDING.get(outcome, Standing.NOT_FOUND)
            rows.append(_row(profile, None, Confidence.NONE, standing))
    return rows


def _row(
    profile: Profile,
    address: str | None,
    confidence: Confidence,
    standing: Standing,
    places: tuple[Place, ...] = (),
) -> ReviewRow:
    return ReviewRow(
        account_id=profile.id,
        username=profile.username,
        display_name=profile.display_name,
        address=address,
        confidence=confidence,
        standing=standing,
        places=places,
        bio=profile.bio,
        twitter_avatar=profile.avatar_url,
        twitter_since=profile.created_at,
    )


def _matched(
    profile: Profile, match: MatchRow, queued: QueueState | None, places: tuple[Place, ...]
) -> ReviewRow:
    standing = Standing.MOVED if match.moved_from else Standing.TO_FOLLOW
    standing = RELATIONSHIP_STANDING.get(match.relationship or "", standing)
    standing = QUEUE_STANDING.get(queued, standing) if queued else standing
    row = _row(profile, match.address, Confidence(match.confidence.value), standing, places)
    row.display_name = profile.display_name or match.display_name or None
    row.profile_url = match.profile_url or None
    row.fediverse_name = match.display_name or None
    row.fediverse_avatar = match.avatar_url or None
    row.fediverse_since = match.created_at or None
    row.fediverse_bio = match.note or None
    row.evidence = tuple(Evidence(e.kind.value, e.source, e.snippet) for e in match.evidence)
    row.decision = Decision(match.review) if match.review in ("accepted", "rejected") else None
    return row


class SaveDecisions(Job[int]):
    """Write a batch of decisions in one transaction (select-all may touch thousands)."""

    def __init__(self, changes: list[tuple[str, str, Decision | None]]) -> None:
        self.changes = changes

    def run(self, ctx: JobContext) -> int:
        conn = workspace.connect()
        try:
            with workspace.transaction(conn):
                for account_id, address, decision in self.changes:
                    review = decision.value if decision else None
                    matches.set_review(conn, account_id, address, review)
        finally:
            conn.close()
        return len(self.changes)
