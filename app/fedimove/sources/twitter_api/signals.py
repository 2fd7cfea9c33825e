"""Reading a failed request's signals from tweepy's and requests' exceptions.

Only the parts that classify (status, error codes, problem fields, rate-limit headers, the
server's Date) are kept: tweepy's exceptions hold the whole response, and the request inside
it holds the Authorization header, so they must never travel further up.
"""

from __future__ import annotations

from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import tweepy

from fedimove.core.twitter_access import FailureSignal


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _server_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _codes(body: Any) -> tuple[int, ...]:
    if not isinstance(body, dict):
        return ()
    errors = body.get("errors")
    if not isinstance(errors, list):
        return ()
    codes = []
    for error in errors:
        if isinstance(error, dict) and isinstance(error.get("code"), int):
            codes.append(error["code"])
    return tuple(codes)


def _text(body: Any, key: str) -> str:
    value = body.get(key) if isinstance(body, dict) else None
    return value if isinstance(value, str) else ""


def signal_from_response(status: int, headers: Mapping[str, str], body: Any) -> FailureSignal:
    """The signals of an HTTP answer (`body` is the decoded JSON, or None)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    return FailureSignal(
        http_status=status,
        api_codes=_codes(body),
        problem_type=_text(body, "type"),
        problem_title=_text(body, "title"),
        problem_reason=_text(body, "reason"),
        required_enrollment=_text(body, "required_enrollment"),
        rate_limit_reset=_number(lowered.get("x-rate-limit-reset")),
        retry_after=_number(lowered.get("retry-after")),
        server_date=_server_date(lowered.get("date")),
    )


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def signal_from_http(response: requests.Response) -> FailureSignal:
    return signal_from_response(response.status_code, response.headers, _json(response))


NETWORK_FAILURES = (requests.ConnectionError, requests.Timeout)


def signal_from_exception(error: BaseException) -> FailureSignal | None:
    """The signals in an exception from a tweepy/requests call; None if it is not one."""
    if isinstance(error, tweepy.HTTPException):
        return signal_from_http(error.response)
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, NETWORK_FAILURES):
            return FailureSignal(http_status=None)
        seen = seen.__cause__ or seen.__context__
    return None
