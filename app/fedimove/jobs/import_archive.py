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

from fedimove.core.archive_errors import ArchiveOfAnotherAccount, ArchiveWithoutFollows
from fedimove.core.graph import AccountText, EdgeKind, Me
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.sources.archive import layout as lay
from fedimove.sources.archive.limits import DEFAULT_LIMITS, Limits, MiB
from fedimove.sources.archive.reader import EDGE_TYPES, ArchiveReader
from fedimove.sources.archive.recovery import UsernameBook
from fedimove.store import account_reset, graph, workspace

SOURCE = "archive"
_OPTIONAL_EDGES = (EdgeKind.FOLLOWER, EdgeKind.BLOCK, EdgeKind.MUTE)
_PROGRESS_EVERY = 2 * MiB
# The import's own connection gets a page cache big enough for the tens of thousands of rows
# of one transaction (SQLite's 2 MB default spills pages mid-transaction: twice the time).
_CACHE_KIB = 32 * 1024


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import found; `resolved_usernames` counts the whole workspace, like `status`.

    `previous_account` is set when this archive replaced another account's (`replace=True`):
    everything of that account was removed, which a person should be told.
    """

    path: str
    layout: str
    account: Me | None
    following: int
    followers: int | None  # None: the archive has no such file
    blocks: int | None
    mutes: int | None
    lists: int
    tweets: int
    likes: int
    direct_message_texts: int
    retweet_texts: int
    usernames_recovered: int
    resolved_usernames: int
    missing_files: tuple[str, ...] = field(default=())
    lists_member_of: int = 0  # lists others made with the user on them (not in `lists`)
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
        self,
        path: Path | str,
        db_path: Path | None = None,
        limits: Limits = DEFAULT_LIMITS,
        *,
        replace: bool = False,
    ) -> None:
        """`replace`: another account's archive replaces everything of the workspace's."""
        self.path = Path(path)
        self.db_path = db_path
        self.limits = limits
        self.replace = replace

    def run(self, ctx: JobContext) -> ImportSummary:
        started = workspace.now_iso()
        with ArchiveReader(self.path, self.limits) as reader:
            progress = _ByteProgress(ctx, reader.total_bytes())
            reader.on_bytes = progress
            progress.report()
            me = reader.me()
            missing = _missing_files(reader)
            conn = workspace.connect(self.db_path)
            try:
                self._check_account(graph.load_me(conn), me)
            finally:
                conn.close()
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
                    replaced = self._check_account(before, me)
                    if replaced:
                        account_reset.forget_account(conn)
                    _write_graph(conn, reader, me, following, book)
                    graph.add_texts(conn, SOURCE, [*retweets, *messages])
                    if replaced:
                        account_reset.drop_orphans(conn)
                    resolved = graph.counts(conn).resolved_usernames
                    edges = _archive_edge_counts(conn)
                    summary = ImportSummary(
                        path=str(self.path),
                        layout=reader.layout.kind.value,
                        account=me,
                        following=edges[EdgeKind.FOLLOWING],
                        followers=_known(reader, edges, EdgeKind.FOLLOWER),
                        blocks=_known(reader, edges, EdgeKind.BLOCK),
                        mutes=_known(reader, edges, EdgeKind.MUTE),
                        lists=_archive_list_count(conn),
                        lists_member_of=_archive_list_count(conn, member=True),
                        tweets=reader.counts[lay.TWEETS.key],
                        likes=likes,
                        direct_message_texts=len(messages),
                        retweet_texts=len(retweets),
                        usernames_recovered=len(book),
                        resolved_usernames=resolved,
                        missing_files=missing,
                        previous_account=before if replaced else None,
                    )
                    _record(conn, reader.fingerprint(), started, summary)
            finally:
                conn.close()
            progress.report(final=True)
        return summary

    def _check_account(self, before: Me | None, me: Me | None) -> bool:
        """True when this archive replaces another account's; refused unless `replace`."""
        if me is None or before is None or before.id == me.id:
            return False
        if not self.replace:
            raise ArchiveOfAnotherAccount(
                archive=me.username or me.id, workspace=before.username or before.id
            )
        return True


def _missing_files(reader: ArchiveReader) -> tuple[str, ...]:
    """Files the archive should hold but does not; without its follows it is refused."""
    missing = list(reader.layout.missing)
    if reader.layout.kind is lay.LayoutKind.GRAILBIRD:
        return tuple(missing)  # a 2013 archive never had follows: the summary says so
    folder = "" if reader.layout.kind is lay.LayoutKind.ROOT else "data/"
    for data_type in (lay.FOLLOWING, *(EDGE_TYPES[k] for k in _OPTIONAL_EDGES)):
        name = f"{folder}{data_type.stems[0]}.js"
        if not reader.has(data_type) and name not in missing:
            missing.append(name)
    if not reader.has(lay.FOLLOWING):
        raise ArchiveWithoutFollows(file=f"{folder}{lay.FOLLOWING.stems[0]}.js")
    return tuple(missing)


def _known(reader: ArchiveReader, edges: dict[EdgeKind, int], kind: EdgeKind) -> int | None:
    """The count, or None when the archive has no such file (not in it is not zero)."""
    return edges[kind] if reader.has(EDGE_TYPES[kind]) else None


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


def _archive_list_count(conn: sqlite3.Connection, member: bool = False) -> int:
    """Lists the user made or follows (what can be recreated), or else those they are on."""
    return conn.execute(
        "SELECT count(*) FROM lists WHERE source = ? AND (relation = 'member') = ?",
        (SOURCE, member),
    ).fetchone()[0]


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
