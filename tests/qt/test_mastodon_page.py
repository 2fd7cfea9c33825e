"""Signing in to Mastodon from the GUI: browser flow and pasted code, against the fake server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fedimove import i18n
from fedimove.ui import keyring_prompt, widgets
from fedimove.ui.engines import Engines
from fedimove.ui.mastodon_page import MastodonPage
from tests.fakes.browser import browse
from tests.fakes.mastodon import FakeMastodon


def open_page(qtbot) -> MastodonPage:  # type: ignore[no-untyped-def]
    page = MastodonPage(Engines())
    qtbot.addWidget(page)
    page.show()
    return page


def test_browser_sign_in(qtbot, fake_mastodon: FakeMastodon, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fake_mastodon.add_user()
    monkeypatch.setattr(widgets.QDesktopServices, "openUrl", lambda url: browse(url.toString()))
    page = open_page(qtbot)
    assert not page.sign_in.isEnabled()
    qtbot.keyClicks(page.server, "home.example")
    with qtbot.waitSignal(page.signed_in, timeout=30_000) as signed_in:
        qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert signed_in.args[0].address == "me@home.example"
    qtbot.waitUntil(lambda: page.handle is None)
    assert page.sign_out.isVisible()
    assert "Signed in as me@home.example" in page.state.label.text()
    qtbot.waitUntil(lambda: "Today you can still follow 400 accounts" in page.budget.text())
    assert not page.code.isVisible()


def test_pasted_code_when_the_browser_does_not_come_back(
    qtbot, fake_mastodon: FakeMastodon, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    fake_mastodon.add_user()
    monkeypatch.setattr(widgets.QDesktopServices, "openUrl", lambda url: True)
    page = open_page(qtbot)
    page.server.setText("https://home.example")
    page.start_sign_in()
    qtbot.waitUntil(lambda: page.code.isVisible(), timeout=30_000)
    assert page.paste_url.text().startswith("https://home.example/oauth/authorize?")
    _status, code = browse(page.paste_url.text())
    assert code
    qtbot.keyClicks(page.code, code)
    with qtbot.waitSignal(page.signed_in, timeout=30_000):
        qtbot.mouseClick(page.use_code, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.handle is None)


def test_a_wrong_server_is_one_clear_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    page.server.setText("not a server")
    page.start_sign_in()
    assert "not a server address" in page.state.label.text()
    assert page.handle is None


def test_an_unreachable_server_is_a_translated_warning_before_any_question(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(keyring_prompt, "when_secrets_can_be_kept", lambda *a, **k: asked.append(a))
    i18n.install("fr")
    page = open_page(qtbot)
    page.server.setText("https://127.0.0.1:9")  # nothing listens on the discard port
    page.start_sign_in()
    assert "127.0.0.1:9" in page.state.label.text() and page.state.kind == "info"
    qtbot.waitUntil(lambda: page.handle is None)
    text = page.state.label.text()
    assert page.state.kind == "warning"
    assert "Error" not in text and "ConnectionError" not in text
    assert "ne répond pas" in text or "injoignable" in text, text
    assert asked == []
    page.start_sign_in()
    assert "(essai 2)" in page.state.label.text()
    qtbot.waitUntil(lambda: page.handle is None)
    assert page.state.kind == "warning" and asked == []
