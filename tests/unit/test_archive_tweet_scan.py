"""The fast byte scan of `tweets.js` must find exactly what decoding every tweet finds."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.archive_errors import ArchiveBadJson, ArchiveError
from fedimove.sources.archive.layout import TWEETS
from fedimove.sources.archive.limits import Limits
from fedimove.sources.archive.recovery import UsernameBook
from fedimove.sources.archive.tweet_scan import scan_tweet_file

ACCOUNTS = {str(1000 + n): f"user{n}" for n in range(6)}
FOLLOWED = {"1000", "1001", "1002"}
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


class Stream(io.BytesIO):
    name = "data/tweets.js"


@st.composite
def tweets(draw: st.DrawFn) -> dict[str, Any]:
    """A tweet in the archive's shape: mentions, maybe a reply, maybe a retweet."""
    mentions = []
    for account in draw(st.lists(st.sampled_from(sorted(ACCOUNTS)), max_size=3)):
        mentions.append(
            {
                "name": draw(texts),
                "screen_name": ACCOUNTS[account],
                "indices": [str(draw(st.integers(0, 9))), "12"],
                "id_str": account,
                "id": account,
            }
        )
    body = draw(texts)
    urls = [
        {
            "url": "https://t.co/x",
            "expanded_url": draw(st.sampled_from(["https://a.example/é", ""])),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    tweet: dict[str, Any] = {
        "retweeted": False,
        "entities": {"hashtags": [{"text": "tweet"}], "user_mentions": mentions, "urls": urls},
        "id_str": "1",
        "full_text": body,
    }
    if mentions and draw(st.booleans()):
        author = mentions[0]
        author["indices"][0] = "3"
        tweet["full_text"] = f"RT @{author['screen_name']}: {body}"
    if draw(st.booleans()):
        account = draw(st.sampled_from(sorted(ACCOUNTS)))
        tweet["in_reply_to_screen_name"] = ACCOUNTS[account]
        tweet["in_reply_to_user_id_str"] = account
    return {"tweet": tweet}


def render(items: list[dict[str, Any]], pretty: bool) -> bytes:
    if pretty:
        body = json.dumps(items, indent=2, separators=(",", " : "), ensure_ascii=False)
    else:
        body = json.dumps(items)
    return f"window.YTD.tweets.part0 = {body}".encode()


def scan(data: bytes, fast: bool, chunk: int) -> tuple[list[Any], list[Any], int]:
    book = UsernameBook()
    stream = Stream(data if fast else b" " + data)  # a leading blank keeps it off the fast path
    scanner = scan_tweet_file(stream, TWEETS.prefix, Limits(chunk_bytes=chunk), book, set(FOLLOWED))
    found = []
    try:
        while True:
            found.append(next(scanner))
    except StopIteration as stop:
        count = stop.value
    return sorted(map(repr, found)), sorted(map(repr, book.profiles())), count


@settings(max_examples=80, deadline=None)
@given(st.lists(tweets(), max_size=12), st.booleans(), st.integers(64, 2048))
def test_fast_scan_finds_what_exact_decoding_finds(
    items: list[dict[str, Any]], pretty: bool, chunk: int
) -> None:
    data = render(items, pretty)
    fast = scan(data, True, chunk)
    assert fast == scan(data, False, chunk)
    assert fast[2] == len(items)


@settings(max_examples=80, deadline=None)
@given(st.lists(tweets(), min_size=1, max_size=6), st.data())
def test_cut_or_damaged_tweets_js_is_a_typed_error(items: list[dict[str, Any]], data) -> None:
    whole = render(items, True)
    cut = data.draw(st.integers(len(whole) // 2, len(whole) - 1))
    with pytest.raises(ArchiveError):
        scan(whole[:cut], True, 256)


def test_the_2022_layout_takes_the_fast_path() -> None:
    """Mentions in Twitter's key order with a realistic tweet take no exact decoding."""
    from fedimove.sources.archive import tweet_scan

    calls = []
    original = tweet_scan._exact

    def spy(*args: Any) -> Any:
        calls.append(args)
        return (yield from original(*args))

    item = {"tweet": {"entities": {"user_mentions": [], "urls": []}, "full_text": "hi"}}
    tweet_scan._exact = spy
    try:
        assert scan(render([item] * 50, True), True, 512)[2] == 50
    finally:
        tweet_scan._exact = original
    assert calls == []


def test_missing_closing_bracket() -> None:
    with pytest.raises(ArchiveBadJson):
        scan(render([{"tweet": {}}], True)[:-1], True, 4096)
