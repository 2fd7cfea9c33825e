"""Reading the JSON x.com's own pages load (its web GraphQL API) into core types.

This JSON is untrusted and undocumented, and it changes. So the parser is strict: every page
must have the shape we know — timeline instructions, user entries with a numeric `rest_id` and
a username, a bottom cursor — or it raises `XSiteChanged`. It never skips what it cannot read
and carries on, because a silently shorter list would look complete.

A user result is read field by field from wherever x.com keeps it today, because the layout
drifts: until 2025 everything sat in `legacy`; from May 2026 `core` (name, username),
`profile_bio`, `location` and `privacy` took fields out of a thinned `legacy`; since August
2026 there is no `legacy` at all (`website`, `relationship_counts`, `pinned_items`). Only what
identifies an account (numeric `rest_id`, username) is required; an optional field that moved
is read from its new place or left unknown, never a reason to refuse the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fedimove.core.dates import twitter_date
from fedimove.core.graph import AccountText, ListRelation, Profile, TextKind, TwitterList
from fedimove.sources.xweb.errors import XSiteChanged

SOURCE = "xweb"
_GRAPHQL_PATH = re.compile(r"^/i/api/graphql/[A-Za-z0-9_-]+/([A-Za-z]+)$")
_USERNAME = re.compile(r"^[A-Za-z0-9_]{1,50}$")
_NUMERIC = re.compile(r"^[0-9]{1,25}$")
_TCO = re.compile(r"https?://t\.co/[A-Za-z0-9]+")
_END_CURSOR = re.compile(r"^0\|")
# The lists page's module of lists the user made or follows; x.com's own script accepts both
# spellings (suggested lists come in `list-to-follow-module-…` and are never the user's).
OWN_LISTS_MODULES = ("owned-subscribed-list-module-", "ownedSubscribedListModule")


class Operation(StrEnum):
    """The GraphQL operations Fedimove reads; the name is the last part of the URL path."""

    FOLLOWING = "Following"
    FOLLOWERS = "Followers"
    LIST_MEMBERS = "ListMembers"
    LISTS = "ListsManagementPageTimeline"
    LIST_INFO = "ListByRestId"
    USER = "UserByScreenName"
    USER_TWEETS = "UserTweets"
    BLOCKED = "BlockedAccountsAll"
    MUTED = "MutedAccounts"


USER_TIMELINES = (
    Operation.FOLLOWING,
    Operation.FOLLOWERS,
    Operation.LIST_MEMBERS,
    Operation.BLOCKED,
    Operation.MUTED,
)
# The settings pages' timelines belong to the signed-in account (the viewer), not a userId.
VIEWER_TIMELINES = {Operation.BLOCKED: "timeline", Operation.MUTED: "muting_timeline"}


@dataclass(frozen=True, slots=True)
class UserPage:
    """One page of a user timeline (Following, Followers, ListMembers)."""

    profiles: tuple[Profile, ...]
    unavailable: int
    next_cursor: str | None
    is_last: bool

    def texts(self) -> list[AccountText]:
        return [text for profile in self.profiles for text in profile_texts(profile)]


@dataclass(frozen=True, slots=True)
class ListsPage:
    """The user's lists, with how many members x.com says each has."""

    lists: tuple[TwitterList, ...]
    member_counts: dict[str, int]
    is_last: bool


@dataclass(frozen=True, slots=True)
class UserSummary:
    """A profile page's header: the profile and how many accounts it follows / follow it."""

    profile: Profile
    following_count: int | None
    followers_count: int | None


@dataclass(frozen=True, slots=True)
class PinnedTweet:
    account_id: str
    text: str
    urls: tuple[str, ...]

    def as_text(self) -> AccountText:
        return AccountText(self.account_id, TextKind.PINNED, self.text, self.urls)


def operation_of(url: str) -> Operation | None:
    """Which known operation a request URL is, or None (x.com loads many others)."""
    match = _GRAPHQL_PATH.match(urlsplit(url).path)
    if not match:
        return None
    try:
        return Operation(match.group(1))
    except ValueError:
        return None


