"""Reading and writing the social graph in the workspace, shared by every source.

Callers own the transaction: a whole archive import, or one fetched API page, is one unit.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from itertools import islice
from json.encoder import encode_basestring_ascii

from fedimove.core.graph import (
    AccountText,
    EdgeKind,
    GraphCounts,
    ListRelation,
    Me,
    Profile,
    TextKind,
    TwitterList,
)
from fedimove.store.workspace import get_meta, now_iso, set_meta

SOURCE_RANK = {"archive": 0, "api": 1, "xweb": 1}
_EDGE_BATCH = 2000

_PROFILE_FIELDS = (
    "username",
    "display_name",
    "bio",
    "website",
    "location",
    "pinned_tweet",
    "protected",
    "avatar_url",
    "created_at",
)


def _merge(field: str) -> str:
    return (
        f"{field} = CASE WHEN excluded.source_rank >= accounts.source_rank"
        f" THEN coalesce(excluded.{field}, accounts.{field})"
        f" ELSE coalesce(accounts.{field}, excluded.{field}) END"
    )


_UPSERT_PROFILE = (
    "INSERT INTO accounts (id, username, display_name, bio, website, location, pinned_tweet,"
    " protected, avatar_url, created_at, bio_urls, source, source_rank, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(_merge(f) for f in _PROFILE_FIELDS)
    + ", bio_urls = CASE WHEN excluded.bio_urls != '[]'"
    " AND excluded.source_rank >= accounts.source_rank"
    " THEN excluded.bio_urls ELSE accounts.bio_urls END"
    ", source = CASE WHEN excluded.source_rank >= accounts.source_rank"
    " THEN excluded.source ELSE accounts.source END"
    ", source_rank = max(accounts.source_rank, excluded.source_rank)"
    ", updated_at = excluded.updated_at"
)


def save_me(conn: sqlite3.Connection, me: Me) -> None:
    set_meta(conn, "me.id", me.id)
    if me.username:
        set_meta(conn, "me.username", me.username)
    if me.display_name:
        set_meta(conn, "me.display_name", me.display_name)


def load_me(conn: sqlite3.Connection) -> Me | None:
    me_id = get_meta(conn, "me.id")
    if me_id is None:
        return None
    return Me(me_id, get_meta(conn, "me.username"), get_meta(conn, "me.display_name"))


def upsert_profiles(conn: sqlite3.Connection, profiles: Iterable[Profile]) -> None:
    """Merge what a source knows of accounts into what the workspace already knows."""
    stamp = now_iso()
    conn.executemany(
        _UPSERT_PROFILE,
        (
            (
                p.id,
                p.username,
                p.display_name,
                p.bio,
                p.website,
                p.location,
                p.pinned_tweet,
                None if p.protected is None else int(p.protected),
                p.avatar_url,
                p.created_at,
                json.dumps(list(p.bio_urls)),
                p.source,
                SOURCE_RANK.get(p.source, 0),
                stamp,
            )
            for p in profiles
        ),
    )


def replace_edges(
    conn: sqlite3.Connection, kind: EdgeKind, source: str, account_ids: Iterable[str]
) -> None:
    """Make `source`'s view of one edge kind exactly `account_ids` (a full, fresh read)."""
    conn.execute("DELETE FROM edges WHERE kind = ? AND source = ?", (kind.value, source))
    add_edges(conn, kind, source, account_ids)


def add_edges(
    conn: sqlite3.Connection, kind: EdgeKind, source: str, account_ids: Iterable[str]
) -> None:
    """Add edges page by page (resumable exports), ensuring each account has a row.

    Ids are written in batches, so a streamed million-follower list costs few round trips
    yet never sits whole in memory.
    """
    stamp = now_iso()
    rank = SOURCE_RANK.get(source, 0)
    ids = iter(account_ids)
    while batch := list(islice(ids, _EDGE_BATCH)):
        conn.executemany(
            "INSERT INTO accounts (id, source, source_rank, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(id) DO NOTHING",
            ((account_id, source, rank, stamp) for account_id in batch),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO edges (kind, account_id, source) VALUES (?, ?, ?)",
            ((kind.value, account_id, source) for account_id in batch),
        )


