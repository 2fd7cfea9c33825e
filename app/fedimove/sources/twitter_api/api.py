"""One page at a time from either API version, as core types, failures as typed errors.

Every call names its route (v2 or v1.1) so callers can probe both and fall back; every
failure is classified here (with whether these credentials ever worked, and the caller's
clock) and raised as `TwitterAccessError` carrying the finding. Successful calls flip
`worked` so the caller can remember, per credential, that it once worked.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import requests
from requests_oauthlib import OAuth1

from fedimove.core.graph import ListRelation
from fedimove.core.twitter_access import (
    OK,
    AccessStatus,
    Capability,
    FailureSignal,
    Finding,
    Reason,
    Route,
    classify,
)
from fedimove.core.twitter_errors import TwitterAccessError
from fedimove.sources.twitter_api import payloads
from fedimove.sources.twitter_api.clients import TwitterClients
from fedimove.sources.twitter_api.payloads import ListRecord, UserRecord
from fedimove.sources.twitter_api.signals import (
    NETWORK_FAILURES,
    signal_from_exception,
    signal_from_http,
)

REQUEST_TOKEN_URL = "https://api.twitter.com/oauth/request_token"
LOOKUP_BATCH = 100
PAGE_LIMITS: dict[tuple[Capability, Route], int] = {
    (Capability.FOLLOWS, Route.V2): 1000,
    (Capability.FOLLOWS, Route.V1): 5000,
    (Capability.OWNED_LISTS, Route.V2): 100,
    (Capability.OWNED_LISTS, Route.V1): 1000,
    (Capability.FOLLOWED_LISTS, Route.V2): 100,
    (Capability.FOLLOWED_LISTS, Route.V1): 1000,
    (Capability.LIST_MEMBERS, Route.V2): 100,
    (Capability.LIST_MEMBERS, Route.V1): 5000,
    (Capability.USERS_LOOKUP, Route.V2): LOOKUP_BATCH,
    (Capability.USERS_LOOKUP, Route.V1): LOOKUP_BATCH,
}


@dataclass(frozen=True, slots=True)
class RateWindow:
    """What the `x-rate-limit-*` headers said about the endpoint just called."""

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One answer: users (full profiles) or bare ids, lists, and where to continue."""

    users: list[UserRecord] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    lists: list[ListRecord] = field(default_factory=list)
    next_cursor: str | None = None
    pinned_posts: int = 0
    window: RateWindow = RateWindow()

    @property
    def account_ids(self) -> list[str]:
        return [u.profile.id for u in self.users] if self.users else list(self.ids)


def _int_header(response: requests.Response, name: str) -> int | None:
    value = response.headers.get(name)
    return int(value) if value and value.isdigit() else None


def _window(response: requests.Response) -> RateWindow:
    reset = _int_header(response, "x-rate-limit-reset")
    return RateWindow(
        _int_header(response, "x-rate-limit-limit"),
        _int_header(response, "x-rate-limit-remaining"),
        float(reset) if reset is not None else None,
    )


