"""Signing in to the fake home server: browser flow, pasted code, token, logout."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from fedimove.core.errors import Cancelled
from fedimove.fediverse.errors import InsecureInstance, SignInDenied, TokenRejected
from fedimove.fediverse.instance import normalise_instance
from fedimove.fediverse.signin import LoginFlow, login_with_token, logout
from fedimove.store import mastodon_signin, workspace
from fedimove.store.secrets import SecretStore
from tests.fakes.browser import browse
from tests.fakes.file_keyring import FileKeyring
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import FakeMastodon, start_home

URL = "https://home.example"


def stored_token() -> str | None:
    return SecretStore().get(mastodon_signin.token_key(URL))


def received(flow: LoginFlow) -> tuple[str, str]:
    result = flow.wait_for_code(timeout=10)
    assert result is not None, "no code within 10 s"
    return result


def browser_login(flow: LoginFlow) -> None:
    status, _ = browse(flow.start())
    assert status == 200


def test_browser_flow_with_pkce_and_loopback(fake_mastodon: FakeMastodon) -> None:
    me, _ = fake_mastodon.add_user("alice", display_name="Alice")
    flow = LoginFlow("home.example")
    browser_login(flow)
    query = parse_qs(urlsplit(flow.authorize_url).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
    home = flow.finish(*received(flow))
    assert (home.account_id, home.address, home.software) == (
        me.id,
        "alice@home.example",
        "mastodon",
    )
    granted = fake_mastodon.tokens[stored_token() or ""]
    assert granted.account_id == me.id
    assert set(granted.scopes) == {
        "read:accounts",
        "read:follows",
        "write:follows",
        "write:blocks",
        "write:mutes",
        "read:lists",
        "write:lists",
        "read:search",
    }
    assert workspace.connect().execute("SELECT acct FROM mastodon_home").fetchone()[0] == "alice"


def test_app_is_registered_once_per_server(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.add_user()
    for _ in range(2):
        flow = LoginFlow("https://home.example/")
        browser_login(flow)
        flow.finish(*received(flow))
    assert len(fake_mastodon.apps) == 1


def test_pasted_code_fallback(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.add_user()
    flow = LoginFlow("@me@home.example")
    flow.start()
    status, code = browse(flow.paste_url)
    assert status == 200 and code
    flow.submit_code(f"  {code}\n")
    assert flow.finish(*received(flow)).acct == "me"


def test_callback_with_wrong_state_is_ignored(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.add_user()
    flow = LoginFlow("home.example")
    flow.start()
    port = urlsplit(parse_qs(urlsplit(flow.authorize_url).query)["redirect_uri"][0]).port
    forged = requests.get(f"http://127.0.0.1:{port}/callback?code=evil&state=wrong", timeout=5)
    assert forged.status_code == 404
    browse(flow.authorize_url)
    code, _ = received(flow)
    assert code != "evil"


def test_denied_sign_in(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.add_user()
    fake_mastodon.approve = False
    flow = LoginFlow("home.example")
    browser_login(flow)
    with pytest.raises(SignInDenied):
        flow.wait_for_code(timeout=10)
    assert stored_token() is None


def test_cancel_wakes_the_waiter(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.add_user()
    flow = LoginFlow("home.example")
    flow.start()
    threading.Thread(target=flow.cancel).start()
    with pytest.raises(Cancelled):
        flow.wait_for_code(timeout=10)
    flow.close()


def test_server_without_pkce(fake_network: FakeNetwork) -> None:
    fake = start_home(fake_network, pkce=False, version="3.5.5")
    fake.add_user()
    flow = LoginFlow("home.example")
    browser_login(flow)
    assert "code_challenge" not in flow.authorize_url
    home = flow.finish(*received(flow))
    assert home.version == "3.5.5"


def test_token_login_and_logout_revokes(fake_mastodon: FakeMastodon) -> None:
    _, token = fake_mastodon.add_user()
    with pytest.raises(TokenRejected):
        login_with_token("home.example", "not-a-token")
    assert login_with_token("home.example", token + "\n").acct == "me"
    home, revoked = logout()
    assert home is not None and revoked is False  # no app registered: nothing to revoke with
    assert stored_token() is None


def test_logout_after_browser_login_revokes_on_server(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.add_user()
    flow = LoginFlow("home.example")
    browser_login(flow)
    flow.finish(*received(flow))
    token = stored_token() or ""
    assert logout()[1] is True
    assert fake_mastodon.tokens[token].revoked
    assert stored_token() is None
    assert logout() == (None, False)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Piaille.FR", "https://piaille.fr"),
        ("https://mastodon.social/", "https://mastodon.social"),
        ("https://mastodon.social/@alice", "https://mastodon.social"),
        ("@me@Home.Example", "https://home.example"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("https://example.org:443", "https://example.org"),
    ],
)
def test_instance_addresses(typed: str, expected: str) -> None:
    assert normalise_instance(typed) == expected


def test_plain_http_is_refused_off_loopback() -> None:
    with pytest.raises(InsecureInstance):
        normalise_instance("http://mastodon.social")


def fedimove(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def test_cli_browser_login_status_and_logout(
    fake_mastodon: FakeMastodon, shared_keyring: FileKeyring
) -> None:
    fake_mastodon.add_user()
    browser = f"{sys.executable} -m tests.fakes.browser %s"
    result = fedimove("mastodon", "login", "--instance", "home.example", "--json", BROWSER=browser)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["address"] == "me@home.example"
    token = shared_keyring.get_password("fedimove", mastodon_signin.token_key(URL))
    assert token in fake_mastodon.tokens
    assert token not in result.stdout + result.stderr
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["mastodon"]["acct"] == "me"
    result = fedimove("logout", "mastodon")
    assert result.returncode == 0 and "revoked" in result.stdout
    assert fake_mastodon.tokens[token].revoked


def test_cli_token_stdin_bad_token_is_one_line(
    fake_mastodon: FakeMastodon, shared_keyring: FileKeyring
) -> None:
    fake_mastodon.add_user()
    result = fedimove(
        "mastodon", "login", "--instance", "home.example", "--token-stdin", stdin="nope\n"
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Sign in again" in result.stderr


def test_sign_in_jobs_for_the_gui(fake_mastodon: FakeMastodon) -> None:
    from fedimove.jobs.base import Control, run_sync
    from fedimove.jobs.signin import SignInJob, StartSignInJob

    fake_mastodon.add_user()
    flow = LoginFlow("home.example")
    url = run_sync(StartSignInJob(flow))
    browse(url)
    assert run_sync(SignInJob(flow)).acct == "me"
    control = Control()
    flow = LoginFlow("home.example")
    run_sync(StartSignInJob(flow))
    control.cancel()
    with pytest.raises(Cancelled):
        run_sync(SignInJob(flow), control=control)


def test_server_without_granular_scopes_gets_the_broad_ones(fake_network: FakeNetwork) -> None:
    fake = start_home(fake_network, granular_scopes=False, software="pleroma", version="2.6.0")
    fake.add_user()
    flow = LoginFlow("home.example")
    browser_login(flow)
    home = flow.finish(*received(flow))
    assert home.software == "pleroma"
    assert set(fake.tokens[stored_token() or ""].scopes) == {"read", "write", "follow"}


def test_signing_in_elsewhere_forgets_the_previous_token(fake_network: FakeNetwork) -> None:
    first = start_home(fake_network, "first.example")
    _, first_token = first.add_user()
    second = start_home(fake_network, "second.example")
    _, second_token = second.add_user()
    login_with_token("first.example", first_token)
    login_with_token("second.example", second_token)
    store = SecretStore()
    assert store.get(mastodon_signin.token_key("https://first.example")) is None
    assert store.get(mastodon_signin.token_key("https://second.example")) == second_token


def test_an_app_registered_before_blocks_and_mutes_is_registered_again(
    fake_mastodon: FakeMastodon,
) -> None:
    """A registration kept from a version without write:blocks/write:mutes would hand out
    tokens the server refuses for blocks and mutes, however often the user signs in again."""
    fake_mastodon.add_user()
    flow = LoginFlow("home.example")
    browser_login(flow)
    flow.finish(*received(flow))
    conn = workspace.connect()
    older = ("read:accounts", "read:follows", "write:follows", "read:lists", "write:lists")
    with workspace.transaction(conn):
        conn.execute("UPDATE mastodon_apps SET scopes = ?", (" ".join(older),))
    again = LoginFlow("home.example")
    browser_login(again)
    again.finish(*received(again))
    granted = fake_mastodon.tokens[stored_token() or ""]
    assert {"write:blocks", "write:mutes"} <= set(granted.scopes)
    assert len(fake_mastodon.apps) == 2
