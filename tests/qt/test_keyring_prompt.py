"""Without an OS keyring the app asks, and keeps a sign-in only in memory if the user agrees."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fedimove.core.errors import SecretStoreUnavailable
from fedimove.store.secrets import SecretStore, end_session
from fedimove.ui import keyring_prompt
from fedimove.ui.keyring_prompt import KeyringChoice, KeyringPrompt

TOKEN = "tok-3f9a1c2b7d5e4f60"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    yield
    end_session()


def answer_with(button: Callable[[KeyringPrompt], object]) -> None:
    """Click a button of the prompt once it is the active modal window."""

    def click() -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, KeyringPrompt)
        button(prompt).click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("key", "choice"),
    [
        (Qt.Key.Key_Return, KeyringChoice.SESSION_ONLY),  # the default
        (Qt.Key.Key_Escape, KeyringChoice.SIGN_IN_NEXT_TIME),
    ],
)
def test_the_keyboard_answers(qtbot, key: Qt.Key, choice: KeyringChoice) -> None:  # type: ignore[no-untyped-def]
    prompt = KeyringPrompt()
    qtbot.addWidget(prompt)
    prompt.open()
    assert "never writes them to a file" in prompt.informativeText()
    with qtbot.waitSignal(prompt.finished):
        qtbot.keyClick(prompt, key)
    assert prompt.choice() is choice


@pytest.mark.usefixtures("no_keyring")
def test_session_only_keeps_tokens_in_memory_for_every_store(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):  # where file keyrings write
        monkeypatch.setenv(variable, str(tmp_path))
    store = SecretStore()
    with pytest.raises(SecretStoreUnavailable):
        store.set("mastodon:token", TOKEN)
    answer_with(lambda prompt: prompt.keep_button)
    assert keyring_prompt.offer_session_only(store)
    store.set("mastodon:token", TOKEN)
    assert SecretStore().get("mastodon:token") == TOKEN
    assert keyring_prompt.offer_session_only(SecretStore())  # asked once per session
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert not any(TOKEN.encode() in path.read_bytes() for path in written)
    end_session()
    with pytest.raises(SecretStoreUnavailable):
        SecretStore().get("mastodon:token")


@pytest.mark.usefixtures("no_keyring")
def test_sign_in_next_time_keeps_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    store = SecretStore()
    answer_with(lambda prompt: prompt.later_button)
    assert not keyring_prompt.offer_session_only(store)
    assert not store.session_only
    with pytest.raises(SecretStoreUnavailable):
        store.set("mastodon:token", TOKEN)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[KeyringChoice]:
    """What the (patched) prompt will answer, one per question; each question pops one."""
    queue: list[KeyringChoice] = []
    monkeypatch.setattr(keyring_prompt, "ask", lambda parent=None: queue.pop(0))
    return queue


def test_with_a_keyring_sign_in_starts_without_a_question(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    started: list[bool] = []
    keyring_prompt.when_secrets_can_be_kept(None, lambda: started.append(True))
    qtbot.waitUntil(lambda: started == [True])
    assert not SecretStore().session_only


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("choice", list(KeyringChoice))
def test_without_a_keyring_the_answer_decides(qtbot, answers, choice: KeyringChoice) -> None:  # type: ignore[no-untyped-def]
    answers.append(choice)
    outcome: list[str] = []
    keyring_prompt.when_secrets_can_be_kept(
        None, lambda: outcome.append("started"), lambda: outcome.append("declined")
    )
    qtbot.waitUntil(lambda: bool(outcome))
    keep = choice is KeyringChoice.SESSION_ONLY
    assert outcome == ["started" if keep else "declined"]
    assert SecretStore().session_only is keep
    assert answers == []  # asked exactly once


@pytest.mark.usefixtures("no_keyring")
def test_mastodon_sign_in_without_a_keyring(qtbot, answers, fake_mastodon, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from fedimove.store.mastodon_signin import token_key
    from fedimove.ui import widgets
    from fedimove.ui.engines import Engines
    from fedimove.ui.mastodon_page import MastodonPage
    from tests.fakes.browser import browse

    fake_mastodon.add_user()
    monkeypatch.setattr(widgets.QDesktopServices, "openUrl", lambda url: browse(url.toString()))
    answers.append(KeyringChoice.SESSION_ONLY)
    page = MastodonPage(Engines())
    qtbot.addWidget(page)
    page.show()
    page.server.setText("home.example")
    with qtbot.waitSignal(page.signed_in, timeout=30_000):
        page.start_sign_in()
    assert answers == []
    assert SecretStore().get(token_key("https://home.example"))


@pytest.mark.usefixtures("no_keyring")
def test_twitter_keys_not_kept_are_left_in_the_form(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    from fedimove.store import twitter_state
    from fedimove.ui.engines import Engines
    from fedimove.ui.twitter_page import TwitterPage

    answers.append(KeyringChoice.SIGN_IN_NEXT_TIME)
    page = TwitterPage(Engines())
    qtbot.addWidget(page)
    page.show()
    page.key_fields["bearer_token"].setText("AAAA" + "b" * 40)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No password manager" in page.result.label.text())
    assert answers == []
    assert page.key_fields["bearer_token"].text()  # nothing kept, nothing lost
    assert SecretStore().session_only is False
    with pytest.raises(SecretStoreUnavailable):
        twitter_state.load_credentials()
