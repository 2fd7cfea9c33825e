"""One way to make HTTP(S) requests, so every request honours the same network settings.

`FEDIMOVE_CONNECT_TO` works like curl's `--connect-to`: `HOST:PORT=ADDR:PORT[,…]` sends the
TCP connection for HOST:PORT to ADDR:PORT while the URL, the Host header, SNI and certificate
verification all stay HOST's. Tests use it to reach fake servers on 127.0.0.1; users behind
unusual networks can too. `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE` choose the trusted CAs.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.poolmanager import PoolManager

from fedimove import __version__
from fedimove.net.endpoints import Endpoint, ca_bundle, connect_to_overrides

USER_AGENT = f"Fedimove/{__version__} (+https://github.com/fedimove/fedimove)"
DEFAULT_TIMEOUT = (5.0, 20.0)


def _redirected(base: type[HTTPConnection], target: Endpoint) -> type[HTTPConnection]:
    """A connection class that dials `target` but otherwise behaves as for the URL's host."""

    class Redirected(base):  # type: ignore[valid-type, misc]
        def _new_conn(self) -> Any:
            host, port = self._dns_host, self.port
            self._dns_host, self.port = target
            try:
                return super()._new_conn()
            finally:
                self._dns_host, self.port = host, port

    return Redirected


def connection_base(scheme: str) -> type[HTTPConnection]:
    return HTTPSConnection if scheme == "https" else HTTPConnection


class ConnectToPoolManager(PoolManager):
    """Gives each new pool the connection class `connection_class` picks for its host."""

    def __init__(self, overrides: dict[Endpoint, Endpoint], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.overrides = overrides

    def _new_pool(self, scheme: str, host: str, port: int, request_context: Any = None) -> Any:
        pool = super()._new_pool(scheme, host, port, request_context)
        connection_class = self.connection_class(scheme, host.lower(), port)
        if connection_class:
            pool.ConnectionCls = connection_class
        return pool

    def connection_class(self, scheme: str, host: str, port: int) -> type[HTTPConnection] | None:
        """The class dialling `FEDIMOVE_CONNECT_TO`'s target; None for urllib3's own."""
        target = self.overrides.get((host, port))
        return _redirected(connection_base(scheme), target) if target else None


class ConnectToAdapter(HTTPAdapter):
    """An adapter whose connections obey `FEDIMOVE_CONNECT_TO`."""

    pool_manager_class: type[ConnectToPoolManager] = ConnectToPoolManager

    def __init__(self, overrides: dict[Endpoint, Endpoint], **kwargs: Any) -> None:
        self._overrides = overrides
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **kw: Any):
        self.poolmanager = self.pool_manager_class(
            self._overrides, num_pools=connections, maxsize=maxsize, block=block, **kw
        )


class _TimeoutSession(requests.Session):
    """A session whose requests time out by default; libraries we hand it to often forget."""

    default_timeout: Any = DEFAULT_TIMEOUT

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.default_timeout
        return super().request(method, url, *args, **kwargs)


def new_session(
    timeout: Any = DEFAULT_TIMEOUT,
    pool_size: int = 10,
    adapter_class: type[ConnectToAdapter] = ConnectToAdapter,
) -> requests.Session:
    """A requests session for any outside call (also handed to tweepy and Mastodon.py)."""
    session = _TimeoutSession()
    session.default_timeout = timeout
    session.headers["User-Agent"] = USER_AGENT
    session.verify = ca_bundle()
    adapter = adapter_class(
        connect_to_overrides(), pool_connections=pool_size, pool_maxsize=pool_size
    )
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
