"""Asking the API, capability by capability and route by route, what still works.

Each probe is the smallest real read (one item), because with pay-per-use every item read
may be billed. The v2 route is tried first (it returns full profiles and pinned tweets in one
call); v1.1 is the fallback. When `me` fails on every route nothing else can work, so the
probe stops there instead of spending more calls on the same refusal, and asks the app alone
(an OAuth request token) whether the app or the token is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field

from fedimove.core.twitter_access import (
    OK,
    AccessStatus,
    Capability,
    CapabilityResult,
    Finding,
    Reason,
    Route,
)
from fedimove.core.twitter_errors import TwitterAccessError
from fedimove.sources.twitter_api.api import Page, TwitterApi
from fedimove.sources.twitter_api.payloads import UserRecord

ROUTES = (Route.V2, Route.V1)


@dataclass
class ProbeResult:
    capabilities: dict[Capability, CapabilityResult] = field(default_factory=dict)
    me: UserRecord | None = None
    list_id: str | None = None


def _try(
    capability: Capability, call: Callable[[Route], Page | UserRecord]
) -> tuple[CapabilityResult, Page | UserRecord | None]:
    tried: list[tuple[Route, Finding]] = []
    for route in ROUTES:
        try:
            answer = call(route)
        except TwitterAccessError as error:
            tried.append((route, error.finding))
            continue
        tried.append((route, OK))
        return CapabilityResult(capability, tuple(tried)), answer
    return CapabilityResult(capability, tuple(tried)), None


_REFUSED = (Reason.BAD_CREDENTIALS, Reason.CUT_AFTER_WORKING)
# What the request token can say about the keys; anything else leaves the 401 / 32 standing.
_ABOUT_THE_KEYS = (AccessStatus.APP_SUSPENDED, AccessStatus.TOKEN_INVALID)


def refine_refusals(
    api: TwitterApi, tried: tuple[tuple[Route, Finding], ...]
) -> tuple[tuple[Route, Finding], ...]:
    """A 401 / code 32 on user calls: is it the app or the token? Ask the app alone.

    If the app still gets an OAuth request token, the token (or its secret) is what Twitter
    refuses; if the app is refused there too, the app was cut (when it worked here before) or
    its own keys are wrong (or this clock is). An answer that says none of that (a 404, an
    HTML page, a 5xx, no answer at all) tells nothing about the keys, so the 401 / code 32
    keeps its own verdict.
    """
    if not api.user_context or not any(f.reason in _REFUSED for _, f in tried):
        return tried
    app = api.app_alive()
    if not (app.ok or app.status in _ABOUT_THE_KEYS or app.reason is Reason.CLOCK_SKEW):
        return tried
    refined = (
        Finding(AccessStatus.TOKEN_INVALID, Reason.TOKEN_REFUSED, None, 401, 32) if app.ok else app
    )
    return tuple((route, refined if f.reason in _REFUSED else f) for route, f in tried)


def token_owner(api: TwitterApi) -> UserRecord | None:
    """Whose a bearer token is: an OAuth 2.0 user token names its account; an app-only token
    belongs to none (X refuses it `me`: None). Other failures are raised, the owner unknown."""
    try:
        return api.me(Route.V2)
    except TwitterAccessError as error:
        if error.finding.reason is Reason.NEEDS_USER_CONTEXT:
            return None
        raise


def probe(api: TwitterApi, known_user_id: str | None = None) -> ProbeResult:
    """Probe every capability an export needs. `known_user_id` (from an imported archive)
    stands in for `me` when only an app-only bearer token is available; a user token given as
    bearer token names its own account (`result.me`, for the caller to check)."""
    result = ProbeResult()
    user_id = known_user_id
    if api.user_context:
        outcome, me = _try(Capability.ME, api.me)
        if not isinstance(me, UserRecord):
            result.capabilities[Capability.ME] = CapabilityResult(
                Capability.ME, refine_refusals(api, outcome.tried)
            )
            return result
        result.capabilities[Capability.ME] = outcome
        result.me, user_id = me, me.profile.id
    else:
        with suppress(TwitterAccessError):  # who stays unknown; the reads below say why
            result.me = token_owner(api)
        user_id = result.me.profile.id if result.me else user_id
    if not user_id:
        return result
    checks: list[tuple[Capability, Callable[[Route], Page | UserRecord]]] = [
        (Capability.FOLLOWS, lambda route: api.following(route, user_id, None, 1)),
        (Capability.USERS_LOOKUP, lambda route: api.lookup(route, [user_id])),
        (
            Capability.OWNED_LISTS,
            lambda route: api.lists(Capability.OWNED_LISTS, route, user_id, None, 1),
        ),
        (
            Capability.FOLLOWED_LISTS,
            lambda route: api.lists(Capability.FOLLOWED_LISTS, route, user_id, None, 1),
        ),
    ]
    for capability, call in checks:
        outcome, page = _try(capability, call)
        result.capabilities[capability] = outcome
        if isinstance(page, Page) and page.lists and result.list_id is None:
            result.list_id = page.lists[0].twitter_list.key
    if result.list_id:
        list_id = result.list_id
        outcome, _ = _try(
            Capability.LIST_MEMBERS, lambda route: api.list_members(route, list_id, None, 1)
        )
        result.capabilities[Capability.LIST_MEMBERS] = outcome
    return result
