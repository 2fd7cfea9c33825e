"""The `fake_network` fixture (imported by tests/conftest.py's plugin list)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.https import FakeNetwork


class _Env:
    """Keeps FEDIMOVE_CONNECT_TO in step as fakes are added."""

    def __init__(self, network: FakeNetwork, monkeypatch: pytest.MonkeyPatch) -> None:
        self.network, self._monkeypatch = network, monkeypatch

    def refresh(self) -> None:
        self._monkeypatch.setenv("FEDIMOVE_CONNECT_TO", self.network.connect_to())


@pytest.fixture
def fake_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNetwork]:
    """An empty fake network; call `fake_network.add([...], handler)` then make sessions."""
    network = FakeNetwork(tmp_path)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(network.ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(network.ca_file))
    env = _Env(network, monkeypatch)
    original_add = network.add

    def add(hostnames: list[str], handler):  # type: ignore[no-untyped-def]
        port = original_add(hostnames, handler)
        env.refresh()
        return port

    def switched(method):  # type: ignore[no-untyped-def]
        def call(*args):  # type: ignore[no-untyped-def]
            method(*args)
            env.refresh()

        return call

    network.add = add  # type: ignore[method-assign]
    network.refuse = switched(network.refuse)  # type: ignore[method-assign]
    network.reconnect = switched(network.reconnect)  # type: ignore[method-assign]
    yield network
    network.close()
