"""`twitter check`: every kind of cut of the fake API, diagnosed through real tweepy calls."""

from __future__ import annotations

import socket
import time

import pytest

from fedimove.core.twitter_access import AccessStatus, Capability, Reason, Route
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_diagnosis import Diagnosis
from fedimove.jobs.base import JobContext
from fedimove.jobs.twitter_check import CheckAccessJob
from fedimove.store import graph, workspace
from tests.fakes.https import Response
from tests.fakes.twitter import FakeTwitter, Mode


def check(fake: FakeTwitter, clock=time.time, **changes: str) -> Diagnosis:
    credentials = TwitterCredentials.from_mapping({**fake.credentials(), **changes})
    return CheckAccessJob(credentials).run(JobContext(clock=clock))


EXPECTED = {
    Mode.RATE_LIMITED: (AccessStatus.RATE_LIMITED, Reason.SHORT_RATE_LIMIT, 1),
    Mode.TOKEN_INVALID: (AccessStatus.TOKEN_INVALID, Reason.REVOKED, 3),
    Mode.APP_SUSPENDED: (AccessStatus.TOKEN_INVALID, Reason.BAD_CREDENTIALS, 3),
    Mode.CLIENT_NOT_ENROLLED: (AccessStatus.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED, 3),
    Mode.NOT_ENROLLED_V1_ALIVE: (AccessStatus.CLIENT_NOT_ENROLLED, Reason.NOT_ENROLLED, 3),
    Mode.TIER_INSUFFICIENT: (AccessStatus.TIER_INSUFFICIENT, Reason.FREE_TIER, 3),
    Mode.PAYMENT_REQUIRED: (AccessStatus.PAYMENT_REQUIRED, Reason.CREDITS_DEPLETED, 3),
    Mode.USAGE_CAP: (AccessStatus.RATE_LIMITED, Reason.USAGE_CAP, 3),
    Mode.ACCOUNT_SUSPENDED: (AccessStatus.ACCOUNT_SUSPENDED, Reason.NONE, 3),
    Mode.ACCOUNT_LOCKED: (AccessStatus.ACCOUNT_LOCKED, Reason.NONE, 3),
    Mode.CLOCK_SKEW: (AccessStatus.NETWORK_ERROR, Reason.CLOCK_SKEW, 1),
    Mode.SERVER_ERROR: (AccessStatus.SERVER_ERROR, Reason.OUTAGE, 1),
}


def test_ok_mode_finds_every_capability_on_v2(fake_twitter: FakeTwitter) -> None:
    diagnosis = check(fake_twitter)
    assert diagnosis.status is AccessStatus.OK
    assert diagnosis.exit_code == 0
    assert diagnosis.username == "fedimover"
    for capability in Capability:
        result = diagnosis.capabilities[capability]
        assert result.route is Route.V2, capability
    conn = workspace.connect()
    me = graph.load_me(conn)
    assert me is not None and me.username == "fedimover"


@pytest.mark.parametrize("mode", list(EXPECTED), ids=str)
def test_each_cut_is_diagnosed(fake_twitter: FakeTwitter, mode: Mode) -> None:
    fake_twitter.mode = mode
    diagnosis = check(fake_twitter)
    status, reason, exit_code = EXPECTED[mode]
    assert (diagnosis.status, diagnosis.reason, diagnosis.exit_code) == (
        status,
        reason,
        exit_code,
    )
    assert not diagnosis.can_read_follows


def test_rate_limit_says_when_it_resets(fake_twitter: FakeTwitter) -> None:
    fake_twitter.mode = Mode.RATE_LIMITED
    before = time.time()
    diagnosis = check(fake_twitter)
    assert diagnosis.finding.retry_at is not None
    assert before + 14 * 60 < diagnosis.finding.retry_at < before + 16 * 60


def test_keys_that_worked_then_get_401_32_are_a_cut_app(fake_twitter: FakeTwitter) -> None:
    assert check(fake_twitter).status is AccessStatus.OK
    fake_twitter.mode = Mode.APP_SUSPENDED
    diagnosis = check(fake_twitter)
    assert (diagnosis.status, diagnosis.reason) == (
        AccessStatus.APP_SUSPENDED,
        Reason.CUT_AFTER_WORKING,
    )
    assert "not your fault" in diagnosis.message


def test_401_with_this_clock_far_from_the_server_date_blames_the_clock(
    fake_twitter: FakeTwitter,
) -> None:
    assert check(fake_twitter).status is AccessStatus.OK
    fake_twitter.mode = Mode.APP_SUSPENDED
    diagnosis = check(fake_twitter, clock=lambda: time.time() + 3600)
    assert (diagnosis.status, diagnosis.reason) == (AccessStatus.NETWORK_ERROR, Reason.CLOCK_SKEW)


