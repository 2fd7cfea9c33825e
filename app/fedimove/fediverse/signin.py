"""Signing in to the user's Mastodon server: OAuth in the system browser, or a given token.

`LoginFlow` is a plain class both doors drive, each step off the GUI thread:
`start()` registers the app (once per server, reused) and returns the address to open;
the browser then comes back to a loopback page on 127.0.0.1 (state checked, PKCE S256 when
the server offers it), or the user pastes the code the server shows (`submit_code`);
`wait_for_code()` returns whichever comes first and `finish(code)` stores the token in the
keyring and the account in the workspace.
"""

from __future__ import annotations

import logging
import queue
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

import requests
from mastodon import MastodonError
from oauthlib.oauth2 import WebApplicationClient

from fedimove.core.errors import Cancelled
from fedimove.core.home_account import SCOPES, HomeAccount, ServerInfo
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.fediverse import loopback
from fedimove.fediverse.errors import (
    NotMastodonApi,
    SignInDenied,
    SignInFailed,
    TokenRejected,
    unreachable,
)
from fedimove.fediverse.instance import detect_server, normalise_instance
from fedimove.fediverse.session import client_for
from fedimove.net.http import new_session
from fedimove.store import mastodon_signin, workspace
from fedimove.store.mastodon_signin import AppRegistration
from fedimove.store.secrets import SecretStore

OOB = "urn:ietf:wg:oauth:2.0:oob"
APP_NAME = "Fedimove"
APP_WEBSITE = "https://github.com/fedimove/fedimove"
BROAD_SCOPES = ("read", "write", "follow")
log = logging.getLogger(__name__)

PAGES = {
    "done": QT_TRANSLATE_NOOP(
        "SignIn", "Fedimove is now signed in. You can close this page and go back to Fedimove."
    ),
    "denied": QT_TRANSLATE_NOOP(
        "SignIn", "The sign-in was cancelled. You can close this page and try again in Fedimove."
    ),
    "not_found": QT_TRANSLATE_NOOP("SignIn", "This page is not part of the sign-in."),
}

Translate = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True, slots=True)
class _Pending:
    """What the authorization request promised, checked when the code comes back."""

    state: str
    verifier: str | None
    challenge: str | None


