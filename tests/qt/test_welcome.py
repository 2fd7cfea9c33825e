"""The first minutes: one question with one button per answer, and a relaunch that goes on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from fedimove.core.overview import Step
from fedimove.jobs import overview as overview_jobs
from fedimove.sources.xweb import engine as xweb_engine
from fedimove.ui import xweb_window
from fedimove.ui.follows_page import FollowsPage
from fedimove.ui.twitter_page import TwitterPage
from tests.qt.scene import write_scene
from tests.qt.windows import open_main_window


def _twitter_page(window) -> TwitterPage:  # type: ignore[no-untyped-def]
    page = window.pages[Step.TWITTER]
    assert isinstance(page, TwitterPage)
    return page


def _follows_page(window) -> FollowsPage:  # type: ignore[no-untyped-def]
    page = window.pages[Step.FOLLOWS]
    assert isinstance(page, FollowsPage)
    return page


def test_the_welcome_asks_one_question_and_folds_the_api_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    page = _twitter_page(window)
    assert window.current_step() is Step.TWITTER
    assert page.question.isVisible()
    assert page.archive_button.isVisible() and page.xweb_button.isVisible()
    assert not page.keys_box.isVisible() and not page.har_box.isVisible()
    assert not page.key_fields["bearer_token"].isVisible()
    qtbot.mouseClick(page.other_ways, Qt.MouseButton.LeftButton)
    assert page.keys_box.isVisible()
    qtbot.mouseClick(page.other_ways, Qt.MouseButton.LeftButton)
    assert not page.keys_box.isVisible() and not page.har_box.isVisible()


def test_i_have_my_archive_starts_the_import(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    qtbot.mouseClick(_twitter_page(window).archive_button, Qt.MouseButton.LeftButton)
    assert window.current_step() is Step.FOLLOWS
    wizard = _follows_page(window).wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.currentPage() is wizard.choose_page
    wizard.reject()


def test_neither_asks_twitter_for_the_archive_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    qtbot.mouseClick(_twitter_page(window).neither_button, Qt.MouseButton.LeftButton)
    wizard = _follows_page(window).wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.currentPage() is wizard.request_page
    wizard.reject()


def test_signed_in_to_xcom_opens_the_reading_window(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QWidget] = []

    class Window(QWidget):
        captured = Signal(object)

        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__()
            opened.append(self)

    monkeypatch.setattr(xweb_engine, "available", lambda: True)
    monkeypatch.setattr(xweb_window, "XWebWindow", Window)
    window = open_main_window(qtbot)
    qtbot.mouseClick(_twitter_page(window).xweb_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()


def test_a_relaunch_opens_on_the_next_unfinished_step(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    window.show_step(int(Step.TWITTER))
    window.close()
    monkeypatch.setattr(
        overview_jobs.status, "collect", lambda conn: {"following": 9, "twitter": {"status": "ok"}}
    )
    again = open_main_window(qtbot)
    assert again.current_step() is Step.MASTODON


def test_your_follows_shows_whose_follows_these_are(qtbot) -> None:  # type: ignore[no-untyped-def]
    write_scene(20)
    window = open_main_window(qtbot)
    page = _follows_page(window)
    window.show_step(int(Step.FOLLOWS))
    qtbot.waitUntil(lambda: page.preview.count() > 0)
    assert page.owner.isVisible()
    assert page.owner_name.text() == "Ada  @ada"
    assert page.owner_avatar.pixmap() is not None and not page.owner_avatar.pixmap().isNull()

    def shown() -> list[str]:
        return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]

    # Chips added to a shown page appear on the next pass of the event loop.
    qtbot.waitUntil(lambda: "Person 0  @user0" in shown())
    assert "and 12 more" in shown()


def test_a_first_window_on_a_filled_workspace_opens_on_the_next_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No step remembered yet (the follows came from `fedimove import-archive`): the sidebar
    taking focus on show must not count as the user choosing step 1."""
    write_scene(8)
    window = open_main_window(qtbot)
    assert window.current_step() is Step.MASTODON
