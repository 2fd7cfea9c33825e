"""Turning the API's JSON (v2 and v1.1) into core types. The input is untrusted server JSON:
anything missing or malformed is skipped, never raised.

Bios and pinned tweets hold t.co links; the `entities` say where each leads. Matching needs
the real addresses (a Mastodon profile link is the best evidence there is), so texts are
kept with each t.co link replaced by its expanded URL, and the URLs listed apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fedimove.core.dates import twitter_date
from fedimove.core.graph import AccountText, ListRelation, Profile, TextKind, TwitterList

V2_USER_FIELDS = [
    "description",
    "entities",
    "location",
    "pinned_tweet_id",
    "protected",
    "url",
    "public_metrics",
    "profile_image_url",
    "created_at",
]
V2_EXPANSIONS = ["pinned_tweet_id"]
V2_TWEET_FIELDS = ["entities"]
V2_LIST_FIELDS = ["description", "member_count", "owner_id", "private"]
V2_LIST_EXPANSIONS = ["owner_id"]


@dataclass(frozen=True, slots=True)
class UserRecord:
    """One account as the API showed it, with the texts it wrote that matching can use."""

    profile: Profile
    texts: tuple[AccountText, ...] = ()
    following_count: int | None = None


@dataclass(frozen=True, slots=True)
class ListRecord:
    twitter_list: TwitterList
    member_count: int | None = None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _items(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                yield item


def _str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(data: dict[str, Any], key: str) -> bool | None:
    value = data.get(key)
    return value if isinstance(value, bool) else None


def expand_links(text: str, url_entities: Any) -> tuple[str, tuple[str, ...]]:
    """`text` with each t.co link replaced by where it leads, and those destinations."""
    expanded: list[str] = []
    replacements: dict[str, str] = {}
    for entity in _items(url_entities):
        short = _str(entity, "url")
        long = _str(entity, "unwound_url") or _str(entity, "expanded_url")
        if not long:
            continue
        if long not in expanded:
            expanded.append(long)
        if short:
            replacements[short] = long
    for short in sorted(replacements, key=len, reverse=True):  # never a prefix of a longer one
        text = text.replace(short, replacements[short])
    return text, tuple(expanded)


def _website(user: dict[str, Any]) -> str | None:
    for entity in _items(_dict(_dict(user.get("entities")).get("url")).get("urls")):
        if _str(entity, "expanded_url"):
            return _str(entity, "expanded_url")
    return _str(user, "url")


def _bio(user: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    description = _str(user, "description")
    if description is None:
        return None, ()
    entities = _dict(_dict(user.get("entities")).get("description")).get("urls")
    return expand_links(description, entities)


def _tweet_text(tweet: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    text = _str(tweet, "full_text") or _str(tweet, "text")
    if text is None:
        return None, ()
    return expand_links(text, _dict(tweet.get("entities")).get("urls"))


def _record(
    user: dict[str, Any], username_key: str, name_key: str, pinned: dict[str, Any] | None
) -> UserRecord | None:
    account_id = _str(user, "id_str") or _str(user, "id")
    if not account_id or not account_id.isdigit():
        return None
    bio, bio_urls = _bio(user)
    pinned_text, pinned_urls = _tweet_text(pinned) if pinned else (None, ())
    texts = []
    if bio:
        texts.append(AccountText(account_id, TextKind.BIO, bio, bio_urls))
    if pinned_text:
        texts.append(AccountText(account_id, TextKind.PINNED, pinned_text, pinned_urls))
    metrics = _dict(user.get("public_metrics"))
    profile = Profile(
        id=account_id,
        username=_str(user, username_key),
        display_name=_str(user, name_key),
        bio=bio,
        bio_urls=bio_urls,
        website=_website(user),
        location=_str(user, "location"),
        pinned_tweet=pinned_text,
        protected=_bool(user, "protected"),
        source="api",
        avatar_url=_avatar(user),
        created_at=twitter_date(user.get("created_at")),
    )
    following = _int(metrics, "following_count")
    if following is None:
        following = _int(user, "friends_count")
    return UserRecord(profile, tuple(texts), following)


def users_v2(body: Any) -> list[UserRecord]:
    """Users of a v2 answer (`data` one object or a list), pinned tweets from `includes`."""
    body = _dict(body)
    data = body.get("data")
    users = [data] if isinstance(data, dict) else list(_items(data))
    tweets = {
        _str(tweet, "id"): tweet for tweet in _items(_dict(body.get("includes")).get("tweets"))
    }
    records = []
    for user in users:
        pinned = tweets.get(_str(user, "pinned_tweet_id"))
        record = _record(user, "username", "name", pinned)
        if record:
            records.append(record)
    return records


def users_v1(body: Any) -> list[UserRecord]:
    """Users of a v1.1 answer: one user object, a list, or `{"users": [...]}`.

    v1.1 user objects carry no pinned tweet; the v2 route is preferred for that reason.
    """
    if isinstance(body, dict) and "users" in body:
        body = body["users"]
    users = [body] if isinstance(body, dict) else list(_items(body))
    records = []
    for user in users:
        record = _record(user, "screen_name", "name", None)
        if record:
            records.append(record)
    return records


def ids_v1(body: Any) -> list[str]:
    """`friends/ids` (with or without `stringify_ids`)."""
    ids = []
    values = _dict(body).get("ids")
    for value in values if isinstance(values, list) else []:
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            ids.append(str(value))
        elif isinstance(value, str) and value.isdigit():
            ids.append(value)
    return ids


def next_token_v2(body: Any) -> str | None:
    return _str(_dict(_dict(body).get("meta")), "next_token")


def next_cursor_v1(body: Any) -> str | None:
    cursor = _str(_dict(body), "next_cursor_str") or _str(_dict(body), "next_cursor")
    return None if cursor in (None, "0", "-1") else cursor


def lists_v2(body: Any, relation: ListRelation) -> list[ListRecord]:
    body = _dict(body)
    owners = {
        _str(user, "id"): _str(user, "username")
        for user in _items(_dict(body.get("includes")).get("users"))
    }
    records = []
    for item in _items(body.get("data")):
        key = _str(item, "id")
        if not key or not key.isdigit():
            continue
        twitter_list = TwitterList(
            key=key,
            relation=relation,
            url=f"https://x.com/i/lists/{key}",
            name=_str(item, "name"),
            description=_str(item, "description"),
            owner_username=owners.get(_str(item, "owner_id")),
            source="api",
        )
        records.append(ListRecord(twitter_list, _int(item, "member_count")))
    return records


def lists_v1(body: Any, relation: ListRelation) -> list[ListRecord]:
    records = []
    for item in _items(_dict(body).get("lists")):
        key = _str(item, "id_str") or _str(item, "id")
        if not key or not key.isdigit():
            continue
        twitter_list = TwitterList(
            key=key,
            relation=relation,
            url=f"https://x.com/i/lists/{key}",
            name=_str(item, "name"),
            description=_str(item, "description"),
            owner_username=_str(_dict(item.get("user")), "screen_name"),
            source="api",
        )
        records.append(ListRecord(twitter_list, _int(item, "member_count")))
    return records


def _avatar(user: dict[str, Any]) -> str | None:
    """v2 `profile_image_url`, v1.1 `profile_image_url_https`: kept only as https."""
    for key in ("profile_image_url", "profile_image_url_https"):
        value = user.get(key)
        if isinstance(value, str) and value.startswith("https://"):
            return value[:500]
    return None
