"""A language switch retranslates every screen in place: same widgets, nothing the user typed
or did is lost, and no English is left once French is chosen (issue 14, "Language")."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
    QWizard,
)

from fedimove import i18n
from fedimove.core.overview import Step
from fedimove.jobs.base import Progress
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.follows_page import FollowsPage
from fedimove.ui.keyring_prompt import KeyringPrompt
from fedimove.ui.main_window import MainWindow
from fedimove.ui.mastodon_page import MastodonPage
from fedimove.ui.match_model import Column
from fedimove.ui.matches_page import MatchesPage
from fedimove.ui.migrate_page import MigratePage
from fedimove.ui.twitter_page import TwitterPage
from tests.qt.engines import SmallImport
from tests.qt.languages import english_left, shown_texts
from tests.qt.scene import write_scene
from tests.qt.test_review import open_page
from tests.qt.windows import open_main_window


def switch_to(qtbot, language: str, widget, shows: str) -> None:  # type: ignore[no-untyped-def]
    """Install the translators, then wait for the LanguageChange Qt posts to reach `widget`."""
    i18n.install(language)
    qtbot.waitUntil(lambda: shows in widget.title.text())


def test_matches_page_keeps_search_filter_and_row_across_a_switch(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    assert isinstance(page, MatchesPage)
    page.search.setText("user1")
    page.apply_filter()
    page.status_filter.setCurrentIndex(1)  # "To follow"
    page.table.selectRow(2)
    chosen = page.table.currentIndex().data()
    headers = []
    page.model.headerDataChanged.connect(lambda *args: headers.append(args))
    combos = (id(page.confidence_filter), id(page.status_filter), id(page.table))

    switch_to(qtbot, "fr", page, "Correspondances")

    assert page.search.text() == "user1"
    assert page.status_filter.currentIndex() == 1
    assert page.status_filter.currentText() == "À suivre"
    assert page.confidence_filter.itemText(0) != "Any confidence"
    assert page.table.currentIndex().data() == chosen
    assert headers, "the header was told its words changed"
    title = page.table.model().headerData(Column.CONFIDENCE, Qt.Orientation.Horizontal)
    assert title == "Confiance"
    assert page.table.horizontalHeader().isSectionHidden(Column.STATUS) is False
    assert page.details.open_twitter.text() != "Open on X"
    assert page.details.row is not None and page.details.status.text().startswith("État")
    assert "sur" in page.counts.text()  # "Showing 3 of 40" re-rendered, not kept in English
    assert (id(page.confidence_filter), id(page.status_filter), id(page.table)) == combos

    switch_to(qtbot, "en", page, "Matches")
    assert page.status_filter.currentText() == "To follow"
    assert page.counts.text().startswith("Showing")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


SCENE = 24  # followed accounts in the workspace: every confidence, some without an address


def addresses(window: QWidget) -> list[int]:
    """The C++ objects themselves (a Python wrapper's id may change from call to call)."""
    return sorted(shiboken6.getCppPointer(widget)[0] for widget in window.findChildren(QWidget))


def main_windows() -> list[int]:
    return sorted(
        shiboken6.getCppPointer(widget)[0]
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MainWindow)
    )


def fill_every_page(window: MainWindow) -> None:
    """What a user typed and did on every page, before switching language."""
    twitter = window.pages[Step.TWITTER]
    mastodon = window.pages[Step.MASTODON]
    matches = window.pages[Step.MATCHES]
    migrate = window.pages[Step.MIGRATE]
    assert isinstance(twitter, TwitterPage) and isinstance(mastodon, MastodonPage)
    assert isinstance(matches, MatchesPage) and isinstance(migrate, MigratePage)
    twitter.other_ways.click()
    for name, field in twitter.key_fields.items():
        field.setText(f"typed-{name}")
    mastodon.server.setText("piaille.fr")
    mastodon.code.setText("pasted-code")
    matches.search.setText("user1")
    matches.apply_filter()
    matches.confidence_filter.setCurrentIndex(1)  # "Confirmed"
    matches.table.selectRow(1)
    migrate.log.appendPlainText("Followed: 12")
    migrate._progress(Progress(done=3, total=10))  # a run under way
    window.show_step(int(Step.MIGRATE))


