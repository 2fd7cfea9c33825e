"""tweepy clients whose every request goes through `fedimove.net.new_session()`.

tweepy 4.17 builds a plain `requests.Session()` in `Client.__init__` and `API.__init__` and
sends everything through `self.session`; replacing it gives tweepy our timeouts, CA bundle
and `FEDIMOVE_CONNECT_TO`. tweepy hard-codes `https://api.twitter.com` for v2 and
`api.twitter.com` for v1.1, which X still serves. Both clients return raw answers
(`requests.Response` / JSON text) because the export needs the headers and parses payloads
itself.
"""

from __future__ import annotations

import requests
import tweepy
from tweepy.parsers import RawParser

from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.net.http import new_session


class TwitterClients:
    """The v2 and v1.1 clients for one set of credentials, sharing one session."""

    def __init__(self, credentials: TwitterCredentials) -> None:
        self.credentials = credentials
        self.session = new_session()
        self.v2 = tweepy.Client(
            bearer_token=credentials.bearer_token,
            consumer_key=credentials.consumer_key,
            consumer_secret=credentials.consumer_secret,
            access_token=credentials.access_token,
            access_token_secret=credentials.access_token_secret,
            return_type=requests.Response,
            wait_on_rate_limit=False,
        )
        self.v2.session = self.session
        auth: tweepy.OAuth1UserHandler | tweepy.OAuth2BearerHandler
        if credentials.user_context:
            auth = tweepy.OAuth1UserHandler(
                credentials.consumer_key,
                credentials.consumer_secret,
                credentials.access_token,
                credentials.access_token_secret,
            )
        else:
            auth = tweepy.OAuth2BearerHandler(credentials.bearer_token)
        self.v1 = tweepy.API(auth, parser=RawParser(), retry_count=0, wait_on_rate_limit=False)
        self.v1.session = self.session

    @property
    def user_auth(self) -> bool:
        """Sign v2 calls as the user (OAuth 1.0a) when we can: `me` needs it."""
        return self.credentials.user_context

    def close(self) -> None:
        self.session.close()