def request_variables(url: str) -> dict[str, Any]:
    """The `variables` JSON of a GraphQL GET request (userId, listId, cursor…)."""
    raw = parse_qs(urlsplit(url).query).get("variables", ["{}"])[0]
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def parse_user_page(payload: Any, operation: Operation) -> UserPage:
    """A page of accounts; raises XSiteChanged unless it is exactly what we expect.

    Following/Followers sit under `data.user.result`, ListMembers under `data.list`, and the
    settings pages' Blocked (`BlockedAccountsAll`) and Muted (`MutedAccounts`) under
    `data.viewer.timeline` and `data.viewer.muting_timeline`.
    """
    if operation is Operation.LIST_MEMBERS:
        timeline = _path(payload, "data", "list", "members_timeline", "timeline")
    elif operation in VIEWER_TIMELINES:
        timeline = _path(payload, "data", "viewer", VIEWER_TIMELINES[operation], "timeline")
    else:
        result = _path(payload, "data", "user", "result")
        timeline = _first_present(result, "timeline", "timeline_v2", where="user.result")
        timeline = _path(timeline, "timeline")
    profiles: list[Profile] = []
    unavailable = 0
    cursor: str | None = None
    seen_entries = 0
    for entry in _entries(timeline):
        seen_entries += 1
        entry_id = _text(entry, "entryId")
        content = _path(entry, "content")
        if entry_id.startswith("cursor-bottom-"):
            cursor = _text(content, "value")
        elif entry_id.startswith("cursor-top-"):
            continue
        elif entry_id.startswith("user-"):
            item = _path(content, "itemContent")
            if item.get("itemType", item.get("__typename")) != "TimelineUser":
                raise XSiteChanged(f"{operation}: entry {entry_id} is not a TimelineUser")
            result = _path(item, "user_results", "result")
            if result.get("__typename") == "UserUnavailable":
                unavailable += 1
                continue
            profiles.append(parse_user_result(result))
        elif "itemContent" in content or "items" in content:
            raise XSiteChanged(f"{operation}: unknown entry {entry_id[:40]}")
    if cursor is None:
        raise XSiteChanged(f"{operation}: no bottom cursor in a page of {seen_entries} entries")
    is_last = bool(_END_CURSOR.match(cursor)) or (not profiles and not unavailable)
    return UserPage(tuple(profiles), unavailable, None if is_last else cursor, is_last)


def parse_user_result(result: Any) -> Profile:
    """One `user_results.result` object (a followed account, a list member, a list owner)."""
    if not isinstance(result, Mapping) or result.get("__typename", "User") != "User":
        raise XSiteChanged("a user result is not a User")
    account_id = result.get("rest_id")
    if not isinstance(account_id, str) or not _NUMERIC.match(account_id):
        raise XSiteChanged("a user has no numeric rest_id")
    user = _UserFields(result)
    username = user.first(("core", "screen_name"), ("legacy", "screen_name"))
    if not isinstance(username, str) or not _USERNAME.match(username):
        raise XSiteChanged(f"user {account_id} has no username")
    bio_links = user.links("description")
    site_links = user.links("url")
    bio = _optional_text(user.first(("profile_bio", "description"), ("legacy", "description")))
    protected = user.first(("privacy", "protected"), ("legacy", "protected"))
    return Profile(
        id=account_id,
        username=username,
        display_name=_optional_text(user.first(("core", "name"), ("legacy", "name"))),
        bio=_expand(bio, bio_links) if bio is not None else None,
        bio_urls=tuple(bio_links.values()),
        website=next(iter(site_links.values()), None)
        or _optional_text(user.first(("website", "url"), ("legacy", "url"))),
        location=_optional_text(user.first(("location", "location"), ("legacy", "location"))),
        protected=protected if isinstance(protected, bool) else False,
        source=SOURCE,
        avatar_url=_picture(
            user.first(("avatar", "image_url"), ("legacy", "profile_image_url_https"))
        ),
        created_at=twitter_date(user.first(("core", "created_at"), ("legacy", "created_at"))),
    )


class _UserFields:
    """A user result's fields, each looked up in the places x.com has kept it, newest first."""

    def __init__(self, result: Mapping[str, Any]) -> None:
        self._result = result

    def get(self, *keys: str) -> Any:
        value: Any = self._result
        for key in keys:
            if not isinstance(value, Mapping):
                return None
            value = value.get(key)
        return value

    def first(self, *paths: tuple[str, ...]) -> Any:
        """The first of `paths` that holds a value (an empty string counts as a value)."""
        for path in paths:
            value = self.get(*path)
            if value is not None:
                return value
        return None

    def links(self, field: str) -> dict[str, str]:
        """The t.co links of the bio (`description`) or website (`url`), from both places."""
        links = _url_entities(self.get("legacy", "entities", field))
        links.update(_url_entities(self.get("profile_bio", "entities", field)))
        return links

    def count(self, new: str, old: str) -> int | None:
        return _optional_int(self.first(("relationship_counts", new), ("legacy", old)))


