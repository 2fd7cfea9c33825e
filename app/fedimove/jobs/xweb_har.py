"""Reading follows, followers and lists from a HAR the user saved in their own browser.

The same parser, store and rules as the x.com window (source "xweb"): every page of the file
is parsed before anything is stored, so an unknown shape stores nothing; then each page goes in
its own transaction. A read is complete only when its pages link, cursor to cursor, from the
first page (or from where an earlier read stopped) to x.com's end cursor; only a complete read
drops accounts it no longer lists. Several recordings add up, because a run stays open until
one of them reaches the end.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from fedimove.core.graph import EdgeKind, Me, TwitterList
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.sources.xweb.errors import (
    HarOtherAccount,
    HarSeveralAccounts,
    HarWithoutXData,
    XSiteChanged,
)
from fedimove.sources.xweb.har import Response, read_har
from fedimove.sources.xweb.parse import (
    SOURCE,
    Operation,
    UserPage,
    UserSummary,
    parse_list_object,
    parse_lists_page,
    parse_user_page,
    parse_user_summary,
)
from fedimove.store import graph, workspace, xweb_runs

EDGE_TARGETS = {
    Operation.FOLLOWING: ("following", EdgeKind.FOLLOWING),
    Operation.FOLLOWERS: ("followers", EdgeKind.FOLLOWER),
}
# The settings pages (x.com/settings/blocked/all, …/muted/all): the signed-in account's own.
VIEWER_TARGETS = {
    Operation.BLOCKED: ("blocked", EdgeKind.BLOCK),
    Operation.MUTED: ("muted", EdgeKind.MUTE),
}


@dataclass
class HarSummary:
    """What one recording gave. Counts are of this file; `total`/`expected` of the workspace."""

    account: Me | None = None
    # None: the file holds no page of that kind (not looked at), never a count of 0.
    following: int | None = None
    followers: int | None = None
    lists: int | None = None
    list_members: int | None = None
    blocked: int | None = None
    muted: int | None = None
    complete: list[str] = field(default_factory=list)
    pages: int = 0
    skipped: int = 0
    total: dict[str, int] = field(default_factory=dict)
    expected: dict[str, int | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        account = self.account
        return {
            "account": account.username or account.id if account else None,
            "following": self.following,
            "followers": self.followers,
            "lists": self.lists,
            "list_members": self.list_members,
            "blocked": self.blocked,
            "muted": self.muted,
            "complete": self.complete,
            "pages": self.pages,
            "skipped": self.skipped,
        }


@dataclass(frozen=True, slots=True)
class _Page:
    cursor: str | None  # the request's cursor: None for a list's first page
    page: UserPage


@dataclass
class _Parsed:
    """Every usable page of the file, parsed, before anything is stored."""

    timelines: dict[Operation, dict[str, list[_Page]]] = field(default_factory=dict)
    members: dict[str, list[_Page]] = field(default_factory=dict)
    viewer: dict[Operation, list[_Page]] = field(default_factory=dict)
    lists_pages: list[Any] = field(default_factory=list)
    list_infos: dict[str, Any] = field(default_factory=dict)
    summaries: dict[str, UserSummary] = field(default_factory=dict)
    skipped: int = 0


class ImportHarJob(Job[HarSummary]):
    title = "Import a browser recording"

    def __init__(self, path: str | Path, database: Path | None = None) -> None:
        self._path = Path(path)
        self._database = database

    def run(self, ctx: JobContext) -> HarSummary:
        ctx.progress(Progress(0, None, self._path.name))
        parsed = _parse(read_har(self._path).responses)
        conn = workspace.connect(self._database)
        try:
            me = self._owner(conn, parsed)
            return _Store(conn, me, parsed, ctx).run()
        finally:
            conn.close()

    def _owner(self, conn: sqlite3.Connection, parsed: _Parsed) -> Me:
        """Whose graph the file holds: the workspace's account, or the one account it shows."""
        known = graph.load_me(conn)
        owners = {owner for pages in parsed.timelines.values() for owner in pages}
        if known is not None:
            if owners and known.id not in owners:
                raise HarOtherAccount(signed_in=_name(parsed, sorted(owners)[0]))
            owner = known.id
        elif len(owners) > 1:
            raise HarSeveralAccounts(", ".join("@" + _name(parsed, o) for o in sorted(owners)))
        elif owners:
            owner = next(iter(owners))
        elif len(parsed.summaries) == 1:
            owner = next(iter(parsed.summaries))
        else:
            raise HarWithoutXData()
        summary = parsed.summaries.get(owner)
        username = summary.profile.username if summary else None
        name = summary.profile.display_name if summary else None
        return Me(
            owner, username or (known and known.username), name or (known and known.display_name)
        )


