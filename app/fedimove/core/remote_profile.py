"""A fediverse account as verification found it where it lives, in core terms.

Adapters turn WebFinger, ActivityPub actors and Mastodon API accounts into this one shape,
so the matching rules never see JSON or HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from html.parser import HTMLParser

from fedimove.core.handles import Handle


class AccountState(StrEnum):
    ACTIVE = "active"
    MOVED = "moved"  # kept only as the start of a chain; matches point at the final account
    SUSPENDED = "suspended"
    GONE = "gone"
    NOT_FOUND = "not_found"
    UNREACHABLE = "unreachable"
    NOT_FEDIVERSE = "not_fediverse"


USABLE_STATES = frozenset({AccountState.ACTIVE})


@dataclass(frozen=True, slots=True)
class ProfileField:
    """A profile metadata field; `verified` when the server checked its rel=me link."""

    name: str
    value: str
    urls: tuple[str, ...] = ()
    verified: bool = False


@dataclass(frozen=True, slots=True)
class RemoteProfile:
    address: Handle
    state: AccountState
    url: str = ""
    display_name: str = ""
    note: str = ""
    note_urls: tuple[str, ...] = ()
    fields: tuple[ProfileField, ...] = ()
    locked: bool = False
    moved_to: Handle | None = None
    reason: str = ""
    source: str = ""
    moved_from: tuple[Handle, ...] = field(default_factory=tuple)
    home_id: str = ""  # the account's id on the user's own server, when it was seen there
    actor_uri: str = ""  # its ActivityPub id, which a move's target must name in alsoKnownAs
    avatar: str = ""  # its picture (https), for the review's faces
    created_at: str = ""  # ISO 8601 date the account was created, when the server says

    @property
    def usable(self) -> bool:
        return self.state in USABLE_STATES


class _TextAndLinks(HTMLParser):
    """Visible text and link targets of the small HTML servers put in notes and fields."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p") and self.parts:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)
        if tag == "span" and "invisible" in (dict(attrs).get("class") or ""):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(markup: str) -> tuple[str, tuple[str, ...]]:
    """(plain text, link targets) of server-provided HTML. Never raises."""
    if "<" not in markup and "&" not in markup:
        return markup, ()
    parser = _TextAndLinks()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):
        return re.sub(r"<[^>]*>", " ", markup), ()
    return "".join(parser.parts).strip(), tuple(parser.links)