def parse_user_cell(cell: Mapping[str, Any]) -> Profile:
    """An account as the page shows it (`RenderedCells`): no expanded links, no location."""
    account_id, username = cell.get("id"), cell.get("username")
    if not isinstance(account_id, str) or not _NUMERIC.match(account_id):
        raise XSiteChanged("a user cell has no numeric id")
    if not isinstance(username, str) or not _USERNAME.match(username):
        raise XSiteChanged(f"user cell {account_id} has no username")
    protected = cell.get("protected")
    return Profile(
        id=account_id,
        username=username,
        display_name=_optional_text(cell.get("name")),
        bio=_optional_text(cell.get("bio")),
        protected=protected if isinstance(protected, bool) else None,
        source=SOURCE,
    )


def profile_texts(profile: Profile) -> list[AccountText]:
    """The bio and pinned tweet as texts the account wrote itself (matching reads these)."""
    texts = []
    if profile.bio:
        texts.append(AccountText(profile.id, TextKind.BIO, profile.bio, profile.bio_urls))
    if profile.pinned_tweet:
        texts.append(AccountText(profile.id, TextKind.PINNED, profile.pinned_tweet))
    return texts


def parse_lists_page(payload: Any, me_username: str) -> ListsPage:
    """The user's lists page: lists they made or follow (suggested lists are left out)."""
    timeline = _path(payload, "data", "viewer", "list_management_timeline", "timeline")
    found: list[TwitterList] = []
    counts: dict[str, int] = {}
    cursor: str | None = None
    for entry in _entries(timeline):
        entry_id = _text(entry, "entryId")
        content = _path(entry, "content")
        if entry_id.startswith("cursor-bottom-"):
            cursor = _text(content, "value")
        elif entry_id.startswith(OWN_LISTS_MODULES):
            items = content.get("items")
            if not isinstance(items, list):
                raise XSiteChanged(f"lists: module {entry_id} has no items")
            for item in items:
                list_object = _path(item, "item", "itemContent", "list")
                twitter_list = parse_list_object(list_object, me_username)
                found.append(twitter_list)
                count = _optional_int(list_object.get("member_count"))
                if count is not None:
                    counts[twitter_list.key] = count
    is_last = cursor is None or bool(_END_CURSOR.match(cursor))
    return ListsPage(tuple(found), counts, is_last)


def parse_list_object(list_object: Any, me_username: str) -> TwitterList:
    """A list as x.com describes it; members are read separately from its members page."""
    list_id = list_object.get("id_str") if isinstance(list_object, Mapping) else None
    if not isinstance(list_id, str) or not _NUMERIC.match(list_id):
        raise XSiteChanged("a list has no numeric id_str")
    name = list_object.get("name")
    if not isinstance(name, str):
        raise XSiteChanged(f"list {list_id} has no name")
    owner = _first_present(list_object, "user_results", "owner_results", where=f"list {list_id}")
    owner_profile = parse_user_result(_path(owner, "result"))
    owner = (owner_profile.username or "").lower()
    relation = ListRelation.CREATED if owner == me_username.lower() else ListRelation.SUBSCRIBED
    return TwitterList(
        key=list_id,
        relation=relation,
        url=f"https://x.com/i/lists/{list_id}",
        name=name,
        description=_optional_text(list_object.get("description")),
        owner_username=owner_profile.username,
        members=None,
        source=SOURCE,
    )


def parse_user_summary(payload: Any) -> UserSummary:
    """A profile page's header (UserByScreenName): used for totals and the signed-in user."""
    result = _path(payload, "data", "user", "result")
    user = _UserFields(result)
    return UserSummary(
        parse_user_result(result),
        user.count("following", "friends_count"),
        user.count("followers", "followers_count"),
    )