def _name(parsed: _Parsed, account_id: str) -> str:
    summary = parsed.summaries.get(account_id)
    return (summary.profile.username if summary else None) or account_id


def _parse(responses: tuple[Response, ...]) -> _Parsed:
    parsed = _Parsed()
    for response in responses:
        if response.status != 200 or not response.body:
            parsed.skipped += 1
            continue
        payload = _json(response)
        operation, variables = response.operation, response.variables
        cursor = variables.get("cursor") if isinstance(variables.get("cursor"), str) else None
        if operation in EDGE_TARGETS:
            owner = variables.get("userId")
            if not isinstance(owner, str):
                parsed.skipped += 1
                continue
            page = _Page(cursor, parse_user_page(payload, operation))
            parsed.timelines.setdefault(operation, {}).setdefault(owner, []).append(page)
        elif operation in VIEWER_TARGETS:
            page = _Page(cursor, parse_user_page(payload, operation))
            parsed.viewer.setdefault(operation, []).append(page)
        elif operation is Operation.LIST_MEMBERS:
            list_id = variables.get("listId")
            if not isinstance(list_id, str):
                parsed.skipped += 1
                continue
            page = _Page(cursor, parse_user_page(payload, operation))
            parsed.members.setdefault(list_id, []).append(page)
        elif operation is Operation.LISTS:
            parsed.lists_pages.append(payload)
        elif operation is Operation.LIST_INFO:
            list_object = payload.get("data", {}).get("list") if isinstance(payload, dict) else None
            if isinstance(list_object, dict) and isinstance(list_object.get("id_str"), str):
                parsed.list_infos[list_object["id_str"]] = list_object
        elif operation is Operation.USER:
            summary = parse_user_summary(payload)
            parsed.summaries[summary.profile.id] = summary
        else:
            parsed.skipped += 1  # UserTweets: a pinned tweet belongs to a profile page read
    return parsed


