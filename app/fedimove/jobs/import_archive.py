"""Importing a Twitter archive into the workspace: the job behind `import-archive` and the wizard.

    summary = run_in_terminal(ImportArchiveJob(path))        # CLI
    handle = JobHandle(ImportArchiveJob(path)).start()        # GUI: succeeded(ImportSummary)

The slow part (tweets, messages) is read before the workspace is locked; then everything is
written in ONE transaction, so a failure or a cancel at any point leaves the workspace exactly
as it was, and importing the same archive again rewrites the same rows. Edge kinds and lists
the archive does not contain are left as they were (trimmed archives lack files).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fedimove.core.graph import AccountText, EdgeKind, Me
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.sources.archive import layout as lay
from fedimove.sources.archive.limits import DEFAULT_LIMITS, Limits, MiB
from fedimove.sources.archive.reader import EDGE_TYPES, ArchiveReader
from fedimove.sources.archive.recovery import UsernameBook
from fedimove.store import graph, workspace

SOURCE = "archive"
_PROGRESS_EVERY = 2 * MiB
# The import's own connection gets a page cache big enough for the tens of thousands of rows
# of one transaction (SQLite's 2 MB default spills pages mid-transaction: twice the time).
_CACHE_KIB = 32 * 1024


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import found; `resolved_usernames` counts the whole workspace, like `status`.

    `previous_account` is set when the workspace held another account's archive: its follows
    and lists were just replaced by this one's, which a person should be told.
    """

    path: str
    layout: str
    account: Me | None
    following: int
    followers: int
    blocks: int
    mutes: int
    lists: int
    tweets: int
    likes: int
    direct_message_texts: int
    retweet_texts: int
    usernames_recovered: int
    resolved_usernames: int
    missing_files: tuple[str, ...] = field(default=())
    previous_account: Me | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["account"] = asdict(self.account) if self.account else None
        data["previous_account"] = asdict(self.previous_account) if self.previous_account else None
        data["missing_files"] = list(self.missing_files)
        return data


class _ByteProgress:
    """Turns bytes read into `Progress` reports (and cancel checks) every couple of MB."""

    def __init__(self, ctx: JobContext, total: int) -> None:
        self._ctx, self.total = ctx, total
        self.done = 0
        self._reported = 0
        self._started = ctx.clock()

    def __call__(self, count: int) -> None:
        self.done += count
        if self.done - self._reported >= _PROGRESS_EVERY:
            self.report()

    def report(self, final: bool = False) -> None:
        self._reported = self.done
        if not final:
            self._ctx.checkpoint()
        elapsed = self._ctx.clock() - self._started
        eta = None
        if self.done and elapsed > 1:
            eta = max(0.0, elapsed * (self.total - self.done) / self.done)
        message = tr("ImportArchive", "Reading the archive")
        self._ctx.progress(Progress(min(self.done, self.total), self.total, message, eta))


class ImportArchiveJob(Job[ImportSummary]):
    title = QT_TRANSLATE_NOOP("Jobs", "Reading your Twitter archive")

    def __init__(
        self, path: Path | str, db_path: Path | None = None, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        self.path = Path(path)
        self.db_path = db_path
        self.limits = limits

    def run(self, ctx: JobContext) -> ImportSummary:
        started = workspace.now_iso()
        with ArchiveReader(self.path, self.limits) as reader:
            progress = _ByteProgress(ctx, reader.total_bytes())
            reader.on_bytes = progress
            progress.report()
            me = reader.me()
            following = set(reader.account_ids(EdgeKind.FOLLOWING))
            book = UsernameBook()
            retweets = _unique(reader.tweets(book, following))
            messages = _unique(reader.direct_messages(me.id if me else None, following))
            likes = reader.count(lay.LIKE, "like")
            ctx.checkpoint()
            conn = workspace.connect(self.db_path)
            try:
                conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
                with workspace.transaction(conn):
                    before = graph.load_me(conn)
                    _write_graph(conn, reader, me, following, book)
                    graph.add_texts(conn, SOURCE, [*retweets, *messages])
                    resolved = graph.counts(conn).resolved_usernames
                    edges = _archive_edge_counts(conn)
                    summary = ImportSummary(
                        path=str(self.path),
                        layout=reader.layout.kind.value,
                        account=me,
                        following=edges[EdgeKind.FOLLOWING],
                        followers=edges[EdgeKind.FOLLOWER],
                        blocks=edges[EdgeKind.BLOCK],
                        mutes=edges[EdgeKind.MUTE],
                        lists=_archive_list_count(conn),
                        tweets=reader.counts[lay.TWEETS.key],
                        likes=likes,
                        direct_message_texts=len(messages),
                        retweet_texts=len(retweets),
                        usernames_recovered=len(book),
                        resolved_usernames=resolved,
                        missing_files=tuple(reader.layout.missing),
                        previous_account=before if me and before and before.id != me.id else None,
                    )
                    _record(conn, reader.fingerprint(), started, summary)
            finally:
                conn.close()
            progress.report(final=True)
        return summary


def _unique(texts: Iterable[AccountText]) -> list[AccountText]:
    return list(dict.fromkeys(texts))


def _write_graph(
    conn: sqlite3.Connection,
    reader: ArchiveReader,
    me: Me | None,
    following: set[str],
    book: UsernameBook,
) -> None:
    if me is not None:
        graph.save_me(conn, me)
        profile = reader.my_profile(me)
        if profile is not None:
            graph.upsert_profiles(conn, [profile])
    if reader.has(lay.FOLLOWING):
        graph.replace_edges(conn, EdgeKind.FOLLOWING, SOURCE, sorted(following))
    for kind in (EdgeKind.FOLLOWER, EdgeKind.BLOCK, EdgeKind.MUTE):
        if reader.has(EDGE_TYPES[kind]):
            graph.replace_edges(conn, kind, SOURCE, reader.account_ids(kind))
    if reader.has_lists():
        graph.replace_lists(conn, SOURCE, reader.lists())
    graph.upsert_profiles(conn, book.profiles())


def _archive_edge_counts(conn: sqlite3.Connection) -> dict[EdgeKind, int]:
    rows = conn.execute(
        "SELECT kind, count(*) FROM edges WHERE source = ? GROUP BY kind", (SOURCE,)
    ).fetchall()
    found = {EdgeKind(kind): count for kind, count in rows}
    return {kind: found.get(kind, 0) for kind in EdgeKind}


def _archive_list_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM lists WHERE source = ?", (SOURCE,)).fetchone()[0]


def _record(
    conn: sqlite3.Connection, fingerprint: str, started: str, summary: ImportSummary
) -> None:
    conn.execute(
        "INSERT INTO imports (source, location, fingerprint, started_at, finished_at, summary)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            SOURCE,
            summary.path,
            fingerprint,
            started,
            workspace.now_iso(),
            json.dumps(summary.to_json(), ensure_ascii=False),
        ),
    )
