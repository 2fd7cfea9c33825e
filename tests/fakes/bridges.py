"""Fake doors from other networks into the fediverse: Bridgy Fed for Bluesky, and Threads.

Shapes as the real services answer (Bridgy Fed's source; Threads' public endpoints):
- Bridgy Fed (`bsky.brid.gy`): WebFinger for `acct:<handle>@bsky.brid.gy` → 200
  `application/jrd+json` with aliases (the bsky.app profile, the handle's site), a profile page,
  an avatar, `canonical_uri`, two `self` links to `/ap/did:plc:…` (ld+json and activity+json),
  inbox, sharedInbox and a subscribe template; an unbridged handle → 404. Actors live at
  `/ap/<did>` with `preferredUsername` = the handle; nodeinfo names `bridgy-fed`; the
  Mastodon API is not there (401, it needs a signed-in client).
- Threads (`www.threads.net`; `threads.net` redirects there): WebFinger → subject and one `self`
  link to `/ap/users/<numeric id>/`; an account not shared with the fediverse has no actor
  (404 `{"success": false, "error": "Not found"}`), an unknown name no WebFinger (404).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest

from tests.fakes.https import FakeNetwork, Request, Response

AP_TYPES = ("application/activity+json", "application/ld+json")
JRD = {"Content-Type": "application/jrd+json"}
AS_CONTEXT = "https://www.w3.org/ns/activitystreams"


@dataclass
class Bridged:
    handle: str
    display_name: str = ""
    note: str = ""
    bridged: bool = True
    did: str = ""


class FakeBridgyFed:
    """`bsky.brid.gy`: Bluesky accounts that opted into the bridge, and those that did not."""

    domain = "bsky.brid.gy"

    def __init__(self) -> None:
        self.accounts: dict[str, Bridged] = {}
        self.log: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()

    def add(self, handle: str, **fields: Any) -> Bridged:
        did = "did:plc:" + hashlib.sha256(handle.encode()).hexdigest()[:24]
        account = Bridged(handle.lower(), did=did, **fields)
        self.accounts[account.handle] = account
        return account

    def __call__(self, request: Request) -> Response:
        response = self._serve(request)
        with self._lock:
            self.log.append((request.method, request.path, response.status))
        return response

    def _serve(self, request: Request) -> Response:
        path = request.path
        if path == "/.well-known/webfinger":
            return self._webfinger(request)
        if path == "/.well-known/nodeinfo":
            return Response.json(
                {
                    "links": [
                        {
                            "rel": "http://nodeinfo.diaspora.software/ns/schema/2.1",
                            "href": f"https://{self.domain}/nodeinfo.json",
                        }
                    ]
                }
            )
        if path == "/nodeinfo.json":
            return Response.json(
                {
                    "version": "2.1",
                    "software": {
                        "name": "bridgy-fed",
                        "version": "0.1.0",
                        "repository": "https://github.com/snarfed/bridgy-fed",
                    },
                    "protocols": ["activitypub", "atproto"],
                    "services": {"outbound": [], "inbound": []},
                    "usage": {"users": {"total": len(self.accounts)}},
                    "openRegistrations": True,
                    "metadata": {},
                }
            )
        if path.startswith("/ap/did:"):
            return self._actor(request, path.split("/")[2])
        if path.startswith("/api/"):
            return Response.json({"error": "The access token is invalid"}, 401)
        return Response.text("Not found", 404, "text/html")

    def _bridged(self, handle: str) -> Bridged | None:
        account = self.accounts.get(handle.lower())
        return account if account is not None and account.bridged else None

    def _webfinger(self, request: Request) -> Response:
        resource = (request.arg("resource") or "").removeprefix("acct:")
        handle, _, host = resource.rpartition("@")
        account = self._bridged(handle) if host.lower() == self.domain else None
        if account is None:
            return Response.text(f"No user found for {resource}", 404, "text/plain")
        actor = f"https://{self.domain}/ap/{account.did}"
        profile = f"https://bsky.app/profile/{account.handle}"
        return Response.json(
            {
                "subject": f"acct:{account.handle}@{self.domain}",
                "aliases": [profile, f"https://{account.handle}/"],
                "links": [
                    {
                        "rel": "http://webfinger.net/rel/profile-page",
                        "type": "text/html",
                        "href": profile,
                    },
                    {
                        "rel": "http://webfinger.net/rel/avatar",
                        "type": "image/jpeg",
                        "href": f"https://cdn.bsky.app/img/avatar/plain/{account.did}/x@jpeg",
                    },
                    {"rel": "canonical_uri", "type": "text/html", "href": profile},
                    {
                        "rel": "self",
                        "type": f'application/ld+json; profile="{AS_CONTEXT}"',
                        "href": actor,
                    },
                    {"rel": "self", "type": "application/activity+json", "href": actor},
                    {"rel": "inbox", "type": "application/activity+json", "href": f"{actor}/inbox"},
                    {
                        "rel": "sharedInbox",
                        "type": "application/activity+json",
                        "href": f"https://{self.domain}/ap/sharedInbox",
                    },
                    {
                        "rel": "http://ostatus.org/schema/1.0/subscribe",
                        "template": f"https://fed.brid.gy/bsky/{account.handle}?url={{uri}}",
                    },
                ],
            },
            headers=JRD,
        )

    def _actor(self, request: Request, did: str) -> Response:
        if not any(t in request.headers.get("accept", "") for t in AP_TYPES):
            return Response(302, b"", {"Location": f"https://bsky.app/profile/{did}"})
        account = next((a for a in self.accounts.values() if a.did == did and a.bridged), None)
        if account is None:
            return Response.text("Not found", 404, "text/html")
        actor = f"https://{self.domain}/ap/{did}"
        return Response.json(
            {
                "@context": [AS_CONTEXT, "https://w3id.org/security/v1"],
                "type": "Person",
                "id": actor,
                "url": f"https://bsky.app/profile/{account.handle}",
                "preferredUsername": account.handle,
                "name": account.display_name,
                "summary": account.note,
                "inbox": f"{actor}/inbox",
                "outbox": f"{actor}/outbox",
                "followers": f"{actor}/followers",
                "following": f"{actor}/following",
                "endpoints": {"sharedInbox": f"https://{self.domain}/ap/sharedInbox"},
                "manuallyApprovesFollowers": False,
                "discoverable": True,
            },
            headers={"Content-Type": "application/activity+json"},
        )


@dataclass
class ThreadsUser:
    username: str
    id: str
    display_name: str = ""
    shared: bool = True


class FakeThreads:
    """`www.threads.net`: profiles shared with the fediverse have an actor; the others 404."""

    domain = "www.threads.net"

    def __init__(self) -> None:
        self.users: dict[str, ThreadsUser] = {}
        self.log: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        self._ids = iter(range(63_000_000_001, 10**12))

    def add(self, username: str, **fields: Any) -> ThreadsUser:
        user = ThreadsUser(username.lower(), str(next(self._ids)), **fields)
        self.users[user.username] = user
        return user

    def __call__(self, request: Request) -> Response:
        if request.host == "threads.net":
            query = urlencode(request.query, doseq=True)
            target = f"https://{self.domain}{request.path}" + (f"?{query}" if query else "")
            response = Response(301, b"", {"Location": target})
        else:
            response = self._serve(request)
        with self._lock:
            self.log.append((request.method, request.path, response.status))
        return response

    def _serve(self, request: Request) -> Response:
        if request.path == "/.well-known/webfinger":
            resource = (request.arg("resource") or "").removeprefix("acct:")
            name, _, host = resource.partition("@")
            user = self.users.get(name.lower()) if host.lower() == "threads.net" else None
            if user is None:
                return Response.json({"success": False, "error": "Not found"}, 404)
            return Response.json(
                {
                    "subject": f"acct:{user.username}@threads.net",
                    "links": [
                        {
                            "rel": "self",
                            "type": "application/activity+json",
                            "href": f"https://{self.domain}/ap/users/{user.id}/",
                        }
                    ],
                },
                headers=JRD,
            )
        if request.path.startswith("/ap/users/"):
            wanted = request.path.split("/")[3]
            user = next((u for u in self.users.values() if u.id == wanted and u.shared), None)
            if user is None:
                return Response.json({"success": False, "error": "Not found"}, 404)
            actor = f"https://{self.domain}/ap/users/{user.id}/"
            return Response.json(
                {
                    "@context": [AS_CONTEXT, "https://w3id.org/security/v1"],
                    "id": actor,
                    "type": "Person",
                    "preferredUsername": user.username,
                    "name": user.display_name,
                    "url": f"https://www.threads.net/@{user.username}",
                    "inbox": f"{actor}inbox/",
                    "outbox": f"{actor}outbox/",
                    "followers": f"{actor}followers/",
                    "following": f"{actor}following/",
                    "manuallyApprovesFollowers": False,
                },
                headers={"Content-Type": "application/activity+json"},
            )
        return Response.text("<html>Threads</html>", 404, "text/html")


@pytest.fixture
def fake_bridgy(fake_network: FakeNetwork) -> Iterator[FakeBridgyFed]:
    bridge = FakeBridgyFed()
    fake_network.add([bridge.domain], bridge)
    yield bridge


@pytest.fixture
def fake_threads(fake_network: FakeNetwork) -> Iterator[FakeThreads]:
    threads = FakeThreads()
    fake_network.add(["threads.net", threads.domain], threads)
    yield threads
