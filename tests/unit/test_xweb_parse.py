"""x.com's GraphQL JSON into core types: exact when the shape is known, XSiteChanged otherwise."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.graph import ListRelation, TextKind
from fedimove.sources.xweb.errors import XSiteChanged
from fedimove.sources.xweb.events import Observed, RenderedCells
from fedimove.sources.xweb.parse import (
    Operation,
    operation_of,
    parse_lists_page,
    parse_pinned_tweet,
    parse_user_cell,
    parse_user_page,
    parse_user_summary,
    request_variables,
)
from tests.fakes.xcom import FakeXCom
from tests.fakes.xcom_data import CURRENT_LAYOUT, LAYOUTS, build_graph

GRAPH = build_graph(following=45, followers=5, unavailable=2)


def following_page(offset: int = 0, layout: str = CURRENT_LAYOUT, variant: str = "normal") -> Any:
    site = FakeXCom(GRAPH, layout=layout, variant=variant)
    return site.answer("Following", {"userId": GRAPH.me.id, "cursor": f"{offset}|1"})


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_following_page_gives_full_profiles(layout: str) -> None:
    page = parse_user_page(following_page(layout=layout), Operation.FOLLOWING)
    expected = [a for a in GRAPH.following[:20] if not a.unavailable]
    assert [p.id for p in page.profiles] == [a.id for a in expected]
    assert page.unavailable == 20 - len(expected)
    assert page.next_cursor == "20|" + page.next_cursor.split("|")[1]
    assert not page.is_last
    for profile, account in zip(page.profiles, expected, strict=True):
        assert profile.username == account.username
        assert profile.display_name == account.name
        assert profile.protected == account.protected
        assert profile.location == (account.location or None)
        assert profile.website == account.website
        assert profile.bio_urls == tuple(e for _s, e in account.bio_links)
        assert "t.co" not in (profile.bio or "")
        assert profile.source == "xweb"


def test_bio_links_are_expanded_and_kept_as_texts() -> None:
    page = parse_user_page(following_page(), Operation.FOLLOWING)
    moved = next(p for p in page.profiles if p.bio_urls)
    assert moved.bio == f"Moved! {moved.bio_urls[0]}"
    texts = [t for t in page.texts() if t.account_id == moved.id]
    assert texts[0].kind is TextKind.BIO and texts[0].urls == moved.bio_urls


def test_the_last_page_says_so() -> None:
    page = parse_user_page(following_page(offset=40), Operation.FOLLOWING)
    assert page.is_last and page.next_cursor is None


def test_a_changed_entry_shape_is_detected() -> None:
    with pytest.raises(XSiteChanged):
        parse_user_page(following_page(variant="changed"), Operation.FOLLOWING)


def test_a_page_without_its_bottom_cursor_is_not_trusted() -> None:
    payload = following_page()
    entries = payload["data"]["user"]["result"]["timeline"]["timeline"]["instructions"][-1]
    entries["entries"] = [e for e in entries["entries"] if "cursor-bottom" not in e["entryId"]]
    with pytest.raises(XSiteChanged):
        parse_user_page(payload, Operation.FOLLOWING)


def test_lists_page_keeps_own_and_followed_lists_not_suggestions() -> None:
    site = FakeXCom(GRAPH)
    page = parse_lists_page(site.answer("ListsManagementPageTimeline", {}), "Alice_Moves")
    assert [lst.key for lst in page.lists] == [lst.id for lst in GRAPH.lists]
    assert [lst.relation for lst in page.lists] == [
        ListRelation.CREATED,
        ListRelation.CREATED,
        ListRelation.SUBSCRIBED,
    ]
    assert page.lists[1].name == "Écrivains" and page.lists[0].members is None
    assert page.is_last


def test_list_members_page() -> None:
    site = FakeXCom(GRAPH)
    payload = site.answer("ListMembers", {"listId": GRAPH.lists[2].id})
    page = parse_user_page(payload, Operation.LIST_MEMBERS)
    assert {p.id for p in page.profiles} <= {a.id for a in GRAPH.lists[2].members}


def test_user_summary_has_the_counts() -> None:
    site = FakeXCom(GRAPH)
    summary = parse_user_summary(site.answer("UserByScreenName", {"screen_name": "alice_moves"}))
    assert summary.profile.id == GRAPH.me.id
    assert (summary.following_count, summary.followers_count) == (45, 5)


def test_pinned_tweet_text_with_links_expanded() -> None:
    payload = {
        "data": {
            "user": {
                "result": {
                    "__typename": "User",
                    "timeline": {
                        "timeline": {
                            "instructions": [
                                {"type": "TimelineClearCache"},
                                {
                                    "type": "TimelinePinEntry",
                                    "entry": {
                                        "entryId": "tweet-1",
                                        "content": {
                                            "itemContent": {
                                                "tweet_results": {
                                                    "result": {
                                                        "__typename": "Tweet",
                                                        "legacy": {
                                                            "user_id_str": "42",
                                                            "full_text": "I moved: https://t.co/abc",
                                                            "entities": {
                                                                "urls": [
                                                                    {
                                                                        "url": "https://t.co/abc",
                                                                        "expanded_url": "https://mamot.fr/@bob",
                                                                    }
                                                                ]
                                                            },
                                                        },
                                                    }
                                                }
                                            }
                                        },
                                    },
                                },
                            ]
                        }
                    },
                }
            }
        }
    }
    pinned = parse_pinned_tweet(payload)
    assert pinned is not None
    assert (pinned.account_id, pinned.text) == ("42", "I moved: https://mamot.fr/@bob")
    assert pinned.urls == ("https://mamot.fr/@bob",)


def test_operation_and_variables_from_the_request_url() -> None:
    url = (
        "https://x.com/i/api/graphql/7FEKOPNAvxWASt6v9gfCXw/Following?variables="
        "%7B%22userId%22%3A%221000%22%2C%22count%22%3A20%7D&features=%7B%7D"
    )
    assert operation_of(url) is Operation.FOLLOWING
    assert request_variables(url) == {"userId": "1000", "count": 20}
    assert operation_of("https://x.com/i/api/graphql/abc/HomeTimeline") is None
    assert operation_of("https://x.com/home") is None


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = []
    if isinstance(value, dict):
        for key, child in value.items():
            found.append((*prefix, key))
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


PAGE = following_page()
PAGE_PATHS = _paths(PAGE)
FULL = parse_user_page(PAGE, Operation.FOLLOWING)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PAGE_PATHS), st.sampled_from([None, 0, "", [], {}, "x", True]))
def test_a_damaged_page_never_loses_accounts_silently(path: tuple[Any, ...], value: Any) -> None:
    """Any one field removed or replaced: the same accounts come out, or XSiteChanged."""
    damaged = copy.deepcopy(PAGE)
    holder = damaged
    for key in path[:-1]:
        holder = holder[key]
    if value is None:
        del holder[path[-1]]
    else:
        holder[path[-1]] = value
    try:
        page = parse_user_page(damaged, Operation.FOLLOWING)
    except XSiteChanged:
        return
    assert len(page.profiles) + page.unavailable == len(FULL.profiles) + FULL.unavailable


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.sampled_from(list(Operation)))
def test_any_json_gives_a_page_or_xsitechanged(value: Any, operation: Operation) -> None:
    try:
        if operation in (Operation.FOLLOWING, Operation.FOLLOWERS, Operation.LIST_MEMBERS):
            parse_user_page(value, operation)
        elif operation is Operation.LISTS:
            parse_lists_page(value, "me")
        elif operation is Operation.USER:
            parse_user_summary(value)
        else:
            parse_pinned_tweet(value)
    except XSiteChanged:
        pass


@given(st.text(max_size=200) | json_values.map(json.dumps))
def test_bridge_messages_from_the_page_are_checked(text: str) -> None:
    observed = Observed.from_message(text)
    assert observed is None or (isinstance(observed.url, str) and isinstance(observed.status, int))


def test_a_rendered_cell_needs_its_numeric_id_and_username() -> None:
    cell = {"id": "42", "username": "bob", "name": "Bob", "bio": "hi", "protected": True}
    profile = parse_user_cell(cell)
    assert (profile.id, profile.username, profile.bio, profile.protected) == (
        "42",
        "bob",
        "hi",
        True,
    )
    assert profile.bio_urls == () and profile.source == "xweb"
    for broken in ({**cell, "id": ""}, {**cell, "username": "a b"}, {"id": "42"}):
        with pytest.raises(XSiteChanged):
            parse_user_cell(broken)


@given(json_values.map(json.dumps) | st.text(max_size=50))
def test_rendered_cells_from_the_page_are_checked(text: str) -> None:
    cells = RenderedCells.from_result(text)
    assert cells is None or all(isinstance(c, dict) for c in cells.cells)
    if cells is not None:
        for cell in cells.cells:
            with contextlib.suppress(XSiteChanged):
                parse_user_cell(cell)
