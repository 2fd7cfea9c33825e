"""Turning the small archive files' entries into core types: the owner, follows, lists.

These entries build the graph the user will act on, so they are checked strictly: an entry
without a numeric account id is an error naming the file, never a silently skipped follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

from fedimove.core.archive_errors import ArchiveBadRecord
from fedimove.core.graph import ListRelation, Me, Profile, TwitterList

USERNAME = re.compile(r"[A-Za-z0-9_]{1,50}")
EDGE_WRAPPERS = {
    "following": "following",
    "follower": "follower",
    "block": "blocking",
    "mute": "muting",
}


def account_id(value: object) -> str | None:
    """A Twitter account id as the archive writes it (a digit string; a number in 2013)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value > 0:
        return str(value)
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 25:
        return value.lstrip("0") or None
    return None


def username(value: object) -> str | None:
    return value if isinstance(value, str) and USERNAME.fullmatch(value) else None


def display_name(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    clean = " ".join(value.split())[:100]
    return clean or None


def edge_ids(items: Iterable[dict[str, Any]], wrapper: str, member: str) -> Iterator[str]:
    """The account ids of `following.js`, `follower.js`, `block.js` or `mute.js`."""
    for index, item in enumerate(items):
        entry = item.get(wrapper)
        found = account_id(entry.get("accountId")) if isinstance(entry, dict) else None
        if found is None:
            raise ArchiveBadRecord(
                f"no “{wrapper}.accountId” account number", member=member, index=index + 1
            )
        yield found


def list_urls(items: Iterable[dict[str, Any]], member: str) -> Iterator[str]:
    """List URLs: one per entry since 2019, all in one `urls` array in 2018."""
    for index, item in enumerate(items):
        info = item.get("userListInfo")
        urls = None
        if isinstance(info, dict):
            urls = [info["url"]] if "url" in info else info.get("urls")
        if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
            raise ArchiveBadRecord(
                "no “userListInfo.url” list address", member=member, index=index + 1
            )
        yield from urls


def twitter_list(url: str, relation: ListRelation) -> TwitterList:
    """A list known only by its URL: `/<owner>/lists/<slug>` or `/i/lists/<numeric id>`."""
    parts = [unquote(p) for p in urlsplit(url.strip()).path.split("/") if p]
    if len(parts) >= 3 and parts[-2] == "lists":
        owner, slug = parts[-3], parts[-1]
        owner_name = username(owner) if owner != "i" else None
        if slug.isascii() and slug.isdigit():
            return TwitterList(slug, relation, url=url, owner_username=owner_name)
        key = "/" + "/".join(parts[-3:])
        return TwitterList(key, relation, url=url, name=slug, owner_username=owner_name)
    return TwitterList(url, relation, url=url)


def me_from_account(items: Iterable[dict[str, Any]], member: str) -> Me | None:
    for index, item in enumerate(items):
        entry = item.get("account")
        found = account_id(entry.get("accountId")) if isinstance(entry, dict) else None
        if entry is None or found is None:
            raise ArchiveBadRecord("no “account.accountId”", member=member, index=index + 1)
        return Me(
            found, username(entry.get("username")), display_name(entry.get("accountDisplayName"))
        )
    return None


def my_profile(items: Iterable[dict[str, Any]], me: Me) -> Profile | None:
    for item in items:
        entry = item.get("profile")
        description = entry.get("description") if isinstance(entry, dict) else None
        if not isinstance(description, dict):
            return None

        def text(key: str, fields: dict[str, Any] = description) -> str | None:
            value = fields.get(key)
            return value if isinstance(value, str) and value else None

        return Profile(
            me.id,
            username=me.username,
            display_name=me.display_name,
            bio=text("bio"),
            website=text("website"),
            location=text("location"),
        )
    return None
