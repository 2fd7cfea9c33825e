"""Loading the match review and saving the user's decisions, off the GUI thread."""

from __future__ import annotations

from fedimove.core.review import Confidence, Decision, ReviewRow, Standing
from fedimove.jobs.base import Job, JobContext
from fedimove.store import graph, review, workspace


class LoadReview(Job[list[ReviewRow]]):
    """One row per followed account, with its match, evidence, standing and decision."""

    def run(self, ctx: JobContext) -> list[ReviewRow]:
        conn = workspace.connect()
        try:
            known = review.decisions(conn)
            rows = []
            for profile in graph.following_profiles(conn):
                rows.append(
                    ReviewRow(
                        account_id=profile.id,
                        username=profile.username,
                        display_name=profile.display_name,
                        address=None,
                        confidence=Confidence.NONE,
                        standing=Standing.NOT_FOUND,
                        decision=review.decision_for(known, profile.id, None),
                    )
                )
            return rows
        finally:
            conn.close()


class SaveDecisions(Job[int]):
    """Write a batch of decisions in one transaction (select-all may touch thousands)."""

    def __init__(self, changes: list[tuple[str, str, Decision | None]]) -> None:
        self.changes = changes

    def run(self, ctx: JobContext) -> int:
        conn = workspace.connect()
        try:
            with workspace.transaction(conn):
                review.save(conn, self.changes)
        finally:
            conn.close()
        return len(self.changes)
