"""Fetching a person's own web page, carefully: it is a site we know nothing about.

Through `new_session` (so `FEDIMOVE_CONNECT_TO` and the CA settings apply); at most 1 MB and
10 seconds in all; no cookies kept or sent; at most 5 redirects, only to http(s) URLs and
never from HTTPS down to HTTP; HTML only. Never raises: the result says what happened.

A published address can name anything, including the user's own router or a service on their
machine: every connection's host must resolve to public addresses only (a host
`FEDIMOVE_CONNECT_TO` maps is the user's own choice and allowed). The check happens inside the
connection, which then dials the very address it checked: a name that answers public to a
check and 127.0.0.1 to a second lookup (DNS rebinding) never gets that second lookup. The
Host header, TLS SNI and the certificate check stay on the name. Through the user's proxy,
which resolves names itself, the name is checked before it is handed over. Redirects are
followed here, hop by hop, so each one is checked before it is asked.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urljoin, urlsplit

import requests
from urllib3.connection import HTTPConnection
from urllib3.exceptions import NewConnectionError

from fedimove.net.endpoints import connect_to_overrides
from fedimove.net.http import ConnectToAdapter, ConnectToPoolManager, connection_base, new_session

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
    session = new_session((min(5.0, timeout), timeout), adapter_class=_PublicOnlyAdapter)
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    session.max_redirects = MAX_REDIRECTS
    return session


def fetch(
    session: requests.Session, url: str, deadline: float = DEADLINE, max_bytes: int = MAX_BYTES
) -> Page:
    """GET one page within the caps; an answer that breaks one gives status 0."""
    started = time.monotonic()
    try:
        response = _follow_redirects(session, url)
    except (requests.RequestException, OSError, ValueError):
        return Page(url, 0)
    if response is None:
        return Page(url, 0)
    try:
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


def _follow_redirects(session: requests.Session, url: str) -> requests.Response | None:
    """The final answer, each hop checked before it is asked; None when a hop is refused."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        if url.startswith("https://") and current.startswith("http://"):
            return None  # anyone on the way could have written its rel=me links
        if not current.startswith(("https://", "http://")) or not urlsplit(current).hostname:
            return None
        if _through_proxy(session, current) and not _proxied_host_allowed(current):
            return None
        response = session.get(
            current, headers={"Accept": _ACCEPT}, stream=True, allow_redirects=False
        )
        location = response.headers.get("Location")
        if not response.is_redirect or not location:
            return response
        response.close()
        current = urljoin(current, location)
    return None


def _through_proxy(session: requests.Session, url: str) -> bool:
    """Whether requests will hand this URL to a proxy (the user's HTTP(S)_PROXY settings)."""
    proxies = dict(session.proxies)
    if session.trust_env:
        proxies = {**requests.utils.get_environ_proxies(url), **proxies}
    return bool(requests.utils.select_proxy(url, proxies))


def _proxied_host_allowed(url: str) -> bool:
    """A proxy resolves and connects on its own, past the pinned connection: the name is
    checked here before it is handed over (the proxy's own answer cannot be pinned)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (host, port) in connect_to_overrides() or bool(public_addresses(host, port))


def public_addresses(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, once; empty unless every one of them is public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    return addresses if all(_is_public(address) for address in addresses) else []


def _is_public(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_global
    except ValueError:
        return False


def _pinned(base: type[HTTPConnection]) -> type[HTTPConnection]:
    """A connection class that resolves its host once, checks, and dials what it checked."""

    class Pinned(base):  # type: ignore[valid-type, misc]
        def _new_conn(self) -> socket.socket:
            name = self._dns_host
            addresses = public_addresses(name, self.port)
            if not addresses:
                raise NewConnectionError(self, f"{self.host} is not a public address")
            try:
                for address in addresses[:-1]:  # as urllib3 does: the next one if one fails
                    self._dns_host = address
                    try:
                        return super()._new_conn()
                    except NewConnectionError:
                        continue
                self._dns_host = addresses[-1]
                return super()._new_conn()
            finally:
                self._dns_host = name

    return Pinned


class _PublicOnlyPoolManager(ConnectToPoolManager):
    def connection_class(self, scheme: str, host: str, port: int) -> type[HTTPConnection]:
        return super().connection_class(scheme, host, port) or _pinned(connection_base(scheme))


class _PublicOnlyAdapter(ConnectToAdapter):
    """`FEDIMOVE_CONNECT_TO`'s hosts as mapped; every other host at a checked public address."""

    pool_manager_class = _PublicOnlyPoolManager