class _Store:
    """Writes the parsed pages of one recording, one transaction per page."""

    def __init__(self, conn: sqlite3.Connection, me: Me, parsed: _Parsed, ctx: JobContext) -> None:
        self._conn, self._me, self._parsed, self._ctx = conn, me, parsed, ctx
        self._summary = HarSummary(account=me, skipped=parsed.skipped)

    def run(self) -> HarSummary:
        parsed, summary = self._parsed, self._summary
        for by_owner in parsed.timelines.values():
            for owner, pages in by_owner.items():
                if owner != self._me.id:
                    summary.skipped += len(pages)
        if not self._has_pages():
            raise HarWithoutXData()
        with workspace.transaction(self._conn):
            graph.save_me(self._conn, self._me)
        owner = parsed.summaries.get(self._me.id)
        expected = {
            "following": owner.following_count if owner else None,
            "followers": owner.followers_count if owner else None,
        }
        for operation, (target, kind) in EDGE_TARGETS.items():
            pages = parsed.timelines.get(operation, {}).get(self._me.id, [])
            if pages:
                self._read_edges(target, kind, pages, expected[target])
        self._read_lists()
        for operation, (target, kind) in VIEWER_TARGETS.items():
            if operation in parsed.viewer:
                self._read_edges(target, kind, parsed.viewer[operation], None)
        return summary

    def _has_pages(self) -> bool:
        parsed = self._parsed
        own = any(self._me.id in by_owner for by_owner in parsed.timelines.values())
        return own or bool(parsed.members or parsed.lists_pages or parsed.viewer)

    def _read_edges(
        self, target: str, kind: EdgeKind, pages: list[_Page], expected: int | None
    ) -> None:
        """Follows, followers, blocked or muted accounts: edges of `kind`, source xweb."""
        conn = self._conn

        def store_page(page: UserPage) -> None:
            graph.add_edges(conn, kind, SOURCE, (p.id for p in page.profiles))

        def finish(run_id: int) -> None:
            xweb_runs.drop_unseen_edges(conn, run_id, kind, SOURCE)

        count = self._read_timeline(target, pages, store_page, finish, expected)
        setattr(self._summary, target, count)

    def _read_lists(self) -> None:
        conn, parsed, summary = self._conn, self._parsed, self._summary
        found: dict[str, TwitterList] = {}
        lists_complete = False
        for payload in parsed.lists_pages:
            page = parse_lists_page(payload, self._me.username or "")
            found.update((lst.key, lst) for lst in page.lists)
            lists_complete = lists_complete or page.is_last
            summary.pages += 1
        if found:
            with workspace.transaction(conn):
                if lists_complete:
                    graph.replace_lists(conn, SOURCE, found.values())
                else:
                    for twitter_list in found.values():
                        graph.save_list(conn, twitter_list)
        if parsed.lists_pages:
            summary.lists = len(found)
        known = {lst.key: lst for lst in graph.lists(conn)}
        members_seen: set[str] = set()
        for list_id, pages in parsed.members.items():
            twitter_list = found.get(list_id) or known.get(list_id) or self._list_info(list_id)
            if twitter_list is None:
                summary.skipped += len(pages)
                continue
            members_seen.update(p.id for page in pages for p in page.page.profiles)

            def finish(run_id: int, twitter_list: TwitterList = twitter_list) -> None:
                members = tuple(xweb_runs.seen(conn, run_id))
                graph.save_list(conn, replace(twitter_list, members=members, source=SOURCE))

            self._read_timeline(f"list:{list_id}", pages, lambda _page: None, finish, None)
        if parsed.members:
            summary.list_members = len(members_seen)
        done = xweb_runs.last_complete(conn)
        if lists_complete and all(f"list:{key}" in done for key in found):
            with workspace.transaction(conn):
                xweb_runs.mark_complete(conn, "lists")
            summary.complete.append("lists")

    def _list_info(self, list_id: str) -> TwitterList | None:
        list_object = self._parsed.list_infos.get(list_id)
        if list_object is None:
            return None
        return parse_list_object(list_object, self._me.username or "")

    def _read_timeline(
        self,
        target: str,
        pages: list[_Page],
        store_page: Callable[[UserPage], None],
        finish: Callable[[int], None],
        expected: int | None,
    ) -> int:
        """Store every page; complete the run if the pages chain to x.com's end cursor."""
        conn = self._conn
        with workspace.transaction(conn):
            run = xweb_runs.open_run(conn, target)
            if expected is not None:
                xweb_runs.set_expected(conn, run.id, expected)
        chain = _chain(pages, run.cursor)
        on_chain = {id(page) for page in chain}
        last = chain[-1] if chain and chain[-1].page.is_last else None
        accounts: set[str] = set()
        for page in pages:
            accounts.update(p.id for p in page.page.profiles)
            cursor = page.page.next_cursor if id(page) in on_chain else None
            with workspace.transaction(conn):
                graph.upsert_profiles(conn, page.page.profiles)
                graph.add_texts(conn, SOURCE, page.page.texts())
                store_page(page.page)
                captured = xweb_runs.record_seen(
                    conn, run.id, (p.id for p in page.page.profiles), cursor
                )
                if page is last:
                    finish(run.id)
                    xweb_runs.complete(conn, run.id)
            self._summary.pages += 1
            self._ctx.progress(Progress(captured, expected or run.expected, target))
        self._summary.total[target] = captured if pages else run.captured
        self._summary.expected[target] = expected if expected is not None else run.expected
        if last is not None and not target.startswith("list:"):
            self._summary.complete.append(target)
        return len(accounts)


