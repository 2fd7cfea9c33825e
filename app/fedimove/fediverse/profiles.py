"""Turning server JSON (Mastodon API accounts, ActivityPub actors) into `RemoteProfile`s.

Server JSON is untrusted: every field is checked for its type, HTML becomes plain text, and
anything unexpected yields an empty value rather than an exception.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fedimove.core.dates import iso_date
from fedimove.core.handles import Handle
from fedimove.core.remote_profile import AccountState, ProfileField, RemoteProfile, html_text

MAX_FIELDS = 16


def _text(value: Any, limit: int = 5000) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _fields(items: Any, verified_key: str | None) -> tuple[ProfileField, ...]:
    fields = []
    for item in items[:MAX_FIELDS] if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        name, _ = html_text(_text(item.get("name"), 500))
        value, urls = html_text(_text(item.get("value"), 2000))
        verified = bool(verified_key and item.get(verified_key))
        fields.append(ProfileField(name, value, urls, verified))
    return tuple(fields)


def _handle(acct: Any, host: str) -> Handle | None:
    if not isinstance(acct, str) or not acct:
        return None
    user, sep, other = acct.lstrip("@").partition("@")
    return Handle(user, (other if sep else host).lower()) if user else None


def from_api(data: Any, host: str, source: str) -> RemoteProfile | None:
    """A Mastodon API account (lookup on its server, or search on the user's own)."""
    if not isinstance(data, dict):
        return None
    address = _handle(data.get("acct"), host)
    if address is None:
        return None
    if data.get("suspended"):
        return RemoteProfile(address, AccountState.SUSPENDED, reason="suspended", source=source)
    note, note_urls = html_text(_text(data.get("note")))
    moved = data.get("moved")
    moved_to = _handle(moved.get("acct"), host) if isinstance(moved, dict) else None
    return RemoteProfile(
        address=address,
        state=AccountState.ACTIVE,
        url=_text(data.get("url"), 500),
        display_name=_text(data.get("display_name"), 200),
        note=note,
        note_urls=note_urls,
        fields=_fields(data.get("fields"), "verified_at"),
        locked=bool(data.get("locked")),
        moved_to=moved_to,
        source=source,
        actor_uri=_https(data.get("uri")),
        avatar=_https(data.get("avatar_static") or data.get("avatar")),
        created_at=iso_date(data.get("created_at")) or "",
    )


def from_actor(data: Any, address: Handle) -> RemoteProfile | None:
    """An ActivityPub actor; `address` is the canonical one WebFinger gave."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    if data.get("suspended"):
        return RemoteProfile(address, AccountState.SUSPENDED, reason="suspended", source="actor")
    note, note_urls = html_text(_text(data.get("summary")))
    url = data.get("url")
    if isinstance(url, list):
        url = next((u for u in url if isinstance(u, str)), "")
    elif isinstance(url, dict):
        url = url.get("href", "")
    attachments = (
        [a for a in data.get("attachment", []) if isinstance(a, dict)]
        if isinstance(data.get("attachment"), list)
        else []
    )
    return RemoteProfile(
        address=address,
        state=AccountState.ACTIVE,
        url=_text(url, 500),
        display_name=_text(data.get("name"), 200),
        note=note,
        note_urls=note_urls,
        fields=_fields([a for a in attachments if a.get("type") == "PropertyValue"], None),
        locked=bool(data.get("manuallyApprovesFollowers")),
        source="actor",
        actor_uri=_https(data.get("id")),
        avatar=_https(_icon_url(data.get("icon"))),
        created_at=iso_date(data.get("published")) or "",
    )


def _icon_url(icon: Any) -> Any:
    """An actor's `icon`: an Image object (or a list of them) whose `url` is the picture."""
    if isinstance(icon, list):
        icon = next((i for i in icon if isinstance(i, dict)), None)
    return icon.get("url") if isinstance(icon, dict) else None


def _https(value: Any) -> str:
    return value[:500] if isinstance(value, str) and value.startswith("https://") else ""


def also_known_as(data: Any) -> tuple[str, ...]:
    """The actor's `alsoKnownAs`: the accounts it says it was (a move's target must say so)."""
    value = data.get("alsoKnownAs") if isinstance(data, dict) else None
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(item for item in items[:MAX_FIELDS] if isinstance(item, str))


def moved_actor_url(data: Any) -> str | None:
    target = data.get("movedTo") if isinstance(data, dict) else None
    return target if isinstance(target, str) and target.startswith("https://") else None


def actor_handle(data: Any, url: str) -> Handle | None:
    """`preferredUsername@host` of an actor fetched from `url` (before WebFinger says better)."""
    name = data.get("preferredUsername") if isinstance(data, dict) else None
    host = urlsplit(url).hostname
    return Handle(name, host.lower()) if isinstance(name, str) and name and host else None
