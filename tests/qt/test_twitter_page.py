"""The Twitter access screen: keys checked in plain words, export, against the fake API."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fedimove.store import twitter_state
from fedimove.ui.engines import Engines
from fedimove.ui.twitter_page import TwitterPage
from tests.fakes.twitter import FakeTwitter, Mode


def open_page(qtbot) -> TwitterPage:  # type: ignore[no-untyped-def]
    page = TwitterPage(Engines())
    qtbot.addWidget(page)
    page.show()
    page.other_ways.click()  # the keys are folded under "Other ways"
    return page


def test_keys_checked_then_follows_exported(qtbot, fake_twitter: FakeTwitter) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    for name, value in fake_twitter.credentials().items():
        page.key_fields[name].setText(value)
    with qtbot.waitSignal(page.diagnosed, timeout=30_000) as diagnosed:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert diagnosed.args[0].can_read_follows
    assert twitter_state.load_credentials() is not None
    assert all(not field.text() for field in page.key_fields.values())
    assert "Access works" in page.result.label.text()
    qtbot.waitUntil(page.export_button.isEnabled)
    with qtbot.waitSignal(page.exported, timeout=60_000) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert exported.args[0].complete
    assert "Export complete" in page.result.label.text()


def test_a_cut_client_is_said_plainly(qtbot, fake_twitter: FakeTwitter) -> None:  # type: ignore[no-untyped-def]
    fake_twitter.mode = Mode.CLIENT_NOT_ENROLLED
    page = open_page(qtbot)
    for name, value in fake_twitter.credentials().items():
        page.key_fields[name].setText(value)
    with qtbot.waitSignal(page.diagnosed, timeout=30_000):
        page.save_and_check()
    assert "not attached to a Project" in page.result.label.text()
    assert not page.export_button.isEnabled()


def test_incomplete_keys_are_refused_before_any_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    page.key_fields["consumer_key"].setText("only-this")
    page.save_and_check()
    assert page.handle is None
    assert page.result.isVisible()


def _ink_lightness(button) -> float:  # type: ignore[no-untyped-def]
    """Mean lightness of the icon's drawn pixels (its transparent ones left out)."""
    image = button.icon().pixmap(24, 24).toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    ]
    assert drawn, "the icon draws nothing"
    return sum(c.lightness() for c in drawn) / len(drawn)


def test_the_two_answers_icons_show_on_their_dark_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    for button in (page.archive_button, page.xweb_button):
        assert _ink_lightness(button) > 200