def save_list(conn: sqlite3.Connection, twitter_list: TwitterList) -> None:
    """Record a list; members, when the source knows them, replace the stored ones."""
    known = twitter_list.members is not None
    conn.execute(
        "INSERT INTO lists (key, relation, url, name, description, owner_username,"
        " members_known, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET relation = excluded.relation,"
        " url = coalesce(excluded.url, lists.url), name = coalesce(excluded.name, lists.name),"
        " description = coalesce(excluded.description, lists.description),"
        " owner_username = coalesce(excluded.owner_username, lists.owner_username),"
        " members_known = max(lists.members_known, excluded.members_known),"
        " source = excluded.source, updated_at = excluded.updated_at",
        (
            twitter_list.key,
            twitter_list.relation.value,
            twitter_list.url,
            twitter_list.name,
            twitter_list.description,
            twitter_list.owner_username,
            int(known),
            twitter_list.source,
            now_iso(),
        ),
    )
    if known:
        conn.execute("DELETE FROM list_members WHERE list_key = ?", (twitter_list.key,))
        conn.executemany(
            "INSERT OR IGNORE INTO list_members (list_key, account_id) VALUES (?, ?)",
            ((twitter_list.key, member) for member in twitter_list.members or ()),
        )


def replace_lists(conn: sqlite3.Connection, source: str, lists: Iterable[TwitterList]) -> None:
    """Make `source`'s lists exactly these, keeping lists other sources know better."""
    keys = []
    for twitter_list in lists:
        save_list(conn, twitter_list)
        keys.append(twitter_list.key)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _keep (key TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM _keep")
    conn.executemany("INSERT OR IGNORE INTO _keep VALUES (?)", ((k,) for k in keys))
    conn.execute(
        "DELETE FROM lists WHERE source = ? AND key NOT IN (SELECT key FROM _keep)", (source,)
    )


def _json_strings(items: Iterable[str]) -> str:
    """`json.dumps(list(items))`, the same text, without its general-purpose machinery."""
    return "[" + ", ".join(map(encode_basestring_ascii, items)) + "]"


def text_digest(text: AccountText) -> str:
    return hashlib.blake2b(f"{text.kind}\0{text.text}".encode(), digest_size=12).hexdigest()


def _row_key(row: tuple[str, ...]) -> str:
    return f"{row[0]}\0{row[1]}"


def add_texts(conn: sqlite3.Connection, source: str, texts: Iterable[AccountText]) -> None:
    """Keep texts written by accounts; the same text twice is stored once.

    Rows go in in key order: inserting tens of thousands of archive texts into the keyed
    table in random digest order costs twice as long. The order is taken from one string per
    row (same order as the (account id, digest) key): sorting strings is twice as fast as
    sorting tuples, and the sort holds the interpreter lock, so the GUI waits less.
    """
    rows = sorted(
        (
            (t.account_id, text_digest(t), t.kind.value, t.text, _json_strings(t.urls), source)
            for t in texts
        ),
        key=_row_key,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO account_texts (account_id, digest, kind, text, urls, source)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def profile(conn: sqlite3.Connection, account_id: str) -> Profile | None:
    row = conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return _profile_from_row(row) if row else None


def username(conn: sqlite3.Connection, account_id: str) -> str | None:
    row = conn.execute("SELECT username FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return row[0] if row else None


def following_profiles(conn: sqlite3.Connection) -> list[Profile]:
    """Every account the user follows, by any source, with what is known of it."""
    rows = conn.execute(
        "SELECT a.* FROM accounts a WHERE a.id IN"
        " (SELECT account_id FROM edges WHERE kind = 'following') ORDER BY a.id"
    )
    return [_profile_from_row(row) for row in rows]


def matching_profiles(conn: sqlite3.Connection) -> list[Profile]:
    """Every account to find on the fediverse: followed, and blocked or muted (to carry those
    over too, issue 15)."""
    rows = conn.execute(
        "SELECT a.* FROM accounts a WHERE a.id IN (SELECT account_id FROM edges"
        " WHERE kind IN ('following', 'block', 'mute')) ORDER BY a.id"
    )
    return [_profile_from_row(row) for row in rows]


def avoided_ids(conn: sqlite3.Connection) -> set[str]:
    """Accounts the user blocked or muted on Twitter: never followed, never on a list."""
    return {
        row[0]
        for row in conn.execute("SELECT account_id FROM edges WHERE kind IN ('block', 'mute')")
    }


def texts_of(conn: sqlite3.Connection, account_id: str) -> list[AccountText]:
    rows = conn.execute(
        "SELECT kind, text, urls FROM account_texts WHERE account_id = ? ORDER BY kind, digest",
        (account_id,),
    )
    return [
        AccountText(account_id, TextKind(r["kind"]), r["text"], tuple(json.loads(r["urls"])))
        for r in rows
    ]


def lists(conn: sqlite3.Connection) -> list[TwitterList]:
    result = []
    for row in conn.execute("SELECT * FROM lists ORDER BY relation, key"):
        members = None
        if row["members_known"]:
            members = tuple(
                r[0]
                for r in conn.execute(
                    "SELECT account_id FROM list_members WHERE list_key = ? ORDER BY account_id",
                    (row["key"],),
                )
            )
        result.append(
            TwitterList(
                key=row["key"],
                relation=ListRelation(row["relation"]),
                url=row["url"],
                name=row["name"],
                description=row["description"],
                owner_username=row["owner_username"],
                members=members,
                source=row["source"],
            )
        )
    return result


def usernames(conn: sqlite3.Connection) -> dict[str, str]:
    """Account id → username, for every account whose username is known."""
    return {
        row[0]: row[1]
        for row in conn.execute("SELECT id, username FROM accounts WHERE username IS NOT NULL")
    }


def source_edge_count(conn: sqlite3.Connection, kind: EdgeKind, source: str) -> int:
    """How many `kind` edges one source (the API, x.com, the archive) has read."""
    return conn.execute(
        "SELECT count(*) FROM edges WHERE kind = ? AND source = ?", (kind.value, source)
    ).fetchone()[0]


def source_list_counts(conn: sqlite3.Connection, source: str) -> tuple[int, int]:
    """One source's lists and the members they hold (a re-read's size, for its estimate)."""
    lists_count = conn.execute("SELECT count(*) FROM lists WHERE source = ?", (source,)).fetchone()[
        0
    ]
    members = conn.execute(
        "SELECT count(*) FROM list_members WHERE list_key IN"
        " (SELECT key FROM lists WHERE source = ?)",
        (source,),
    ).fetchone()[0]
    return lists_count, members


def list_relation(conn: sqlite3.Connection, key: str) -> ListRelation | None:
    row = conn.execute("SELECT relation FROM lists WHERE key = ?", (key,)).fetchone()
    return None if row is None else ListRelation(row[0])


def unnamed_count(conn: sqlite3.Connection) -> int:
    """Accounts known only by id (no username yet): what a profile fill-in has to look up."""
    return conn.execute("SELECT count(*) FROM accounts WHERE username IS NULL").fetchone()[0]


def unnamed_ids(conn: sqlite3.Connection, after: str, limit: int) -> list[str]:
    """The next `limit` accounts known only by id, in id order after `after` (a cursor)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM accounts WHERE username IS NULL AND id > ? ORDER BY id LIMIT ?",
            (after, limit),
        )
    ]


def counts(conn: sqlite3.Connection) -> GraphCounts:
    def edge_count(kind: EdgeKind) -> int:
        return conn.execute(
            "SELECT count(DISTINCT account_id) FROM edges WHERE kind = ?", (kind.value,)
        ).fetchone()[0]

    resolved = conn.execute(
        "SELECT count(*) FROM accounts WHERE username IS NOT NULL AND id IN"
        " (SELECT account_id FROM edges WHERE kind = 'following')"
    ).fetchone()[0]
    return GraphCounts(
        following=edge_count(EdgeKind.FOLLOWING),
        followers=edge_count(EdgeKind.FOLLOWER),
        blocks=edge_count(EdgeKind.BLOCK),
        mutes=edge_count(EdgeKind.MUTE),
        lists=conn.execute(
            "SELECT count(*) FROM lists WHERE relation != ?", (ListRelation.MEMBER.value,)
        ).fetchone()[0],
        lists_member_of=conn.execute(
            "SELECT count(*) FROM lists WHERE relation = ?", (ListRelation.MEMBER.value,)
        ).fetchone()[0],
        resolved_usernames=resolved,
    )


def _profile_from_row(row: sqlite3.Row) -> Profile:
    protected = row["protected"]
    return Profile(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        bio=row["bio"],
        bio_urls=tuple(json.loads(row["bio_urls"])),
        website=row["website"],
        location=row["location"],
        pinned_tweet=row["pinned_tweet"],
        protected=None if protected is None else bool(protected),
        source=row["source"],
        avatar_url=row["avatar_url"],
        created_at=row["created_at"],
    )


def following_preview(conn: sqlite3.Connection, limit: int) -> list[Profile]:
    """A few followed accounts whose name is known, for the Your follows screen's preview."""
    rows = conn.execute(
        "SELECT a.* FROM accounts a WHERE a.username IS NOT NULL AND a.id IN"
        " (SELECT account_id FROM edges WHERE kind = 'following')"
        " ORDER BY coalesce(a.display_name, a.username) COLLATE NOCASE LIMIT ?",
        (limit,),
    )
    return [_profile_from_row(row) for row in rows]
