"""id → username recovery from the user's own tweets, and retweeted text by its author."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.graph import ListRelation
from fedimove.sources.archive.records import twitter_list
from fedimove.sources.archive.recovery import UsernameBook, learn_from_tweet

ids = st.integers(1, 10**19).map(str)
names = st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)
accounts = st.dictionaries(ids, names, min_size=1, max_size=8)


def mention(account: str, name: str, as_number: bool = False) -> dict[str, Any]:
    return {
        "name": f"Display {name}",
        "screen_name": name,
        "indices": ["0", "5"],
        "id_str": account,
        "id": int(account) if as_number else account,
    }


@st.composite
def timelines(draw: st.DrawFn) -> tuple[dict[str, str], list[dict[str, Any]], list[tuple]]:
    """Tweets naming accounts of a fixed id→name map, and the retweets among them."""
    known = draw(accounts)
    pool = sorted(known.items())
    tweets, retweets = [], []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["plain", "mention", "reply", "retweet"]))
        text = draw(st.text(max_size=40))
        account, name = draw(st.sampled_from(pool))
        tweet: dict[str, Any] = {"full_text": text, "entities": {"user_mentions": []}}
        if kind == "mention":
            extra = draw(st.lists(st.sampled_from(pool), max_size=3))
            tweet["entities"]["user_mentions"] = [mention(a, n) for a, n in extra]
        elif kind == "reply":
            tweet["in_reply_to_user_id_str"] = account
            tweet["in_reply_to_screen_name"] = name
        elif kind == "retweet":
            tweet["full_text"] = f"RT @{name}: {text}"
            url = {"url": "https://t.co/x", "expanded_url": f"https://example.org/{name}"}
            tweet["entities"] = {"user_mentions": [mention(account, name)], "urls": [url]}
            retweets.append((account, text, (f"https://example.org/{name}",)))
        wrap = draw(st.booleans())
        tweets.append({"tweet": tweet} if wrap else tweet)
    return known, tweets, retweets


@settings(max_examples=100, deadline=None)
@given(timelines())
def test_every_named_account_is_recovered_and_nothing_else(case: tuple) -> None:
    known, tweets, expected_retweets = case
    book = UsernameBook()
    retweets = []
    for tweet in tweets:
        found = learn_from_tweet(book, tweet)
        if found:
            retweets.append((found.author_id, found.text, found.urls))
    named = {
        a
        for t in tweets
        for a in [m["id_str"] for m in t.get("tweet", t)["entities"]["user_mentions"]]
        + [t.get("tweet", t).get("in_reply_to_user_id_str")]
        if a
    }
    assert {p.id for p in book.profiles()} == named
    for profile in book.profiles():
        assert known[profile.id] == profile.username
    assert retweets == expected_retweets


_KEYS = (
    "tweet",
    "entities",
    "user_mentions",
    "urls",
    "id_str",
    "id",
    "screen_name",
    "name",
    "full_text",
    "text",
    "retweeted_status",
    "user",
    "in_reply_to_user_id_str",
    "in_reply_to_screen_name",
    "expanded_url",
)
mistyped_tweets = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.sampled_from(_KEYS), c, max_size=5),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(mistyped_tweets)
def test_mistyped_tweets_never_crash_and_never_invent_names(item: object) -> None:
    book = UsernameBook()
    if isinstance(item, dict):
        learn_from_tweet(book, item)
    for profile in book.profiles():
        assert profile.id.isdigit() and profile.username


def test_first_name_seen_wins_and_display_name_fills_in() -> None:
    book = UsernameBook()
    learn_from_tweet(book, {"in_reply_to_user_id_str": "42", "in_reply_to_screen_name": "newer"})
    learn_from_tweet(book, {"entities": {"user_mentions": [mention("42", "older")]}})
    learn_from_tweet(book, {"entities": {"user_mentions": [mention("42", "NEWER")]}})
    (profile,) = book.profiles()
    assert (profile.username, profile.display_name) == ("newer", "Display NEWER")


def test_grailbird_numbers_and_retweeted_status() -> None:
    book = UsernameBook()
    tweet = {
        "text": "RT @kevin: hello",
        "entities": {"user_mentions": [mention("657863", "kevin", as_number=True)]},
        "retweeted_status": {
            "text": "hello https://t.co/a",
            "user": {"id": 657863, "screen_name": "kevin", "name": "Kevin"},
            "entities": {"urls": [{"expanded_url": "https://kev.in"}]},
        },
    }
    retweet = learn_from_tweet(book, tweet)
    assert retweet and (retweet.author_id, retweet.urls) == ("657863", ("https://kev.in",))
    assert book.username_of("657863") == "kevin"


def test_retweet_of_an_account_not_in_the_entities_gives_no_text() -> None:
    book = UsernameBook()
    assert learn_from_tweet(book, {"full_text": "RT @ghost: boo", "entities": {}}) is None


def test_list_keys() -> None:
    url = "https://twitter.com/smwhr/lists/chaussettes-d%C3%A9pareill%C3%A9es"
    named = twitter_list(url, ListRelation.CREATED)
    assert named.key == "/smwhr/lists/chaussettes-dépareillées"
    assert (named.name, named.owner_username) == ("chaussettes-dépareillées", "smwhr")
    numeric = twitter_list(
        "https://twitter.com/deadjoe/lists/1672925771919409154", ListRelation.MEMBER
    )
    assert numeric.key == "1672925771919409154" and numeric.owner_username == "deadjoe"
    assert twitter_list("https://x.com/i/lists/123", ListRelation.MEMBER).key == "123"
