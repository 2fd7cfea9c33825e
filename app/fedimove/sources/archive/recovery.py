"""Recovering usernames for the bare account ids of the archive, from the user's own tweets.

Follows come as numeric ids only; but every tweet names the accounts it mentions, replies to
or retweets, with id and username side by side. Archives list tweets newest first, so the first
username seen for an id is, as a rule, its latest one (accounts get renamed); later sightings
only fill in a missing display name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fedimove.core.graph import AccountText, Profile, TextKind
from fedimove.sources.archive.records import account_id, display_name, username

_RETWEET = re.compile(r"RT @([A-Za-z0-9_]{1,50}): ?")


class UsernameBook:
    """id → (username, display name), first seen wins, display names filled in when found."""

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, str | None]] = {}

    def see(self, raw_id: object, raw_username: object, raw_display: object = None) -> None:
        found_id, name = account_id(raw_id), username(raw_username)
        if found_id is None or name is None:
            return
        known = self._names.get(found_id)
        if known is None:
            self._names[found_id] = (name, display_name(raw_display))
        elif known[1] is None and known[0].lower() == name.lower():
            shown = display_name(raw_display)
            if shown:
                self._names[found_id] = (known[0], shown)

    def username_of(self, account: str) -> str | None:
        known = self._names.get(account)
        return known[0] if known else None

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, account: object) -> bool:
        return account in self._names

    def profiles(self) -> Iterator[Profile]:
        for found_id, (name, shown) in self._names.items():
            yield Profile(found_id, username=name, display_name=shown)


@dataclass(frozen=True, slots=True)
class Retweet:
    author_id: str
    text: str
    urls: tuple[str, ...]

    def as_text(self) -> AccountText:
        return AccountText(self.author_id, TextKind.RETWEET, self.text, self.urls)


def _dicts(value: object) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _entities(tweet: Mapping[str, Any]) -> Mapping[str, Any]:
    entities = tweet.get("entities")
    return entities if isinstance(entities, dict) else {}


def expanded_urls(entities: Mapping[str, Any]) -> tuple[str, ...]:
    found = []
    for url in _dicts(entities.get("urls")):
        expanded = url.get("expanded_url") or url.get("url")
        if isinstance(expanded, str) and expanded:
            found.append(expanded)
    return tuple(found)


def learn_from_tweet(book: UsernameBook, item: Mapping[str, Any]) -> Retweet | None:
    """Note every account a tweet names; return the retweeted text when it is a retweet.

    Archive tweets carry no `retweeted_status` (only the 2013 and API shapes do): a retweet is
    `RT @name: text`, and the author's id is the mention entity with that name.
    """
    tweet = item.get("tweet", item)
    if not isinstance(tweet, dict):
        return None
    entities = _entities(tweet)
    mentions = _dicts(entities.get("user_mentions"))
    for mention in mentions:
        book.see(
            mention.get("id_str") or mention.get("id"),
            mention.get("screen_name"),
            mention.get("name"),
        )
    book.see(
        tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id"),
        tweet.get("in_reply_to_screen_name"),
    )
    original = tweet.get("retweeted_status")
    if isinstance(original, dict):
        return _from_retweeted_status(book, original)
    text = tweet.get("full_text", tweet.get("text"))
    match = _RETWEET.match(text) if isinstance(text, str) else None
    if match is None:
        return None
    author = match.group(1).lower()
    for mention in mentions:
        name = mention.get("screen_name")
        if isinstance(name, str) and name.lower() == author:
            found_id = account_id(mention.get("id_str") or mention.get("id"))
            if found_id:
                return Retweet(found_id, text[match.end() :], expanded_urls(entities))
    return None


def _from_retweeted_status(book: UsernameBook, original: Mapping[str, Any]) -> Retweet | None:
    user = original.get("user")
    if not isinstance(user, dict):
        return None
    raw_id = user.get("id_str") or user.get("id")
    book.see(raw_id, user.get("screen_name"), user.get("name"))
    found_id = account_id(raw_id)
    text = original.get("full_text", original.get("text"))
    if found_id is None or not isinstance(text, str):
        return None
    return Retweet(found_id, text, expanded_urls(_entities(original)))
