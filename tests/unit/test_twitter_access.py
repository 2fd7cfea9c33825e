"""Classifying Twitter/X failures from their real signals, and summing up a probe."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fedimove.core.twitter_access import (
    OK,
    AccessStatus,
    Capability,
    CapabilityResult,
    FailureSignal,
    Finding,
    Reason,
    Route,
    classify,
)
from fedimove.core.twitter_diagnosis import diagnose
from fedimove.core.twitter_messages import render_finding

NOW = 1_800_000_000.0
S = AccessStatus


def signal(status: int | None, *codes: int, **fields) -> FailureSignal:  # type: ignore[no-untyped-def]
    return FailureSignal(status, tuple(codes), **fields)


@pytest.mark.parametrize(
    ("failure", "worked", "expected"),
    [
        (signal(None), False, (S.NETWORK_ERROR, Reason.NO_CONNECTION)),
        (signal(401, 135), True, (S.NETWORK_ERROR, Reason.CLOCK_SKEW)),
        (signal(401, 89), True, (S.TOKEN_INVALID, Reason.REVOKED)),
        (signal(401, 32), False, (S.TOKEN_INVALID, Reason.BAD_CREDENTIALS)),
        (signal(401, 32, server_date=NOW - 5), True, (S.APP_SUSPENDED, Reason.CUT_AFTER_WORKING)),
        (signal(401, 32, server_date=NOW - 3600), True, (S.NETWORK_ERROR, Reason.CLOCK_SKEW)),
        (signal(401, 416), False, (S.APP_SUSPENDED, Reason.APP_INVALID)),
        (signal(403, 261), False, (S.APP_SUSPENDED, Reason.APP_INVALID)),
        (signal(403, 64), False, (S.ACCOUNT_SUSPENDED, Reason.NONE)),
        (signal(403, 326), False, (S.ACCOUNT_LOCKED, Reason.NONE)),
        (signal(403, 453), False, (S.TIER_INSUFFICIENT, Reason.FREE_TIER)),
        (
            signal(403, problem_reason="client-not-enrolled"),
            False,
            (S.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED),
        ),
        (signal(403), False, (S.TIER_INSUFFICIENT, Reason.FORBIDDEN)),
        (
            signal(
                403, problem_type="https://api.twitter.com/2/problems/unsupported-authentication"
            ),
            False,
            (S.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT),
        ),
        (
            signal(402, problem_title="CreditsDepleted"),
            False,
            (S.PAYMENT_REQUIRED, Reason.CREDITS_DEPLETED),
        ),
        (
            signal(429, problem_title="UsageCapExceeded"),
            False,
            (S.RATE_LIMITED, Reason.USAGE_CAP),
        ),
        (signal(429, 88), False, (S.RATE_LIMITED, Reason.SHORT_RATE_LIMIT)),
        (signal(503, 130), False, (S.SERVER_ERROR, Reason.OUTAGE)),
        (signal(500), False, (S.SERVER_ERROR, Reason.OUTAGE)),
        (signal(400), False, (S.SERVER_ERROR, Reason.UNEXPECTED)),
    ],
)
def test_classify(failure: FailureSignal, worked: bool, expected: tuple) -> None:
    finding = classify(failure, worked_before=worked, now=NOW)
    assert (finding.status, finding.reason) == expected


def test_rate_limit_reset_comes_from_headers_or_retry_after() -> None:
    assert (
        classify(signal(429, rate_limit_reset=NOW + 60), worked_before=False, now=NOW).retry_at
        == NOW + 60
    )
    assert classify(signal(429, retry_after=30), worked_before=False, now=NOW).retry_at == NOW + 30


def test_only_short_rate_limits_are_waited_out() -> None:
    short = classify(signal(429, 88), worked_before=False, now=NOW)
    capped = classify(signal(429, problem_title="UsageCapExceeded"), worked_before=False, now=NOW)
    payment = classify(signal(402), worked_before=False, now=NOW)
    assert short.waitable
    assert not capped.waitable and not capped.retryable
    assert not payment.waitable and not payment.retryable


@given(
    status=st.one_of(st.none(), st.integers(100, 599)),
    codes=st.lists(st.integers(0, 1000), max_size=3),
    worked=st.booleans(),
    text=st.text(max_size=20),
    date=st.one_of(st.none(), st.floats(0, 4e9)),
)
def test_every_signal_gets_a_status_and_a_message(status, codes, worked, text, date) -> None:  # type: ignore[no-untyped-def]
    failure = FailureSignal(status, tuple(codes), text, text, text, server_date=date)
    finding = classify(failure, worked_before=worked, now=NOW)
    assert finding.status in AccessStatus
    message, next_step = render_finding(finding, lambda _c, t: t, lambda _t: "14:05")
    assert message and next_step and "{" not in message + next_step


def result(capability: Capability, *tried: Finding) -> CapabilityResult:
    routes = (Route.V2, Route.V1)
    return CapabilityResult(capability, tuple(zip(routes, tried, strict=False)))


def test_follows_readable_is_ok_even_if_lists_are_not() -> None:
    forbidden = Finding(S.TIER_INSUFFICIENT, Reason.FORBIDDEN)
    diagnosis = diagnose(
        {
            Capability.FOLLOWS: result(Capability.FOLLOWS, forbidden, OK),
            Capability.OWNED_LISTS: result(Capability.OWNED_LISTS, forbidden, forbidden),
        }
    )
    assert diagnosis.status is S.OK and diagnosis.exit_code == 0
    assert diagnosis.capabilities[Capability.FOLLOWS].route is Route.V1


def test_not_enrolled_while_me_works_is_a_tier_limit() -> None:
    not_enrolled = Finding(S.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED, http_status=403)
    diagnosis = diagnose(
        {
            Capability.ME: result(Capability.ME, OK),
            Capability.FOLLOWS: result(Capability.FOLLOWS, not_enrolled, not_enrolled),
        }
    )
    assert (diagnosis.status, diagnosis.reason) == (S.TIER_INSUFFICIENT, Reason.FREE_TIER)


def test_not_enrolled_on_v2_while_only_v1_works_stays_not_enrolled() -> None:
    not_enrolled = Finding(S.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED, http_status=403)
    free_tier = Finding(S.TIER_INSUFFICIENT, Reason.FREE_TIER, http_status=403, api_code=453)
    diagnosis = diagnose(
        {
            Capability.ME: result(Capability.ME, not_enrolled, OK),
            Capability.FOLLOWS: result(Capability.FOLLOWS, not_enrolled, free_tier),
        }
    )
    assert (diagnosis.status, diagnosis.reason) == (S.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED)


def test_most_telling_failure_wins() -> None:
    generic = Finding(S.TIER_INSUFFICIENT, Reason.FORBIDDEN)
    suspended = Finding(S.ACCOUNT_SUSPENDED)
    diagnosis = diagnose({Capability.ME: result(Capability.ME, generic, suspended)})
    assert diagnosis.status is S.ACCOUNT_SUSPENDED
    assert diagnosis.exit_code == 3


def test_rate_limit_message_gives_the_time() -> None:
    finding = Finding(S.RATE_LIMITED, Reason.SHORT_RATE_LIMIT, retry_at=NOW)
    message, _ = render_finding(finding, lambda _c, t: t, lambda _t: "14:05")
    assert "14:05" in message
