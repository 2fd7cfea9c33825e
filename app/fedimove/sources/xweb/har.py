"""x.com's GraphQL responses out of a browser's HAR recording ("Save all as HAR").

A HAR holds everything the browser exchanged, including the session's cookies and auth headers.
This reader looks at three things per entry — the request URL (operation and `variables`), the
response status and the response body — and nothing else: no header, cookie or post body of the
user's session is read, kept or logged.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fedimove.sources.xweb.errors import HarNotARecording
from fedimove.sources.xweb.parse import Operation, operation_of, request_variables

X_HOSTS = ("x.com", "twitter.com")
MAX_HAR_BYTES = 4 * 1024**3


@dataclass(frozen=True, slots=True)
class Response:
    """One x.com GraphQL response of a known operation, in the order the browser got it."""

    operation: Operation
    variables: dict[str, Any]
    status: int
    body: str | None


@dataclass(frozen=True, slots=True)
class Recording:
    responses: tuple[Response, ...]
    ignored: int  # entries that are not x.com GraphQL responses of a known operation


def read_har(path: Path) -> Recording:
    """The known x.com responses of a HAR file; raises HarNotARecording if it is not a HAR."""
    try:
        if path.stat().st_size > MAX_HAR_BYTES:
            raise HarNotARecording(path.name)
        with path.open("rb") as handle:
            document = json.load(handle)
    except (OSError, ValueError, RecursionError) as exc:
        raise HarNotARecording(path.name) from exc
    entries = document.get("log", {}).get("entries") if isinstance(document, Mapping) else None
    if not isinstance(entries, list):
        raise HarNotARecording(path.name)
    responses = list(_responses(entries))
    return Recording(
        tuple(r for _at, r in sorted(responses, key=lambda p: p[0])), len(entries) - len(responses)
    )


def _responses(entries: list[Any]) -> Iterator[tuple[tuple[str, int], Response]]:
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            continue
        request, response = entry.get("request"), entry.get("response")
        if not isinstance(request, Mapping) or not isinstance(response, Mapping):
            continue
        url = request.get("url")
        if not isinstance(url, str) or not _is_x(url):
            continue
        operation = operation_of(url)
        if operation is None:
            continue
        status = response.get("status")
        started = entry.get("startedDateTime")
        yield (
            (started if isinstance(started, str) else "", index),
            Response(
                operation,
                request_variables(url),
                status if isinstance(status, int) else 0,
                _body(response.get("content")),
            ),
        )


def _is_x(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == name or host.endswith("." + name) for name in X_HOSTS)


def _body(content: Any) -> str | None:
    """The response text; browsers write it as is, or in base64 (`encoding: "base64"`)."""
    if not isinstance(content, Mapping) or not isinstance(content.get("text"), str):
        return None
    text = content["text"]
    if content.get("encoding") != "base64":
        return text
    try:
        return base64.b64decode(text, validate=False).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
