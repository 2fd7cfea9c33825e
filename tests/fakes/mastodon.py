"""A fake home Mastodon server: the client API, OAuth, and the real limits, over real HTTPS.

It behaves as Mastodon 4.x does, as far as Fedimove can tell (shapes checked against the
Mastodon.py sdist's vcrpy cassettes, limits from Mastodon's source):

- OAuth: `POST /api/v1/apps`, `/oauth/authorize` (the browser's user has already clicked
  "Authorize": the fake answers with the redirect straight away; `oob` goes to
  `/oauth/authorize/native?code=…` which shows the code), `/oauth/token` (authorization code
  with PKCE S256, client credentials), `/oauth/revoke`, `/.well-known/oauth-authorization-server`.
  Loopback redirect URIs must match exactly, ports included, as Doorkeeper checks them, unless
  `loopback_any_port` (RFC 8252) is set.
- Rate limits as Rack::Attack counts them: per token (300) and per user (1,500) per 5-minute
  fixed window aligned on the epoch, per address when anonymous. Every `/api/` response carries
  `X-RateLimit-Limit/-Remaining/-Reset` (ISO 8601) of the most limited counter; over the limit,
  429 `{"error":"Too many requests"}`. Follow endpoints report the follows family instead when it
  is the tighter one, as `override_rate_limit_headers :follow, family: :follows` does.
- Follows: 400 new follows or requests per UTC day (429), 7,500 in total (422 "You cannot follow
  more than…"), locked accounts give `requested`, moved accounts 403, unknown or suspended 404,
  re-following is harmless and uncounted; unfollowing removes from every list.
- Lists: at most 50; members must be followed or requested; one bad id rejects the batch.

Everything is injectable so tests scale time down, not logic: `clock`, `rate_window`,
`rate_limit`, `follow_window`, `follow_daily_limit`… State is inspectable (`followed_accts()`,
`requests_log`, `throttled`), and faults can be injected (`fail_next`, `drop_next`, `latency`).
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from fedimove.core.home_account import HomeAccount
from tests.fakes.https import FakeNetwork, Request, Response
from tests.fakes.mastodon_model import (
    FakeAccount,
    FakeApp,
    FakeFollow,
    FakeGrant,
    FakeList,
    FakeToken,
    FixedWindow,
    LoggedRequest,
    account_json,
    relationship_json,
)

OOB = "urn:ietf:wg:oauth:2.0:oob"
NOT_FOUND = {"error": "Record not found"}
INVALID_TOKEN = {"error": "The access token is invalid"}
NEEDS_USER = {"error": "This method requires an authenticated user"}
OUT_OF_SCOPE = {"error": "This action is outside the authorized scopes"}
NOT_ALLOWED = {"error": "This action is not allowed"}
TOO_MANY = {"error": "Too many requests"}
INVALID_GRANT = {
    "error": "invalid_grant",
    "error_description": "The provided authorization grant is invalid, expired, revoked, does "
    "not match the redirection URI used in the authorization request, or was issued to another "
    "client.",
}
INVALID_CLIENT = {
    "error": "invalid_client",
    "error_description": "Client authentication failed due to unknown client, no client "
    "authentication included, or unsupported authentication method.",
}
_FOLLOW_SCOPES = {
    "read:follows",
    "write:follows",
    "read:blocks",
    "write:blocks",
    "read:mutes",
    "write:mutes",
}


class DropConnection(Exception):
    """Raised inside the handler: the server hangs up without answering (a reset)."""


@dataclass
class Fault:
    path_prefix: str
    remaining: int
    status: int | None  # None: drop the connection


def _scope_allows(granted: list[str], needed: str) -> bool:
    top = needed.split(":")[0]
    return needed in granted or top in granted or ("follow" in granted and needed in _FOLLOW_SCOPES)


# ActiveModel::Type::Boolean: these are false, anything else is true (so "False" is true).
_RAILS_FALSE = {"0", "f", "F", "false", "FALSE", "off", "OFF", ""}


def _rails_bool(value: str) -> bool:
    return value not in _RAILS_FALSE


def _redirect(location: str) -> Response:
    return Response(302, b"", {"Location": location})


def _loopback(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "::1", "localhost")


class FakeMastodon:
    """One Mastodon server (`domain`), usable as a `fake_network` handler."""

    def __init__(
        self,
        domain: str = "home.example",
        *,
        clock: Callable[[], float] = time.time,
        rate_limit: int = 300,
        user_rate_limit: int = 1500,
        rate_window: float = 300.0,
        follow_daily_limit: int = 400,
        follow_window: float = 86400.0,
        follow_total_limit: int = 7500,
        max_lists: int = 50,
        software: str = "mastodon",
        version: str = "4.3.2",
        pkce: bool = True,
        loopback_any_port: bool = False,
        auto_accept_remote: bool = True,
        page_size: int = 40,
        granular_scopes: bool = True,
    ) -> None:
        self.domain = domain
        self.granular_scopes = granular_scopes
        self.clock = clock
        self.software, self.version = software, version
        self.pkce, self.loopback_any_port = pkce, loopback_any_port
        self.auto_accept_remote = auto_accept_remote
        self.follow_total_limit, self.max_lists = follow_total_limit, max_lists
        self.page_size = page_size
        self.token_limiter = FixedWindow(rate_limit, rate_window)
        self.user_limiter = FixedWindow(user_rate_limit, rate_window)
        self.follow_limiter = FixedWindow(follow_daily_limit, follow_window)
        self.accounts: dict[str, FakeAccount] = {}
        self.apps: dict[str, FakeApp] = {}
        self.grants: dict[str, FakeGrant] = {}
        self.tokens: dict[str, FakeToken] = {}
        self.follows: dict[str, dict[str, FakeFollow]] = {}
        self.blocks: dict[str, set[str]] = {}
        # owner → target → whether the mute hides notifications too
        self.mutes: dict[str, dict[str, bool]] = {}
        self.lists: dict[str, dict[str, FakeList]] = {}
        self.requests_log: list[LoggedRequest] = []
        self.throttled = 0
        self.latency = 0.0
        self.approve = True
        self.browser_account: str | None = None
        self.resolver: Callable[[str, str], FakeAccount | None] | None = None
        self._faults: list[Fault] = []
        self._ids = itertools.count(109_000_000_000_000_001)
        self._follow_ids = itertools.count(1)
        self._lock = threading.RLock()

    # -- setting the scene -------------------------------------------------------------------

    def add_account(self, username: str, domain: str | None = None, **fields: Any) -> FakeAccount:
        """A local account (or, with `domain`, a remote one this server already knows)."""
        with self._lock:
            account = FakeAccount(str(next(self._ids)), username, domain, **fields)
            self.accounts[account.id] = account
            return account

    def add_user(
        self, username: str = "me", scopes: str = "read write follow", **fields: Any
    ) -> tuple[FakeAccount, str]:
        """A local user who signed in already: returns the account and an access token."""
        account = self.add_account(username, **fields)
        self.browser_account = self.browser_account or account.id
        return account, self.issue_token(account.id, scopes.split())

    def issue_token(self, account_id: str | None, scopes: list[str], client_id: str = "") -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self.tokens[token] = FakeToken(client_id, account_id, scopes)
        return token

    def fail_next(self, status: int = 503, times: int = 1, path: str = "/") -> None:
        """The next `times` requests under `path` get `status` (as a proxy would answer)."""
        with self._lock:
            self._faults.append(Fault(path, times, status))

    def drop_next(self, times: int = 1, path: str = "/") -> None:
        """The next `times` requests under `path` are hung up on without an answer."""
        with self._lock:
            self._faults.append(Fault(path, times, None))

    def accept_requests(self) -> None:
        """Every pending follow request is accepted (the remote side sent Accept)."""
        with self._lock:
            for follows in self.follows.values():
                for follow in follows.values():
                    follow.requested = False

    # -- inspecting --------------------------------------------------------------------------

    def find(self, acct: str) -> FakeAccount | None:
        acct = acct.lstrip("@").lower()
        if acct.endswith("@" + self.domain):
            acct = acct[: -len(self.domain) - 1]
        with self._lock:
            for account in self.accounts.values():
                if account.acct.lower() == acct:
                    return account
        return None

    def followed_accts(self, owner_id: str | None = None, requested: bool = False) -> set[str]:
        """The `acct` of every account followed (or, with `requested`, only requested)."""
        with self._lock:
            owners = [owner_id] if owner_id else list(self.follows)
            return {
                self.accounts[f.target_id].acct
                for owner in owners
                for f in self.follows.get(owner, {}).values()
                if f.requested == requested
            }

    def blocked_accts(self, owner_id: str) -> set[str]:
        with self._lock:
            return {self.accounts[i].acct for i in self.blocks.get(owner_id, set())}

    def muted_accts(self, owner_id: str) -> dict[str, bool]:
        """acct → whether notifications are hidden too."""
        with self._lock:
            return {self.accounts[i].acct: n for i, n in self.mutes.get(owner_id, {}).items()}

    def api_requests(self, path_prefix: str = "/api/") -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.requests_log if r.path.startswith(path_prefix)]

    # -- serving -----------------------------------------------------------------------------

    def __call__(self, request: Request) -> Response:
        if self.latency:
            time.sleep(self.latency)
        token = self._bearer(request)
        fault = self._take_fault(request.path)
        if fault is not None:
            self._log(request, 0 if fault.status is None else fault.status, token)
            if fault.status is None:
                raise DropConnection(request.path)
            return Response.text(f"<html><h1>{fault.status}</h1></html>", fault.status, "text/html")
        with self._lock:
            response = self._serve(request, token)
            self._log(request, response.status, token)
            return response

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and path.startswith(fault.path_prefix):
                    fault.remaining -= 1
                    return fault
        return None

    def _log(self, request: Request, status: int, token: str | None) -> None:
        with self._lock:
            self.requests_log.append(
                LoggedRequest(self.clock(), request.method, request.path, status, token)
            )

    @staticmethod
    def _bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        return header[7:].strip() if header.lower().startswith("bearer ") else None

    def _serve(self, request: Request, token: str | None) -> Response:
        if not request.path.startswith("/api/"):
            return self._route(request, None)
        now = self.clock()
        grant = self.tokens.get(token or "")
        valid = grant is not None and not grant.revoked
        counters = [(self.token_limiter, token if valid else "ip:127.0.0.1")]
        if valid and grant and grant.account_id:
            counters.append((self.user_limiter, grant.account_id))
        over = False
        for limiter, key in counters:
            over = limiter.hit(key, now) > limiter.limit or over
        tightest = min(counters, key=lambda c: c[0].limit - c[0].count(c[1], now))
        headers = tightest[0].headers(tightest[1], now)
        if over:
            self.throttled += 1
            return Response.json(TOO_MANY, 429, headers)
        if token and not valid:
            response = Response.json(INVALID_TOKEN, 401)
        else:
            response = self._route(request, grant if valid else None)
        if (
            request.method == "POST"
            and re.fullmatch(r"/api/v1/accounts/[^/]+/follow", request.path)
            and grant
            and grant.account_id
        ):
            follow_headers = self.follow_limiter.headers(grant.account_id, now)
            if int(follow_headers["X-RateLimit-Remaining"]) < int(headers["X-RateLimit-Remaining"]):
                headers = follow_headers
        response.headers.update(headers)
        return response

    # -- routing -----------------------------------------------------------------------------

    def _routes(self) -> list[tuple[str, str, Callable[..., Response], str | None]]:
        """(method, path regex, handler, scope needed or None for anonymous)."""
        return [
            ("POST", r"/api/v1/apps", self._create_app, None),
            ("GET", r"/\.well-known/oauth-authorization-server", self._oauth_metadata, None),
            ("GET", r"/oauth/authorize", self._authorize, None),
            ("GET", r"/oauth/authorize/native", self._native_code, None),
            ("POST", r"/oauth/token", self._token, None),
            ("POST", r"/oauth/revoke", self._revoke, None),
            ("GET", r"/api/v1/instance/?", self._instance_v1, None),
            ("GET", r"/api/v2/instance/?", self._instance_v2, None),
            ("GET", r"/\.well-known/nodeinfo", self._nodeinfo_links, None),
            ("GET", r"/nodeinfo/2\.0", self._nodeinfo, None),
            ("GET", r"/api/v1/accounts/verify_credentials", self._verify, "read:accounts"),
            ("GET", r"/api/v1/accounts/lookup", self._lookup, ""),
            ("GET", r"/api/v1/accounts/relationships", self._relationships, "read:follows"),
            ("GET", r"/api/v1/accounts/(\d+)", self._account, ""),
            ("GET", r"/api/v1/accounts/(\d+)/following", self._following, ""),
            ("GET", r"/api/v1/accounts/(\d+)/lists", self._account_lists, "read:lists"),
            ("POST", r"/api/v1/accounts/(\d+)/follow", self._follow, "write:follows"),
            ("POST", r"/api/v1/accounts/(\d+)/unfollow", self._unfollow, "write:follows"),
            ("POST", r"/api/v1/accounts/(\d+)/block", self._block, "write:blocks"),
            ("POST", r"/api/v1/accounts/(\d+)/mute", self._mute, "write:mutes"),
            ("GET", r"/api/v2/search", self._search, ""),
            ("GET", r"/api/v1/lists", self._lists_index, "read:lists"),
            ("POST", r"/api/v1/lists", self._list_create, "write:lists"),
            ("GET", r"/api/v1/lists/(\d+)", self._list_show, "read:lists"),
            ("PUT", r"/api/v1/lists/(\d+)", self._list_update, "write:lists"),
            ("DELETE", r"/api/v1/lists/(\d+)", self._list_delete, "write:lists"),
            ("GET", r"/api/v1/lists/(\d+)/accounts", self._list_members, "read:lists"),
            ("POST", r"/api/v1/lists/(\d+)/accounts", self._list_add, "write:lists"),
            ("DELETE", r"/api/v1/lists/(\d+)/accounts", self._list_remove, "write:lists"),
        ]

    def _route(self, request: Request, grant: FakeToken | None) -> Response:
        for method, pattern, handler, scope in self._routes():
            match = re.fullmatch(pattern, request.path)
            if not match or method != request.method:
                continue
            if scope:
                if grant is None:
                    return Response.json(INVALID_TOKEN, 401)
                if not _scope_allows(grant.scopes, scope):
                    return Response.json(OUT_OF_SCOPE, 403)
                if grant.account_id is None:
                    return Response.json(NEEDS_USER, 422)
            return handler(request, grant, *match.groups())
        return Response.json(
            {"error": "Not Found"} if request.path.startswith("/api/") else NOT_FOUND, 404
        )

    # -- OAuth ---------------------------------------------------------------------------------

    def _create_app(self, request: Request, _grant: FakeToken | None) -> Response:
        form = request.form()
        name = (form.get("client_name") or [""])[0]
        raw_uris = form.get("redirect_uris") or form.get("redirect_uris[]") or [OOB]
        uris = [u for value in raw_uris for u in re.split(r"[\s]+", value) if u]
        scopes = " ".join(form.get("scopes") or ["read"]).split()
        if not self.granular_scopes and any(":" in scope for scope in scopes):
            return Response.json({"error": "Validation failed: Scopes are invalid"}, 422)
        if not name:
            return Response.json(
                {"error": "Validation failed: Application name can't be blank"}, 422
            )
        for uri in uris:
            parts = urlsplit(uri)
            if uri != OOB and (not parts.scheme or not parts.netloc or parts.fragment):
                return Response.json(
                    {"error": "Validation failed: Redirect URI must be an absolute URI."}, 422
                )
        app = FakeApp(
            secrets.token_urlsafe(32),
            secrets.token_urlsafe(32),
            name,
            uris,
            scopes,
            (form.get("website") or [None])[0],
        )
        self.apps[app.client_id] = app
        return Response.json(
            {
                "id": str(len(self.apps)),
                "name": app.name,
                "website": app.website,
                "scopes": app.scopes,
                "redirect_uris": app.redirect_uris,
                "redirect_uri": "\n".join(app.redirect_uris),
                "vapid_key": "BJGht7R8h9FMwI4oZFyjwGx9_RmR0ylu5_XEVifgiVXM7h8XNEf8zbi4kc_52DVH",
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                "client_secret_expires_at": 0,
            }
        )

    def _oauth_metadata(self, _request: Request, _grant: FakeToken | None) -> Response:
        if not self.pkce:
            return Response.json(NOT_FOUND, 404)
        base = f"https://{self.domain}"
        return Response.json(
            {
                "issuer": f"{base}/",
                "authorization_endpoint": f"{base}/oauth/authorize",
                "token_endpoint": f"{base}/oauth/token",
                "revocation_endpoint": f"{base}/oauth/revoke",
                "app_registration_endpoint": f"{base}/api/v1/apps",
                "scopes_supported": [
                    "read",
                    "write",
                    "follow",
                    "push",
                    "read:accounts",
                    "read:follows",
                    "write:follows",
                    "read:blocks",
                    "write:blocks",
                    "read:mutes",
                    "write:mutes",
                    "read:lists",
                    "write:lists",
                    "read:search",
                ],
                "response_types_supported": ["code"],
                "response_modes_supported": ["query", "fragment", "form_post"],
                "grant_types_supported": ["authorization_code", "client_credentials"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_basic",
                    "client_secret_post",
                ],
                "code_challenge_methods_supported": ["S256"],
                "service_documentation": "https://docs.joinmastodon.org/",
            }
        )

    def _redirect_allowed(self, app: FakeApp, uri: str) -> bool:
        if uri in app.redirect_uris:
            return True
        if self.loopback_any_port and _loopback(uri):
            wanted = urlsplit(uri)._replace(netloc=urlsplit(uri).hostname or "")
            return any(
                _loopback(r) and urlsplit(r)._replace(netloc=urlsplit(r).hostname or "") == wanted
                for r in app.redirect_uris
            )
        return False

    def _authorize(self, request: Request, _grant: FakeToken | None) -> Response:
        app = self.apps.get(request.arg("client_id") or "")
        if app is None:
            return Response.text("<p>invalid_client</p>", 401, "text/html")
        redirect_uri = request.arg("redirect_uri") or ""
        if not self._redirect_allowed(app, redirect_uri):
            return Response.text("<p>invalid_redirect_uri</p>", 400, "text/html")
        state = request.arg("state")

        def back(**params: str) -> Response:
            if state is not None:
                params["state"] = state
            if redirect_uri == OOB:
                return _redirect(
                    f"https://{self.domain}/oauth/authorize/native?" + urlencode(params)
                )
            return _redirect(
                redirect_uri + ("&" if "?" in redirect_uri else "?") + urlencode(params)
            )

        if request.arg("response_type") != "code":
            return back(error="unsupported_response_type")
        scopes = (request.arg("scope") or "read").split()
        if not set(scopes) <= set(app.scopes):
            return back(error="invalid_scope")
        method = request.arg("code_challenge_method")
        if request.arg("code_challenge") and method != "S256":
            return back(error="invalid_request")
        if not self.approve or self.browser_account is None:
            return back(
                error="access_denied",
                error_description="The resource owner or authorization server denied the request.",
            )
        code = secrets.token_urlsafe(32)
        self.grants[code] = FakeGrant(
            app.client_id,
            self.browser_account,
            redirect_uri,
            scopes,
            request.arg("code_challenge"),
            method,
        )
        return back(code=code)

    def _native_code(self, request: Request, _grant: FakeToken | None) -> Response:
        code = request.arg("code") or ""
        return Response.text(
            "<html><body><p>Copy this authorization code and paste it to the application."
            f'</p><input class="oauth-code" readonly type="text" value="{code}"></body></html>',
            200,
            "text/html",
        )

    def _client(self, request: Request) -> FakeApp | None:
        client_id, client_secret = request.arg("client_id"), request.arg("client_secret")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("basic "):
            decoded = base64.b64decode(auth[6:]).decode()
            client_id, _, client_secret = decoded.partition(":")
        app = self.apps.get(client_id or "")
        return app if app and app.client_secret == client_secret else None

    def _token(self, request: Request, _grant: FakeToken | None) -> Response:
        app = self._client(request)
        if app is None:
            return Response.json(INVALID_CLIENT, 401)
        grant_type = request.arg("grant_type")
        if grant_type == "client_credentials":
            scopes = (request.arg("scope") or "read").split()
            return self._token_response(self.issue_token(None, scopes, app.client_id), scopes)
        if grant_type != "authorization_code":
            return Response.json({"error": "unsupported_grant_type"}, 400)
        grant = self.grants.pop(request.arg("code") or "", None)
        if grant is None or grant.client_id != app.client_id:
            return Response.json(INVALID_GRANT, 400)
        if grant.redirect_uri != request.arg("redirect_uri"):
            return Response.json(INVALID_GRANT, 400)
        if grant.challenge:
            verifier = request.arg("code_verifier") or ""
            digest = hashlib.sha256(verifier.encode()).digest()
            computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if computed != grant.challenge:
                return Response.json(INVALID_GRANT, 400)
        token = self.issue_token(grant.account_id, grant.scopes, app.client_id)
        return self._token_response(token, grant.scopes)

    def _token_response(self, token: str, scopes: list[str]) -> Response:
        return Response.json(
            {
                "access_token": token,
                "token_type": "Bearer",
                "scope": " ".join(scopes),
                "created_at": int(self.clock()),
            }
        )

    def _revoke(self, request: Request, _grant: FakeToken | None) -> Response:
        app = self._client(request)
        if app is None:
            return Response.json(
                {
                    "error": "unauthorized_client",
                    "error_description": "You are not authorized to revoke this token",
                },
                403,
            )
        grant = self.tokens.get(request.arg("token") or "")
        if grant and grant.client_id == app.client_id:
            grant.revoked = True
        return Response.json({})

    # -- instance ----------------------------------------------------------------------------

    def _major(self) -> int:
        return int(self.version.split(".")[0]) if self.software == "mastodon" else 4

    def _instance_v1(self, _request: Request, _grant: FakeToken | None) -> Response:
        return Response.json(
            {
                "uri": self.domain,
                "title": self.domain,
                "short_description": "",
                "description": "",
                "email": "",
                "version": self.version,
                "urls": {"streaming_api": f"wss://{self.domain}"},
                "stats": {"user_count": len(self.accounts), "status_count": 0, "domain_count": 1},
                "languages": ["en", "fr"],
                "registrations": True,
                "approval_required": False,
                "invites_enabled": True,
                "thumbnail": f"https://{self.domain}/packs/media/images/preview.png",
                "configuration": {"accounts": {"max_featured_tags": 10}},
                "contact_account": None,
                "rules": [],
            }
        )

    def _instance_v2(self, _request: Request, _grant: FakeToken | None) -> Response:
        if self._major() < 4:
            return Response.json({"error": "Not Found"}, 404)
        return Response.json(
            {
                "domain": self.domain,
                "title": self.domain,
                "version": self.version,
                "source_url": "https://github.com/mastodon/mastodon",
                "api_versions": {"mastodon": 2},
                "description": "",
                "usage": {"users": {"active_month": len(self.accounts)}},
                "thumbnail": {"url": f"https://{self.domain}/packs/media/images/preview.png"},
                "icon": [],
                "languages": ["en", "fr"],
                "configuration": {
                    "urls": {"streaming": f"wss://{self.domain}"},
                    "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                    "statuses": {"max_characters": 500},
                },
                "registrations": {"enabled": True, "approval_required": False},
                "contact": {"email": "", "account": None},
                "rules": [],
            }
        )

    def _nodeinfo_links(self, _request: Request, _grant: FakeToken | None) -> Response:
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

    def _nodeinfo(self, _request: Request, _grant: FakeToken | None) -> Response:
        return Response.json(
            {
                "version": "2.0",
                "software": {"name": self.software, "version": self.version},
                "protocols": ["activitypub"],
                "services": {"outbound": [], "inbound": []},
                "usage": {"users": {"total": len(self.accounts)}, "localPosts": 0},
                "openRegistrations": True,
                "metadata": {"nodeName": self.domain},
            }
        )

    # -- accounts ------------------------------------------------------------------------------

    def _json(self, account: FakeAccount) -> dict[str, Any]:
        moved = self.accounts.get(account.moved_to or "")
        return account_json(account, self.domain, self._json(moved) if moved else None)

    def _verify(self, _request: Request, grant: FakeToken) -> Response:
        account = self.accounts[grant.account_id or ""]
        data = self._json(account)
        data["source"] = {
            "privacy": "public",
            "sensitive": False,
            "language": None,
            "note": account.note,
            "fields": account.fields,
            "follow_requests_count": 0,
        }
        return Response.json(data)

    def _lookup(self, request: Request, _grant: FakeToken | None) -> Response:
        account = self.find(request.arg("acct") or "")
        if account is None or account.suspended:
            return Response.json(NOT_FOUND, 404)
        return Response.json(self._json(account))

    def _account(self, _request: Request, _grant: FakeToken | None, account_id: str) -> Response:
        account = self.accounts.get(account_id)
        if account is None:
            return Response.json(NOT_FOUND, 404)
        return Response.json(self._json(account))

    def _relationships(self, request: Request, grant: FakeToken) -> Response:
        """In the order asked, unknown ids left out, and suspended accounts too unless
        `with_suspended` (RelationshipsController)."""
        ids = request.query.get("id[]", []) + request.query.get("id", [])
        owner = grant.account_id or ""
        suspended = _rails_bool(request.arg("with_suspended") or "false")
        known = [
            i for i in ids if i in self.accounts and (suspended or not self.accounts[i].suspended)
        ]
        return Response.json([self._relation(owner, i) for i in known])

    def _relation(self, owner: str, target_id: str) -> dict[str, Any]:
        return relationship_json(
            target_id,
            self.follows.get(owner, {}).get(target_id),
            blocking=target_id in self.blocks.get(owner, set()),
            muting=self.mutes.get(owner, {}).get(target_id),
        )

    def _following(self, request: Request, _grant: FakeToken | None, account_id: str) -> Response:
        if account_id not in self.accounts:
            return Response.json(NOT_FOUND, 404)
        follows = [f for f in self.follows.get(account_id, {}).values() if not f.requested]
        items = [(f.id, self._json(self.accounts[f.target_id])) for f in follows]
        return self._page(request, items)

    def _page(self, request: Request, items: list[tuple[int, Any]]) -> Response:
        """Mastodon's id-based pagination, newest first, with a Link header."""
        limit = int(request.arg("limit") or self.page_size)
        limit = min(limit, 80) if limit > 0 else len(items) or 1
        max_id, since_id, min_id = (request.arg(k) for k in ("max_id", "since_id", "min_id"))
        items = sorted(items, key=lambda i: i[0], reverse=True)
        if max_id:
            items = [i for i in items if i[0] < int(max_id)]
        if since_id:
            items = [i for i in items if i[0] > int(since_id)]
        if min_id:
            items = sorted((i for i in items if i[0] > int(min_id)), key=lambda i: i[0])
            page = sorted(items[:limit], key=lambda i: i[0], reverse=True)
        else:
            page = items[:limit]
        headers = {}
        if page:
            # pagination_params: the request's `limit` only, then max_id / since_id (sorted).
            base = f"https://{self.domain}{request.path}?"
            kept = f"limit={request.arg('limit')}&" if request.arg("limit") else ""
            links = []
            if len(page) == limit:
                links.append(f'<{base}{kept}max_id={page[-1][0]}>; rel="next"')
            links.append(f'<{base}{kept}since_id={page[0][0]}>; rel="prev"')
            headers["Link"] = ", ".join(links)
        return Response.json([data for _, data in page], headers=headers)

    def _follow(self, request: Request, grant: FakeToken, target_id: str) -> Response:
        owner = grant.account_id or ""
        target = self.accounts.get(target_id)
        if target is None or target.suspended:
            return Response.json(NOT_FOUND, 404)
        if target.moved_to or target_id == owner or target_id in self.blocks.get(owner, set()):
            return Response.json(NOT_ALLOWED, 403)
        mine = self.follows.setdefault(owner, {})
        follow = mine.get(target_id)
        if follow is None:
            now = self.clock()
            if self.follow_limiter.count(owner, now) >= self.follow_limiter.limit:
                return Response.json(TOO_MANY, 429)
            following = sum(1 for f in mine.values() if not f.requested)
            if following >= self.follow_total_limit:
                return Response.json(
                    {
                        "error": "Validation failed: You cannot follow more than "
                        f"{self.follow_total_limit} accounts at this time"
                    },
                    422,
                )
            self.follow_limiter.hit(owner, now)
            requested = target.locked or (target.domain is not None and not self.auto_accept_remote)
            follow = FakeFollow(next(self._follow_ids), target_id, requested)
            mine[target_id] = follow
        form = request.form() if request.body else {}
        if "reblogs" in form:
            follow.reblogs = _rails_bool(form["reblogs"][0])
        if "notify" in form:
            follow.notify = _rails_bool(form["notify"][0])
        languages = form.get("languages[]") or form.get("languages")
        if languages:
            follow.languages = languages
        return Response.json(self._relation(owner, target_id))

    def _unfollow(self, _request: Request, grant: FakeToken, target_id: str) -> Response:
        owner = grant.account_id or ""
        if target_id not in self.accounts:
            return Response.json(NOT_FOUND, 404)
        self._unfollowed(owner, target_id)
        return Response.json(self._relation(owner, target_id))

    def _unfollowed(self, owner: str, target_id: str) -> None:
        """The follow ends, and with it the target's place on the owner's lists."""
        self.follows.get(owner, {}).pop(target_id, None)
        for owned in self.lists.get(owner, {}).values():
            if target_id in owned.members:
                owned.members.remove(target_id)

    def _block(self, _request: Request, grant: FakeToken, target_id: str) -> Response:
        """BlockService: the block also ends the follow (and list memberships) between the two."""
        owner = grant.account_id or ""
        if target_id not in self.accounts:
            return Response.json(NOT_FOUND, 404)
        self.blocks.setdefault(owner, set()).add(target_id)
        self._unfollowed(owner, target_id)
        return Response.json(self._relation(owner, target_id))

    def _mute(self, request: Request, grant: FakeToken, target_id: str) -> Response:
        """MuteService: `notifications` (default true) also hides their notifications."""
        owner = grant.account_id or ""
        if target_id not in self.accounts:
            return Response.json(NOT_FOUND, 404)
        hide = _rails_bool(request.arg("notifications", "true") or "")
        self.mutes.setdefault(owner, {})[target_id] = hide
        return Response.json(self._relation(owner, target_id))

    def _search(self, request: Request, grant: FakeToken | None) -> Response:
        """As Mastodon's AccountSearchService answers: the exact account first when it has or
        can resolve it, then full-text matches (usernames starting with the query's, display
        names holding it) from every domain it knows, local namesakes included."""
        query = (request.arg("q") or "").strip()
        kind = request.arg("type")
        resolve = (request.arg("resolve") or "").lower() in ("1", "true")
        limit = min(max(int(request.arg("limit") or 20), 1), 40)
        empty: dict[str, list[Any]] = {"accounts": [], "statuses": [], "hashtags": []}
        if kind not in (None, "accounts"):
            return Response.json(empty)
        account = self._search_account(query, resolve and grant is not None)
        found = [account] if account is not None else []
        found += [a for a in self._full_text(query) if a is not account]
        empty["accounts"] = [self._json(a) for a in found if not a.suspended][:limit]
        return Response.json(empty)

    def _full_text(self, query: str) -> list[FakeAccount]:
        user = query.lstrip("@").partition("@")[0].lower()
        if not user or "/" in user:
            return []
        with self._lock:
            return [
                a
                for a in self.accounts.values()
                if a.username.lower().startswith(user) or user in a.display_name.lower()
            ]

    def _search_account(self, query: str, resolve: bool) -> FakeAccount | None:
        match = re.fullmatch(r"@?([\w.-]+)@([\w.-]+)", query)
        url = re.fullmatch(r"https://([\w.-]+)/(?:@|users/)([\w.-]+)", query)
        if url:
            host, user = url.groups()
        elif match:
            user, host = match.groups()
        else:
            return self.find(query)
        host = host.lower()
        known = self.find(user if host == self.domain else f"{user}@{host}")
        if known or not resolve or self.resolver is None or host == self.domain:
            return known
        found = self.resolver(user, host)
        if found is None:
            return None
        return self.add_account(
            found.username,
            host,
            display_name=found.display_name,
            note=found.note,
            locked=found.locked,
            fields=list(found.fields),
            suspended=found.suspended,
            url=found.url,
            uri=found.uri,
        )

    # -- lists -------------------------------------------------------------------------------

    def _owned(self, grant: FakeToken) -> dict[str, FakeList]:
        return self.lists.setdefault(grant.account_id or "", {})

    def _lists_index(self, _request: Request, grant: FakeToken) -> Response:
        return Response.json([item.to_json() for item in self._owned(grant).values()])

    def _list_create(self, request: Request, grant: FakeToken) -> Response:
        owned = self._owned(grant)
        title = (request.arg("title") or "").strip()
        if not title:
            return Response.json({"error": "Validation failed: Title can't be blank"}, 422)
        if len(owned) >= self.max_lists:
            return Response.json(
                {"error": "Validation failed: You have reached the maximum number of lists"}, 422
            )
        item = FakeList(
            str(next(self._ids)),
            title,
            request.arg("replies_policy") or "list",
            (request.arg("exclusive") or "").lower() in ("1", "true"),
        )
        owned[item.id] = item
        return Response.json(item.to_json())

    def _list_show(self, _request: Request, grant: FakeToken, list_id: str) -> Response:
        item = self._owned(grant).get(list_id)
        return Response.json(item.to_json()) if item else Response.json(NOT_FOUND, 404)

    def _list_update(self, request: Request, grant: FakeToken, list_id: str) -> Response:
        item = self._owned(grant).get(list_id)
        if item is None:
            return Response.json(NOT_FOUND, 404)
        item.title = request.arg("title") or item.title
        item.replies_policy = request.arg("replies_policy") or item.replies_policy
        return Response.json(item.to_json())

    def _list_delete(self, _request: Request, grant: FakeToken, list_id: str) -> Response:
        if self._owned(grant).pop(list_id, None) is None:
            return Response.json(NOT_FOUND, 404)
        return Response.json({})

    def _list_members(self, request: Request, grant: FakeToken, list_id: str) -> Response:
        item = self._owned(grant).get(list_id)
        if item is None:
            return Response.json(NOT_FOUND, 404)
        positions = {member: n for n, member in enumerate(item.members, 1)}
        return self._page(
            request, [(positions[m], self._json(self.accounts[m])) for m in item.members]
        )

    @staticmethod
    def _ids_of(request: Request) -> list[str]:
        form = request.form() if request.body else {}
        return (
            form.get("account_ids[]")
            or form.get("account_ids")
            or request.query.get("account_ids[]")
            or request.query.get("account_ids")
            or []
        )

    def _list_add(self, request: Request, grant: FakeToken, list_id: str) -> Response:
        item = self._owned(grant).get(list_id)
        ids = self._ids_of(request)
        if item is None or any(i not in self.accounts for i in ids):
            return Response.json(NOT_FOUND, 404)
        mine = self.follows.get(grant.account_id or "", {})
        for account_id in ids:
            if account_id not in mine:
                return Response.json(
                    {
                        "error": "Validation failed: Account must be followed before being added "
                        "to a list"
                    },
                    422,
                )
            if account_id in item.members:
                return Response.json(
                    {"error": "Validation failed: Account has already been taken"}, 422
                )
        item.members.extend(ids)
        return Response.json({})

    def _account_lists(self, _request: Request, grant: FakeToken, account_id: str) -> Response:
        return Response.json(
            [i.to_json() for i in self._owned(grant).values() if account_id in i.members]
        )

    def _list_remove(self, request: Request, grant: FakeToken, list_id: str) -> Response:
        item = self._owned(grant).get(list_id)
        if item is None:
            return Response.json(NOT_FOUND, 404)
        item.members = [m for m in item.members if m not in set(self._ids_of(request))]
        return Response.json({})


