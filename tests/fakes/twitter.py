"""A fake Twitter/X API (v2 and v1.1, plus the OAuth 1.0a PIN endpoints) for the tests.

It is reached by its real names (api.twitter.com, api.x.com) over HTTPS through
`FEDIMOVE_CONNECT_TO`, and answers like the real one as recorded in tweepy's cassettes and
X's documentation: the v2 `data`/`includes`/`meta.next_token` shapes and problem JSON, the
v1.1 user objects, `next_cursor_str` cursors and `{"errors": [{"code", "message"}]}`,
per-endpoint `x-rate-limit-*` windows, and OAuth 1.0a signatures verified with oauthlib (a
wrong secret really is a 401 / code 32).

`mode` reproduces one kind of cut at a time (see `Mode`). Time comes from `clock` so tests can
drive rate-limit windows without sleeping.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

import pytest
from oauthlib.oauth1 import Client as OAuthClient
from oauthlib.oauth1.rfc5849 import utils as oauth_utils

from tests.fakes.https import FakeNetwork, Request, Response

HOSTS = ["api.twitter.com", "api.x.com"]
WINDOW_SECONDS = 15 * 60


class Mode(StrEnum):
    OK = "ok"
    RATE_LIMITED = "rate_limited"
    TOKEN_INVALID = "token_invalid"
    APP_SUSPENDED = "app_suspended"
    CLIENT_NOT_ENROLLED = "client_not_enrolled"
    # An app outside any Project: v2 refuses every call as client-not-enrolled, while v1.1
    # still verifies the account and answers 453 on follows.
    NOT_ENROLLED_V1_ALIVE = "not_enrolled_v1_alive"
    TIER_INSUFFICIENT = "tier_insufficient"
    PAYMENT_REQUIRED = "payment_required"
    USAGE_CAP = "usage_cap"
    ACCOUNT_SUSPENDED = "account_suspended"
    ACCOUNT_LOCKED = "account_locked"
    CLOCK_SKEW = "clock_skew"
    SERVER_ERROR = "server_error"


# Per-user 15-minute limits of the real endpoints (X's rate-limit tables).
LIMITS = {
    "v2:me": 75,
    "v2:following": 15,
    "v2:users": 900,
    "v2:owned_lists": 15,
    "v2:followed_lists": 15,
    "v2:list_members": 900,
    "v1:verify_credentials": 75,
    "v1:friends_ids": 15,
    "v1:users_lookup": 900,
    "v1:lists_ownerships": 15,
    "v1:lists_subscriptions": 15,
    "v1:lists_members": 900,
}

# Real error bodies, as X sends them.
V1_ERRORS = {
    32: "Could not authenticate you.",
    34: "Sorry, that page does not exist.",
    17: "No user matches for specified terms.",
    64: "Your account is suspended and is not permitted to access this feature.",
    88: "Rate limit exceeded",
    89: "Invalid or expired token.",
    130: "Over capacity",
    135: "Timestamp out of bounds.",
    215: "Bad Authentication data.",
    220: "Your credentials do not allow access to this resource.",
    326: "To protect our users from spam and other malicious activity, this account is "
    "temporarily locked. Please log in to https://twitter.com to unlock your account.",
    453: "You currently have access to a subset of Twitter API v2 endpoints and limited v1.1 "
    "endpoints (e.g. media post, oauth) only. If you need access to this endpoint, you may "
    "need a different access level. You can learn more here: "
    "https://developer.twitter.com/en/portal/product",
}


def v1_error(code: int, status: int, headers: dict[str, str] | None = None) -> Response:
    return Response.json({"errors": [{"code": code, "message": V1_ERRORS[code]}]}, status, headers)


def problem(status: int, title: str, detail: str, type_: str = "about:blank", **extra: Any):
    body = {"title": title, "detail": detail, "type": type_, **extra}
    if type_ == "about:blank":
        body["status"] = status
    return body


CLIENT_FORBIDDEN = problem(
    403,
    "Client Forbidden",
    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and "
    "tokens from a Twitter developer App that is attached to a Project. You can create a "
    "project via the developer portal.",
    "https://api.twitter.com/2/problems/client-forbidden",
    client_id="27435212",
    registration_url="https://developer.twitter.com/en/docs/projects/overview",
    required_enrollment="Appropriate Level of API Access",
    reason="client-not-enrolled",
)
CREDITS_DEPLETED = problem(
    402,
    "CreditsDepleted",
    "Your enrolled account [1712345678901234567] does not have any credits to fulfill this "
    "request.",
    "https://api.twitter.com/2/problems/credits",
    account_id=1712345678901234567,
)
USAGE_CAPPED = problem(
    429,
    "UsageCapExceeded",
    "Usage cap exceeded: Monthly product cap",
    "https://api.twitter.com/2/problems/usage-capped",
    account_id=1712345678901234567,
    product_name="standard-basic",
    period="Monthly",
    scope="Product",
)
UNSUPPORTED_AUTH = problem(
    403,
    "Unsupported Authentication",
    "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  "
    "Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
    "https://api.twitter.com/2/problems/unsupported-authentication",
) | {"status": 403}  # real bodies of this type carry their status too (unlike client-forbidden)

USER_CONTEXT_ONLY = {"v2:me", "v1:verify_credentials"}


@dataclass
class FakeUser:
    id: str
    username: str
    name: str
    description: str = ""
    bio_links: list[tuple[str, str]] = field(default_factory=list)  # (t.co, expanded)
    website: str | None = None
    location: str = ""
    pinned_text: str | None = None
    pinned_links: list[tuple[str, str]] = field(default_factory=list)
    protected: bool = False
    following: list[str] = field(default_factory=list)

    @property
    def pinned_id(self) -> str | None:
        return f"17{int(self.id):017d}" if self.pinned_text else None

    def _entities(self, text: str, links: list[tuple[str, str]], v2: bool) -> list[dict]:
        urls = []
        for short, expanded in links:
            start = text.find(short)
            entity: dict[str, Any] = {
                "url": short,
                "expanded_url": expanded,
                "display_url": expanded.split("://", 1)[-1][:26],
            }
            if v2:
                entity.update(start=start, end=start + len(short))
            else:
                entity["indices"] = [start, start + len(short)]
            urls.append(entity)
        return urls

    def _website_entity(self, v2: bool) -> tuple[str | None, dict]:
        if not self.website:
            return None, {}
        short = f"https://t.co/w{self.id[-8:]}"
        return short, {"urls": self._entities(short, [(short, self.website)], v2)}

    def v2(self, fields: set[str]) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name, "username": self.username}
        short, url_entity = self._website_entity(True)
        values = {
            "description": self.description,
            "location": self.location or None,
            "protected": self.protected,
            "url": short or "",
            "pinned_tweet_id": self.pinned_id,
            "public_metrics": {
                "followers_count": 100,
                "following_count": len(self.following),
                "tweet_count": 1000,
                "listed_count": 3,
                "like_count": 10,
            },
            "entities": {
                **({"url": url_entity} if url_entity else {}),
                "description": {"urls": self._entities(self.description, self.bio_links, True)},
            },
        }
        for name, value in values.items():
            if name in fields and value is not None:
                data[name] = value
        return data

    def pinned_v2(self) -> dict[str, Any]:
        text = self.pinned_text or ""
        return {
            "id": self.pinned_id,
            "text": text,
            "edit_history_tweet_ids": [self.pinned_id],
            "entities": {"urls": self._entities(text, self.pinned_links, True)},
        }

    def v1(self) -> dict[str, Any]:
        short, url_entity = self._website_entity(False)
        return {
            "id": int(self.id),
            "id_str": self.id,
            "name": self.name,
            "screen_name": self.username,
            "location": self.location,
            "profile_location": None,
            "description": self.description,
            "url": short,
            "entities": {
                **({"url": url_entity} if url_entity else {}),
                "description": {"urls": self._entities(self.description, self.bio_links, False)},
            },
            "protected": self.protected,
            "followers_count": 100,
            "friends_count": len(self.following),
            "listed_count": 3,
            "created_at": "Wed May 23 06:01:13 +0000 2007",
            "favourites_count": 10,
            "verified": False,
            "statuses_count": 1000,
            "lang": None,
            "profile_image_url_https": "https://pbs.twimg.com/profile_images/1/a_normal.jpg",
            "default_profile": True,
            "following": False,
            "follow_request_sent": False,
            "notifications": False,
            "translator_type": "none",
            "withheld_in_countries": [],
        }


@dataclass
class FakeList:
    id: str
    name: str
    owner_id: str
    members: list[str]
    description: str = ""
    private: bool = False


@dataclass
class OAuthApp:
    consumer_key: str
    consumer_secret: str


class FakeTwitter:
    """The fake API's state and its request handler (`__call__`)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.mode = Mode.OK
        self.users: dict[str, FakeUser] = {}
        self.lists: dict[str, FakeList] = {}
        self.owned: list[str] = []
        self.followed: list[str] = []
        self.me_id = ""
        self.app = OAuthApp(
            "fake-consumer-key-" + secrets.token_hex(6), "cs-" + secrets.token_hex(16)
        )
        self.access_token = f"{secrets.randbelow(10**9)}-at{secrets.token_hex(12)}"
        self.access_token_secret = "ats-" + secrets.token_hex(16)
        self.bearer_token = "AAAAAAAAAAAAAAAAAAAAA" + secrets.token_hex(20)
        # An OAuth 2.0 user-context access token of `me` (PKCE sign-in): also sent as a
        # bearer token, but X answers `me` with the account that granted it.
        self.user_bearer_token = secrets.token_urlsafe(32)
        self.rate_limit_on: set[int] = set()  # 1-based data-request numbers answered 429
        self.rate_limit_reset_in = 60.0
        # What /oauth/request_token answers instead of its usual reply (a 404, an HTML page).
        self.request_token_answer: Response | None = None
        self.requests: list[tuple[str, str, str]] = []
        self.data_requests = 0
        self._windows: dict[str, tuple[float, int]] = {}
        self._tokens: dict[str, int] = {}
        self._pending_pins: dict[str, tuple[str, str | None]] = {}

    # --- set-up ---------------------------------------------------------------------------

    @classmethod
    def populated(
        cls,
        following: int = 250,
        owned_lists: int = 2,
        followed_lists: int = 1,
        list_size: int = 30,
        clock: Callable[[], float] = time.time,
    ) -> FakeTwitter:
        """A user with follows (bios linking to Mastodon, pinned tweets), lists, members."""
        fake = cls(clock)
        me = FakeUser("1000001", "fedimover", "Fedi Mover", "Moving to the fediverse")
        fake.add_user(me)
        fake.me_id = me.id
        for n in range(following):
            user = fake.add_user(sample_user(n))
            me.following.append(user.id)
        for n in range(list_size * (owned_lists + followed_lists)):
            fake.add_user(sample_user(10_000 + n))
        member_ids = [str(3_000_000 + 10_000 + n) for n in range(list_size * 3)]
        for n in range(owned_lists):
            fake.add_list(
                f"14500000000000000{n:02d}",
                f"My list {n}",
                me.id,
                member_ids[n * list_size : (n + 1) * list_size],
                owned=True,
            )
        other = fake.add_user(FakeUser("2000002", "curator", "List Curator"))
        for n in range(followed_lists):
            start = (owned_lists + n) * list_size
            fake.add_list(
                f"14600000000000000{n:02d}",
                f"Curated {n}",
                other.id,
                member_ids[start : start + list_size],
                owned=False,
            )
        return fake

    def add_user(self, user: FakeUser) -> FakeUser:
        self.users[user.id] = user
        return user

    def add_list(
        self, list_id: str, name: str, owner: str, members: list[str], owned: bool
    ) -> FakeList:
        self.lists[list_id] = FakeList(list_id, name, owner, members, f"About {name}")
        (self.owned if owned else self.followed).append(list_id)
        return self.lists[list_id]

    def install(self, network: FakeNetwork) -> int:
        return network.add(HOSTS, self)

    def credentials(self) -> dict[str, str]:
        return {
            "consumer_key": self.app.consumer_key,
            "consumer_secret": self.app.consumer_secret,
            "access_token": self.access_token,
            "access_token_secret": self.access_token_secret,
        }

    @property
    def me(self) -> FakeUser:
        return self.users[self.me_id]

    # --- the handler ------------------------------------------------------------------------

    def __call__(self, request: Request) -> Response:
        self.requests.append((request.method, request.path, urlencode(request.query, doseq=True)))
        path = request.path
        if path.startswith("/oauth/"):
            return self._oauth(request)
        v2 = path.startswith("/2/")
        auth = self._authenticate(request, v2)
        if isinstance(auth, Response):
            return auth
        route = self._route(request)
        if route is None:
            return (
                Response.json(problem(404, "Not Found Error", "Not Found"), 404)
                if v2
                else v1_error(34, 404)
            )
        name, handler = route
        if auth == "app" and name in USER_CONTEXT_ONLY:
            # App-only bearer tokens belong to no account: X refuses them who "me" is.
            return Response.json(UNSUPPORTED_AUTH, 403) if v2 else v1_error(220, 403)
        self.data_requests += 1
        cut = self._cut(v2, name, auth)
        if cut is not None:
            return cut
        window = self._window(name)
        if window is not None:
            return window[0]
        response = handler(request)
        response.headers.update(self._window_headers(name))
        return response

    def _window(self, name: str) -> tuple[Response] | None:
        now = self.clock()
        reset, used = self._windows.get(name, (now + WINDOW_SECONDS, 0))
        if now >= reset:
            reset, used = now + WINDOW_SECONDS, 0
        forced = self.data_requests in self.rate_limit_on
        if forced:
            reset = now + self.rate_limit_reset_in
            used = LIMITS[name]
        if used >= LIMITS[name]:
            self._windows[name] = (reset, used)
            headers = self._headers(name, reset, 0)
            if name.startswith("v2:"):
                body = problem(429, "Too Many Requests", "Too Many Requests")
                return (Response.json(body, 429, headers),)
            return (v1_error(88, 429, headers),)
        self._windows[name] = (reset, used + 1)
        return None

    def _window_headers(self, name: str) -> dict[str, str]:
        reset, used = self._windows[name]
        return self._headers(name, reset, LIMITS[name] - used)

    @staticmethod
    def _headers(name: str, reset: float, remaining: int) -> dict[str, str]:
        return {
            "x-rate-limit-limit": str(LIMITS[name]),
            "x-rate-limit-remaining": str(max(0, remaining)),
            "x-rate-limit-reset": str(int(reset)),
            "x-access-level": "read",
            "x-response-time": "31",
            "cache-control": "no-cache, no-store, max-age=0",
        }

    # --- auth ---------------------------------------------------------------------------

    def _authenticate(self, request: Request, v2: bool) -> str | Response:
        header = request.headers.get("authorization", "")
        if self.mode is Mode.APP_SUSPENDED and header:
            return self._unauthorized(v2, 32)  # the app itself is refused, before any token
        if header.startswith("Bearer "):
            if header[7:] == self.user_bearer_token:
                return "user"
            if header[7:] != self.bearer_token:
                return self._unauthorized(v2, 89)
            return "app"
        if not header.startswith("OAuth "):
            return (
                Response.json(problem(401, "Unauthorized", "Unauthorized"), 401)
                if v2
                else v1_error(215, 400)
            )
        if self.mode is Mode.CLOCK_SKEW:
            return v1_error(135, 401)
        error = self._verify_oauth(request, header, self.access_token, self.access_token_secret)
        if error:
            return self._unauthorized(v2, error)
        return "user"

    def _unauthorized(self, v2: bool, code: int) -> Response:
        if v2:
            return Response.json(problem(401, "Unauthorized", "Unauthorized"), 401)
        return v1_error(code, 401)

    def _verify_oauth(
        self, request: Request, header: str, token: str | None, token_secret: str | None
    ) -> int | None:
        """None when the OAuth 1.0a signature is right; else the v1.1 error code."""
        try:
            params = dict(oauth_utils.parse_authorization_header(header))
        except ValueError:
            return 32
        if params.get("oauth_consumer_key") != self.app.consumer_key:
            return 32
        if token is not None and params.get("oauth_token") != token:
            return 89
        timestamp = params.get("oauth_timestamp", "0")
        if not timestamp.isdigit() or abs(int(timestamp) - time.time()) > 300:
            return 135
        query = urlencode(request.query, doseq=True)
        uri = f"https://{request.host}{request.path}" + (f"?{query}" if query else "")
        client = OAuthClient(
            self.app.consumer_key,
            client_secret=self.app.consumer_secret,
            resource_owner_key=params.get("oauth_token"),
            resource_owner_secret=token_secret,
            callback_uri=oauth_utils.unescape(params["oauth_callback"])
            if "oauth_callback" in params
            else None,
            verifier=params.get("oauth_verifier"),
            nonce=params.get("oauth_nonce"),
            timestamp=timestamp,
        )
        form = "application/x-www-form-urlencoded" in request.headers.get("content-type", "")
        _, signed, _ = client.sign(
            uri,
            http_method=request.method,
            body=request.body.decode() if form and request.body else None,
            headers={"Content-Type": "application/x-www-form-urlencoded"} if form else None,
        )
        expected = dict(oauth_utils.parse_authorization_header(signed["Authorization"]))
        return None if expected["oauth_signature"] == params.get("oauth_signature") else 32

    # --- cuts ---------------------------------------------------------------------------------

    def _cut(self, v2: bool, name: str, auth: str) -> Response | None:
        mode = self.mode
        forbidden_v2 = problem(403, "Forbidden", "Forbidden")
        if mode is Mode.RATE_LIMITED:
            reset = self.clock() + WINDOW_SECONDS
            headers = self._headers(name, reset, 0)
            if v2:
                body = problem(429, "Too Many Requests", "Too Many Requests")
                return Response.json(body, 429, headers)
            return v1_error(88, 429, headers)
        if mode is Mode.TOKEN_INVALID and auth == "user":
            return self._unauthorized(v2, 89)
        if mode is Mode.CLIENT_NOT_ENROLLED:
            return Response.json(CLIENT_FORBIDDEN, 403) if v2 else v1_error(453, 403)
        if mode is Mode.NOT_ENROLLED_V1_ALIVE:
            if v2:
                return Response.json(CLIENT_FORBIDDEN, 403)
            return None if name == "v1:verify_credentials" else v1_error(453, 403)
        if mode is Mode.TIER_INSUFFICIENT:
            if name == "v2:me":
                return None
            return Response.json(CLIENT_FORBIDDEN, 403) if v2 else v1_error(453, 403)
        if mode is Mode.PAYMENT_REQUIRED:
            return Response.json(CREDITS_DEPLETED, 402)
        if mode is Mode.USAGE_CAP:
            return Response.json(USAGE_CAPPED, 429) if v2 else v1_error(453, 403)
        if mode is Mode.ACCOUNT_SUSPENDED:
            return Response.json(forbidden_v2, 403) if v2 else v1_error(64, 403)
        if mode is Mode.ACCOUNT_LOCKED:
            return Response.json(forbidden_v2, 403) if v2 else v1_error(326, 403)
        if mode is Mode.SERVER_ERROR:
            if v2:
                body = problem(503, "Service Unavailable", "Service Unavailable")
                return Response.json(body, 503)
            return v1_error(130, 503)
        return None

    # --- routes ---------------------------------------------------------------------------------

    def _route(self, request: Request) -> tuple[str, Callable[[Request], Response]] | None:
        parts = request.path.strip("/").split("/")
        p = request.path
        if p == "/2/users/me":
            return "v2:me", self._v2_me
        if p == "/2/users":
            return "v2:users", self._v2_users
        if len(parts) == 4 and parts[:2] == ["2", "users"]:
            handlers = {
                "following": ("v2:following", self._v2_following),
                "owned_lists": ("v2:owned_lists", self._v2_owned_lists),
                "followed_lists": ("v2:followed_lists", self._v2_followed_lists),
            }
            if parts[3] in handlers:
                name, handler = handlers[parts[3]]
                return name, lambda r, uid=parts[2]: handler(r, uid)
        if len(parts) == 4 and parts[:2] == ["2", "lists"] and parts[3] == "members":
            return "v2:list_members", lambda r, lid=parts[2]: self._v2_list_members(r, lid)
        v1 = {
            "/1.1/account/verify_credentials.json": ("v1:verify_credentials", self._v1_verify),
            "/1.1/friends/ids.json": ("v1:friends_ids", self._v1_friend_ids),
            "/1.1/users/lookup.json": ("v1:users_lookup", self._v1_lookup),
            "/1.1/lists/ownerships.json": ("v1:lists_ownerships", self._v1_ownerships),
            "/1.1/lists/subscriptions.json": ("v1:lists_subscriptions", self._v1_subscriptions),
            "/1.1/lists/members.json": ("v1:lists_members", self._v1_list_members),
        }
        return v1.get(p)

    # --- v2 ---------------------------------------------------------------------------------

    @staticmethod
    def _fields(request: Request) -> set[str]:
        return set((request.arg("user.fields") or "").split(","))

    def _users_v2_body(self, request: Request, users: list[FakeUser]) -> dict[str, Any]:
        fields = self._fields(request)
        body: dict[str, Any] = {"data": [u.v2(fields) for u in users]}
        if "pinned_tweet_id" in (request.arg("expansions") or ""):
            tweets = [u.pinned_v2() for u in users if u.pinned_text]
            if tweets:
                body["includes"] = {"tweets": tweets}
        return body

    def _v2_me(self, request: Request) -> Response:
        body = self._users_v2_body(request, [self.me])
        body["data"] = body["data"][0]
        return Response.json(body)

    def _v2_users(self, request: Request) -> Response:
        ids = (request.arg("ids") or "").split(",")
        found = [self.users[i] for i in ids if i in self.users]
        body = self._users_v2_body(request, found)
        if not found:
            del body["data"]
        missing = [i for i in ids if i not in self.users]
        if missing:
            body["errors"] = [
                {
                    "value": i,
                    "detail": f"Could not find user with ids: [{i}].",
                    "title": "Not Found Error",
                    "resource_type": "user",
                    "parameter": "ids",
                    "resource_id": i,
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                }
                for i in missing
            ]
        return Response.json(body)

    def _page_v2(self, request: Request, items: list[Any], maximum: int) -> tuple[list, dict]:
        size = min(int(request.arg("max_results") or 100), maximum)
        token = request.arg("pagination_token")
        start = self._tokens.get(token, -1) if token else 0
        if start < 0:
            return [], {"invalid": True}
        chunk = items[start : start + size]
        meta: dict[str, Any] = {"result_count": len(chunk)}
        if start + size < len(items):
            meta["next_token"] = self._token(start + size)
        if start > 0:
            meta["previous_token"] = self._token(max(0, start - size))
        return chunk, meta

    def _token(self, offset: int) -> str:
        token = secrets.token_hex(8).upper()
        self._tokens[token] = offset
        return token

    def _v2_users_page(self, request: Request, ids: list[str], maximum: int) -> Response:
        chunk, meta = self._page_v2(request, ids, maximum)
        if meta.get("invalid"):
            return Response.json(problem(400, "Invalid Request", "bad pagination_token"), 400)
        body = self._users_v2_body(request, [self.users[i] for i in chunk])
        if not chunk:
            del body["data"]
        body["meta"] = meta
        return Response.json(body)

    def _v2_following(self, request: Request, user_id: str) -> Response:
        user = self.users.get(user_id)
        if user is None:
            return Response.json(problem(404, "Not Found Error", "no such user"), 404)
        return self._v2_users_page(request, user.following, 1000)

    def _v2_lists(self, request: Request, list_ids: list[str]) -> Response:
        chunk, meta = self._page_v2(request, list_ids, 100)
        data = []
        for list_id in chunk:
            item = self.lists[list_id]
            data.append(
                {
                    "id": item.id,
                    "name": item.name,
                    "description": item.description,
                    "member_count": len(item.members),
                    "follower_count": 2,
                    "owner_id": item.owner_id,
                    "private": item.private,
                }
            )
        body: dict[str, Any] = {"meta": meta}
        if data:
            body["data"] = data
            owners = {d["owner_id"] for d in data}
            body["includes"] = {
                "users": [
                    {"id": o, "name": self.users[o].name, "username": self.users[o].username}
                    for o in sorted(owners)
                ]
            }
        return Response.json(body)

    def _v2_owned_lists(self, request: Request, user_id: str) -> Response:
        return self._v2_lists(request, self.owned if user_id == self.me_id else [])

    def _v2_followed_lists(self, request: Request, user_id: str) -> Response:
        return self._v2_lists(request, self.followed if user_id == self.me_id else [])

    def _v2_list_members(self, request: Request, list_id: str) -> Response:
        item = self.lists.get(list_id)
        if item is None:
            return Response.json(problem(404, "Not Found Error", "no such list"), 404)
        return self._v2_users_page(request, item.members, 100)

    # --- v1.1 ---------------------------------------------------------------------------------

    def _page_v1(self, request: Request, items: list[Any], default: int, maximum: int):
        size = min(int(request.arg("count") or default), maximum)
        cursor = request.arg("cursor") or "-1"
        start = 0 if cursor == "-1" else self._tokens.get(cursor, -1)
        if start < 0:
            return None, {}
        chunk = items[start : start + size]
        nxt = self._cursor(start + size) if start + size < len(items) else "0"
        prev = self._cursor(max(0, start - size)) if start > 0 else "0"
        return chunk, {
            "next_cursor": int(nxt),
            "next_cursor_str": nxt,
            "previous_cursor": -int(prev),
            "previous_cursor_str": f"-{prev}" if prev != "0" else "0",
        }

    def _cursor(self, offset: int) -> str:
        cursor = str(1_300_000_000_000_000_000 + secrets.randbelow(10**17))
        self._tokens[cursor] = offset
        return cursor

    def _v1_verify(self, request: Request) -> Response:
        return Response.json(self.me.v1())

    def _v1_friend_ids(self, request: Request) -> Response:
        user = self.users.get(request.arg("user_id") or self.me_id)
        if user is None:
            return v1_error(17, 404)
        chunk, cursors = self._page_v1(request, user.following, 5000, 5000)
        if chunk is None:
            return v1_error(17, 404)
        ids: list[Any] = (
            chunk if request.arg("stringify_ids") == "true" else [int(i) for i in chunk]
        )
        return Response.json({"ids": ids, **cursors, "total_count": None})

    def _v1_lookup(self, request: Request) -> Response:
        ids = (request.arg("user_id") or "").split(",")
        found = [self.users[i].v1() for i in ids if i in self.users]
        return Response.json(found) if found else v1_error(17, 404)

    def _v1_lists(self, request: Request, list_ids: list[str]) -> Response:
        chunk, cursors = self._page_v1(request, list_ids, 20, 1000)
        if chunk is None:
            return v1_error(17, 404)
        lists = []
        for list_id in chunk:
            item = self.lists[list_id]
            owner = self.users[item.owner_id]
            slug = item.name.lower().replace(" ", "-")
            lists.append(
                {
                    "id": int(item.id),
                    "id_str": item.id,
                    "name": item.name,
                    "uri": f"/{owner.username}/lists/{slug}",
                    "subscriber_count": 2,
                    "member_count": len(item.members),
                    "mode": "private" if item.private else "public",
                    "description": item.description,
                    "slug": slug,
                    "full_name": f"@{owner.username}/{slug}",
                    "created_at": "Mon Nov 08 12:00:00 +0000 2021",
                    "following": list_id in self.followed,
                    "user": owner.v1(),
                }
            )
        return Response.json({**cursors, "lists": lists})

    def _v1_ownerships(self, request: Request) -> Response:
        return self._v1_lists(request, self.owned)

    def _v1_subscriptions(self, request: Request) -> Response:
        return self._v1_lists(request, self.followed)

    def _v1_list_members(self, request: Request) -> Response:
        item = self.lists.get(request.arg("list_id") or "")
        if item is None:
            return v1_error(17, 404)
        chunk, cursors = self._page_v1(request, item.members, 20, 5000)
        if chunk is None:
            return v1_error(17, 404)
        return Response.json({"users": [self.users[i].v1() for i in chunk], **cursors})

    # --- OAuth 1.0a PIN flow ----------------------------------------------------------------------

    def _oauth(self, request: Request) -> Response:
        if self.request_token_answer is not None and request.path == "/oauth/request_token":
            return self.request_token_answer
        if self.mode is Mode.APP_SUSPENDED:
            return v1_error(32, 401)
        header = request.headers.get("authorization", "")
        if request.path == "/oauth/request_token" and request.method == "POST":
            if self._verify_oauth(request, header, None, None):
                return v1_error(32, 401)
            token = "rt-" + secrets.token_hex(8)
            self._pending_pins[token] = ("rts-" + secrets.token_hex(12), None)
            return Response.text(
                urlencode(
                    {
                        "oauth_token": token,
                        "oauth_token_secret": self._pending_pins[token][0],
                        "oauth_callback_confirmed": "true",
                    }
                ),
                content_type="application/x-www-form-urlencoded",
            )
        if request.path == "/oauth/access_token" and request.method == "POST":
            params = dict(oauth_utils.parse_authorization_header(header)) if header else {}
            token = params.get("oauth_token", "")
            secret, pin = self._pending_pins.get(token, ("", None))
            if pin is None or params.get("oauth_verifier") != pin:
                return Response.text(
                    "Error processing your OAuth request: Invalid oauth_verifier parameter", 401
                )
            if self._verify_oauth(request, header, token, secret):
                return v1_error(32, 401)
            del self._pending_pins[token]
            return Response.text(
                urlencode(
                    {
                        "oauth_token": self.access_token,
                        "oauth_token_secret": self.access_token_secret,
                        "user_id": self.me_id,
                        "screen_name": self.me.username,
                    }
                ),
                content_type="application/x-www-form-urlencoded",
            )
        return Response.text("Not found", 404)

    def authorize(self, request_token: str) -> str:
        """What the user does in the browser: approve the app, get shown a PIN."""
        secret, _ = self._pending_pins[request_token]
        pin = f"{secrets.randbelow(10**7):07d}"
        self._pending_pins[request_token] = (secret, pin)
        return pin


