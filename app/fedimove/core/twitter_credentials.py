"""The credentials a user can bring to the Twitter/X API, and how to recognise them safely.

Users come with different things: their own developer app's four OAuth 1.0a values, a
client's consumer key with a PIN sign-in, or only a bearer token. The workspace must remember
whether a credential once worked without ever holding it, hence `fingerprint`: a one-way hash
of the parts that identify it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from fedimove.core.twitter_errors import CredentialsInputError

_FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret", "bearer_token")


def app_fingerprint(consumer_key: str) -> str:
    return hashlib.blake2b(
        consumer_key.encode(), digest_size=16, person=b"fedimove-tw-app"
    ).hexdigest()


@dataclass(frozen=True, slots=True)
class TwitterCredentials:
    # Secrets all: never in a repr (a log line or a traceback's locals would print them).
    consumer_key: str | None = field(default=None, repr=False)
    consumer_secret: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    access_token_secret: str | None = field(default=None, repr=False)
    bearer_token: str | None = field(default=None, repr=False)

    @property
    def user_context(self) -> bool:
        """OAuth 1.0a on behalf of the user: needed for `me` and the cheaper owned reads."""
        return bool(
            self.consumer_key
            and self.consumer_secret
            and self.access_token
            and self.access_token_secret
        )

    @property
    def kind(self) -> str:
        return "user" if self.user_context else "app"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every value that must never reach a file or a log line."""
        return tuple(v for v in (getattr(self, name) for name in _FIELDS) if v)

    def fingerprint(self) -> str:
        """Stable, one-way id of these credentials (the workspace keeps this, not them)."""
        material = "\0".join(getattr(self, name) or "" for name in _FIELDS)
        return hashlib.blake2b(
            material.encode(), digest_size=16, person=b"fedimove-twitter"
        ).hexdigest()

    def app_fingerprint(self) -> str:
        """One-way id of the developer app behind these credentials (its consumer key, or
        the bearer token for app-only access): a cut hits every token of an app at once."""
        return app_fingerprint(self.consumer_key or self.bearer_token or "")

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v})

    @classmethod
    def from_mapping(cls, data: Any) -> TwitterCredentials:
        """Validate what the user pasted (`twitter login --keys-stdin`, the GUI form)."""
        if not isinstance(data, dict):
            raise CredentialsInputError("not a JSON object")
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown:
            raise CredentialsInputError("unknown keys: " + ", ".join(unknown))
        values: dict[str, str | None] = {}
        for name in _FIELDS:
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise CredentialsInputError(f"{name} must be a string")
            values[name] = value.strip() if value and value.strip() else None
        credentials = cls(**values)
        oauth_parts = [values[n] for n in _FIELDS[:4]]
        if any(oauth_parts) and not all(oauth_parts):
            if not (values["consumer_key"] and values["consumer_secret"]):
                raise CredentialsInputError("consumer_key and consumer_secret go together")
            if values["access_token"] or values["access_token_secret"]:
                raise CredentialsInputError("access_token and access_token_secret go together")
        if not credentials.user_context and not credentials.bearer_token:
            raise CredentialsInputError(
                "give consumer_key, consumer_secret, access_token and access_token_secret, "
                "or bearer_token"
            )
        return credentials

    @classmethod
    def from_json(cls, text: str) -> TwitterCredentials:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise CredentialsInputError("not valid JSON") from None
        return cls.from_mapping(data)