def parse_pinned_tweet(payload: Any) -> PinnedTweet | None:
    """The pinned tweet of a profile page, when the page shows one."""
    result = _path(payload, "data", "user", "result")
    timeline = _first_present(result, "timeline", "timeline_v2", where="user.result")
    for instruction in _instructions(_path(timeline, "timeline")):
        if _instruction_type(instruction) != "TimelinePinEntry":
            continue
        tweet = _path(instruction, "entry", "content", "itemContent", "tweet_results", "result")
        if tweet.get("__typename") == "TweetWithVisibilityResults":
            tweet = _path(tweet, "tweet")
        legacy = _path(tweet, "legacy")
        author, text = _tweet_author(tweet, legacy), legacy.get("full_text")
        if not isinstance(author, str) or not isinstance(text, str):
            raise XSiteChanged("the pinned tweet has no author or text")
        entities = legacy.get("entities") if isinstance(legacy.get("entities"), Mapping) else {}
        links = _url_entities(entities)
        return PinnedTweet(author, _expand(text, links), tuple(links.values()))
    return None


def _tweet_author(tweet: Mapping[str, Any], legacy: Mapping[str, Any]) -> str | None:
    """The author's id: the embedded author (read by the same user parser), else `user_id_str`."""
    author = tweet.get("core")
    if isinstance(author, Mapping) and isinstance(author.get("user_results"), Mapping):
        return parse_user_result(_path(author, "user_results", "result")).id
    author_id = legacy.get("user_id_str")
    return author_id if isinstance(author_id, str) else None


def _entries(timeline: Any) -> Iterator[Mapping[str, Any]]:
    """Every entry added by the page's instructions; at least one must be of a known kind."""
    known = False
    for instruction in _instructions(timeline):
        kind = _instruction_type(instruction)
        if kind == "TimelineAddEntries":
            known = True
            entries = instruction.get("entries")
            if not isinstance(entries, list):
                raise XSiteChanged("TimelineAddEntries without entries")
            for entry in entries:
                if not isinstance(entry, Mapping):
                    raise XSiteChanged("a timeline entry is not an object")
                yield entry
        elif kind in ("TimelineClearCache", "TimelineTerminateTimeline", "TimelinePinEntry"):
            known = True
    if not known:
        raise XSiteChanged("no timeline instruction of a known type")


def _instructions(timeline: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    instructions = timeline.get("instructions")
    if not isinstance(instructions, list) or not all(isinstance(i, Mapping) for i in instructions):
        raise XSiteChanged("the timeline has no instructions")
    return instructions


def _instruction_type(instruction: Mapping[str, Any]) -> str:
    return str(instruction.get("type") or instruction.get("__typename") or "")


def _path(value: Any, *keys: str) -> Mapping[str, Any]:
    """The object at `keys`; anything else there means the shape has changed."""
    for key in keys:
        if not isinstance(value, Mapping) or key not in value:
            raise XSiteChanged(f"missing '{key}'")
        value = value[key]
    if not isinstance(value, Mapping):
        raise XSiteChanged(f"'{keys[-1]}' is not an object")
    return value


def _first_present(value: Any, *keys: str, where: str) -> Any:
    if isinstance(value, Mapping):
        for key in keys:
            if isinstance(value.get(key), Mapping):
                return value[key]
    raise XSiteChanged(f"{where} has none of {', '.join(keys)}")


def _text(value: Any, key: str) -> str:
    text = value.get(key) if isinstance(value, Mapping) else None
    if not isinstance(text, str):
        raise XSiteChanged(f"'{key}' is not text")
    return text


def _picture(value: Any) -> str | None:
    """An avatar address, only as an https URL (it is fetched later, off the GUI thread)."""
    return value if isinstance(value, str) and value.startswith("https://") else None


def _optional_text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _url_entities(entities: Any) -> dict[str, str]:
    """t.co link → expanded URL, in text order. Display text is never used (it is truncated)."""
    if not isinstance(entities, Mapping):
        return {}
    urls = entities.get("urls")
    if not isinstance(urls, list):
        return {}
    links: dict[str, str] = {}
    for url in urls:
        if not isinstance(url, Mapping):
            continue
        short, expanded = url.get("url"), url.get("expanded_url")
        if isinstance(expanded, str) and expanded:
            links[short if isinstance(short, str) else expanded] = expanded
    return links


def _expand(text: str, links: Mapping[str, str]) -> str:
    """Put each link's real address back where Twitter wrote its t.co short link."""
    return _TCO.sub(lambda m: links.get(m.group(0), m.group(0)), text)