class TwitterApi:
    """The adapter the jobs use. Not thread-safe: one per job."""

    def __init__(
        self,
        clients: TwitterClients,
        *,
        worked_before: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._clients = clients
        self.worked_before = worked_before
        self.worked = False
        self._clock = clock

    @property
    def user_context(self) -> bool:
        return self._clients.user_auth

    def _call(self, request: Callable[[], Any]) -> tuple[Any, RateWindow]:
        try:
            result = request()
        except Exception as error:
            signal = signal_from_exception(error)
            if signal is None:
                raise
            finding = classify(
                signal, worked_before=self.worked_before or self.worked, now=self._clock()
            )
            raise TwitterAccessError(finding) from None
        self.worked = True
        if isinstance(result, requests.Response):
            return _json(result.text), _window(result)
        last = self._clients.v1.last_response
        return _json(result), _window(last) if last is not None else RateWindow()

    # --- the app itself -----------------------------------------------------------------

    def app_alive(self) -> Finding:
        """Ask for an OAuth request token, which needs only the consumer key and secret.

        When user calls get 401 / code 32, this tells a refused token (the app still gets its
        request token) from a cut or mistyped app (refused here too, as in January 2023).
        Not billed, and the request token is simply left to expire.
        """
        credentials = self._clients.credentials
        auth = OAuth1(
            credentials.consumer_key, client_secret=credentials.consumer_secret, callback_uri="oob"
        )
        try:
            response = self._clients.session.post(REQUEST_TOKEN_URL, auth=auth)
        except NETWORK_FAILURES:
            return classify(FailureSignal(None), worked_before=False, now=self._clock())
        if response.status_code == 200 and "oauth_token=" in response.text:
            return OK
        return classify(
            signal_from_http(response),
            worked_before=self.worked_before or self.worked,
            now=self._clock(),
        )

    # --- me -------------------------------------------------------------------------

    def me(self, route: Route) -> UserRecord:
        v2, v1 = self._clients.v2, self._clients.v1
        if route is Route.V2:
            body, _ = self._call(
                lambda: v2.get_me(
                    **self.profile_kw,
                )
            )
            users = payloads.users_v2(body)
        else:
            body, _ = self._call(
                lambda: v1.verify_credentials(include_entities=True, skip_status=True)
            )
            users = payloads.users_v1(body)
        if not users:
            raise TwitterAccessError(Finding(AccessStatus.SERVER_ERROR, Reason.UNEXPECTED))
        return users[0]

    @property
    def user_auth_kw(self) -> dict[str, bool]:
        return {"user_auth": self._clients.user_auth}

    @property
    def profile_kw(self) -> dict[str, object]:
        """What every v2 user read asks for: full profiles with the pinned tweet."""
        return {
            "user_fields": payloads.V2_USER_FIELDS,
            "expansions": payloads.V2_EXPANSIONS,
            "tweet_fields": payloads.V2_TWEET_FIELDS,
            **self.user_auth_kw,
        }

    # --- follows --------------------------------------------------------------------

    def following(self, route: Route, user_id: str, cursor: str | None, limit: int) -> Page:
        if route is Route.V2:
            return self._users_page_v2(
                lambda: self._clients.v2.get_users_following(
                    user_id,
                    max_results=limit,
                    pagination_token=cursor,
                    **self.profile_kw,
                )
            )
        body, window = self._call(
            lambda: self._clients.v1.get_friend_ids(
                user_id=user_id, cursor=cursor or -1, count=limit, stringify_ids=True
            )
        )
        return Page(
            ids=payloads.ids_v1(body), next_cursor=payloads.next_cursor_v1(body), window=window
        )

    def lookup(self, route: Route, ids: Sequence[str]) -> Page:
        ids = list(ids)[:LOOKUP_BATCH]
        if route is Route.V2:
            return self._users_page_v2(
                lambda: self._clients.v2.get_users(
                    ids=ids,
                    **self.profile_kw,
                )
            )
        body, window = self._call(
            lambda: self._clients.v1.lookup_users(user_id=ids, include_entities=True)
        )
        return Page(users=payloads.users_v1(body), window=window)

    # --- lists ----------------------------------------------------------------------

    def lists(
        self, capability: Capability, route: Route, user_id: str, cursor: str | None, limit: int
    ) -> Page:
        owned = capability is Capability.OWNED_LISTS
        relation = ListRelation.CREATED if owned else ListRelation.SUBSCRIBED
        if route is Route.V2:
            method = (
                self._clients.v2.get_owned_lists
                if capability is Capability.OWNED_LISTS
                else self._clients.v2.get_followed_lists
            )
            body, window = self._call(
                lambda: method(
                    user_id,
                    max_results=limit,
                    pagination_token=cursor,
                    list_fields=payloads.V2_LIST_FIELDS,
                    expansions=payloads.V2_LIST_EXPANSIONS,
                    user_fields=["username"],
                    **self.user_auth_kw,
                )
            )
            return Page(
                lists=payloads.lists_v2(body, relation),
                next_cursor=payloads.next_token_v2(body),
                window=window,
            )
        v1 = self._clients.v1
        method1 = (
            v1.get_list_ownerships
            if capability is Capability.OWNED_LISTS
            else v1.get_list_subscriptions
        )
        body, window = self._call(
            lambda: method1(user_id=user_id, cursor=cursor or -1, count=limit)
        )
        return Page(
            lists=payloads.lists_v1(body, relation),
            next_cursor=payloads.next_cursor_v1(body),
            window=window,
        )

    def list_members(self, route: Route, list_id: str, cursor: str | None, limit: int) -> Page:
        if route is Route.V2:
            return self._users_page_v2(
                lambda: self._clients.v2.get_list_members(
                    list_id,
                    max_results=limit,
                    pagination_token=cursor,
                    **self.profile_kw,
                )
            )
        body, window = self._call(
            lambda: self._clients.v1.get_list_members(
                list_id=list_id, cursor=cursor or -1, count=limit, skip_status=True
            )
        )
        return Page(
            users=payloads.users_v1(body),
            next_cursor=payloads.next_cursor_v1(body),
            window=window,
        )

    def _users_page_v2(self, request: Callable[[], Any]) -> Page:
        body, window = self._call(request)
        users = payloads.users_v2(body)
        return Page(
            users=users,
            next_cursor=payloads.next_token_v2(body),
            pinned_posts=sum(1 for u in users if u.profile.pinned_tweet),
            window=window,
        )


def _json(text: Any) -> Any:
    if not isinstance(text, str | bytes):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
