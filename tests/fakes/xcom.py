"""A fake x.com: sign-in, a single-page app that loads its data like the real one, GraphQL API.

The page's own script fetches `/i/api/graphql/<queryId>/<Operation>?variables=…&features=…`
with the public bearer token and the `ct0` CSRF cookie echoed in `x-csrf-token` (Following and
Followers with `fetch()`, lists with `XMLHttpRequest`, as both are seen on the real site),
renders `UserCell`s with `<id>-unfollow` buttons, and loads the next page when scrolled to the
bottom (infinite scroll). Modes: `layout` (one of xcom_data.LAYOUTS, August 2026's by
default), `variant` ("changed" renames the user entry shape the way x.com does from time to
time; "renamed" gives the timeline operations new names, so only the rendered cells are left
to read), and
`rate_limited_calls` (GraphQL calls answered 429 with x.com's headers and error code 88).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.https import Request, Response
from tests.fakes.xcom_data import (
    CURRENT_LAYOUT,
    FakeAccount,
    FakeGraph,
    list_object,
    lists_page,
    timeline_page,
    user_result,
)

BEARER = "AAAAAAAAAAAAAAAAAAAAAFakeXComPublicWebBearer%3DNotARealToken"
QUERY_IDS = {
    "UserByScreenName": "xmU6X_CKVnQ5lSrCbAmJsg",
    "Following": "7FEKOPNAvxWASt6v9gfCXw",
    "Followers": "DMcBoZkXf9axSfV2XND0Ig",
    "ListsManagementPageTimeline": "47170qwZCt5aFo9cBwFoNA",
    "ListByRestId": "Tzkkg-NaBi_y1aAUUb6_eQ",
    "ListMembers": "BQp2IEYkgxuSxqbTAr1e1g",
    "BlockedAccountsAll": "cViKW5oZPiIce0MOSKYblw",
    "MutedAccounts": "mJA1YbOoJTyoB64W9hd6ZQ",
}
VIEWER_TIMELINES = {"BlockedAccountsAll": "timeline", "MutedAccounts": "muting_timeline"}

RENAMED = {
    "Following": "FollowingTimeline",
    "Followers": "FollowersTimeline",
    "ListMembers": "ListMembersTimeline",
}


@dataclass
class FakeXCom:
    """The handler for x.com; tests change its fields between or during runs."""

    graph: FakeGraph
    page_size: int = 20
    layout: str = CURRENT_LAYOUT
    variant: str = "normal"
    rate_limited_calls: set[int] = field(default_factory=set)
    graphql_calls: int = 0
    operations: list[str] = field(default_factory=list)
    pages: list[tuple[str, int]] = field(default_factory=list)
    sessions: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Response:
        path = request.path
        if path == "/i/flow/login":
            return self._login(request)
        if path.startswith("/i/api/graphql/"):
            return self._graphql(request)
        if path in ("/favicon.ico", "/manifest.json"):
            return Response(404)
        if not self._signed_in(request):
            return Response(302, headers={"Location": "/i/flow/login"})
        headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
        if "ct0" not in _cookies(request):
            headers["Set-Cookie"] = f"ct0={secrets.token_hex(16)}; Path=/; Secure; SameSite=Lax"
        return Response(200, _APP_HTML.replace("__CONFIG__", self._config()).encode(), headers)

    def _config(self) -> str:
        names = RENAMED if self.variant == "renamed" else {}
        return json.dumps(
            {"me": self.graph.me.username, "bearer": BEARER, "qids": QUERY_IDS, "names": names}
        )

    def _signed_in(self, request: Request) -> bool:
        return _cookies(request).get("auth_token") in self.sessions

    def _login(self, request: Request) -> Response:
        if request.method == "POST":
            form = request.form()
            if form.get("username") == [self.graph.me.username] and form.get("password"):
                token = secrets.token_hex(20)
                self.sessions.add(token)
                return Response(
                    302,
                    headers={
                        "Location": "/home",
                        "Set-Cookie": f"auth_token={token}; Path=/; Secure; HttpOnly",
                    },
                )
        return Response.text(_LOGIN_HTML, content_type="text/html")

    def _graphql(self, request: Request) -> Response:
        operation = request.path.rsplit("/", 1)[-1]
        operation = next((op for op, new in RENAMED.items() if new == operation), operation)
        with self._lock:
            self.graphql_calls += 1
            call = self.graphql_calls
            self.operations.append(operation)
        cookies = _cookies(request)
        if cookies.get("auth_token") not in self.sessions:
            return _errors(401, 32, "Could not authenticate you.")
        if request.headers.get("authorization") != f"Bearer {BEARER}" or request.headers.get(
            "x-csrf-token"
        ) != cookies.get("ct0"):
            return _errors(403, 353, "This request requires a matching csrf cookie and header.")
        reset = int(time.time()) + 1
        if call in self.rate_limited_calls:
            return _errors(429, 88, "Rate limit exceeded.", _limits(0, reset))
        variables = json.loads((request.query.get("variables") or ["{}"])[0])
        body = self.answer(operation, variables)
        if body is None:
            return _errors(404, 34, "Sorry, that page does not exist.")
        return Response.json(body, headers=_limits(499 - call % 500, reset))

    def answer(self, operation: str, variables: dict[str, Any]) -> dict[str, Any] | None:
        graph = self.graph
        offset = int(str(variables.get("cursor") or "0|").split("|")[0] or 0)
        self.pages.append((operation, offset))
        if operation == "UserByScreenName":
            account = graph.me if variables.get("screen_name") == graph.me.username else None
            return account and {"data": {"user": {"result": user_result(account, self.layout)}}}
        if operation in ("Following", "Followers"):
            if variables.get("userId") != graph.me.id:
                return None
            accounts = graph.following if operation == "Following" else graph.followers
            page = self._timeline(accounts, offset)
            return {
                "data": {"user": {"result": {"__typename": "User", "timeline": {"timeline": page}}}}
            }
        if operation == "ListsManagementPageTimeline":
            return lists_page(graph, self.layout)
        if operation in VIEWER_TIMELINES:
            accounts = graph.blocked if operation == "BlockedAccountsAll" else graph.muted
            page = self._timeline(accounts, offset)
            return {"data": {"viewer": {VIEWER_TIMELINES[operation]: {"timeline": page}}}}
        twitter_list = next((lst for lst in graph.lists if lst.id == variables.get("listId")), None)
        if twitter_list is None:
            return None
        if operation == "ListByRestId":
            return {"data": {"list": list_object(twitter_list, self.layout)}}
        if operation == "ListMembers":
            page = self._timeline(twitter_list.members, offset)
            return {"data": {"list": {"members_timeline": {"timeline": page}}}}
        return None

    def _timeline(self, accounts: list[FakeAccount], offset: int) -> dict[str, Any]:
        page = timeline_page(accounts, offset, self.page_size, self.layout)
        if self.variant == "changed":
            for instruction in page["instructions"]:
                for entry in instruction.get("entries", []):
                    item = entry["content"].get("itemContent")
                    if item:
                        item["itemType"] = item["__typename"] = "TimelineUserV2"
                        item["user"] = item.pop("user_results")
        return page


def _cookies(request: Request) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in request.headers.get("cookie", "").split(";"))
    return {name: value for name, _, value in pairs if name}


def _limits(remaining: int, reset: int) -> dict[str, str]:
    return {
        "x-rate-limit-limit": "500",
        "x-rate-limit-remaining": str(remaining),
        "x-rate-limit-reset": str(reset),
    }


def _errors(
    status: int, code: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    return Response.json({"errors": [{"code": code, "message": message}]}, status, headers)


_LOGIN_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Log in to X / X</title>
</head><body><h1>Sign in to X</h1>
<form method="post" action="/i/flow/login">
<input name="username" autocomplete="username"><input name="password" type="password">
<button type="submit">Log in</button></form></body></html>"""

