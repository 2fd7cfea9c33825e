"""PIN-based ("out of band") OAuth 1.0a sign-in with a consumer key the user brings.

`worked_before` (see `store.twitter_state.app_worked_before`) says whether this consumer key
once worked here: then a 401 / code 32 at the first step is a cut app, not a typo.

A plain class so both doors can drive it: `start()` returns the address to open in the
browser, where the user approves the app and is shown a PIN; `finish(pin)` trades it for the
user's access token. The requests go through `fedimove.net.new_session()` signed by
requests-oauthlib (tweepy's own handler builds a session of its own, which would bypass
`FEDIMOVE_CONNECT_TO` and the CA settings).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode

import requests
from requests_oauthlib import OAuth1

from fedimove.core.twitter_access import FailureSignal, classify
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import CredentialsInputError, PinLoginError, TwitterAccessError
from fedimove.net.http import new_session
from fedimove.sources.twitter_api.signals import NETWORK_FAILURES, signal_from_http

OAUTH_BASE = "https://api.twitter.com/oauth/"


class PinLogin:
    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        *,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        worked_before: bool = False,
    ) -> None:
        if not consumer_key.strip() or not consumer_secret.strip():
            raise CredentialsInputError("consumer_key and consumer_secret are both needed")
        self._key, self._secret = consumer_key.strip(), consumer_secret.strip()
        self._session = session or new_session()
        self._clock = clock
        self._worked_before = worked_before
        self._request_token: tuple[str, str] | None = None

    def start(self) -> str:
        """Ask for a request token; return the address where the user gets a PIN."""
        auth = OAuth1(self._key, client_secret=self._secret, callback_uri="oob")
        answer = self._post("request_token", auth)
        token, secret = answer.get("oauth_token"), answer.get("oauth_token_secret")
        if not token or not secret:
            raise PinLoginError("no request token in Twitter's answer")
        self._request_token = (token, secret)
        return OAUTH_BASE + "authorize?" + urlencode({"oauth_token": token})

    def finish(self, pin: str) -> TwitterCredentials:
        """Trade the PIN for the user's access token and secret."""
        if self._request_token is None:
            raise PinLoginError("the sign-in was not started")
        pin = pin.strip()
        if not pin.isdigit():
            raise PinLoginError("a PIN is made of digits")
        token, secret = self._request_token
        auth = OAuth1(
            self._key,
            client_secret=self._secret,
            resource_owner_key=token,
            resource_owner_secret=secret,
            verifier=pin,
        )
        answer = self._post("access_token", auth, pin_step=True)
        self._request_token = None
        access_token, access_secret = answer.get("oauth_token"), answer.get("oauth_token_secret")
        if not access_token or not access_secret:
            raise PinLoginError("no access token in Twitter's answer")
        return TwitterCredentials(self._key, self._secret, access_token, access_secret)

    def _post(self, step: str, auth: OAuth1, pin_step: bool = False) -> dict[str, str]:
        try:
            response = self._session.post(OAUTH_BASE + step, auth=auth)
        except NETWORK_FAILURES:
            raise TwitterAccessError(
                classify(FailureSignal(None), worked_before=False, now=self._clock())
            ) from None
        if (
            response.status_code == 401
            and pin_step
            and "json" not in response.headers.get("content-type", "")
        ):
            raise PinLoginError("Twitter did not accept this PIN")
        if response.status_code != 200:
            finding = classify(
                signal_from_http(response), worked_before=self._worked_before, now=self._clock()
            )
            raise TwitterAccessError(finding)
        return {k: v[0] for k, v in parse_qs(response.text).items()}
