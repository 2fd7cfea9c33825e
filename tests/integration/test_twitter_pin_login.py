"""PIN-based OAuth 1.0a sign-in against the fake's /oauth endpoints, signatures verified."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from fedimove.core.twitter_access import AccessStatus
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import CredentialsInputError, PinLoginError, TwitterAccessError
from fedimove.jobs.base import JobContext
from fedimove.jobs.twitter_check import CheckAccessJob
from fedimove.sources.twitter_api.pin_login import PinLogin
from fedimove.store import twitter_state, workspace
from tests.fakes.twitter import FakeTwitter, Mode


def start(fake: FakeTwitter) -> tuple[PinLogin, str]:
    flow = PinLogin(fake.app.consumer_key, fake.app.consumer_secret)
    url = flow.start()
    parts = urlsplit(url)
    assert (parts.netloc, parts.path) == ("api.twitter.com", "/oauth/authorize")
    return flow, parse_qs(parts.query)["oauth_token"][0]


def test_pin_gives_working_user_tokens(fake_twitter: FakeTwitter) -> None:
    flow, request_token = start(fake_twitter)
    credentials = flow.finish(fake_twitter.authorize(request_token))
    assert credentials.access_token == fake_twitter.access_token
    assert credentials.user_context
    assert CheckAccessJob(credentials).run(JobContext()).status is AccessStatus.OK


def test_wrong_pin_is_refused(fake_twitter: FakeTwitter) -> None:
    flow, request_token = start(fake_twitter)
    pin = fake_twitter.authorize(request_token)
    with pytest.raises(PinLoginError):
        flow.finish(str((int(pin) + 1) % 10_000_000).zfill(7))


def test_suspended_app_fails_at_the_request_token_step(fake_twitter: FakeTwitter) -> None:
    fake_twitter.mode = Mode.APP_SUSPENDED
    with pytest.raises(TwitterAccessError) as caught:
        PinLogin(fake_twitter.app.consumer_key, fake_twitter.app.consumer_secret).start()
    assert caught.value.finding.api_code == 32


def test_missing_consumer_secret() -> None:
    with pytest.raises(CredentialsInputError):
        PinLogin("key", " ")


def test_pin_sign_in_of_an_app_that_worked_here_before_is_a_cut(
    fake_twitter: FakeTwitter,
) -> None:
    credentials = TwitterCredentials.from_mapping(fake_twitter.credentials())
    assert CheckAccessJob(credentials).run(JobContext()).status is AccessStatus.OK
    fake_twitter.mode = Mode.APP_SUSPENDED
    conn = workspace.connect()
    worked = twitter_state.app_worked_before(conn, fake_twitter.app.consumer_key)
    assert worked and not twitter_state.app_worked_before(conn, "another-key")
    flow = PinLogin(fake_twitter.app.consumer_key, "s", worked_before=worked)
    with pytest.raises(TwitterAccessError) as caught:
        flow.start()
    assert caught.value.finding.status is AccessStatus.APP_SUSPENDED


def test_new_tokens_of_an_app_that_was_cut(fake_twitter: FakeTwitter) -> None:
    credentials = TwitterCredentials.from_mapping(fake_twitter.credentials())
    assert CheckAccessJob(credentials).run(JobContext()).status is AccessStatus.OK
    fake_twitter.mode = Mode.APP_SUSPENDED
    fresh = TwitterCredentials.from_mapping({**fake_twitter.credentials(), "access_token": "9-x"})
    assert CheckAccessJob(fresh).run(JobContext()).status is AccessStatus.APP_SUSPENDED
