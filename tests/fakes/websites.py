"""Fake personal websites: pages with rel="me" links, redirects, cookies, huge or slow pages."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from tests.fakes.https import FakeNetwork, Request, Response


@dataclass
class FakeSite:
    """One site: `pages` maps a path to HTML; `redirects` a path to where it sends you."""

    domain: str
    pages: dict[str, str] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    latency: float = 0.0
    log: list[tuple[str, str, int]] = field(default_factory=list)
    cookies_seen: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Response:
        if "cookie" in request.headers:
            self.cookies_seen.append(request.headers["cookie"])
        if self.latency:
            time.sleep(self.latency)
        if request.path in self.redirects:
            response = Response(302, b"", {"Location": self.redirects[request.path]})
        elif request.path in self.pages:
            response = Response(
                200,
                self.pages[request.path].encode(),
                {"Content-Type": self.content_type, "Set-Cookie": "session=abc; Path=/"},
            )
        else:
            response = Response.text("<h1>Not found</h1>", 404, "text/html")
        with self._lock:
            self.log.append((request.method, request.path, response.status))
        return response


def add_site(network: FakeNetwork, domain: str, **options: object) -> FakeSite:
    site = FakeSite(domain, **options)  # type: ignore[arg-type]
    network.add([domain], site)
    return site


def home_page(*me: str, text: str = "") -> str:
    """A small personal home page linking to its owner's accounts with rel=me."""
    links = "\n".join(f'<li><a rel="me noopener" href="{url}">{url}</a></li>' for url in me)
    return (
        "<!doctype html><html><head><title>Home</title>"
        '<link rel="stylesheet" href="/style.css"></head>'
        f"<body><h1>Hello</h1><ul>{links}</ul><p>{text}</p></body></html>"
    )