def open_scene(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window over a matched workspace, once its rows and preview are shown."""
    window = open_main_window(qtbot)
    matches, follows = window.pages[Step.MATCHES], window.pages[Step.FOLLOWS]
    assert isinstance(matches, MatchesPage) and isinstance(follows, FollowsPage)
    migrate = window.pages[Step.MIGRATE]
    assert isinstance(migrate, MigratePage)
    qtbot.waitUntil(lambda: matches.model.rowCount() == SCENE and follows.preview.count() > 0)
    qtbot.waitUntil(lambda: not migrate.busy() and migrate.plan_handle is None)
    qtbot.waitUntil(lambda: migrate.moderation.load_handle is None)
    return window


def selected(page: MatchesPage) -> str:
    return page.table.currentIndex().siblingAtColumn(Column.TWITTER).data()


def test_a_switch_keeps_every_page_and_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    write_scene(SCENE)
    QLocale.setDefault(QLocale("en"))  # dates as a switch back to English words them
    window = open_scene(qtbot)
    fill_every_page(window)
    matches = window.pages[Step.MATCHES]
    migrate = window.pages[Step.MIGRATE]
    assert isinstance(matches, MatchesPage) and isinstance(migrate, MigratePage)
    chosen = selected(matches)
    assert chosen
    widgets_before = addresses(window)
    windows_before = main_windows()
    texts_before = shown_texts(window)

    window.choose_language("fr")
    qtbot.waitUntil(lambda: migrate.title.text() == "Migrer")

    assert addresses(window) == widgets_before  # the same widgets, none rebuilt
    assert main_windows() == windows_before  # and no other window opened in its place
    assert window.current_step() is Step.MIGRATE
    twitter = window.pages[Step.TWITTER]
    assert isinstance(twitter, TwitterPage)
    assert all(field.text() == f"typed-{name}" for name, field in twitter.key_fields.items())
    assert twitter.keys_box.isVisibleTo(twitter)
    mastodon = window.pages[Step.MASTODON]
    assert isinstance(mastodon, MastodonPage)
    assert (mastodon.server.text(), mastodon.code.text()) == ("piaille.fr", "pasted-code")
    assert matches.search.text() == "user1"
    assert matches.confidence_filter.currentIndex() == 1
    assert matches.confidence_filter.currentText() == "Confirmée"
    assert selected(matches) == chosen
    assert matches.details.name.text() == chosen.split("  ")[0]
    assert migrate.log.toPlainText() == "Followed: 12"  # what happened stays as it was written
    assert migrate.progress_text.text() == "3 sur 10 faits"  # re-rendered from the progress
    assert shown_texts(window) != texts_before
    assert english_left(shown_texts(window)) == []  # the row's details and the run's line too

    window.choose_language("en")
    qtbot.waitUntil(lambda: migrate.title.text() == "Migrate")
    assert shown_texts(window) == texts_before
    assert selected(matches) == chosen


def test_no_english_is_left_on_any_page_after_switching_to_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    write_scene(SCENE)
    window = open_scene(qtbot)
    window.choose_language("fr")
    qtbot.waitUntil(lambda: window.pages[Step.MIGRATE].title.text() == "Migrer")
    switched = shown_texts(window)
    for step in Step:
        window.show_step(int(step))
        assert english_left(shown_texts(window.pages[step], visible_only=True)) == [], step
    assert english_left(switched) == []

    built_in_french = open_scene(qtbot)  # the French build: what the switch must equal
    built_in_french.show_step(int(Step.MIGRATE))
    assert shown_texts(built_in_french) == switched


def test_the_archive_wizard_and_its_buttons_follow_a_switch(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """QWizard words its Back/Next/Finish once; the wizard words them again from qtbase."""
    archive = tmp_path / "archive"
    archive.mkdir()
    wizard = ArchiveWizard(SmallImport)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_at_choice()
    wizard.restart()
    wizard.choose_page.choose_path(str(archive))
    with qtbot.waitSignal(wizard.scan_page.scan_finished, timeout=10_000):
        wizard.next()
    summary = wizard.summary_page
    assert "You follow 3 accounts." in summary.lines.text()

    i18n.install("fr")
    qtbot.waitUntil(lambda: summary.title() == "Votre archive est lue")
    assert wizard.currentPage() is summary
    assert "Vous suivez 3 comptes." in summary.lines.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Terminer"
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Précédent"
    assert english_left(shown_texts(wizard)) == []
    assert summary.hint.label.text() != ""

    i18n.install("en")
    qtbot.waitUntil(lambda: summary.title() == "Your archive is read")
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Finish"
    assert "You follow 3 accounts." in summary.lines.text()


def test_the_keyring_question_follows_a_switch(qtbot) -> None:  # type: ignore[no-untyped-def]
    prompt = KeyringPrompt()
    qtbot.addWidget(prompt)
    prompt.show()
    i18n.install("fr")
    qtbot.waitUntil(lambda: prompt.keep_button.text() == "Garder jusqu’à la fermeture de Fedimove")
    assert english_left(shown_texts(prompt)) == []
    assert prompt.defaultButton() is prompt.keep_button
