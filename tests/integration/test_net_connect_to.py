"""`FEDIMOVE_CONNECT_TO` reaches fake hosts by their real names, with TLS verified."""

from __future__ import annotations

import pytest
import requests

from fedimove.net.endpoints import connect_to_overrides
from fedimove.net.http import new_session
from tests.fakes.https import FakeNetwork, Request, Response


def echo(request: Request) -> Response:
    return Response.json(
        {"host": request.host, "path": request.path, "ua": request.headers["user-agent"]}
    )


def test_request_reaches_the_fake_by_name_with_tls(fake_network: FakeNetwork) -> None:
    fake_network.add(["social.example", "other.example"], echo)
    session = new_session()
    body = session.get("https://social.example/api/v1/instance").json()
    assert body["host"] == "social.example"
    assert body["ua"].startswith("Fedimove/")
    assert session.get("https://other.example/x").json()["host"] == "other.example"


def test_certificate_for_another_name_is_refused(fake_network: FakeNetwork, monkeypatch) -> None:
    port = fake_network.add(["social.example"], echo)
    monkeypatch.setenv("FEDIMOVE_CONNECT_TO", f"evil.example:443=127.0.0.1:{port}")
    with pytest.raises(requests.exceptions.SSLError):
        new_session().get("https://evil.example/")


def test_unknown_ca_is_refused(fake_network: FakeNetwork, monkeypatch) -> None:
    fake_network.add(["social.example"], echo)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(requests.exceptions.SSLError):
        new_session().get("https://social.example/")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a.example:443=127.0.0.1:8443", {("a.example", 443): ("127.0.0.1", 8443)}),
        (
            "A.Example:443=127.0.0.1:1, b:80=[::1]:2",
            {("a.example", 443): ("127.0.0.1", 1), ("b", 80): ("::1", 2)},
        ),
        ("garbage,=,x:y=z:1", {}),
        ("", {}),
    ],
)
def test_parse_overrides(value: str, expected: dict) -> None:
    assert connect_to_overrides(value) == expected
