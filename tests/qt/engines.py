"""Stand-ins for engines in GUI tests: jobs with the real Job interface, driven by the test."""

from __future__ import annotations

import threading

from fedimove.core.errors import FedimoveError
from fedimove.core.graph import EdgeKind, Me, Profile
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.store import graph, workspace


class SmallImport(Job[None]):
    """Writes a tiny graph, reporting progress like a scan: 3 follows, 2 with usernames."""

    def __init__(self, path: str) -> None:
        self.path = path

    def run(self, ctx: JobContext) -> None:
        for done in range(0, 101, 25):
            ctx.checkpoint()
            ctx.progress(Progress(done, 100))
        conn = workspace.connect()
        try:
            with workspace.transaction(conn):
                graph.save_me(conn, Me("1", "ada", "Ada"))
                graph.upsert_profiles(conn, [Profile("10", "bob"), Profile("11", "cy")])
                graph.replace_edges(conn, EdgeKind.FOLLOWING, "archive", ["10", "11", "12"])
                graph.replace_edges(conn, EdgeKind.FOLLOWER, "archive", ["10"])
        finally:
            conn.close()


class BlockedImport(Job[None]):
    """Waits until cancelled: lets a test stop a scan in flight."""

    def __init__(self, path: str) -> None:
        self.started = threading.Event()

    def run(self, ctx: JobContext) -> None:
        ctx.progress(Progress(1, None))
        self.started.set()
        ctx.sleep(300)


class BrokenArchive(FedimoveError):
    code = "broken_archive"
    message = "This archive is damaged: {detail}"


class FailingImport(Job[None]):
    def __init__(self, path: str) -> None:
        self.path = path

    def run(self, ctx: JobContext) -> None:
        raise BrokenArchive("data/following.js is truncated")
