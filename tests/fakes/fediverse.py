"""Fake fediverse servers other than the user's own: what matching talks to.

Kinds of host, as met in the wild:
- `mastodon`: WebFinger, host-meta, nodeinfo, ActivityPub actors, and the public Mastodon
  API (`/api/v1/accounts/lookup`, anonymous, rate-limited per address with headers);
- `pleroma` / `akkoma`: the same, reporting their own software;
- `gotosocial`: WebFinger and nodeinfo, but actors only for signed requests (401 unsigned) and
  no anonymous API — the home server's search is the way in;
- `misskey`: WebFinger, nodeinfo and actors, no Mastodon API;
- a delegated domain (`delegate("example.com", to=host)`): only host-meta, pointing WebFinger
  at the real server, which names accounts `user@example.com`.

Accounts can be locked, moved (`moved_to="user@host"`; the target names its old accounts in
`also_known_as`, as Mastodon requires before a move, or not, as a liar would), suspended
(actor says so, API 410/404) or gone (410). `FakeFediverse.resolver` lets the fake home
server resolve remote accounts the way a real one does with signed fetches.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.fakes.https import FakeNetwork, Request, Response
from tests.fakes.mastodon_model import FakeAccount, FixedWindow

API_KINDS = frozenset({"mastodon", "pleroma", "akkoma"})
AP_TYPES = ("application/activity+json", "application/ld+json")


@dataclass
class Person:
    """One account on a fake host. `fields` are (name, value, verified)."""

    username: str
    display_name: str = ""
    note: str = ""
    fields: list[tuple[str, str, bool]] = field(default_factory=list)
    locked: bool = False
    moved_to: str | None = None
    also_known_as: list[str] = field(default_factory=list)  # addresses it says it was
    suspended: bool = False
    gone: bool = False
    id: str = ""
    created_at: str = "2022-11-07T00:00:00.000Z"  # Mastodon's API gives it at midnight UTC


class FediverseHost:
    """One server, serving every kind of request a matcher might make."""

    def __init__(
        self,
        domain: str,
        kind: str = "mastodon",
        *,
        account_domain: str | None = None,
        rate_limit: int = 300,
        rate_window: float = 300.0,
        clock: Any = time.time,
    ) -> None:
        self.domain = domain
        self.kind = kind
        self.account_domain = account_domain or domain
        self.people: dict[str, Person] = {}
        self.latency = 0.0
        self.log: list[tuple[str, str, int]] = []
        self.limiter = FixedWindow(rate_limit, rate_window)
        self.clock = clock
        self.down = False
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._ids = iter(range(110_000_000_000_000_001, 10**20))

    def add(self, username: str, **fields: Any) -> Person:
        person = Person(username, **fields)
        person.id = str(next(self._ids))
        self.people[username.lower()] = person
        return person

    def requests(self, path_prefix: str = "/") -> list[tuple[str, str, int]]:
        with self._lock:
            return [entry for entry in self.log if entry[1].startswith(path_prefix)]

    def actor_url(self, person: Person) -> str:
        return f"https://{self.domain}/users/{person.username}"

    def __call__(self, request: Request) -> Response:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.latency:
                time.sleep(self.latency)
            response = self._serve(request)
        finally:
            with self._lock:
                self.in_flight -= 1
        with self._lock:
            self.log.append((request.method, request.path, response.status))
        return response

    def _serve(self, request: Request) -> Response:
        if self.down:
            return Response.text("<h1>502 Bad Gateway</h1>", 502, "text/html")
        path = request.path
        if path == "/.well-known/webfinger":
            return self._webfinger(request)
        if path == "/.well-known/host-meta":
            return self._host_meta()
        if path == "/.well-known/nodeinfo":
            return Response.json(
                {
                    "links": [
                        {
                            "rel": "http://nodeinfo.diaspora.software/ns/schema/2.0",
                            "href": f"https://{self.domain}/nodeinfo/2.0",
                        }
                    ]
                }
            )
        if path == "/nodeinfo/2.0":
            return Response.json(
                {
                    "version": "2.0",
                    "software": {"name": self.kind, "version": "4.3.2"},
                    "protocols": ["activitypub"],
                    "usage": {"users": {"total": len(self.people)}},
                    "openRegistrations": True,
                    "metadata": {},
                }
            )
        if path.startswith("/users/"):
            return self._actor(request, path.split("/")[2])
        if path.startswith("/api/"):
            return self._api(request)
        return Response.json({"error": "Not Found"}, 404)

    def _person(self, username: str) -> Person | None:
        return self.people.get(username.lower())

    def _webfinger(self, request: Request) -> Response:
        resource = (request.arg("resource") or "").removeprefix("acct:").lstrip("@")
        user, _, host = resource.partition("@")
        # Mastodon answers for its web domain as well as its account domain (the subject
        # always names the account domain).
        domains = (self.domain, self.account_domain)
        person = self._person(user) if host.lower() in domains else None
        if person is None:
            return (
                Response.json({"error": "Not Found"}, 404)
                if self.kind != "misskey"
                else Response(404, b"")
            )
        if person.gone:
            return Response.json({"error": "Gone"}, 410)
        actor = self.actor_url(person)
        return Response.json(
            {
                "subject": f"acct:{person.username}@{self.account_domain}",
                "aliases": [actor, f"https://{self.domain}/@{person.username}"],
                "links": [
                    {
                        "rel": "http://webfinger.net/rel/profile-page",
                        "type": "text/html",
                        "href": f"https://{self.domain}/@{person.username}",
                    },
                    {"rel": "self", "type": "application/activity+json", "href": actor},
                ],
            },
            headers={"Content-Type": "application/jrd+json; charset=utf-8"},
        )

    def _host_meta(self) -> Response:
        template = f"https://{self.domain}/.well-known/webfinger?resource={{uri}}"
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n'
            f'  <Link rel="lrdd" template="{html.escape(template)}"/>\n</XRD>\n'
        )
        return Response.text(xml, 200, "application/xrd+xml")

    def _actor(self, request: Request, username: str) -> Response:
        accept = request.headers.get("accept", "")
        if not any(t in accept for t in AP_TYPES):
            return Response(302, b"", {"Location": f"https://{self.domain}/@{username}"})
        if self.kind == "gotosocial" and "signature" not in request.headers:
            return Response.json({"error": "Unauthorized: missing http signature"}, 401)
        person = self._person(username)
        if person is None:
            return Response.json({"error": "Record not found"}, 404)
        if person.gone:
            return Response.json({"error": "Gone"}, 410)
        return Response.json(
            self.actor_json(person), headers={"Content-Type": "application/activity+json"}
        )

    def actor_json(self, person: Person) -> dict[str, Any]:
        actor = self.actor_url(person)
        data: dict[str, Any] = {
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": actor,
            "type": "Person",
            "preferredUsername": person.username,
            "name": "" if person.suspended else person.display_name,
            "summary": "" if person.suspended else person.note,
            "url": f"https://{self.domain}/@{person.username}",
            "manuallyApprovesFollowers": person.locked,
            "published": person.created_at.replace(".000", ""),
            "inbox": f"{actor}/inbox",
            "outbox": f"{actor}/outbox",
            "attachment": []
            if person.suspended
            else [
                {"type": "PropertyValue", "name": name, "value": value}
                for name, value, _verified in person.fields
            ],
        }
        if person.suspended:
            data["suspended"] = True
        if person.moved_to:
            data["movedTo"] = self._actor_of(person.moved_to)
        if person.also_known_as:
            data["alsoKnownAs"] = [self._actor_of(a) for a in person.also_known_as]
        return data

    @staticmethod
    def _actor_of(address: str) -> str:
        user, _, host = address.partition("@")
        return f"https://{host}/users/{user}"

    def _api(self, request: Request) -> Response:
        if self.kind not in API_KINDS:
            if self.kind == "gotosocial":
                return Response.json({"error": "Unauthorized"}, 401)
            return Response.json({"error": "Not Found"}, 404)
        now = self.clock()
        over = self.limiter.hit("ip", now) > self.limiter.limit
        headers = self.limiter.headers("ip", now)
        if over:
            return Response.json({"error": "Too many requests"}, 429, headers)
        response = self._api_route(request)
        response.headers.update(headers)
        return response

    def _api_route(self, request: Request) -> Response:
        if request.path == "/api/v1/instance":
            # Mastodon's `uri` is its LOCAL_DOMAIN: the domain its accounts' addresses name.
            return Response.json({"uri": self.account_domain, "version": "4.3.2"})
        if request.path != "/api/v1/accounts/lookup":
            return Response.json({"error": "Not Found"}, 404)
        acct = (request.arg("acct") or "").lstrip("@")
        user, _, host = acct.partition("@")
        person = (
            self._person(user) if host.lower() in ("", self.domain, self.account_domain) else None
        )
        if person is None or person.gone:
            return Response.json({"error": "Record not found"}, 404)
        if person.suspended:
            return Response.json({"error": "Account suspended"}, 410)
        return Response.json(self.api_account(person))

    def api_account(self, person: Person) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": person.id,
            "username": person.username,
            "acct": person.username,
            "display_name": person.display_name,
            "locked": person.locked,
            "bot": False,
            "note": person.note,
            "url": f"https://{self.domain}/@{person.username}",
            "uri": self.actor_url(person),
            "created_at": person.created_at,
            "fields": [
                {
                    "name": name,
                    "value": value,
                    "verified_at": "2024-05-01T10:00:00.000+00:00" if verified else None,
                }
                for name, value, verified in person.fields
            ],
        }
        if person.moved_to:
            user, _, host = person.moved_to.partition("@")
            data["moved"] = {
                "id": "1",
                "username": user,
                "acct": person.moved_to,
                "url": f"https://{host}/@{user}",
                "uri": f"https://{host}/users/{user}",
                "fields": [],
            }
        return data


class DelegatingDomain:
    """A domain that only serves host-meta, delegating WebFinger to the real server."""

    def __init__(self, domain: str, server: FediverseHost) -> None:
        self.domain, self.server = domain, server
        self.log: list[tuple[str, str, int]] = []

    def __call__(self, request: Request) -> Response:
        response = self._serve(request)
        self.log.append((request.method, request.path, response.status))
        return response

    def _serve(self, request: Request) -> Response:
        if request.path == "/.well-known/host-meta":
            return self.server._host_meta()
        return Response.text("<h1>Personal site</h1>", 404, "text/html")


class FakeFediverse:
    """Every fake host, reachable by name through the test network."""

    def __init__(self, network: FakeNetwork) -> None:
        self.network = network
        self.hosts: dict[str, FediverseHost] = {}
        self.delegations: dict[str, DelegatingDomain] = {}

    def add_host(self, domain: str, kind: str = "mastodon", **options: Any) -> FediverseHost:
        host = FediverseHost(domain, kind, **options)
        self.hosts[domain] = host
        self.network.add([domain], host)
        return host

    def delegate(self, domain: str, to: FediverseHost) -> DelegatingDomain:
        delegation = DelegatingDomain(domain, to)
        to.account_domain = domain
        self.delegations[domain] = delegation
        self.network.add([domain], delegation)
        return delegation

    def set_latency(self, seconds: float) -> None:
        for host in self.hosts.values():
            host.latency = seconds

    def total_requests(self) -> int:
        return sum(len(h.log) for h in self.hosts.values()) + sum(
            len(d.log) for d in self.delegations.values()
        )

    def find(self, user: str, host: str) -> tuple[FediverseHost, Person] | None:
        server = self.hosts.get(host) or (
            self.delegations[host].server if host in self.delegations else None
        )
        if server is None:
            return None
        person = server.people.get(user.lower())
        return (server, person) if person else None

    def resolver(self, user: str, host: str) -> FakeAccount | None:
        """How the home server sees a remote account after a signed fetch."""
        found = self.find(user, host)
        if found is None or found[1].gone:
            return None
        server, person = found
        return FakeAccount(
            id="",
            username=person.username,
            domain=host,
            display_name=person.display_name,
            note=person.note,
            locked=person.locked,
            fields=[
                {
                    "name": n,
                    "value": v,
                    "verified_at": "2024-05-01T10:00:00.000+00:00" if ok else None,
                }
                for n, v, ok in person.fields
            ],
            suspended=person.suspended,
            url=f"https://{server.domain}/@{person.username}",
            uri=server.actor_url(person),
        )


def link(url: str) -> str:
    """A profile field value as Mastodon renders a link (HTML)."""
    shown = url.split("://", 1)[-1]
    return (
        f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener me">'
        f"{html.escape(shown)}</a>"
    )


@pytest.fixture
def fake_fediverse(fake_network: FakeNetwork) -> Iterator[FakeFediverse]:
    yield FakeFediverse(fake_network)
