"""QtWebEngine against the fake x.com: one fake server for the whole session, because Chromium
reads its command line (the host mapping to the fake's port) only once per process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from fedimove.sources.xweb import engine
from tests.fakes.https import FakeNetwork, Request, Response
from tests.fakes.xcom import FakeXCom
from tests.fakes.xcom_data import build_graph

if not engine.available():
    pytest.skip("QtWebEngine (the xweb extra) is not installed", allow_module_level=True)

# Offscreen CI: no GPU, no Google services, nothing but the fake reachable.
TEST_FLAGS = "--disable-gpu --disable-background-networking --disable-component-update"
# A host that refuses connections, as x.com does for someone offline (port 9: nothing listens).
OFFLINE_HOST = "offline.example"
GOOGLE_REFUSAL = (
    "<!doctype html><title>Sign in - Google Accounts</title><h1>Couldn’t sign you in</h1>"
    "<p>This browser or app may not be secure. <a href='https://support.google.com/accounts/"
    "answer/7675428'>Learn more</a></p><p>Try using a different browser. If you’re already "
    "using a supported browser, you can try again to sign in.</p>"
)


def _google(request: Request) -> Response:
    """Google's sign-in as an embedded browser meets it: the rejection page."""
    if "rejected" in request.path or request.path.startswith("/signin"):
        return Response.text(GOOGLE_REFUSAL, content_type="text/html")
    return Response(302, headers={"Location": "/v3/signin/rejected?rrk=46"})


# QtWebEngine shares OpenGL contexts with Qt: this must be set before pytest-qt's QApplication.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


class _Switch:
    """The session's x.com server hands each request to the current test's fake site."""

    def __init__(self) -> None:
        self.site: FakeXCom | None = None

    def __call__(self, request: Request) -> Response:
        return self.site(request) if self.site else Response.text("no site", 503)


@pytest.fixture(scope="session")
def xcom_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeNetwork, _Switch]]:
    network = FakeNetwork(tmp_path_factory.mktemp("xcom"))
    switch = _Switch()
    network.add(["x.com"], switch)
    network.add(["accounts.google.com"], _google)
    unreachable = f"{OFFLINE_HOST}:443=127.0.0.1:9"
    os.environ[engine.FLAGS_ENV] = engine.chromium_flags(
        TEST_FLAGS, f"{network.connect_to()},{unreachable}"
    )
    yield network, switch
    network.close()


@pytest.fixture
def xcom(
    xcom_server: tuple[FakeNetwork, _Switch], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> Iterator[FakeXCom]:
    """A fresh fake x.com (2,000 follows, 150 followers, three lists) for this test."""
    network, switch = xcom_server
    monkeypatch.setenv("FEDIMOVE_CONNECT_TO", network.connect_to())
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(network.ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(network.ca_file))
    site = FakeXCom(build_graph(following=2000, followers=150, unavailable=3))
    switch.site = site
    yield site
    switch.site = None
