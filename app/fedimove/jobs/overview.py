"""Reading what the workspace holds for the GUI, off its thread."""

from __future__ import annotations

from fedimove.core.graph import Profile
from fedimove.core.overview import Overview
from fedimove.core.wizard import ScanSummary
from fedimove.jobs.base import Job, JobContext
from fedimove.store import graph, status, workspace


class LoadOverview(Job[Overview]):
    """Every area's `status` fields, merged, as the sidebar and the pages need them."""

    def run(self, ctx: JobContext) -> Overview:
        conn = workspace.connect()
        try:
            return Overview(status.collect(conn))
        finally:
            conn.close()


class LoadFollowsPreview(Job[list[Profile]]):
    """A few of the accounts followed, so the user sees whose follows these are."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def run(self, ctx: JobContext) -> list[Profile]:
        conn = workspace.connect()
        try:
            return graph.following_preview(conn, self.limit)
        finally:
            conn.close()


def read_summary() -> ScanSummary:
    conn = workspace.connect()
    try:
        counts = graph.counts(conn)
        me = graph.load_me(conn)
        followers = status.graph_fields(conn)["followers"]
    finally:
        conn.close()
    return ScanSummary(
        following=counts.following,
        followers=followers,
        lists=counts.lists,
        resolved_usernames=counts.resolved_usernames,
        username=me.username if me else None,
        display_name=me.display_name if me else None,
    )


class ImportAndSummarize(Job[ScanSummary]):
    """Run an archive import, then read back what the workspace now holds for the summary."""

    def __init__(self, importer: Job[object]) -> None:
        self.importer = importer
        self.title = importer.title

    def run(self, ctx: JobContext) -> ScanSummary:
        self.importer.run(ctx)
        return read_summary()