def start_home(network: FakeNetwork, domain: str = "home.example", **options: Any) -> FakeMastodon:
    """A fake home server reachable at https://`domain` through the app's own sessions."""
    fake = FakeMastodon(domain, **options)
    network.add([domain], fake)
    return fake


@pytest.fixture
def fake_mastodon(fake_network: FakeNetwork) -> Iterator[FakeMastodon]:
    """A home server at https://home.example with default (real) limits and no users yet."""
    yield start_home(fake_network)


@dataclass
class SignedIn:
    """A workspace signed in to a fake home server, as `fedimove mastodon login` leaves it."""

    fake: FakeMastodon
    account: FakeAccount
    token: str
    home: HomeAccount


def sign_in(fake: FakeMastodon, username: str = "me", **fields: Any) -> SignedIn:
    """Create a user on `fake` and record the sign-in in the test's workspace and keyring."""
    from fedimove.store import mastodon_signin, workspace
    from fedimove.store.secrets import SecretStore

    account, token = fake.add_user(username, **fields)
    instance_url = f"https://{fake.domain}"
    SecretStore().set(mastodon_signin.token_key(instance_url), token)
    home = HomeAccount(
        instance_url,
        account.id,
        account.username,
        account.display_name,
        fake.software,
        fake.version,
    )
    conn = workspace.connect()
    try:
        with workspace.transaction(conn):
            mastodon_signin.save_home(conn, home)
    finally:
        conn.close()
    return SignedIn(fake, account, token, home)


@pytest.fixture
def signed_in(fake_mastodon: FakeMastodon) -> SignedIn:
    """The test workspace signed in as @me on https://home.example."""
    return sign_in(fake_mastodon)