def sample_user(n: int) -> FakeUser:
    """A followed account; some name their fediverse address in their bio or pinned tweet."""
    uid = str(3_000_000 + n)
    username = f"user{n:05d}"
    description, links, pinned, pinned_links = f"Account number {n}", [], None, []
    if n % 3 == 0:
        short = f"https://t.co/b{n:08d}"
        description = f"Now on Mastodon: {short} #fediverse"
        links = [(short, f"https://mastodon.social/@{username}")]
    if n % 5 == 0:
        short = f"https://t.co/p{n:08d}"
        pinned = f"Find me at @{username}@fosstodon.org {short}"
        pinned_links = [(short, f"https://fosstodon.org/@{username}")]
    return FakeUser(
        uid,
        username,
        f"User {n}",
        description,
        links,
        website=f"https://example.org/{username}" if n % 2 == 0 else None,
        location="Lyon" if n % 4 == 0 else "",
        pinned_text=pinned,
        pinned_links=pinned_links,
        protected=n % 11 == 0,
    )


@pytest.fixture
def fake_twitter(fake_network: FakeNetwork) -> FakeTwitter:
    """api.twitter.com / api.x.com with a populated account, in `ok` mode."""
    fake = FakeTwitter.populated()
    fake.install(fake_network)
    return fake