_APP_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>X</title><style>
body{margin:0;font-family:sans-serif} header{position:fixed;top:0;left:0;width:180px}
main{margin-left:200px;width:600px}
[data-testid=UserCell]{height:96px;border-bottom:1px solid #ddd;padding:6px;overflow:hidden}
</style></head><body>
<header><nav><a data-testid="AppTabBar_Home_Link" href="/home">Home</a>
<a data-testid="AppTabBar_Profile_Link" id="profile-link" href="/">Profile</a></nav></header>
<main><div data-testid="primaryColumn"><h2 id="heading">Home</h2>
<section aria-label="Timeline"><div id="cells"></div></section><div id="status"></div></div></main>
<script>
"use strict";
const CONFIG = __CONFIG__;
const FEATURES = JSON.stringify({responsive_web_graphql_timeline_navigation_enabled: true});
document.getElementById("profile-link").setAttribute("href", "/" + CONFIG.me);
const state = {op: null, vars: null, cursor: null, done: false, loading: false, transport: null};

function csrf() {
  const m = document.cookie.match(/(?:^|; )ct0=([^;]+)/);
  return m ? m[1] : "";
}
function url(op, vars) {
  return "/i/api/graphql/" + CONFIG.qids[op] + "/" + (CONFIG.names[op] || op) + "?variables=" +
    encodeURIComponent(JSON.stringify(vars)) + "&features=" + encodeURIComponent(FEATURES);
}
function viaFetch(op, vars) {
  return fetch(url(op, vars), {credentials: "include", headers: {
    "authorization": "Bearer " + CONFIG.bearer, "x-csrf-token": csrf(),
    "x-twitter-active-user": "yes", "x-twitter-auth-type": "OAuth2Session"}})
    .then(r => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); });
}
function viaXhr(op, vars) {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open("GET", url(op, vars));
    x.withCredentials = true;
    x.setRequestHeader("authorization", "Bearer " + CONFIG.bearer);
    x.setRequestHeader("x-csrf-token", csrf());
    x.onload = () => x.status === 200 ? resolve(JSON.parse(x.responseText))
                                      : reject(new Error("HTTP " + x.status));
    x.onerror = () => reject(new Error("network"));
    x.send();
  });
}
function userOf(item) {
  const holder = item.user_results || item.user;
  return holder ? holder.result : null;
}
function span(text) { const s = document.createElement("span"); s.textContent = text; return s; }
function cell(user) {
  const legacy = user.legacy || {}, core = user.core || legacy;
  const profileBio = user.profile_bio || {};
  const bioText = profileBio.description ?? legacy.description ?? "";
  const bioLinks = ((profileBio.entities || legacy.entities || {}).description || {}).urls || [];
  const d = document.createElement("div");
  d.setAttribute("data-testid", "UserCell");
  const name = document.createElement("a");
  name.href = "/" + core.screen_name; name.appendChild(span(core.name));
  const handle = document.createElement("a");
  handle.href = "/" + core.screen_name; handle.appendChild(span("@" + core.screen_name));
  d.append(name, document.createTextNode(" "), handle);
  if ((user.privacy || legacy).protected) {
    const lock = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    lock.setAttribute("data-testid", "icon-lock"); d.appendChild(lock);
  }
  const bio = document.createElement("div");
  bio.setAttribute("dir", "auto");
  let rest = bioText;
  for (const u of bioLinks) {
    const at = rest.indexOf(u.url);
    bio.append(document.createTextNode(rest.slice(0, at)));
    const a = document.createElement("a"); a.href = u.url; a.textContent = u.display_url;
    bio.appendChild(a); rest = rest.slice(at + u.url.length);
  }
  bio.append(document.createTextNode(rest));
  const button = document.createElement("button");
  button.setAttribute("data-testid", user.rest_id + "-unfollow"); button.textContent = "Following";
  d.append(bio, button);
  return d;
}
function timelineOf(json) {
  if (state.op === "ListMembers") return json.data.list.members_timeline.timeline;
  if (state.op === "BlockedAccountsAll") return json.data.viewer.timeline.timeline;
  if (state.op === "MutedAccounts") return json.data.viewer.muting_timeline.timeline;
  return json.data.user.result.timeline.timeline;
}
function showPage(json) {
  const cells = document.getElementById("cells");
  for (const ins of timelineOf(json).instructions) {
    for (const e of ins.entries || []) {
      const c = e.content;
      if (c.cursorType === "Bottom") {
        state.cursor = c.value;
        state.done = c.value.startsWith("0|");
      } else if (c.itemContent) {
        const user = userOf(c.itemContent);
        if (user && user.__typename === "User") cells.appendChild(cell(user));
      }
    }
  }
}
function failed(err) {
  const status = document.getElementById("status");
  status.textContent = "Something went wrong. Try reloading. ";
  const retry = document.createElement("div");
  retry.setAttribute("role", "button"); retry.textContent = "Retry";
  retry.onclick = () => { status.textContent = ""; loadMore(); };
  status.appendChild(retry);
}
function loadMore() {
  if (state.loading || state.done || !state.op) return;
  state.loading = true;
  document.getElementById("status").textContent = "";
  const vars = Object.assign({}, state.vars);
  if (state.cursor) vars.cursor = state.cursor;
  state.transport(state.op, vars).then(showPage, failed)
    .finally(() => { state.loading = false; });
}
function start(op, vars, transport) {
  state.op = op; state.vars = vars; state.transport = transport; loadMore();
}
window.addEventListener("scroll", () => {
  if (window.innerHeight + window.scrollY >= document.body.scrollHeight - 300) loadMore();
});
const parts = location.pathname.split("/").filter(Boolean);
const heading = document.getElementById("heading");
if (parts.length === 2 && (parts[1] === "following" || parts[1] === "followers")) {
  heading.textContent = parts[1] === "following" ? "Following" : "Followers";
  viaFetch("UserByScreenName", {screen_name: parts[0]}).then(json => {
    const op = parts[1] === "following" ? "Following" : "Followers";
    start(op, {userId: json.data.user.result.rest_id, count: 20, includePromotedContent: false},
          viaFetch);
  }, failed);
} else if (parts.length === 2 && parts[1] === "lists") {
  heading.textContent = "Lists";
  viaXhr("ListsManagementPageTimeline", {count: 100}).then(() => {}, failed);
} else if (parts.length === 3 && parts[0] === "settings" && parts[2] === "all") {
  heading.textContent = parts[1] === "blocked" ? "Blocked accounts" : "Muted accounts";
  const op = parts[1] === "blocked" ? "BlockedAccountsAll" : "MutedAccounts";
  start(op, {count: 20, includePromotedContent: false}, viaFetch);
} else if (parts.length === 4 && parts[0] === "i" && parts[1] === "lists") {
  heading.textContent = "List members";
  viaXhr("ListByRestId", {listId: parts[2]}).then(() => {
    start("ListMembers", {listId: parts[2], count: 20}, viaXhr);
  }, failed);
}
</script></body></html>"""