class LoginFlow:
    """One browser sign-in attempt. Every method but `submit_code`/`cancel` does network I/O."""

    def __init__(
        self,
        instance: str,
        *,
        secret_store: SecretStore | None = None,
        connect: Callable[[], sqlite3.Connection] = workspace.connect,
        translate: Translate = _untranslated,
    ) -> None:
        self.instance_url = normalise_instance(instance)
        self._secrets = secret_store or SecretStore()
        self._connect = connect
        self._translate = translate
        self._session = new_session()
        self._results: queue.Queue[tuple[str, str]] = queue.Queue()
        self._receiver: loopback.LoopbackReceiver | None = None
        self._app: AppRegistration | None = None
        self._pending: _Pending | None = None
        self.server = ServerInfo()
        self._checked = False
        self.authorize_url = ""
        self.paste_url = ""

    def check(self) -> ServerInfo:
        """Ask the server what it is, before anything is asked of the user (keyring, browser)."""
        self.server = detect_server(self._session, self.instance_url)
        self._checked = True
        return self.server

    def start(self) -> str:
        """Register (or reuse) the app, listen on 127.0.0.1, return the URL to open."""
        if not self._checked:
            self.check()
        verifier = challenge = None
        if self.server.pkce:
            oauth = WebApplicationClient(None)
            verifier = oauth.create_code_verifier(64)
            challenge = oauth.create_code_challenge(verifier, "S256")
        self._pending = _Pending(secrets.token_urlsafe(24), verifier, challenge)
        conn = self._connect()
        try:
            known = mastodon_signin.load_app(conn, self.instance_url)
            self._receiver = loopback.bind(
                self._pending.state, self._results, self._page, _loopback_port(known)
            )
            self._app = self._usable(known) or self._register(conn)
        finally:
            conn.close()
        self._receiver.start()
        self.authorize_url = self._authorize_url(self._receiver.redirect_uri)
        self.paste_url = self._authorize_url(OOB)
        return self.authorize_url

    def submit_code(self, code: str) -> None:
        """The user pasted the code the server showed (the `oob` fallback)."""
        if code.strip():
            self._results.put(("pasted", code.strip()))

    def cancel(self) -> None:
        self._results.put(("cancelled", ""))

    def wait_for_code(self, timeout: float | None = None) -> tuple[str, str] | None:
        """(code, redirect_uri it was issued for), from the browser or a paste; None on timeout."""
        try:
            kind, value = self._results.get(timeout=timeout)
        except queue.Empty:
            return None
        if kind == "cancelled":
            raise Cancelled()
        if kind == "error":
            raise SignInDenied(value, instance=self.instance_url)
        if kind == "pasted":
            return value, OOB
        assert self._receiver is not None
        return value, self._receiver.redirect_uri

    def finish(self, code: str, redirect_uri: str) -> HomeAccount:
        """Exchange the code for a token, check it, and remember the sign-in."""
        if self._app is None or self._pending is None:
            raise SignInFailed("start() first", instance=self.instance_url)
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": self._app.client_id,
            "client_secret": self._client_secret(),
            "redirect_uri": redirect_uri,
            "scope": " ".join(self._app.scopes),
        }
        if self._pending.verifier:
            form["code_verifier"] = self._pending.verifier
        try:
            response = self._session.post(f"{self.instance_url}/oauth/token", data=form)
        except requests.RequestException as exc:
            raise unreachable(exc, self.instance_url) from None
        token = _json_field(response, "access_token")
        if response.status_code != 200 or not token:
            error = _json_field(response, "error") or f"HTTP {response.status_code}"
            raise SignInFailed(error, instance=self.instance_url)
        self.close()
        return remember(self.instance_url, token, self.server, self._secrets, self._connect)

    def close(self) -> None:
        if self._receiver is not None:
            self._receiver.stop()
            self._receiver = None

    def _page(self, kind: str) -> str:
        return self._translate("SignIn", PAGES[kind])

    def _authorize_url(self, redirect_uri: str) -> str:
        assert self._app is not None and self._pending is not None
        params = {
            "client_id": self._app.client_id,
            "response_type": "code",
            "redirect_uri": redirect_uri,
            "scope": " ".join(self._app.scopes),
            "state": self._pending.state,
        }
        if self._pending.challenge:
            params["code_challenge"] = self._pending.challenge
            params["code_challenge_method"] = "S256"
        return f"{self.instance_url}/oauth/authorize?{urlencode(params)}"

    def _client_secret(self) -> str:
        return self._secrets.get(mastodon_signin.client_secret_key(self.instance_url)) or ""

    def _usable(self, known: AppRegistration | None) -> AppRegistration | None:
        """The stored registration, if it fits this attempt's redirect, asks for every scope
        this version needs (one kept from before blocks and mutes would keep handing out
        tokens the server refuses for them) and has its secret."""
        assert self._receiver is not None
        if known is None or self._receiver.redirect_uri not in known.redirect_uris:
            return None
        if not _covers(known.scopes):
            return None
        return known if self._client_secret() else None

    def _register(self, conn: sqlite3.Connection) -> AppRegistration:
        assert self._receiver is not None
        uris = (OOB, self._receiver.redirect_uri)
        for scopes in (SCOPES, BROAD_SCOPES):
            data = self._post_app(uris, scopes)
            if data is not None:
                break
        else:
            raise NotMastodonApi(instance=self.instance_url)
        app = AppRegistration(self.instance_url, str(data["client_id"]), uris, scopes)
        self._secrets.set(
            mastodon_signin.client_secret_key(self.instance_url), str(data["client_secret"])
        )
        with workspace.transaction(conn):
            mastodon_signin.save_app(conn, app)
        return app

    def _post_app(self, uris: tuple[str, ...], scopes: tuple[str, ...]) -> dict | None:
        form = {
            "client_name": APP_NAME,
            "redirect_uris": "\n".join(uris),
            "scopes": " ".join(scopes),
            "website": APP_WEBSITE,
        }
        try:
            response = self._session.post(f"{self.instance_url}/api/v1/apps", data=form)
        except requests.RequestException as exc:
            raise unreachable(exc, self.instance_url) from None
        if response.status_code in (200, 201) and _json_field(response, "client_secret"):
            return response.json()
        if response.status_code in (400, 422):
            return None
        raise NotMastodonApi(instance=self.instance_url)


