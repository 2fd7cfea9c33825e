"""The one-shot web page on 127.0.0.1 that receives the browser's OAuth redirect.

It answers only `/callback` with the expected `state`, so another page or process poking
at the port cannot inject a code; the answer tells the user to go back to Fedimove.
"""

from __future__ import annotations

import html
import queue
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

CALLBACK_PATH = "/callback"


class _Handler(BaseHTTPRequestHandler):
    server: LoopbackReceiver

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path != CALLBACK_PATH or params.get("state") != self.server.state:
            self._answer(404, self.server.page("not_found"))
            return
        if "code" in params:
            self.server.deliver(("code", params["code"]))
            self._answer(200, self.server.page("done"))
        else:
            self.server.deliver(("error", params.get("error", "access_denied")))
            self._answer(200, self.server.page("denied"))

    def _answer(self, status: int, text: str) -> None:
        body = (
            "<!doctype html><meta charset=utf-8><title>Fedimove</title>"
            f"<p style='font:1.2em sans-serif;margin:3em'>{html.escape(text)}</p>"
        ).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class LoopbackReceiver(HTTPServer):
    """Listens on 127.0.0.1:`port` (0: any free port) and hands results to `deliver`."""

    def __init__(
        self,
        state: str,
        deliver: Callable[[tuple[str, str]], None],
        page: Callable[[str], str],
        port: int = 0,
    ) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.state, self.deliver, self.page = state, deliver, page
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{CALLBACK_PATH}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self.shutdown()
        self.server_close()


def bind(
    state: str,
    results: queue.Queue[tuple[str, str]],
    page: Callable[[str], str],
    preferred_port: int | None,
) -> LoopbackReceiver:
    """Listen on the preferred port (an app registered with it can be reused), else any."""
    if preferred_port:
        try:
            return LoopbackReceiver(state, results.put, page, preferred_port)
        except OSError:
            pass
    return LoopbackReceiver(state, results.put, page, 0)
