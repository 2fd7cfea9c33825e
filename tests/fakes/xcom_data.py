"""Accounts, follows and lists for the fake x.com, and their JSON in x.com's GraphQL shapes.

The shapes follow what x.com's web app loads (2024–2026): `data.user.result.timeline.timeline`
with `TimelineAddEntries` instructions, `user-<id>` entries holding `user_results.result`,
`cursor-top-` / `cursor-bottom-` entries whose bottom value starts with `0|` on the last page,
and the lists page's `owned-subscribed-list-module-` entries.

A user result comes in the three layouts x.com has served, with the key sets of bodies recorded
from the real site (see LAYOUTS): "2024" (everything in `legacy`, 2024 → March 2025), "2026-07"
(`core`, `profile_bio`, `location`, `privacy` beside a thinned `legacy` that keeps the
description, its entities and the t.co website; May → July 2026) and "2026-08" (no `legacy`:
`profile_bio.entities` holds both link sets, `website.url` the t.co link, counts in
`relationship_counts`, pinned ids in `pinned_items`; since August 2026, the default).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

LAYOUTS = ("2026-08", "2026-07", "2024")
CURRENT_LAYOUT = LAYOUTS[0]
FEDI_HOSTS = ("mastodon.social", "piaille.fr", "mamot.fr", "fosstodon.org", "hachyderm.io")


@dataclass
class FakeAccount:
    id: str
    username: str
    name: str
    bio: str = ""
    bio_links: list[tuple[str, str]] = field(default_factory=list)
    website: str | None = None
    location: str = ""
    protected: bool = False
    friends_count: int = 0
    followers_count: int = 0
    unavailable: bool = False


@dataclass
class FakeList:
    id: str
    name: str
    description: str
    owner: FakeAccount
    members: list[FakeAccount]


@dataclass
class FakeGraph:
    me: FakeAccount
    following: list[FakeAccount]
    followers: list[FakeAccount]
    lists: list[FakeList]
    suggested_lists: list[FakeList]
    fediverse: dict[str, str]
    blocked: list[FakeAccount] = field(default_factory=list)
    muted: list[FakeAccount] = field(default_factory=list)

    def account(self, account_id: str) -> FakeAccount | None:
        for account in (self.me, *self.following, *self.followers, *self.blocked, *self.muted):
            if account.id == account_id:
                return account
        for twitter_list in (*self.lists, *self.suggested_lists):
            for member in (*twitter_list.members, twitter_list.owner):
                if member.id == account_id:
                    return member
        return None


def build_graph(
    following: int = 2000,
    followers: int = 150,
    seed: int = 6,
    unavailable: int = 0,
    blocks: int = 25,
    mutes: int = 23,
) -> FakeGraph:
    """A deterministic account: every 5th followed account names a fediverse address."""
    rng = random.Random(seed)
    me = FakeAccount("1000", "alice_moves", "Alice")
    fediverse: dict[str, str] = {}
    tco = iter(f"https://t.co/{n:010x}" for n in range(10**9))

    def account(n: int) -> FakeAccount:
        account_id = str(10_000_000 + n * 7)
        username = f"user_{n:05d}"
        acc = FakeAccount(account_id, username, f"User {n} 🐘", friends_count=rng.randint(0, 900))
        style = n % 5
        host = FEDI_HOSTS[n % len(FEDI_HOSTS)]
        if style == 0:
            address = f"{username.replace('_', '')}@{host}"
            acc.bio = f"Writing about things. Now: @{address}"
            fediverse[account_id] = address
        elif style == 1:
            link = next(tco)
            expanded = f"https://{host}/@{username}"
            acc.bio = f"Moved! {link}"
            acc.bio_links = [(link, expanded)]
            fediverse[account_id] = f"{username}@{host}"
        elif style == 2:
            acc.bio = "Just a person on the internet."
            acc.website = f"https://example.org/~{username}"
        acc.location = "Lyon, France" if n % 3 == 0 else ""
        acc.protected = n % 97 == 0
        return acc

    followed = [account(n) for n in range(following)]
    followed += [
        FakeAccount(str(90_000 + n), f"gone_{n}", "", unavailable=True) for n in range(unavailable)
    ]
    rng.shuffle(followed)
    fans = [account(n) for n in range(following // 2, following // 2 + followers)]
    me.friends_count, me.followers_count = following, followers
    other = FakeAccount("2000", "list_curator", "Curator")
    lists = [
        FakeList(
            "1500000000000000001", "Fediverse people", "Moved to Mastodon", me, followed[:120]
        ),
        FakeList(
            "1500000000000000002",
            "Écrivains",
            "Des gens qui écrivent",
            me,
            [*followed[500:545], account(following + 1)],
        ),
        FakeList(
            "1500000000000000003",
            "Open source",
            "Curated by someone else",
            other,
            followed[1000:1030],
        ),
    ]
    suggested = [FakeList("1500000000000000009", "Suggested: news", "Not yours", other, [])]
    start = following + followers + 10
    blocked = [account(n) for n in range(start, start + blocks)]
    muted = [*followed[:2], *(account(n) for n in range(start + blocks, start + blocks + mutes))]
    return FakeGraph(me, followed, fans, lists, suggested, fediverse, blocked, muted)


def user_result(account: FakeAccount, layout: str = CURRENT_LAYOUT) -> dict[str, Any]:
    """`user_results.result` as x.com sends it in `layout`."""
    if account.unavailable:
        return {"__typename": "UserUnavailable", "reason": "Suspended"}
    result: dict[str, Any] = {
        "__typename": "User",
        "affiliates_highlighted_label": {},
        "has_graduated_access": True,
        "id": f"VXNlcjo{account.id}",
        "is_blue_verified": False,
        "profile_image_shape": "Circle",
        "rest_id": account.id,
    }
    if layout == "2024":
        result["legacy"] = {
            **_legacy_counts(account),
            "created_at": "Tue Apr 21 06:49:15 +0000 2009",
            "description": account.bio,
            "entities": _entities(account, empty_as_list=True),
            "location": account.location,
            "name": account.name,
            "profile_image_url_https": _AVATAR,
            **({"protected": True} if account.protected else {}),
            "screen_name": account.username,
            **({"url": _website_tco(account)} if account.website else {}),
        }
        return result
    result.update(
        avatar={"image_url": _AVATAR},
        core={
            "created_at": "Tue Apr 21 06:49:15 +0000 2009",
            "name": account.name,
            "screen_name": account.username,
        },
        dm_permissions={"can_dm": False},
        location={"location": account.location},
        media_permissions={"can_media_tag": True},
        privacy={"protected": account.protected},
        relationship_perspectives={"following": True},
        verification={"verified": False},
    )
    if layout == "2026-07":
        result["profile_bio"] = {"description": account.bio}
        result["legacy"] = {
            **_legacy_counts(account),
            "description": account.bio,
            "entities": _entities(account, empty_as_list=False),
            **({"url": _website_tco(account)} if account.website else {}),
        }
        return result
    result.update(
        action_counts={"favorites_count": 12},
        pinned_items={},
        profile_bio={"description": account.bio, "entities": _entities(account, False)},
        relationship_counts={
            "followers": account.followers_count,
            "following": account.friends_count,
        },
        tweet_counts={"media_tweets": 0, "tweets": 42},
        website={"url": _website_tco(account) if account.website else ""},
    )
    return result


_AVATAR = "https://pbs.twimg.com/profile_images/1/avatar_normal.jpg"


def _website_tco(account: FakeAccount) -> str:
    return f"https://t.co/w{int(account.id):09x}"


def _legacy_counts(account: FakeAccount) -> dict[str, Any]:
    return {
        "favourites_count": 12,
        "followers_count": account.followers_count,
        "friends_count": account.friends_count,
        "listed_count": 0,
        "media_count": 0,
        "statuses_count": 42,
    }


def _entities(account: FakeAccount, empty_as_list: bool) -> dict[str, Any]:
    """Bio and website links; the 2024 layout writes `{"urls": []}` where later ones write `{}`."""
    bio_urls = [_url_entity(short, expanded) for short, expanded in account.bio_links]
    entities: dict[str, Any] = {
        "description": {"urls": bio_urls} if bio_urls or empty_as_list else {}
    }
    if account.website:
        entities["url"] = {"urls": [_url_entity(_website_tco(account), account.website)]}
    return entities


def _url_entity(short: str, expanded: str) -> dict[str, Any]:
    display = expanded.split("://", 1)[1]
    return {
        "display_url": display if len(display) <= 22 else display[:22] + "…",
        "expanded_url": expanded,
        "indices": [0, len(short)],
        "url": short,
    }


def user_entry(account: FakeAccount, sort_index: int, layout: str) -> dict[str, Any]:
    return {
        "entryId": f"user-{account.id}",
        "sortIndex": str(sort_index),
        "content": {
            "entryType": "TimelineTimelineItem",
            "__typename": "TimelineTimelineItem",
            "itemContent": {
                "itemType": "TimelineUser",
                "__typename": "TimelineUser",
                "user_results": {"result": user_result(account, layout)},
                "userDisplayType": "User",
            },
            "clientEventInfo": {"component": "FollowingSgs", "element": "user"},
        },
    }


def cursor_entry(kind: str, value: str, sort_index: int) -> dict[str, Any]:
    return {
        "entryId": f"cursor-{kind.lower()}-{sort_index}",
        "sortIndex": str(sort_index),
        "content": {
            "entryType": "TimelineTimelineCursor",
            "__typename": "TimelineTimelineCursor",
            "value": value,
            "cursorType": kind,
        },
    }


def timeline_page(
    accounts: list[FakeAccount], offset: int, page_size: int, layout: str
) -> dict[str, Any]:
    """One page of a user timeline, and its cursors (bottom `0|…` on the last page).

    As on the real site, the page opens with `TimelineTerminateTimeline` for both directions
    whether or not it is the last: only the `0|` cursor says the list ended.
    """
    chunk = accounts[offset : offset + page_size]
    end = offset + page_size >= len(accounts)
    base = 1_900_000_000_000_000_000 - offset
    entries = [user_entry(a, base - i, layout) for i, a in enumerate(chunk)]
    bottom = f"0|{base - len(chunk)}" if end else f"{offset + page_size}|{base - len(chunk)}"
    entries.append(cursor_entry("Bottom", bottom, base - len(chunk)))
    entries.append(cursor_entry("Top", f"-1|{base}", base))
    instructions: list[dict[str, Any]] = [{"type": "TimelineClearCache"}] if offset == 0 else []
    instructions += [
        {"direction": "Top", "type": "TimelineTerminateTimeline"},
        {"direction": "Bottom", "type": "TimelineTerminateTimeline"},
        {"type": "TimelineAddEntries", "entries": entries},
    ]
    return {"instructions": instructions}


def list_object(twitter_list: FakeList, layout: str) -> dict[str, Any]:
    return {
        "created_at": 1700000000000,
        "default_banner_media": {"media_info": {"original_img_url": "https://x.com/b.png"}},
        "description": twitter_list.description,
        "following": twitter_list.owner.username != "alice_moves",
        "id": f"TGlzdDo{twitter_list.id}",
        "id_str": twitter_list.id,
        "is_member": False,
        "member_count": len(twitter_list.members),
        "mode": "Public",
        "muting": False,
        "name": twitter_list.name,
        "pinning": False,
        "subscriber_count": 3,
        "user_results": {"result": user_result(twitter_list.owner, layout)},
    }


def lists_page(graph: FakeGraph, layout: str) -> dict[str, Any]:
    def module(entry_id: str, lists: list[FakeList], header: str) -> dict[str, Any]:
        return {
            "entryId": entry_id,
            "sortIndex": "1",
            "content": {
                "entryType": "TimelineTimelineModule",
                "__typename": "TimelineTimelineModule",
                "displayType": "Vertical",
                "header": {"text": header, "sticky": False},
                "items": [
                    {
                        "entryId": f"{entry_id}-list-{lst.id}",
                        "item": {
                            "itemContent": {
                                "itemType": "TimelineTwitterList",
                                "__typename": "TimelineTwitterList",
                                "displayType": "List",
                                "list": list_object(lst, layout),
                            }
                        },
                    }
                    for lst in lists
                ],
            },
        }

    entries = [
        module("list-to-follow-module-1", graph.suggested_lists, "Discover new Lists"),
        module("owned-subscribed-list-module-2", graph.lists, "Your Lists"),
        cursor_entry("Bottom", "0|1", 0),
    ]
    return {
        "data": {
            "viewer": {
                "list_management_timeline": {
                    "timeline": {
                        "instructions": [{"type": "TimelineAddEntries", "entries": entries}]
                    }
                }
            }
        }
    }
