"""Real HTTPS servers on 127.0.0.1 for the fakes, trusted through a trustme test CA.

One `FakeNetwork` holds the CA and every fake host; it sets `FEDIMOVE_CONNECT_TO` and
`REQUESTS_CA_BUNDLE` so the app's own sessions (and tweepy's, Mastodon.py's) reach the fakes
by their real-looking names with TLS verified, exactly as they would reach the real servers.

A fake is a `Handler`: a callable taking a `Request` and returning a `Response`. Many hostnames
can share one server (virtual hosts by the Host header), as in the real fediverse.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import trustme


@dataclass
class Request:
    method: str
    host: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, list[str]]:
        content_type = self.headers.get("content-type", "")
        if "json" in content_type:
            data = self.json() or {}
            return {k: v if isinstance(v, list) else [v] for k, v in data.items()}
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = (
            self.query.get(name) or self.form().get(name) if self.body else self.query.get(name)
        )
        return values[0] if values else default


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        merged = {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
        return cls(status, json.dumps(data).encode(), merged)

    @classmethod
    def text(cls, text: str, status: int = 200, content_type: str = "text/plain") -> Response:
        return cls(status, text.encode(), {"Content-Type": f"{content_type}; charset=utf-8"})


Handler = Callable[[Request], Response]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        request = Request(
            method=self.command,
            host=host,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        handler = self.server.handlers.get(host)
        response = handler(request) if handler else Response.text("no such host", 421)
        self.server.log.append((host, request.method, self.path, response.status))
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.handlers: dict[str, Handler] = {}
        self.log: list[tuple[str, str, str, int]] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        del request, client_address  # clients hanging up mid-request are normal in tests


class FakeNetwork:
    """A test CA and fake HTTPS hosts, all on 127.0.0.1."""

    def __init__(self, ca_dir: Path) -> None:
        self.ca = trustme.CA()
        self.ca_file = ca_dir / "fake-ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        self._servers: list[_Server] = []
        self._routes: dict[str, tuple[str, int]] = {}
        self._refused: set[str] = set()
        # Bound but never listening: every connection to it is refused, as when offline.
        self._closed = socket.socket()
        self._closed.bind(("127.0.0.1", 0))

    def add(self, hostnames: list[str], handler: Handler) -> int:
        """Serve `handler` for these names on a new port; returns the port."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert(*hostnames).configure_cert(context)
        server = _Server(context)
        for name in hostnames:
            server.handlers[name.lower()] = handler
        port = server.server_address[1]
        for name in hostnames:
            self._routes[name.lower()] = ("127.0.0.1", port)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self._servers.append(server)
        return port

    @property
    def requests(self) -> list[tuple[str, str, str, int]]:
        """Every request served so far: (host, method, path?query, status)."""
        return [entry for server in self._servers for entry in server.log]

    def refuse(self, hostnames: list[str]) -> None:
        """Connections to these names are refused (offline, or the server is down)."""
        self._refused.update(name.lower() for name in hostnames)

    def reconnect(self) -> None:
        """Back online: refused names reach their fakes again."""
        self._refused.clear()

    def connect_to(self) -> str:
        closed = self._closed.getsockname()[1]
        routes = {host: f"{addr}:{port}" for host, (addr, port) in self._routes.items()}
        routes.update({host: f"127.0.0.1:{closed}" for host in self._refused})
        return ",".join(f"{host}:443={target}" for host, target in routes.items())

    def client_ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def close(self) -> None:
        self._closed.close()
        for server in self._servers:
            server.shutdown()
            server.server_close()
