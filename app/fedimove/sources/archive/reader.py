"""One Twitter archive, read as core types, one data type at a time, streaming.

The reader never holds a whole file: every method is a generator over the members' items, so
the caller decides what to keep (a set of followed ids) and what to stream into the workspace
(a million follower ids). `on_bytes` reports the unpacked bytes consumed, for progress.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fedimove.core.archive_errors import ArchiveBadRecord, ArchiveMissingData
from fedimove.core.graph import AccountText, EdgeKind, ListRelation, Me, Profile, TwitterList
from fedimove.sources.archive import layout as lay
from fedimove.sources.archive.blocks import WrappedItems
from fedimove.sources.archive.container import ByteCounter, Container, open_container
from fedimove.sources.archive.dms import dm_texts
from fedimove.sources.archive.layout import DataType, Layout
from fedimove.sources.archive.limits import DEFAULT_LIMITS, Limits
from fedimove.sources.archive.records import (
    EDGE_WRAPPERS,
    account_id,
    display_name,
    edge_ids,
    list_urls,
    me_from_account,
    my_profile,
    twitter_list,
    username,
)
from fedimove.sources.archive.recovery import UsernameBook, learn_from_tweet
from fedimove.sources.archive.tweet_scan import scan_tweet_file
from fedimove.sources.archive.ytd import iter_items, read_value

EDGE_TYPES = {
    EdgeKind.FOLLOWING: lay.FOLLOWING,
    EdgeKind.FOLLOWER: lay.FOLLOWER,
    EdgeKind.BLOCK: lay.BLOCK,
    EdgeKind.MUTE: lay.MUTE,
}
# A list can be in several files (a list the user made and is on): the last relation read is
# the one kept, so "created", the one that matters for recreating lists, comes last.
LIST_TYPES = {
    ListRelation.MEMBER: lay.LISTS_MEMBER,
    ListRelation.SUBSCRIBED: lay.LISTS_SUBSCRIBED,
    ListRelation.CREATED: lay.LISTS_CREATED,
}
_GRAILBIRD_TWEETS = re.compile(r"Grailbird\.data\.tweets_\d{4}_\d{2}")
_GRAILBIRD_USER = re.compile(r"var user_details")
_READ_TYPES = (
    lay.ACCOUNT,
    lay.PROFILE,
    *EDGE_TYPES.values(),
    *LIST_TYPES.values(),
    lay.TWEETS,
    lay.DIRECT_MESSAGES,
    lay.DIRECT_MESSAGES_GROUP,
    lay.LIKE,
)


class ArchiveReader:
    """Open with `ArchiveReader(path)`; close it (or use `with`) when done."""

    def __init__(self, path: Path | str, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = str(path)
        self.container: Container = open_container(path, limits)
        try:
            self.layout: Layout = lay.detect(self.container)
            if not self.members_to_read():
                missing = self.layout.missing or ["following.js", "tweets.js"]
                raise ArchiveMissingData(", ".join(missing[:5]))
        except BaseException:
            self.container.close()
            raise
        self.counts: Counter[str] = Counter()

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.container.close()

    @property
    def on_bytes(self) -> ByteCounter:
        return self.container.on_bytes

    @on_bytes.setter
    def on_bytes(self, counter: ByteCounter) -> None:
        self.container.on_bytes = counter

    def members_to_read(self) -> list[str]:
        members = [m for t in _READ_TYPES for m in self.layout.files(t)]
        members += self.layout.grailbird_tweets
        return members

    def total_bytes(self) -> int:
        return sum(self.container.size(m) for m in self.members_to_read())

    def fingerprint(self) -> str:
        """Names and sizes of what is read: the same archive gives the same fingerprint."""
        digest = hashlib.blake2b(digest_size=16)
        for member in sorted(self.members_to_read()):
            digest.update(f"{member}\0{self.container.size(member)}\n".encode())
        return digest.hexdigest()

    def has(self, data_type: DataType) -> bool:
        return bool(self.layout.files(data_type))

    def items(self, data_type: DataType) -> Iterator[dict[str, Any]]:
        """Every entry of every part of one data type, counted in `counts`."""
        for member in self.layout.files(data_type):
            with self.container.open(member) as stream:
                for item in iter_items(stream, data_type.prefix, self.container.limits):
                    self.counts[data_type.key] += 1
                    yield item

    def me(self) -> Me | None:
        """The owner: `account.js`, else the manifest, else the 2013 `user_details.js`."""
        me = None
        for member in self.layout.files(lay.ACCOUNT):
            me = me_from_account(self._member_items(member, lay.ACCOUNT), member)
        if me is None and self.layout.grailbird_user in self.container.names():
            me = self._grailbird_me()
        manifest = self.layout.manifest_user
        if me is None or (manifest and manifest.id == me.id and not me.username):
            me = manifest or me
        return me

    def _member_items(self, member: str, data_type: DataType) -> Iterator[dict[str, Any]]:
        with self.container.open(member) as stream:
            yield from iter_items(stream, data_type.prefix, self.container.limits)

    def _grailbird_me(self) -> Me | None:
        member = self.layout.grailbird_user or ""
        with self.container.open(member) as stream:
            user = read_value(stream, _GRAILBIRD_USER, self.container.limits)
        if not isinstance(user, dict) or account_id(user.get("id")) is None:
            raise ArchiveBadRecord("no account “id”", member=member, index=1)
        return Me(
            account_id(user.get("id")) or "",
            username(user.get("screen_name")),
            display_name(user.get("full_name")),
        )

    def my_profile(self, me: Me) -> Profile | None:
        return my_profile(self.items(lay.PROFILE), me)

    def account_ids(self, kind: EdgeKind) -> Iterator[str]:
        data_type = EDGE_TYPES[kind]
        for member in self.layout.files(data_type):
            items = self._member_items(member, data_type)
            for found in edge_ids(items, EDGE_WRAPPERS[data_type.key], member):
                self.counts[data_type.key] += 1
                yield found

    def lists(self) -> Iterator[TwitterList]:
        for relation, data_type in LIST_TYPES.items():
            for member in self.layout.files(data_type):
                for url in list_urls(self._member_items(member, data_type), member):
                    self.counts[data_type.key] += 1
                    yield twitter_list(url, relation)

    def has_lists(self) -> bool:
        return any(self.has(t) for t in LIST_TYPES.values())

    def tweets(self, book: UsernameBook, authors: set[str]) -> Iterator[AccountText]:
        """Learn usernames from every tweet; yield the retweeted texts of `authors`."""
        for member in self.layout.files(lay.TWEETS):
            with self.container.open(member) as stream:
                self.counts[lay.TWEETS.key] += yield from scan_tweet_file(
                    stream,
                    lay.TWEETS.prefix,
                    self.container.limits,
                    book,
                    authors,
                    self.layout.member_counts.get(member),
                )
        for member in self.layout.grailbird_tweets:
            with self.container.open(member) as stream:
                for item in iter_items(stream, _GRAILBIRD_TWEETS, self.container.limits):
                    self.counts[lay.TWEETS.key] += 1
                    retweet = learn_from_tweet(book, item)
                    if retweet and retweet.author_id in authors:
                        yield retweet.as_text()

    def direct_messages(self, me_id: str | None, authors: set[str]) -> Iterator[AccountText]:
        for data_type in (lay.DIRECT_MESSAGES, lay.DIRECT_MESSAGES_GROUP):
            yield from dm_texts(self.items(data_type), me_id, authors)

    def count(self, data_type: DataType, wrapper: str) -> int:
        """Read a data type only to count its entries (likes carry no account ids)."""
        total = 0
        for member in self.layout.files(data_type):
            with self.container.open(member) as stream:
                items = WrappedItems(stream, data_type.prefix, wrapper, self.container.limits)
                if not items.fast:
                    limits = self.container.limits
                    total += sum(1 for _ in iter_items(items.rest, data_type.prefix, limits))
                    continue
                total += sum(items.count(block) for block in items.blocks())
        self.counts[data_type.key] = total
        return total
