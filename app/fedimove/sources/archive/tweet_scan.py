"""Reading `tweets.js`, the one archive file that can be gigabytes.

Each tweet teaches the username book the accounts it names; retweets of followed accounts give
back the text those accounts wrote.
"""

from __future__ import annotations

import re
from collections.abc import Generator

from fedimove.core.graph import AccountText
from fedimove.sources.archive.limits import Limits
from fedimove.sources.archive.recovery import UsernameBook, learn_from_tweet
from fedimove.sources.archive.ytd import ByteStream, iter_items


def scan_tweet_file(
    stream: ByteStream,
    prefix: re.Pattern[str],
    limits: Limits,
    book: UsernameBook,
    authors: set[str],
) -> Generator[AccountText, None, int]:
    """Yield retweeted texts by `authors`; return how many tweets the file holds."""
    count = 0
    for item in iter_items(stream, prefix, limits):
        count += 1
        retweet = learn_from_tweet(book, item)
        if retweet and retweet.author_id in authors:
            yield retweet.as_text()
    return count
