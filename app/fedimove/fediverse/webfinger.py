"""WebFinger, host-meta aware: where an address's ActivityPub actor lives.

A domain may delegate its accounts to another server (`alice@example.com` served by
`social.example.com`): its `/.well-known/host-meta` then names the WebFinger template to use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import requests

from fedimove.core.handles import Handle
from fedimove.fediverse.http_json import get_capped, get_json

JRD = "application/jrd+json, application/json"
_LRDD = re.compile(r"<Link[^>]*rel=[\"']lrdd[\"'][^>]*template=[\"']([^\"']+)[\"']", re.I)
_LRDD_REVERSED = re.compile(r"<Link[^>]*template=[\"']([^\"']+)[\"'][^>]*rel=[\"']lrdd[\"']", re.I)


@dataclass(frozen=True, slots=True)
class Finger:
    """What WebFinger said: the canonical address, the actor URL; or why there is none."""

    status: int
    subject: Handle | None = None
    actor_url: str | None = None
    profile_url: str | None = None

    @property
    def found(self) -> bool:
        return self.subject is not None and self.actor_url is not None


def host_meta_template(session: requests.Session, host: str) -> str | None:
    """The lrdd template of a host's host-meta (XRD or JSON), if it has one.

    Read with the same cap as every JSON answer: a host-meta over 1 MB is no host-meta."""
    status, body = get_capped(session, f"https://{host}/.well-known/host-meta")
    if status != 200 or body is None:
        return None
    return parse_host_meta(body.decode("utf-8", "replace"))


def parse_host_meta(text: str) -> str | None:
    """The lrdd template in a host-meta XRD document (servers write it either way round)."""
    found = _LRDD.search(text) or _LRDD_REVERSED.search(text)
    return found.group(1).replace("&amp;", "&") if found else None


def finger(session: requests.Session, handle: Handle, template: str | None = None) -> Finger:
    resource = f"acct:{handle.user}@{handle.host}"
    if template and "{uri}" in template:
        url = template.replace("{uri}", quote(resource, safe=""))
        result = get_json(session, url, accept=JRD)
    else:
        result = get_json(
            session,
            f"https://{handle.host}/.well-known/webfinger",
            {"resource": resource},
            accept=JRD,
        )
    if result.status != 200:
        return Finger(result.status)
    return parse_jrd(result.data, handle)


def actor_of(session: requests.Session, handle: Handle) -> str | None:
    """The actor URL the address's own domain names for it (through host-meta if delegated)."""
    answer = finger(session, handle)
    if not answer.found and answer.status != 410:
        template = host_meta_template(session, handle.host)
        if template:
            answer = finger(session, handle, template)
    return answer.actor_url if answer.found else None


def parse_jrd(data: object, asked: Handle) -> Finger:
    """A WebFinger answer: its subject (the canonical address) and the actor and profile links."""
    if not isinstance(data, dict) or not data:
        return Finger(200)
    actor = profile = None
    links = data.get("links")
    for link in links if isinstance(links, list) else ():
        if not isinstance(link, dict) or not isinstance(link.get("href"), str):
            continue
        if link.get("rel") == "self" and str(link.get("type", "")).startswith(
            ("application/activity+json", "application/ld+json")
        ):
            actor = link["href"]
        elif link.get("rel") == "http://webfinger.net/rel/profile-page":
            profile = link["href"]
    if actor and not actor.startswith("https://"):
        actor = None
    return Finger(200, _subject(data.get("subject"), asked), actor, profile)


def _subject(value: object, asked: Handle) -> Handle:
    if isinstance(value, str) and value.startswith("acct:"):
        user, sep, host = value[5:].partition("@")
        if sep and user and host:
            return Handle(user, host.lower())
    return asked
