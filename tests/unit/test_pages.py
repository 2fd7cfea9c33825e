"""What a published website may make Fedimove ask: public hosts only, never a downgrade."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import pytest

from fedimove.net.pages import fetch, page_session, public_host
from tests.fakes.https import FakeNetwork
from tests.fakes.websites import add_site


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/",
        "http://localhost/admin",
        "http://192.168.1.1/",
        "http://10.0.0.8/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
        "ftp://example.org/",
        "http:///nohost",
    ],
)
def test_private_loopback_and_link_local_hosts_are_not_public(url: str) -> None:
    assert not public_host(url)


def test_a_host_the_user_mapped_with_connect_to_is_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEDIMOVE_CONNECT_TO", "site.example:443=127.0.0.1:9443")
    assert public_host("https://site.example/")


class _Recorder(BaseHTTPRequestHandler):
    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.asked.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<a rel=me href='https://mastodon.example/@me'>me</a>")

    def log_message(self, *args: object) -> None:
        del args


def test_a_published_site_cannot_lead_fedimove_to_a_local_service(
    fake_network: FakeNetwork,
) -> None:
    local = HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=local.serve_forever, daemon=True).start()
    try:
        inside = f"http://127.0.0.1:{local.server_port}/router-admin"
        add_site(fake_network, "evil.example", redirects={"/": inside})
        session = page_session()
        assert fetch(session, inside).status == 0
        assert fetch(session, "https://evil.example/").status == 0
        assert _Recorder.asked == []
    finally:
        local.shutdown()


def test_https_down_to_http_is_refused_anywhere_on_the_way(fake_network: FakeNetwork) -> None:
    add_site(fake_network, "a.example", redirects={"/": "http://b.example/"})
    add_site(fake_network, "b.example", pages={"/": "<p>plain</p>"})
    assert fetch(page_session(), "https://a.example/").status == 0
