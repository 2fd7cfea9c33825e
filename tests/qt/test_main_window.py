"""The guided main window: steps, where the user was, resuming, language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from fedimove.core.overview import Step
from fedimove.jobs import overview as overview_jobs
from fedimove.ui import language
from fedimove.ui.engines import Engines
from fedimove.ui.follows_page import FollowsPage
from tests.qt.engines import SmallImport
from tests.qt.windows import open_main_window


def test_empty_workspace_starts_at_twitter_access(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    assert window.sidebar.count() == 5
    assert window.current_step() is Step.TWITTER
    item = window.sidebar.item(int(Step.FOLLOWS))
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Your follows, to do"
    qtbot.mouseClick(window.pages[Step.TWITTER].archive_button, Qt.MouseButton.LeftButton)
    assert window.current_step() is Step.FOLLOWS
    follows = window.pages[Step.FOLLOWS]
    assert isinstance(follows, FollowsPage) and follows.wizard is not None
    follows.wizard.reject()


def test_keyboard_shortcuts_reach_every_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    window.activateWindow()
    for step in reversed(Step):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_1 + int(step)), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_step() is step


def test_import_from_the_window_then_remember_the_step(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "archive"
    archive.mkdir()
    window = open_main_window(qtbot, Engines(archive_importer=SmallImport))
    window.import_archive()
    page = window.pages[Step.FOLLOWS]
    assert isinstance(page, FollowsPage)
    wizard = page.wizard
    assert wizard is not None and page.busy()
    wizard.next()
    wizard.choose_page.choose_path(str(archive))
    with qtbot.waitSignal(wizard.scan_page.scan_finished, timeout=10_000):
        wizard.next()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.figure_labels["following"].text() == "3"
    assert page.empty.isHidden()
    assert window.sidebar.item(int(Step.FOLLOWS)).text().endswith("3 accounts")
    window.show_step(int(Step.MATCHES))
    window.close()

    again = open_main_window(qtbot)
    assert again.current_step() is Step.MATCHES


def test_unfinished_follows_are_offered_for_resuming(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        overview_jobs.status, "collect", lambda conn: {"following": 9, "pending": 4}
    )
    window = open_main_window(qtbot)
    assert window.banner.isVisible()
    assert "4 follows are still waiting" in window.banner_notice.label.text()
    qtbot.mouseClick(window.resume_button, Qt.MouseButton.LeftButton)
    assert window.current_step() is Step.MIGRATE
    assert window.banner.isHidden()


def test_switching_language_retranslates_the_same_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    follows = window.pages[Step.FOLLOWS]
    assert follows.title.text() == "Your follows"
    window.choose_language("fr")
    qtbot.waitUntil(lambda: follows.title.text() == "Vos abonnements")
    assert window.pages[Step.FOLLOWS] is follows and window.isVisible()
    assert language.chosen_language() == "fr"
    assert window.language_actions["fr"].isChecked()
    assert window.sidebar.item(int(Step.FOLLOWS)).text().startswith("2. Vos abonnements")
    assert window.view_menu.title() != "&View"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    window.choose_language("en")
    qtbot.waitUntil(lambda: follows.title.text() == "Your follows")
    assert window.sidebar.item(int(Step.FOLLOWS)).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Your follows, to do"
    )


def test_closing_while_working_asks_first(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot)
    monkeypatch.setattr(window, "busy", lambda: True)
    answers = [False, True]
    monkeypatch.setattr(window, "confirm_quit", lambda: answers.pop(0))
    window.close()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert answers == []