def test_a_wrong_secret_is_rejected_by_the_signature_check(fake_twitter: FakeTwitter) -> None:
    diagnosis = check(fake_twitter, consumer_secret="not-the-secret")
    assert (diagnosis.status, diagnosis.reason) == (
        AccessStatus.TOKEN_INVALID,
        Reason.BAD_CREDENTIALS,
    )


def test_no_network(fake_twitter: FakeTwitter, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("FEDIMOVE_CONNECT_TO", f"api.twitter.com:443=127.0.0.1:{port}")
    diagnosis = check(fake_twitter)
    assert (diagnosis.status, diagnosis.reason, diagnosis.exit_code) == (
        AccessStatus.NETWORK_ERROR,
        Reason.NO_CONNECTION,
        1,
    )


def test_bearer_token_uses_the_archive_s_account(fake_twitter: FakeTwitter) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, graph.Me(fake_twitter.me_id))
    credentials = TwitterCredentials(bearer_token=fake_twitter.bearer_token)
    diagnosis = CheckAccessJob(credentials).run(JobContext())
    assert diagnosis.status is AccessStatus.OK
    assert Capability.ME not in diagnosis.capabilities


def test_bearer_token_alone_cannot_say_who_you_are(fake_twitter: FakeTwitter) -> None:
    credentials = TwitterCredentials(bearer_token=fake_twitter.bearer_token)
    diagnosis = CheckAccessJob(credentials).run(JobContext())
    assert (diagnosis.status, diagnosis.reason) == (
        AccessStatus.TIER_INSUFFICIENT,
        Reason.NEEDS_USER_CONTEXT,
    )


def test_v2_refused_falls_back_to_v1(fake_twitter: FakeTwitter, monkeypatch) -> None:
    original = fake_twitter._cut

    def v2_following_forbidden(v2: bool, name: str, auth: str):  # type: ignore[no-untyped-def]
        if name == "v2:following":
            from tests.fakes.twitter import CLIENT_FORBIDDEN

            return Response.json(CLIENT_FORBIDDEN, 403)
        return original(v2, name, auth)

    monkeypatch.setattr(fake_twitter, "_cut", v2_following_forbidden)
    diagnosis = check(fake_twitter)
    assert diagnosis.status is AccessStatus.OK
    assert diagnosis.capabilities[Capability.FOLLOWS].route is Route.V1


def test_a_refused_token_of_a_live_app_is_not_called_a_cut(fake_twitter: FakeTwitter) -> None:
    assert check(fake_twitter).status is AccessStatus.OK
    diagnosis = check(fake_twitter, access_token_secret="mistyped-secret")
    assert (diagnosis.status, diagnosis.reason) == (
        AccessStatus.TOKEN_INVALID,
        Reason.TOKEN_REFUSED,
    )
    assert any(path == "/oauth/request_token" for _, path, _ in fake_twitter.requests)


def test_v2_not_enrolled_while_v1_verifies_names_the_project_not_the_tier(
    fake_twitter: FakeTwitter,
) -> None:
    fake_twitter.mode = Mode.NOT_ENROLLED_V1_ALIVE
    diagnosis = check(fake_twitter)
    assert diagnosis.capabilities[Capability.ME].route is Route.V1
    assert (diagnosis.status, diagnosis.reason) == (
        AccessStatus.CLIENT_NOT_ENROLLED,
        Reason.NOT_ENROLLED,
    )
    assert "Project" in diagnosis.next_step


@pytest.mark.parametrize(
    "answer",
    [
        Response.text("Sorry, that page does not exist", 404),
        Response.text("<html><body>Something went wrong</body></html>", 200, "text/html"),
        Response.text("<html><body>Over capacity</body></html>", 503, "text/html"),
    ],
    ids=["404", "html", "503"],
)
def test_an_unreadable_request_token_answer_leaves_the_401_32_verdict(
    fake_twitter: FakeTwitter, answer: Response
) -> None:
    assert check(fake_twitter).status is AccessStatus.OK
    fake_twitter.mode = Mode.APP_SUSPENDED
    fake_twitter.request_token_answer = answer
    diagnosis = check(fake_twitter)
    assert any(path == "/oauth/request_token" for _, path, _ in fake_twitter.requests)
    assert (diagnosis.status, diagnosis.reason) == (
        AccessStatus.APP_SUSPENDED,
        Reason.CUT_AFTER_WORKING,
    )
