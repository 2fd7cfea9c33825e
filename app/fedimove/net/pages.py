"""Fetching a person's own web page, carefully: it is a site we know nothing about.

Through `new_session` (so `FEDIMOVE_CONNECT_TO` and the CA settings apply); at most 1 MB and
10 seconds in all; no cookies kept or sent; at most 5 redirects, only to http(s) URLs and
never from HTTPS down to HTTP; HTML only. Never raises: the result says what happened.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from http.cookiejar import DefaultCookiePolicy

import requests

from fedimove.net.http import new_session

MAX_BYTES = 1024 * 1024
DEADLINE = 10.0
MAX_REDIRECTS = 5
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # as asked
    status: int  # 0 when nothing usable came back (no answer, too slow, too big, not HTML)
    final_url: str = ""
    html: str = ""


def page_session(timeout: float = DEADLINE) -> requests.Session:
    """A session that refuses every cookie and stops after 5 redirects."""
    session = new_session((min(5.0, timeout), timeout))
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    session.max_redirects = MAX_REDIRECTS
    return session


def fetch(
    session: requests.Session, url: str, deadline: float = DEADLINE, max_bytes: int = MAX_BYTES
) -> Page:
    """GET one page within the caps; an answer that breaks one gives status 0."""
    started = time.monotonic()
    try:
        response = session.get(url, headers={"Accept": _ACCEPT}, stream=True)
    except (requests.RequestException, OSError, ValueError):
        return Page(url, 0)
    try:
        if not response.url.startswith(("https://", "http://")) or _downgraded(url, response):
            return Page(url, 0)
        kind = response.headers.get("Content-Type", "text/html").split(";")[0].strip().lower()
        if response.status_code != 200 or kind not in ("text/html", "application/xhtml+xml"):
            return Page(url, response.status_code if response.status_code != 200 else 0)
        body = bytearray()
        for chunk in response.iter_content(16384):
            body += chunk
            if len(body) > max_bytes or time.monotonic() - started > deadline:
                return Page(url, 0, response.url)
        encoding = (
            response.encoding if "charset" in response.headers.get("Content-Type", "") else None
        )
        return Page(url, 200, response.url, bytes(body).decode(encoding or "utf-8", "replace"))
    except (requests.RequestException, OSError, LookupError):
        return Page(url, 0)
    finally:
        response.close()


def _downgraded(url: str, response: requests.Response) -> bool:
    """A page published over HTTPS must not be read from plain HTTP: anyone on the way could
    have written its rel=me links."""
    hops = [r.url for r in response.history] + [response.url]
    return url.startswith("https://") and any(hop.startswith("http://") for hop in hops)
