"""HAR 1.2 files shaped like the ones Chrome/Edge and Firefox save ("Save all as HAR").

A browsing session on the fake x.com is played page by page (`Browsing.visit`): each x.com
GraphQL request the real pages make is written as an entry with its request headers, cookies
and the response body — as `text` (Chrome) or base64 (`encoding: "base64"`, as Firefox writes
binary-flagged bodies) — among the unrelated entries every real recording holds (the page's
HTML, scripts, images, analytics). The session's cookie values are the ones tests look for in
the workspace to prove nothing of them is kept.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tests.fakes.xcom import BEARER, QUERY_IDS, FakeXCom

AUTH_TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4"
CT0 = "f00dfeedcafebabe0123456789abcdef"
FEATURES = {"responsive_web_graphql_timeline_navigation_enabled": True}


@dataclass
class Browsing:
    """What a person did in their browser while the Network tab recorded."""

    site: FakeXCom
    browser: str = "chrome"
    entries: list[dict[str, Any]] = field(default_factory=list)
    _clock: datetime = field(default_factory=lambda: datetime(2026, 12, 3, 9, 0, tzinfo=UTC))

    def call(self, operation: str, variables: dict[str, Any], status: int = 200) -> Any:
        """One GraphQL request as the page makes it, and the site's answer."""
        body = self.site.answer(operation, variables) if status == 200 else None
        text = json.dumps(body) if body is not None else '{"errors":[{"code":88}]}'
        url = (
            f"https://x.com/i/api/graphql/{QUERY_IDS.get(operation, 'q1d')}/{operation}"
            f"?variables={quote(json.dumps(variables))}&features={quote(json.dumps(FEATURES))}"
        )
        self.entries.append(self._entry(url, status, text, "application/json"))
        return body

    def visit_timeline(self, operation: str, variables: dict[str, Any], pages: int) -> None:
        """Open a timeline page and scroll `pages` pages down (or to its end)."""
        cursor = None
        for _ in range(pages):
            page_variables = {**variables, "count": 20, **({"cursor": cursor} if cursor else {})}
            body = self.call(operation, page_variables)
            cursor = bottom_cursor(body)
            if cursor is None or cursor.startswith("0|"):
                return

    def noise(self) -> None:
        """What else a page loads: the HTML, a script, an image, analytics, another API."""
        self.entries.append(self._entry("https://x.com/home", 200, "<html></html>", "text/html"))
        self.entries.append(self._entry("https://abs.twimg.com/main.js", 200, "x()", "text/js"))
        self.entries.append(self._entry("https://pbs.twimg.com/a.jpg", 200, None, "image/jpeg"))
        self.entries.append(
            self._entry("https://x.com/i/api/graphql/abc/HomeTimeline", 200, "{}", "app/json")
        )
        self.entries.append(self._entry("https://api.x.com/1.1/jot/client_event", 204, "", ""))

    def save(self, path: Path) -> Path:
        creator = {"chrome": ("WebInspector", "537.36"), "firefox": ("Firefox", "133.0")}
        name, version = creator[self.browser]
        document = {
            "log": {
                "version": "1.2",
                "creator": {"name": name, "version": version},
                "pages": [
                    {
                        "startedDateTime": self._clock.isoformat(),
                        "id": "page_1",
                        "title": "https://x.com/alice_moves/following",
                        "pageTimings": {},
                    }
                ],
                "entries": self.entries,
            }
        }
        path.write_text(json.dumps(document, indent=2), "utf-8")
        return path

    def _entry(self, url: str, status: int, text: str | None, mime: str) -> dict[str, Any]:
        self._clock += timedelta(milliseconds=350)
        content: dict[str, Any] = {"size": len(text or ""), "mimeType": mime}
        if text is not None and self.browser == "firefox" and mime == "application/json":
            content.update(text=base64.b64encode(text.encode()).decode(), encoding="base64")
        elif text is not None:
            content["text"] = text
        return {
            "startedDateTime": self._clock.isoformat(),
            "time": 120.5,
            "request": {
                "method": "GET",
                "url": url,
                "httpVersion": "HTTP/2",
                "headers": [
                    {"name": "authorization", "value": f"Bearer {BEARER}"},
                    {"name": "x-csrf-token", "value": CT0},
                    {"name": "cookie", "value": f"auth_token={AUTH_TOKEN}; ct0={CT0}"},
                ],
                "queryString": [],
                "cookies": [
                    {"name": "auth_token", "value": AUTH_TOKEN},
                    {"name": "ct0", "value": CT0},
                ],
                "headersSize": -1,
                "bodySize": 0,
            },
            "response": {
                "status": status,
                "statusText": "OK" if status == 200 else "",
                "httpVersion": "HTTP/2",
                "headers": [{"name": "content-type", "value": mime}],
                "cookies": [],
                "content": content,
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": -1,
            },
            "cache": {},
            "timings": {"send": 0.1, "wait": 100.0, "receive": 20.4},
            "_resourceType": "fetch" if mime == "application/json" else "document",
        }


def bottom_cursor(body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    data = body.get("data", {})
    if "viewer" in data:
        timeline = next(iter(data["viewer"].values()))["timeline"]
        return _bottom(timeline)
    timeline = (
        data["list"]["members_timeline"]["timeline"]
        if "list" in data
        else data["user"]["result"]["timeline"]["timeline"]
    )
    return _bottom(timeline)


def _bottom(timeline: dict[str, Any]) -> str | None:
    for instruction in timeline["instructions"]:
        for entry in instruction.get("entries", []):
            if entry["entryId"].startswith("cursor-bottom-"):
                return entry["content"]["value"]
    return None