def _covers(scopes: tuple[str, ...]) -> bool:
    """Granular scopes that include all of ours, or the broad ones that include everything."""
    return set(SCOPES) <= set(scopes) or set(BROAD_SCOPES) <= set(scopes)


def _loopback_port(app: AppRegistration | None) -> int | None:
    for uri in app.redirect_uris if app else ():
        if uri.startswith("http://127.0.0.1:"):
            port = uri.split(":")[2].split("/")[0]
            return int(port) if port.isdigit() else None
    return None


def _json_field(response: requests.Response, name: str) -> str | None:
    try:
        data = response.json()
    except ValueError:
        return None
    value = data.get(name) if isinstance(data, dict) else None
    return str(value) if value else None


def remember(
    instance_url: str,
    token: str,
    server: ServerInfo,
    secret_store: SecretStore,
    connect: Callable[[], sqlite3.Connection] = workspace.connect,
) -> HomeAccount:
    """Check the token against the server, then keep it (keyring) and the account (workspace)."""
    try:
        me = client_for(instance_url, token).account_verify_credentials()
    except MastodonError as exc:
        status = exc.args[1] if len(exc.args) > 1 else None
        if status in (401, 403):
            raise TokenRejected(instance=instance_url) from None
        raise unreachable(exc, instance_url) from None
    home = HomeAccount(
        instance_url,
        str(me["id"]),
        str(me["acct"]),
        str(me.get("display_name") or ""),
        server.software,
        server.version,
    )
    secret_store.set(mastodon_signin.token_key(instance_url), token)
    conn = connect()
    try:
        previous = mastodon_signin.load_home(conn)
        with workspace.transaction(conn):
            mastodon_signin.save_home(conn, home)
    finally:
        conn.close()
    if previous is not None and previous.instance_url != instance_url:
        secret_store.delete(mastodon_signin.token_key(previous.instance_url))
    log.info("signed in to %s as %s", instance_url, home.acct)
    return home


def login_with_token(
    instance: str,
    token: str,
    *,
    secret_store: SecretStore | None = None,
    connect: Callable[[], sqlite3.Connection] = workspace.connect,
) -> HomeAccount:
    """Use an existing access token (scripts); it is checked before being kept."""
    instance_url = normalise_instance(instance)
    server = detect_server(new_session(), instance_url)
    return remember(instance_url, token.strip(), server, secret_store or SecretStore(), connect)


def logout(
    *,
    secret_store: SecretStore | None = None,
    connect: Callable[[], sqlite3.Connection] = workspace.connect,
) -> tuple[HomeAccount | None, bool]:
    """Revoke the token on the server (best effort) and forget it here.

    Returns the account signed out of and whether the server confirmed the revocation.
    """
    store = secret_store or SecretStore()
    conn = connect()
    try:
        home = mastodon_signin.load_home(conn)
        if home is None:
            return None, False
        revoked = _revoke(home.instance_url, conn, store)
        store.delete(mastodon_signin.token_key(home.instance_url))
        with workspace.transaction(conn):
            mastodon_signin.clear_home(conn)
    finally:
        conn.close()
    return home, revoked


def _revoke(instance_url: str, conn: sqlite3.Connection, store: SecretStore) -> bool:
    token = store.get(mastodon_signin.token_key(instance_url))
    app = mastodon_signin.load_app(conn, instance_url)
    secret = store.get(mastodon_signin.client_secret_key(instance_url))
    if not token or app is None or not secret:
        return False
    form = {"token": token, "client_id": app.client_id, "client_secret": secret}
    try:
        response = new_session().post(f"{instance_url}/oauth/revoke", data=form)
    except requests.RequestException:
        return False
    return response.status_code == 200