def summary_lines(summary: HarSummary) -> list[str]:
    """What the recording gave, and for each incomplete read what completes it."""
    name = summary.account.username or summary.account.id if summary.account else "?"
    lines = [
        tr("XWeb", "Recording of @{name}. Pages read: {pages}.").format(
            name=name, pages=summary.pages
        )
    ]
    for target in ("following", "followers"):
        if target in summary.total:
            lines.append(
                read_line(
                    target,
                    summary.total[target],
                    summary.expected.get(target),
                    target in summary.complete,
                )
            )
    for target in ("blocked", "muted"):
        if target in summary.total:
            lines.append(_settings_line(target, summary.total[target], target in summary.complete))
    if summary.lists and "lists" in summary.complete:
        lines.append(
            tr("XWeb", "Lists: {count}, with all their members.").format(count=summary.lists)
        )
    elif summary.lists:
        lines.append(
            tr(
                "XWeb",
                "Lists: {count}. Open each list's Members page and scroll to its end to read "
                "all the members.",
            ).format(count=summary.lists)
        )
    return lines


def read_line(target: str, count: int, expected: int | None, complete: bool) -> str:
    """ "612 of 640 follows read — scroll to the end and save again to complete"."""
    following = target == "following"
    if complete:
        text = (
            tr("XWeb", "{count} follows read, complete.")
            if following
            else tr("XWeb", "{count} followers read, complete.")
        )
    elif expected:
        text = (
            tr(
                "XWeb",
                "{count} of {expected} follows read — scroll to the end and save again to "
                "complete.",
            )
            if following
            else tr(
                "XWeb",
                "{count} of {expected} followers read — scroll to the end and save again to "
                "complete.",
            )
        )
    else:
        text = (
            tr("XWeb", "{count} follows read — scroll to the end and save again to complete.")
            if following
            else tr(
                "XWeb", "{count} followers read — scroll to the end and save again to complete."
            )
        )
    return text.format(count=count, expected=expected)


def _settings_line(target: str, count: int, complete: bool) -> str:
    if target == "blocked":
        text = (
            tr("XWeb", "{count} blocked accounts read, complete.")
            if complete
            else tr(
                "XWeb",
                "{count} blocked accounts read — scroll to the end and save again to complete.",
            )
        )
    else:
        text = (
            tr("XWeb", "{count} muted accounts read, complete.")
            if complete
            else tr(
                "XWeb",
                "{count} muted accounts read — scroll to the end and save again to complete.",
            )
        )
    return text.format(count=count)


def _chain(pages: list[_Page], resume_cursor: str | None) -> list[_Page]:
    """The pages that link from a start (the first page, or where a run stopped) onwards."""
    by_cursor = {page.cursor: page for page in pages}
    start = by_cursor.get(None)
    if start is None and resume_cursor is not None:
        start = by_cursor.get(resume_cursor)
    chain: list[_Page] = []
    while start is not None and all(start is not seen for seen in chain):
        chain.append(start)
        if start.page.is_last or start.page.next_cursor is None:
            break
        start = by_cursor.get(start.page.next_cursor)
    return chain


def _json(response: Response) -> Any:
    try:
        return json.loads(response.body or "")
    except ValueError as exc:
        raise XSiteChanged(f"{response.operation}: the response is not JSON") from exc
