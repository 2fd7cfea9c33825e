"""Parsing the API's JSON: real shapes give core types; anything else is skipped, never raised."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.graph import ListRelation, TextKind
from fedimove.sources.twitter_api import payloads

# As in tweepy's cassette test_get_users_following.yaml (recorded against api.twitter.com).
RECORDED_FOLLOWING = {
    "data": [
        {"id": "738118487122419712", "name": "Twitter Asians", "username": "TwitterAsians"},
        {"id": "379980176", "name": "Wendy Lu", "username": "wendyluwrites"},
    ],
    "meta": {"result_count": 2, "next_token": "DFEDBNRFT3MHCZZZ"},
}

V2_USER = {
    "id": "2244994945",
    "name": "Twitter Dev",
    "username": "TwitterDev",
    "description": "Moved: https://t.co/abc and https://t.co/def",
    "url": "https://t.co/3ZX3TNiZCY",
    "location": "127.0.0.1",
    "protected": False,
    "pinned_tweet_id": "1255542774432063488",
    "entities": {
        "url": {
            "urls": [
                {
                    "start": 0,
                    "end": 23,
                    "url": "https://t.co/3ZX3TNiZCY",
                    "expanded_url": "https://developer.twitter.com/en/community",
                    "display_url": "developer.twitter.com/en/community",
                }
            ]
        },
        "description": {
            "urls": [
                {"url": "https://t.co/abc", "expanded_url": "https://mastodon.social/@dev"},
                {"url": "https://t.co/def", "expanded_url": "https://dev.example"},
            ]
        },
    },
    "public_metrics": {"following_count": 2027},
}


def test_recorded_following_page() -> None:
    users = payloads.users_v2(RECORDED_FOLLOWING)
    assert [u.profile.username for u in users] == ["TwitterAsians", "wendyluwrites"]
    assert all(u.profile.source == "api" and u.texts == () for u in users)
    assert payloads.next_token_v2(RECORDED_FOLLOWING) == "DFEDBNRFT3MHCZZZ"


def test_v2_user_with_expanded_links_and_pinned_tweet() -> None:
    body = {
        "data": V2_USER,
        "includes": {
            "tweets": [
                {
                    "id": "1255542774432063488",
                    "text": "Follow us at https://t.co/xyz",
                    "entities": {
                        "urls": [
                            {"url": "https://t.co/xyz", "expanded_url": "https://x.example/@d"}
                        ]
                    },
                }
            ]
        },
    }
    (record,) = payloads.users_v2(body)
    profile = record.profile
    assert profile.bio == "Moved: https://mastodon.social/@dev and https://dev.example"
    assert profile.bio_urls == ("https://mastodon.social/@dev", "https://dev.example")
    assert profile.website == "https://developer.twitter.com/en/community"
    assert profile.pinned_tweet == "Follow us at https://x.example/@d"
    assert record.following_count == 2027
    assert [t.kind for t in record.texts] == [TextKind.BIO, TextKind.PINNED]
    assert record.texts[1].urls == ("https://x.example/@d",)


def test_a_link_that_prefixes_another_is_not_mangled() -> None:
    text, urls = payloads.expand_links(
        "a https://t.co/ab b https://t.co/abc",
        [
            {"url": "https://t.co/ab", "expanded_url": "https://one.example"},
            {"url": "https://t.co/abc", "expanded_url": "https://two.example"},
        ],
    )
    assert text == "a https://one.example b https://two.example"
    assert urls == ("https://one.example", "https://two.example")


def test_v1_user_lists_and_cursors() -> None:
    user = {
        "id": 6253282,
        "id_str": "6253282",
        "screen_name": "TwitterAPI",
        "name": "Twitter API",
        "description": "",
        "url": None,
        "friends_count": 12,
        "entities": {"description": {"urls": []}},
    }
    (record,) = payloads.users_v1([user])
    assert (record.profile.id, record.profile.username, record.profile.bio) == (
        "6253282",
        "TwitterAPI",
        None,
    )
    assert record.following_count == 12
    body = {"lists": [{"id_str": "42", "name": "L", "user": user}], "next_cursor_str": "0"}
    (item,) = payloads.lists_v1(body, ListRelation.SUBSCRIBED)
    assert item.twitter_list.owner_username == "TwitterAPI"
    assert payloads.next_cursor_v1(body) is None
    assert payloads.next_cursor_v1({"next_cursor_str": "1374004777531007833"})
    assert payloads.ids_v1({"ids": [1, "2", -3, "x", True]}) == ["1", "2"]


leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
shallow = leaf | st.lists(leaf, max_size=3) | st.dictionaries(st.text(max_size=6), leaf, max_size=3)
url_entity = st.dictionaries(st.sampled_from(["url", "expanded_url", "unwound_url", "start"]), leaf)
entities = st.dictionaries(
    st.sampled_from(["url", "description"]),
    shallow | st.fixed_dictionaries({"urls": shallow | st.lists(url_entity, max_size=3)}),
)
user_like = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=6), st.integers()), "username": shallow},
    optional={
        "id_str": leaf,
        "description": leaf,
        "entities": shallow | entities,
        "pinned_tweet_id": leaf,
        "protected": leaf,
        "public_metrics": shallow,
    },
)
bodies = st.one_of(
    shallow,
    st.lists(user_like, max_size=3),
    st.fixed_dictionaries(
        {"data": st.lists(user_like, max_size=3) | user_like},
        optional={
            "includes": st.fixed_dictionaries({"tweets": st.lists(shallow, max_size=2)}),
            "meta": shallow,
            "lists": st.lists(shallow, max_size=2),
            "ids": shallow,
        },
    ),
)


@settings(max_examples=200, deadline=None)
@given(bodies)
def test_untrusted_json_never_raises(body) -> None:  # type: ignore[no-untyped-def]
    for record in payloads.users_v2(body) + payloads.users_v1(body):
        assert record.profile.id.isdigit()
    payloads.lists_v2(body, ListRelation.CREATED)
    payloads.lists_v1(body, ListRelation.CREATED)
    payloads.ids_v1(body)
    payloads.next_token_v2(body)
    payloads.next_cursor_v1(body)


# Trimmed from tweepy's cassette testverifycredentials.json (api.twitter.com, 2014).
RECORDED_VERIFY_CREDENTIALS = {
    "id": 82301637,
    "id_str": "82301637",
    "name": "Tweepy test 123",
    "screen_name": "tweepytest",
    "location": "pytopia",
    "profile_location": None,
    "description": "A test account for testing stuff.",
    "url": "http://t.co/3L9bWVrV0b",
    "entities": {
        "url": {
            "urls": [
                {
                    "url": "http://t.co/3L9bWVrV0b",
                    "expanded_url": "http://foo.com",
                    "display_url": "foo.com",
                    "indices": [0, 22],
                }
            ]
        },
        "description": {"urls": []},
    },
    "protected": False,
    "followers_count": 10,
    "friends_count": 11,
    "listed_count": 0,
    "created_at": "Wed Oct 14 07:28:20 +0000 2009",
}


def test_recorded_v1_user() -> None:
    (record,) = payloads.users_v1(RECORDED_VERIFY_CREDENTIALS)
    profile = record.profile
    assert (profile.id, profile.username, profile.location) == ("82301637", "tweepytest", "pytopia")
    assert profile.website == "http://foo.com"
    assert profile.bio == "A test account for testing stuff." and profile.bio_urls == ()
    assert record.following_count == 11 and profile.protected is False


def test_fake_v1_user_has_the_recorded_shape() -> None:
    from tests.fakes.twitter import sample_user

    fake = sample_user(0).v1()
    assert set(RECORDED_VERIFY_CREDENTIALS) <= set(fake)
    assert set(fake["entities"]) == set(RECORDED_VERIFY_CREDENTIALS["entities"])
    assert set(fake["entities"]["url"]["urls"][0]) == {
        "url",
        "expanded_url",
        "display_url",
        "indices",
    }
