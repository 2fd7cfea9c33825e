"""What a published website may make Fedimove ask: public hosts only, never a downgrade."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import urllib3.util.connection

from fedimove.net.pages import fetch, page_session, public_addresses
from tests.fakes.https import FakeNetwork, Request, Response
from tests.fakes.websites import FakeSite, add_site


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "localhost", "192.168.1.1", "10.0.0.8", "::1", "169.254.169.254", "0.0.0.0"],
)
def test_private_loopback_and_link_local_hosts_are_not_public(host: str) -> None:
    assert public_addresses(host, 80) == []


def test_a_public_address_is_the_one_to_dial() -> None:
    assert public_addresses("93.184.215.14", 443) == ["93.184.215.14"]


@pytest.mark.parametrize("url", ["ftp://example.org/", "http:///nohost", "file:///etc/passwd"])
def test_only_web_addresses_with_a_host_are_asked(url: str) -> None:
    assert fetch(page_session(), url).status == 0


def test_a_host_the_user_mapped_with_connect_to_is_allowed(fake_network: FakeNetwork) -> None:
    """The fake network maps site.example to 127.0.0.1 with FEDIMOVE_CONNECT_TO."""
    add_site(fake_network, "site.example", pages={"/": "<p>hello</p>"})
    assert fetch(page_session(), "https://site.example/").status == 200


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


PUBLIC = "93.184.215.14"  # a global address; the fake DNS routes it to a stand-in on 127.0.0.1


class _Knocks(HTTPServer):
    """A local service that counts every connection made to it, request or not."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Recorder)
        self.knocks = 0

    def verify_request(self, request: object, client_address: object) -> bool:
        self.knocks += 1
        return True


class _RebindingInternet:
    """DNS where each name in `answers` resolves to its addresses in turn (the last one for
    ever after), and a network where `routes` sends a public (address, port) to a local
    server: public-looking hosts with no way out to the real internet."""

    def __init__(
        self, answers: dict[str, list[str]], routes: dict[tuple[str, int], tuple[str, int]]
    ) -> None:
        self.answers, self.routes = answers, routes
        self._getaddrinfo = socket.getaddrinfo
        self._connect = urllib3.util.connection.create_connection

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("FEDIMOVE_CONNECT_TO", "")
        monkeypatch.setattr(socket, "getaddrinfo", self.getaddrinfo)
        monkeypatch.setattr(urllib3.util.connection, "create_connection", self.create_connection)

    def getaddrinfo(self, host: object, port: object, *args: object, **kwargs: object) -> list:
        name = str(host.decode() if isinstance(host, bytes) else host).lower()
        queue = self.answers.get(name)
        if not queue:
            return self._getaddrinfo(host, port, *args, **kwargs)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]  # "a,b": two addresses at once
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(str(port))))
            for address in answer.split(",")
        ]

    def create_connection(self, address: tuple[str, int], *args: object, **kwargs: object):
        """Dial as the OS would: resolve (through the DNS above), then connect, routed."""
        for *_, sockaddr in self.getaddrinfo(*address, 0, socket.SOCK_STREAM):
            target = self.routes.get(sockaddr[:2], sockaddr[:2])
            if ipaddress.ip_address(target[0]).is_loopback:
                return self._connect(target, *args, **kwargs)
        raise OSError(f"{address}: the tests have no way out to the internet")


@pytest.fixture
def inside() -> Iterator[_Knocks]:
    """The user's router: a service on 127.0.0.1 no published page may reach."""
    server = _Knocks()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_name_that_rebinds_to_loopback_after_the_check_is_never_dialled_there(
    inside: _Knocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name answers public when checked and 127.0.0.1 ever after: the page comes from
    the checked address, with the name still in the Host header."""
    port = inside.server_port
    seen: list[str] = []
    stand_in = HTTPServer(("127.0.0.1", 0), _host_recorder(seen))
    threading.Thread(target=stand_in.serve_forever, daemon=True).start()
    _RebindingInternet(
        {"rebind.example": [PUBLIC, "127.0.0.1"]},
        {(PUBLIC, port): ("127.0.0.1", stand_in.server_port)},
    ).install(monkeypatch)
    try:
        page = fetch(page_session(), f"http://rebind.example:{port}/")
    finally:
        stand_in.shutdown()
        stand_in.server_close()
    assert inside.knocks == 0
    assert (page.status, seen) == (200, [f"rebind.example:{port}"])


def test_every_redirect_hop_is_dialled_at_its_checked_address_with_tls_on_the_name(
    inside: _Knocks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTPS start page → redirect to a name that rebinds to loopback: the second hop too
    connects where it was checked, and its certificate is checked against the name."""
    port = inside.server_port
    network = FakeNetwork(tmp_path)  # on its own: no FEDIMOVE_CONNECT_TO mapping, DNS only
    try:
        site = network.add(
            ["start.example", "rebind.example"],
            _by_host(
                FakeSite("start.example", redirects={"/": f"https://rebind.example:{port}/"}),
                FakeSite("rebind.example", pages={"/": "<a rel=me href='https://m.example/@a'>"}),
            ),
        )
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(network.ca_file))
        _RebindingInternet(
            {"start.example": [PUBLIC], "rebind.example": [PUBLIC, "127.0.0.1"]},
            {(PUBLIC, 443): ("127.0.0.1", site), (PUBLIC, port): ("127.0.0.1", site)},
        ).install(monkeypatch)
        page = fetch(page_session(), "https://start.example/")
    finally:
        network.close()
    assert inside.knocks == 0
    assert (page.status, page.final_url) == (200, f"https://rebind.example:{port}/")
    assert "rel=me" in page.html


def test_a_name_that_resolves_to_a_private_address_is_refused_before_connecting(
    inside: _Knocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    _RebindingInternet({"router.example": ["127.0.0.1"]}, {}).install(monkeypatch)
    assert fetch(page_session(), f"http://router.example:{inside.server_port}/").status == 0
    assert inside.knocks == 0


def _host_recorder(seen: list[str]) -> type[BaseHTTPRequestHandler]:
    class Stand(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.headers.get("Host", ""))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>the public page</p>")

        def log_message(self, *args: object) -> None:
            del args

    return Stand


def _by_host(*sites: FakeSite) -> Callable[[Request], Response]:
    return lambda request: next(s for s in sites if s.domain == request.host)(request)


def test_through_a_proxy_a_private_name_is_refused_before_the_proxy_is_asked(
    inside: _Knocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy connects on its own, so the name is checked here before it is handed over."""
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{inside.server_port}")
    _RebindingInternet({"router.example": ["192.168.1.1"], "site.example": [PUBLIC]}, {}).install(
        monkeypatch
    )
    assert fetch(page_session(), "http://router.example/").status == 0
    assert inside.knocks == 0
    page = fetch(page_session(), "http://site.example/")
    assert (page.status, inside.knocks) == (200, 1)


def test_a_checked_address_that_does_not_answer_gives_way_to_the_next_checked_one(
    inside: _Knocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    stand_in = HTTPServer(("127.0.0.1", 0), _host_recorder(seen))
    threading.Thread(target=stand_in.serve_forever, daemon=True).start()
    silent = "93.184.215.15"  # no route: its connection fails
    _RebindingInternet(
        {"two.example": [f"{silent},{PUBLIC}", "127.0.0.1"]},
        {(PUBLIC, 80): ("127.0.0.1", stand_in.server_port)},
    ).install(monkeypatch)
    try:
        page = fetch(page_session(), "http://two.example/")
    finally:
        stand_in.shutdown()
        stand_in.server_close()
    assert (page.status, seen, inside.knocks) == (200, ["two.example"], 0)
