"""Reading `tweets.js`, the one archive file that can be gigabytes, at close to inflate speed.

Of each tweet the import needs only the accounts it names (mention entities, the replied-to
account) and, for retweets of followed accounts, the retweeted text and links. Decoding every
tweet would cost several times what inflating does, so blocks of whole tweets are scanned as
bytes, in ONE pass: `bytes.find` (several times faster than a regular expression's search)
stops at each `screen_name"`, which ends both keys of interest (`"screen_name"` of a mention,
`"in_reply_to_screen_name"`), and a regular expression anchored there reads the record in the
key order Twitter writes. A followed account mentioned at offset 3 may be a retweet's author
(`RT @name:`): only then is the tweet's text read, with its links. Every key found must read
cleanly, or the whole block is decoded exactly (`decode_block`): an unexpected layout costs
speed, never data, and a broken block gets a precise error. 2018 files, without the
`"tweet"` wrapper, are decoded item by item.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Iterable
from typing import Any

from fedimove.core.graph import AccountText, TextKind
from fedimove.sources.archive.blocks import Block, WrappedItems, decode_block
from fedimove.sources.archive.limits import Limits
from fedimove.sources.archive.recovery import UsernameBook, learn_from_tweet
from fedimove.sources.archive.ytd import ByteStream, iter_items

# Both keys the scan reads end in this: one search finds mentions and replies alike.
_SCREEN_NAME_END = b'screen_name"'
_MENTION = re.compile(
    rb'screen_name"\s*:\s*"([^"\\]*+)"\s*,\s*'
    rb'"indices"\s*:\s*\[\s*"?(\d*+)"?[^\]]*+\]\s*,\s*'
    rb'"id_str"\s*:\s*"([^"\\]*+)"'
)
_NAME_KEY = b'"name"'
_NAME = re.compile(rb'"name"\s*:\s*"((?:[^"\\]++|\\.)*+)"\s*,\s*')
_REPLY_PREFIX = b'"in_reply_to_'
_REPLY = re.compile(
    rb'screen_name"\s*:\s*"([^"\\]*+)"\s*,\s*"in_reply_to_user_id_str"\s*:\s*"([^"\\]*+)"'
)
_FULL_TEXT_KEY = b'"full_text"'
_FULL_TEXT = re.compile(rb'"full_text"\s*:\s*"((?:[^"\\]++|\\.)*+)"')
_URLS_KEY = b'"urls"'
_URL_KEY = b'"url"'
_EXPANDED_URL = re.compile(rb'"expanded_url"\s*:\s*"((?:[^"\\]++|\\.)*+)"')
_NAME_WINDOW = 2000


class _SlowPath(Exception):
    """The fast scan of a block cannot vouch for its result: decode the block exactly."""


def scan_tweet_file(
    stream: ByteStream,
    prefix: re.Pattern[str],
    limits: Limits,
    book: UsernameBook,
    authors: set[str],
    listed: int | None = None,
) -> Generator[AccountText, None, int]:
    """Yield retweeted texts by `authors`; return how many tweets the file holds.

    `listed` is the count the manifest gives for this file: the fast path then trusts it
    rather than spend a pass over the bytes counting tweets.
    """
    items = WrappedItems(stream, prefix, "tweet", limits)
    if not items.fast:
        return (yield from _exact(iter_items(items.rest, prefix, limits), book, authors))
    count = 0
    scanner = _BlockScanner(book, authors, items)
    for block in items.blocks():
        try:
            texts = scanner.scan(block)
        except _SlowPath:
            count += yield from _exact(decode_block(block), book, authors)
        else:
            count += 0 if listed is not None else items.count(block)
            yield from texts
    return count if listed is None else listed


def _exact(
    tweets: Iterable[dict[str, Any]], book: UsernameBook, authors: set[str]
) -> Generator[AccountText, None, int]:
    count = 0
    for item in tweets:
        count += 1
        retweet = learn_from_tweet(book, item)
        if retweet and retweet.author_id in authors:
            yield retweet.as_text()
    return count


class _BlockScanner:
    """The fast path over one block. Raises _SlowPath when a record does not read cleanly."""

    def __init__(self, book: UsernameBook, authors: set[str], items: WrappedItems) -> None:
        self._book, self._authors, self._items = book, authors, items
        self._complete: set[bytes] = set()
        self._wanted = {a.encode() for a in authors}

    def scan(self, block: Block) -> list[AccountText]:
        """One search pass for `screen_name"`: each hit is a mention, a reply or neither.

        A hit right after `"` is a mention entity, after `"in_reply_to_` the replied-to
        account; either must read completely, or the block goes the exact way.
        """
        data = block.data
        book, complete, wanted = self._book, self._complete, self._wanted
        find, mention, reply = data.find, _MENTION.match, _REPLY.match
        texts = []
        at = find(_SCREEN_NAME_END, 1)
        while at >= 0:
            if data[at - 1] == 0x22:
                found = mention(data, at)
                if found is None:
                    raise _SlowPath
                name, first_index, account = found.groups()
                if account not in complete:
                    shown = self._display_name(data, at - 1)
                    book.see(
                        account.decode("ascii", "replace"), name.decode("ascii", "replace"), shown
                    )
                    complete.add(account)
                if first_index == b"3" and account in wanted:
                    text = self._retweet(data, found.end(), name, account.decode("ascii"))
                    if text is not None:
                        texts.append(text)
                at = find(_SCREEN_NAME_END, found.end())
            elif at >= 13 and data.startswith(_REPLY_PREFIX, at - 13):
                found = reply(data, at)
                if found is None:
                    raise _SlowPath
                name, account = found.groups()
                if account not in complete:
                    book.see(account.decode("ascii", "replace"), name.decode("ascii", "replace"))
                at = find(_SCREEN_NAME_END, found.end())
            else:
                at = find(_SCREEN_NAME_END, at + 12)
        return texts

    def _display_name(self, data: bytes, screen_name_at: int) -> str:
        start = data.rfind(_NAME_KEY, max(0, screen_name_at - _NAME_WINDOW), screen_name_at)
        found = _NAME.match(data, start) if start >= 0 else None
        if found is None or found.end() != screen_name_at:
            raise _SlowPath
        return _json_string(found.group(1))

    def _retweet(self, data: bytes, after: int, name: bytes, author: str) -> AccountText | None:
        """If this tweet reads `RT @name: …`, the retweeted text with its tweet's links.

        Twitter writes `entities` (mentions, then urls) before `full_text` in each tweet; a
        tweet boundary in between means another key order, which the exact path handles.
        """
        key = data.find(_FULL_TEXT_KEY, after)
        full_text = _FULL_TEXT.match(data, key) if key >= 0 else None
        if full_text is None or self._items.starts_between(data, after, key):
            raise _SlowPath
        raw = full_text.group(1)
        if not (raw[:4] == b"RT @" and raw[4 : 5 + len(name)].lower() == name.lower() + b":"):
            return None
        at = data.find(_URLS_KEY, after, key)
        if at < 0:
            raise _SlowPath
        links = _EXPANDED_URL.findall(data, at, key)
        if len(links) != data.count(_URL_KEY, at, key):
            raise _SlowPath
        text = _json_string(raw)
        body = text[text.index(":") + 1 :].removeprefix(" ")
        urls = tuple(_json_string(link) for link in links if link)
        return AccountText(author, TextKind.RETWEET, body, urls)


def _json_string(raw: bytes) -> str:
    """The value of a JSON string from its raw bytes between the quotes."""
    try:
        text = raw.decode("utf-8")
        return json.loads(f'"{text}"') if "\\" in text else text
    except ValueError as exc:
        raise _SlowPath from exc
