"""The guided main window: five steps in a sidebar, one screen per step.

It remembers the step the user was on, suggests the next one from what the workspace holds,
and on start offers to resume unfinished work. Workspace reads run as jobs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fedimove import __version__
from fedimove.core.overview import Overview, Step, StepState, resume_offer, step_states
from fedimove.core.overview import suggested_step as suggest
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui import settings as ui_settings
from fedimove.ui.engines import Engines, discover
from fedimove.ui.follows_page import FollowsPage
from fedimove.ui.icons import icon
from fedimove.ui.language import install_language
from fedimove.ui.mastodon_page import MastodonPage
from fedimove.ui.matches_page import MatchesPage
from fedimove.ui.migrate_page import MigratePage
from fedimove.ui.step_page import StepPage
from fedimove.ui.twitter_page import TwitterPage
from fedimove.ui.widgets import Notice, Retranslating, error_text

STEP_ICONS = {
    Step.TWITTER: "step-twitter-access",
    Step.FOLLOWS: "step-follows",
    Step.MASTODON: "step-mastodon",
    Step.MATCHES: "step-matches",
    Step.MIGRATE: "step-migrate",
}
SIDEBAR_WIDTH = 210
MINIMUM_SIZE = QSize(840, 600)  # every screen holds down to this; the window never goes below
STATE_ICONS = {StepState.DONE: "status-done", StepState.ATTENTION: "status-warning"}


class MainWindow(Retranslating, QMainWindow):
    """`overview_loaded` fires after each refresh (tests and pages wait on it).

    Choosing a language installs its translators and nothing else: this window and every
    page retranslate themselves in place (`Retranslating`), so nothing is rebuilt.
    """

    overview_loaded = Signal(object)

    def __init__(self, engines: Engines | None = None) -> None:
        super().__init__()
        self.engines = engines or discover()
        self.settings = ui_settings.ui_settings()
        self.overview = Overview()
        self._first_overview = True
        self._resume_step = Step.MIGRATE
        self.overview_refresh = OneAtATime(self._overview_job)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(1040, 680)
        self._build()
        self._build_menus()
        geometry = self.settings.value(ui_settings.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._restored_step = self._saved_step()
        # Always open on a step of ours: a sidebar with none takes row 0 itself when it gets
        # focus on show, and that would then pass for the user's choice of step 1.
        self._opened_on = Step.TWITTER if self._restored_step is None else self._restored_step
        self.show_step(int(self._opened_on))
        self.retranslate()
        # The workspace is read once the window is on screen: its first paint does not wait
        # for the engines' imports (Mastodon.py, tweepy) the status job brings in.
        QTimer.singleShot(0, self.refresh)

    def _build(self) -> None:
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(body)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: #f3f4f6; border: none; padding: 16px 8px;"
            " outline: none; }"
            " QListWidget#sidebar::item { padding: 10px 8px; border-radius: 6px; color: #1f2937; }"
            " QListWidget#sidebar::item:selected { background: #e0e7ff; color: #1e1b4b; }"
        )
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.banner = self._resume_banner(body)
        right.addWidget(self.banner)
        self.stack = QStackedWidget(body)
        self.pages: list[StepPage] = [
            TwitterPage(self.engines),
            FollowsPage(self.engines),
            MastodonPage(self.engines),
            MatchesPage(self.engines),
            MigratePage(self.engines),
        ]
        for step, page in zip(Step, self.pages, strict=True):
            self.stack.addWidget(page)
            self.sidebar.addItem(QListWidgetItem(icon(STEP_ICONS[step]), ""))
            page.go_to.connect(self.show_step)
            page.changed.connect(self.refresh)
            if isinstance(page, TwitterPage):
                page.archive_import.connect(self.import_archive)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.setCentralWidget(body)

    def _resume_banner(self, parent: QWidget) -> QWidget:
        banner = QWidget(parent)
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 12, 16, 0)
        self.banner_notice = Notice("", parent=banner)
        row.addWidget(self.banner_notice, 1)
        self.resume_button = QPushButton(banner)
        self.resume_button.clicked.connect(self._resume)
        self.dismiss_button = QPushButton(banner)
        self.dismiss_button.clicked.connect(banner.hide)
        row.addWidget(self.resume_button)
        row.addWidget(self.dismiss_button)
        banner.hide()
        return banner

    def _build_menus(self) -> None:
        """The menus; their words are set in `retranslate()`."""
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(lambda: self.import_archive())
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.step_actions: list[QAction] = []
        for step in Step:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{int(step) + 1}"))
            action.triggered.connect(lambda _=False, s=step: self.show_step(int(s)))
            self.view_menu.addAction(action)
            self.step_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        current = ui_settings.language_choice()
        # Each language is named in its own words, whatever the language shown.
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("system", ""), ("en", "English"), ("fr", "Français")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Every word of the window, the sidebar and the menus, in the language installed."""
        self.setWindowTitle(self.tr("Fedimove"))
        self.sidebar.setAccessibleName(self.tr("Steps"))
        self.resume_button.setText(self.tr("Resume"))
        self.dismiss_button.setText(self.tr("Not now"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import a Twitter archive…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, page in zip(self.step_actions, self.pages, strict=True):
            action.setText(page.step_title())
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["system"].setText(self.tr("Same as the system"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Fedimove"))
        self._word_steps()
        super().retranslate()

    # Steps ----------------------------------------------------------------------------------

    def _word_steps(self) -> None:
        """The sidebar's steps: title, what the workspace holds, and (once read) the state."""
        loaded = not self._first_overview
        states = step_states(self.overview)
        summaries = self._summaries(self.overview) if loaded else {}
        state_texts = {
            StepState.DONE: self.tr("done"),
            StepState.TODO: self.tr("to do"),
            StepState.ATTENTION: self.tr("needs attention"),
        }
        for step, page in zip(Step, self.pages, strict=True):
            item = self.sidebar.item(int(step))
            title = f"{int(step) + 1}. {page.step_title()}"
            summary = summaries.get(step, "")
            item.setText(f"{title}\n{summary}" if summary else title)
            spoken = f"{page.step_title()}, {state_texts[states[step]]}"
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, spoken if loaded else page.step_title()
            )

    def show_step(self, step: int) -> None:
        self.sidebar.setCurrentRow(step)

    def current_step(self) -> Step:
        return Step(self.stack.currentIndex())

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.settings.setValue(ui_settings.LAST_STEP, row)

    def import_archive(self, skip_request: bool = False) -> None:
        """The archive wizard over the Your follows screen; `skip_request` when the user has it."""
        self.show_step(int(Step.FOLLOWS))
        follows = self.pages[Step.FOLLOWS]
        assert isinstance(follows, FollowsPage)
        follows.open_wizard(skip_request=skip_request)

    # Overview -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the workspace off the GUI thread; `overview_loaded` follows (once for a
        burst of refreshes asked while a read is under way: only the read made after them)."""
        self.overview_refresh.request()

    def _overview_job(self) -> JobHandle:
        from fedimove.jobs.overview import LoadOverview  # every area's status: after the paint

        handle = JobHandle(LoadOverview())
        handle.signals.succeeded.connect(self._apply_overview)
        handle.signals.failed.connect(self._overview_failed)
        return handle

    def _apply_overview(self, overview: Overview) -> None:
        """Show what was read, unless a refresh was asked since that read began: it may
        predate the last change, and the read owed at its end brings the one to show."""
        if self.overview_refresh.superseded:
            return
        self.overview = overview
        states = step_states(overview)
        for step in Step:
            self.sidebar.item(int(step)).setIcon(
                icon(STATE_ICONS.get(states[step], STEP_ICONS[step]))
            )
        for page in self.pages:
            page.update_overview(overview)
        if self._first_overview:
            self._first_overview = False
            self._start_where_left(overview)
        self._word_steps()
        self.overview_loaded.emit(overview)

    def _summaries(self, overview: Overview) -> dict[Step, str]:
        matched = overview.matched_total
        return {
            Step.TWITTER: self.tr("archive in use") if overview.following else "",
            Step.FOLLOWS: self.tr("%n account(s)", "", overview.following)
            if overview.following
            else "",
            Step.MASTODON: overview.mastodon_account or "",
            Step.MATCHES: self.tr("%n found", "", matched) if matched else "",
            Step.MIGRATE: self.tr("%n followed", "", overview.followed)
            if overview.followed
            else "",
        }

    def _saved_step(self) -> Step | None:
        try:
            return Step(int(self.settings.value(ui_settings.LAST_STEP)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    def _start_where_left(self, overview: Overview) -> None:
        """Open on the next unfinished step, or further on where the user was last time."""
        suggested = suggest(overview)
        restored = self._restored_step
        if (restored is None or restored < suggested) and self.sidebar.currentRow() == int(
            self._opened_on
        ):
            self.show_step(int(suggested))
        offer = resume_offer(overview)
        if offer is Step.MIGRATE:
            self.show_text(
                self.banner_notice.setText,
                lambda: self.tr(
                    "%n follow(s) are still waiting from last time. Resume where you stopped?",
                    "",
                    overview.pending,
                ),
            )
            self._resume_step = offer
            self.banner.show()

    def _resume(self) -> None:
        self.banner.hide()
        self.show_step(int(self._resume_step))

    def _overview_failed(self, error: object) -> None:
        if self.overview_refresh.superseded:
            return  # the read owed at its end says whether the workspace can be read
        follows = self.pages[Step.FOLLOWS]
        follows.show_text(follows.intro.setText, lambda: error_text(error))
        if self._first_overview:
            self._first_overview = False
            self.show_step(int(Step.FOLLOWS))

    # Window ---------------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        """Remember the choice and switch now: every widget retranslates itself in place."""
        self.settings.setValue(ui_settings.LANGUAGE, code)
        self.language_actions[code].setChecked(True)
        install_language()

    def busy(self) -> bool:
        return any(page.busy() for page in self.pages)

    def confirm_quit(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Quit Fedimove?"),
            self.tr(
                "Fedimove is still working. Quit anyway? What was done is kept, and it continues "
                "where it stopped next time."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Fedimove"),
            self.tr(
                "Fedimove %1 moves your Twitter follows and lists to Mastodon, on your own "
                "computer. Nothing leaves it except requests to Twitter and to fediverse servers."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy() and not self.confirm_quit():
            event.ignore()
            return
        self.settings.setValue(ui_settings.GEOMETRY, self.saveGeometry())
        self.settings.sync()
        # Gone from the screen at once: stopping may wait for a fetch from a server that
        # does not answer (bounded by its timeouts), which must not look like a frozen window.
        self.hide()
        for page in self.pages:
            page.stop_jobs()
        super().closeEvent(event)
