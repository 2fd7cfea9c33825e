"""Every user layout x.com has served parses, and the fake serves them with the real keys.

The key sets in tests/fakes/xcom_layouts.json were read from bodies recorded from the real
x.com (2024 → August 2026). Set FEDIMOVE_XCOM_RECORDINGS to a folder of such recorded bodies
(one sub-folder per capture, files named raw_following.json, raw_followers.json,
raw_list_members.json, raw_user_by_login.json, raw_user_tweets.json, as public scrapers keep
them) to parse the real bodies themselves; they are never copied into this repository.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from fedimove.sources.xweb.errors import XSiteChanged
from fedimove.sources.xweb.parse import (
    Operation,
    parse_lists_page,
    parse_pinned_tweet,
    parse_user_page,
    parse_user_result,
    parse_user_summary,
)
from tests.fakes.xcom import FakeXCom
from tests.fakes.xcom_data import LAYOUTS, FakeAccount, build_graph, user_result

RECORDED = json.loads((Path(__file__).parents[1] / "fakes" / "xcom_layouts.json").read_text())
GRAPH = build_graph(following=30, followers=5)
ALICE = FakeAccount(
    "42",
    "alice",
    "Alice",
    bio="Now at https://t.co/bio1",
    bio_links=[("https://t.co/bio1", "https://piaille.fr/@alice")],
    website="https://alice.example/",
    location="Lyon",
    friends_count=7,
    followers_count=9,
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_fake_uses_only_keys_the_real_site_sends(layout: str) -> None:
    for account in (ALICE, *GRAPH.following):
        result = user_result(account, layout)
        assert set(result) <= set(RECORDED[layout]["user"])
        assert set(result.get("legacy", {})) <= set(RECORDED[layout]["legacy"])
        assert set(result.get("profile_bio", {})) <= set(RECORDED[layout]["profile_bio"])
    assert ("legacy" in user_result(ALICE, layout)) == bool(RECORDED[layout]["legacy"])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_field_is_read_from_where_the_layout_keeps_it(layout: str) -> None:
    profile = parse_user_result(user_result(ALICE, layout))
    assert (profile.id, profile.username, profile.display_name) == ("42", "alice", "Alice")
    assert profile.bio == "Now at https://piaille.fr/@alice"
    assert profile.bio_urls == ("https://piaille.fr/@alice",)
    assert profile.website == "https://alice.example/"
    assert profile.location == "Lyon"
    assert profile.protected is False
    assert profile.avatar_url == "https://pbs.twimg.com/profile_images/1/avatar_normal.jpg"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_profile_header_counts_in_every_layout(layout: str) -> None:
    payload = {"data": {"user": {"result": user_result(ALICE, layout)}}}
    summary = parse_user_summary(payload)
    assert (summary.following_count, summary.followers_count) == (7, 9)


@pytest.mark.parametrize(
    "drop",
    [("location",), ("privacy",), ("profile_bio",), ("website",), ("relationship_counts",)],
)
def test_an_optional_field_that_moved_is_not_a_reason_to_refuse(drop: tuple[str, ...]) -> None:
    result = copy.deepcopy(user_result(ALICE, "2026-08"))
    del result[drop[0]]
    profile = parse_user_result(result)
    assert profile.username == "alice"
    assert profile.protected is False  # a missing `protected` means public


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("identity", ["rest_id", "screen_name"])
def test_an_account_without_its_identity_is_refused(layout: str, identity: str) -> None:
    result = copy.deepcopy(user_result(ALICE, layout))
    if identity == "rest_id":
        del result["rest_id"]
    else:
        result.get("core", {}).pop("screen_name", None)
        result.get("legacy", {}).pop("screen_name", None)
    with pytest.raises(XSiteChanged):
        parse_user_result(result)


def test_the_current_layout_is_what_the_fake_serves_by_default() -> None:
    site = FakeXCom(GRAPH)
    payload = site.answer("Following", {"userId": GRAPH.me.id})
    entry = payload["data"]["user"]["result"]["timeline"]["timeline"]["instructions"][-1]
    first = entry["entries"][0]["content"]["itemContent"]["user_results"]["result"]
    assert "legacy" not in first and "relationship_counts" in first
    page = parse_user_page(payload, Operation.FOLLOWING)
    assert len(page.profiles) == 20 and not page.is_last


def test_the_pinned_tweets_author_goes_through_the_user_parser() -> None:
    tweet = {
        "__typename": "Tweet",
        "rest_id": "7",
        "core": {"user_results": {"result": user_result(ALICE, "2026-08")}},
        "legacy": {"full_text": "Find me at @alice@piaille.fr", "entities": {}},
    }
    instruction = {
        "type": "TimelinePinEntry",
        "entry": {"content": {"itemContent": {"tweet_results": {"result": tweet}}}},
    }
    payload = {
        "data": {
            "user": {
                "result": {
                    "timeline": {
                        "timeline": {"instructions": [{"type": "TimelineClearCache"}, instruction]}
                    }
                }
            }
        }
    }
    pinned = parse_pinned_tweet(payload)
    assert pinned is not None and pinned.account_id == "42"


def _recordings() -> list[Path]:
    folder = os.environ.get("FEDIMOVE_XCOM_RECORDINGS")
    return sorted(p for p in Path(folder).iterdir() if p.is_dir()) if folder else []


RECORDING_FILES = {
    "raw_following.json": Operation.FOLLOWING,
    "raw_followers.json": Operation.FOLLOWERS,
    "raw_list_members.json": Operation.LIST_MEMBERS,
}


@pytest.mark.skipif(not _recordings(), reason="FEDIMOVE_XCOM_RECORDINGS is not set")
@pytest.mark.parametrize("capture", _recordings(), ids=lambda p: p.name)
def test_real_recorded_bodies_parse_with_every_account(capture: Path) -> None:
    for name, operation in RECORDING_FILES.items():
        path = capture / name
        if not path.exists():
            continue
        body = json.loads(path.read_text())
        page = parse_user_page(body, operation)
        users = _users(body)
        assert [p.id for p in page.profiles] == [u["rest_id"] for u in users]
        for profile, user in zip(page.profiles, users, strict=True):
            assert profile.username == (user.get("core") or user["legacy"]).get("screen_name")
            bio = (user.get("profile_bio") or user.get("legacy") or {}).get("description")
            assert (profile.bio is None) == (not bio)
            for expanded in profile.bio_urls:
                assert expanded in (profile.bio or "")
            assert "t.co/" not in (profile.website or "") or not _expanded_site(user)
    header = capture / "raw_user_by_login.json"
    if header.exists():
        summary = parse_user_summary(json.loads(header.read_text()))
        assert summary.following_count is not None and summary.followers_count is not None
    tweets = capture / "raw_user_tweets.json"
    if tweets.exists():
        parse_pinned_tweet(json.loads(tweets.read_text()))


def _users(body: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "user_results" in value and value.get("itemType") == "TimelineUser":
                result = value["user_results"]["result"]
                if result.get("__typename") == "User":
                    found.append(result)
                return
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(body)
    return found


def _expanded_site(user: dict[str, Any]) -> bool:
    for holder in (user.get("profile_bio"), user.get("legacy")):
        urls = ((holder or {}).get("entities") or {}).get("url", {}).get("urls")
        if urls:
            return True
    return False


def test_the_lists_module_is_read_in_both_spellings_x_com_uses() -> None:
    payload = FakeXCom(GRAPH).answer("ListsManagementPageTimeline", {})
    entries = payload["data"]["viewer"]["list_management_timeline"]["timeline"]
    module = entries["instructions"][0]["entries"][1]
    module["entryId"] = "ownedSubscribedListModule-2"
    assert len(parse_lists_page(payload, GRAPH.me.username).lists) == len(GRAPH.lists)


def test_account_dates_are_read_whatever_the_locale() -> None:
    from fedimove.core.dates import iso_date, twitter_date

    assert twitter_date("Mon Jan 10 02:06:34 +0000 2011") == "2011-01-10"
    assert twitter_date("2009-04-21T06:49:15.000Z") == "2009-04-21"
    assert iso_date("2022-11-05T00:00:00.000Z") == "2022-11-05"
    for nonsense in ("", "yesterday", None, 42, "Mon Foo 10 02:06:34 +0000 2011", "9999-99-99"):
        assert twitter_date(nonsense) is None
    profile = parse_user_result(user_result(ALICE, "2026-08"))
    assert profile.created_at == "2009-04-21"
