"""Where connections go and which CAs to trust, read from the environment.

Kept apart from `net.http` (and free of `requests`) because the GUI must read
`FEDIMOVE_CONNECT_TO` before Qt starts, for the embedded browser, without paying for the HTTP
stack at start-up.
"""

from __future__ import annotations

import os

CONNECT_TO_ENV = "FEDIMOVE_CONNECT_TO"

Endpoint = tuple[str, int]


def connect_to_overrides(value: str | None = None) -> dict[Endpoint, Endpoint]:
    """Parse `HOST:PORT=ADDR:PORT,…`; malformed entries are ignored, not fatal."""
    value = os.environ.get(CONNECT_TO_ENV, "") if value is None else value
    overrides: dict[Endpoint, Endpoint] = {}
    for entry in value.split(","):
        source, sep, target = entry.strip().partition("=")
        if not sep:
            continue
        parsed_source, parsed_target = _endpoint(source), _endpoint(target)
        if parsed_source and parsed_target:
            overrides[parsed_source] = parsed_target
    return overrides


def _endpoint(text: str) -> Endpoint | None:
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host or not port.isdigit():
        return None
    return host.strip("[]").lower(), int(port)


def ca_bundle() -> str | bool:
    return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("SSL_CERT_FILE") or True
