"""GET a JSON document from a server that may be slow, down, hostile or not JSON at all."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import requests

MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class JsonResult:
    status: int = 0  # 0: no answer (connection failed, timed out)
    data: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def unreachable(self) -> bool:
        return self.status == 0 or self.status >= 500


def get_capped(
    session: requests.Session, url: str, accept: str = "*/*"
) -> tuple[int, bytes | None]:
    """(status, body) of a GET read at most MAX_BYTES far: a larger body is refused (None),
    never loaded whole. Status 0: no answer."""
    try:
        response = session.get(url, headers={"Accept": accept}, stream=True)
        body = response.raw.read(MAX_BYTES + 1, decode_content=True)
        response.close()
    except (requests.RequestException, OSError):
        return 0, None
    return response.status_code, body if len(body) <= MAX_BYTES else None


def get_json(
    session: requests.Session,
    url: str,
    params: dict[str, str] | None = None,
    accept: str = "application/json",
    headers: dict[str, str] | None = None,
) -> JsonResult:
    """Never raises for network or content trouble: the status and data say what happened."""
    try:
        response = session.get(
            url, params=params, headers={"Accept": accept, **(headers or {})}, stream=True
        )
        body = response.raw.read(MAX_BYTES + 1, decode_content=True)
        response.close()
    except (requests.RequestException, OSError):
        return JsonResult()
    kept = {
        k.lower(): v for k, v in response.headers.items() if k.lower().startswith("x-ratelimit")
    }
    if len(body) > MAX_BYTES:
        return JsonResult(response.status_code, None, kept)
    try:
        data = json.loads(body) if body else None
    except ValueError:
        data = None
    return JsonResult(response.status_code, data, kept)
