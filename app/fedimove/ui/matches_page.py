"""Step 4, "Matches": who is who on the fediverse, with the evidence, for review."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

from fedimove.core.eta import rounded
from fedimove.core.overview import Overview, Step
from fedimove.core.review import Confidence, Decision, ReviewFilter, ReviewRow, Standing
from fedimove.jobs.base import Progress
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.match_notice import unreachable_notice
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui import settings as ui_settings
from fedimove.ui.engines import Engines
from fedimove.ui.icons import icon
from fedimove.ui.labels import confidence_text, status_text
from fedimove.ui.match_details import MatchDetails
from fedimove.ui.match_model import ROW_ROLE, Column, MatchFilterProxy, MatchTableModel
from fedimove.ui.numbers_only import add_numbers_only, show_numbers_only
from fedimove.ui.step_page import StepPage
from fedimove.ui.table_faces import TableFaces
from fedimove.ui.widgets import Notice, error_text, text_label

SEARCH_DELAY_MS = 150
DETAILS_BESIDE_FROM = 1000  # page width from which the details pane sits beside the table
MAX_WORD_COLUMN = 150  # a longer status word is cut rather than squeezing names and addresses
FILTER_CONFIDENCES = (Confidence.CONFIRMED, Confidence.LIKELY, Confidence.POSSIBLE, Confidence.NONE)
FILTER_STATUSES = (
    Standing.TO_FOLLOW,
    Standing.ALREADY_FOLLOWED,
    Standing.FOLLOWED,
    Standing.REQUESTED,
    Standing.MOVED,
    Standing.GONE,
    Standing.FAILED,
    Standing.NOT_FOUND,
    Standing.ON_BLUESKY,
    Standing.ON_THREADS,
    Standing.UNCHECKED,
    Standing.NOT_SEARCHED,
    Standing.REJECTED,
)


class MatchesPage(StepPage):
    """`rows_loaded` fires when the table holds the workspace's rows (tests wait on it)."""

    rows_loaded = Signal(int)

    def step_title(self) -> str:
        return self.tr("Matches")

    def step_intro(self) -> str:
        return self.tr(
            "For each account you follow, Fedimove looks for its fediverse address and "
            "shows how sure it is and why. Check the ones marked “possible”."
        )

    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines = engines
        self._loaded_for: tuple[int, int] | None = None
        self.rows_refresh = OneAtATime(self._rows_job)
        self._read_meets_save = False  # the rows being read may miss a decision being saved
        self._reload_after_saves = False
        self._saving = 0  # decision batches handed to the save pool and not yet ended
        self.matching: JobHandle | None = None
        self._searched_before = False
        self._save_pool = QThreadPool(self)
        self._save_pool.setMaxThreadCount(1)  # decisions are saved in the order they are made
        self.model = MatchTableModel(self)
        self.proxy = MatchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.decisions_made.connect(self._save)
        self.state = Notice("", parent=self)
        self.body.addWidget(self.state)
        self.numbers_only, self.read_usernames_button = add_numbers_only(self)
        self.body.addLayout(self._match_bar())
        self.body.addLayout(self._filter_bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._table())
        self.details = MatchDetails(self)
        self.details.rejected.connect(self._reject_current)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.body.addWidget(self.splitter, 1)
        self.body.addLayout(self._selection_bar())
        self._arrange(self.width())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._tab_order()
        self.show_text(self.state.setText, self._explanation)
        self.retranslate()

    def _explanation(self) -> str:
        return self.tr(
            "Fedimove looks for each account's address in what it wrote, then checks it on "
            "its server. This takes a few minutes and can be stopped and resumed."
        )

    def _word_match_button(self) -> None:
        """A first search, or a second look for the accounts still without an address."""
        self.match_button.setText(
            self.tr("Look again for the accounts without an address")
            if self._searched_before
            else self.tr("Find fediverse addresses")
        )

    def retranslate(self) -> None:
        self._word_match_button()
        self.stop_button.setText(self.tr("Stop"))
        self.match_bar.setAccessibleName(self.tr("Matching progress"))
        self.websites.setText(self.tr("Also read their websites"))
        self.websites.setToolTip(
            self.tr(
                "Reads the websites these accounts published on Twitter for links to their "
                "fediverse accounts. This contacts those websites too, not only Twitter and "
                "fediverse servers."
            )
        )
        self.search.setPlaceholderText(self.tr("Search names, @usernames, addresses"))
        self.search.setAccessibleName(self.tr("Search"))
        self.confidence_filter.setAccessibleName(self.tr("Confidence"))
        self.confidence_filter.setItemText(0, self.tr("Any confidence"))
        for number, confidence in enumerate(FILTER_CONFIDENCES, start=1):
            self.confidence_filter.setItemText(number, confidence_text(confidence))
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.setItemText(0, self.tr("Any status"))
        for number, status in enumerate(FILTER_STATUSES, start=1):
            self.status_filter.setItemText(number, status_text(status))
        self.table.setAccessibleName(self.tr("Matches"))
        self.model.retranslate()
        self._size_columns()
        self.counts.setAccessibleName(self.tr("Counts"))
        self.select_all.setText(self.tr("Follow all shown"))
        self.select_none.setText(self.tr("Follow none of those shown"))
        self.next_button.setText(self.tr("Next: migrate"))
        super().retranslate()
        self._update_counts()

    def _tab_order(self) -> None:
        """Tab follows the screen: search, filters, table, details, then the buttons below."""
        details = self.details
        chain = [
            self.search,
            self.confidence_filter,
            self.status_filter,
            self.table,
            details.evidence,
            details.open_profile,
            details.open_twitter,
            details.reject,
            self.select_all,
            self.select_none,
            self.next_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _match_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.match_button = QPushButton(icon("search"), "", self)
        self.match_button.clicked.connect(self.find_matches)
        self.stop_button = QPushButton(icon("stop"), "", self)
        self.stop_button.clicked.connect(self.stop_matching)
        self.stop_button.hide()
        self.match_bar = QProgressBar(self)
        self.match_bar.hide()
        self.match_status = text_label("", self)
        self.websites = QCheckBox(self)
        self.websites.setChecked(ui_settings.read_websites())
        self.websites.toggled.connect(ui_settings.set_read_websites)
        bar.addWidget(self.match_button)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.websites)
        bar.addWidget(self.match_bar, 1)
        bar.addWidget(self.match_status, 2)
        return bar

    def find_matches(self) -> None:
        if self.matching is not None:
            return
        self.matching = JobHandle(
            Deferred(
                "fedimove.jobs.match",
                "MatchJob",
                only_unmatched=self._searched_before,
                websites=self.websites.isChecked(),
            )
        )
        signals = self.matching.signals
        signals.progress.connect(self._match_progress)
        signals.succeeded.connect(
            lambda summary: self._match_ended(
                lambda: unreachable_notice(summary) or self.tr("Done.")
            )
        )
        signals.failed.connect(lambda error: self._match_ended(lambda: error_text(error)))
        signals.cancelled.connect(
            lambda: self._match_ended(lambda: self.tr("Stopped. What was found is kept."))
        )
        self.match_button.hide()
        self.stop_button.show()
        self.match_bar.setRange(0, 0)
        self.match_bar.show()
        self.matching.start()

    def stop_matching(self) -> None:
        if self.matching is not None:
            self.matching.cancel()

    def _match_progress(self, progress: Progress) -> None:
        if progress.total:
            self.match_bar.setRange(0, progress.total)
            self.match_bar.setValue(progress.done)
        if progress.message:
            message, eta = progress.message, progress.eta_seconds
            self.show_text(
                self.match_status.setText,
                lambda: (
                    QCoreApplication.translate("Match", message)
                    + ("" if eta is None else " — " + self._time_left(eta))
                ),
            )

    def _time_left(self, seconds: float) -> str:
        """The job's estimate, from the pace it measured after its warm-up, said roughly."""
        amount, in_hours = rounded(seconds)
        if in_hours:
            return self.tr("about %n hour(s) left", "", amount)
        return self.tr("about %n minute(s) left", "", amount)

    def _match_ended(self, render: Callable[[], str]) -> None:
        self.matching = None
        self.show_text(self.match_status.setText, render)
        self.match_bar.hide()
        self.stop_button.hide()
        self.match_button.show()
        self.changed.emit()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        bar.addWidget(self.search, 2)
        self.confidence_filter = QComboBox(self)
        self.confidence_filter.addItem("", None)  # every item is worded in retranslate()
        for confidence in FILTER_CONFIDENCES:
            self.confidence_filter.addItem(icon(f"confidence-{confidence.value}"), "", confidence)
        self.confidence_filter.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.confidence_filter, 1)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("", None)
        for status in FILTER_STATUSES:
            self.status_filter.addItem("", status)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.status_filter, 1)
        return bar

    def _table(self) -> QTableView:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CONFIDENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.faces = TableFaces(self.table, self.proxy)
        reject = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self._toggle_reject_current)
        reject.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tick = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self._toggle_pick_current)
        tick.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return self.table

    def _toggle_pick_current(self) -> None:
        """Space ticks or unticks the current row's Follow box, whichever column has focus."""
        index = self._current_source_index()
        if index.isValid():
            row = self.model.rows[index.row()]
            self.model.set_picked([index.row()], not row.picked)
            self._update_counts()

    def _size_columns(self) -> None:
        """Names and addresses share what is left once the short columns have their words.

        Follow, Confidence and Status are as wide as their longest word in this language, so
        all five columns stay in view down to the window's minimum size.
        """
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setMinimumSectionSize(40)
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.table.fontMetrics()
        header_metrics = columns.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 22

        def fit(column: Column, words: list[str], extra: int = 0) -> int:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(metrics.horizontalAdvance(word) + extra for word in words)
            return min(MAX_WORD_COLUMN, max(widest, header_metrics.horizontalAdvance(title)))

        widths = {
            Column.FOLLOW: fit(Column.FOLLOW, [""], extra=24),
            Column.CONFIDENCE: fit(Column.CONFIDENCE, [confidence_text(c) for c in Confidence], 24),
            Column.STATUS: fit(Column.STATUS, [status_text(s) for s in Standing]),
        }
        for column in Column:
            if column in widths:
                columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                self.table.setColumnWidth(column, widths[column] + padding)
            else:
                columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Details beside the table when both fit, else below it; counts above the buttons
        when one line cannot hold them."""
        beside = width >= DETAILS_BESIDE_FROM
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.details.set_below(not beside)
            if beside:
                self.splitter.setSizes([width * 3 // 4, width // 4])
        if not beside:  # the table keeps most of the height; the pane what it needs of the rest
            height = self.splitter.height()
            details = min(self.details.sizeHint().height(), height * 9 // 20)
            self.splitter.setSizes([height - details, details])
        buttons = sum(
            b.sizeHint().width() + 6 for b in (self.select_all, self.select_none, self.next_button)
        )
        counts = self.counts.fontMetrics().horizontalAdvance(self.counts.text())
        one_line = counts + buttons + 56 + 12 <= width
        self.footer.setDirection(
            QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
        )

    def _selection_bar(self) -> QBoxLayout:
        self.footer = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.counts = text_label("", self)
        self.footer.addWidget(self.counts, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.footer.addLayout(bar)
        self.select_all = QPushButton(self)
        self.select_all.clicked.connect(lambda: self.pick_visible(True))
        self.select_none = QPushButton(self)
        self.select_none.clicked.connect(lambda: self.pick_visible(False))
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.go_to.emit(int(Step.MIGRATE)))
        for button in (self.select_all, self.select_none, self.next_button):
            bar.addWidget(button)
        return self.footer

    # Loading -------------------------------------------------------------------------------

    def update_overview(self, overview: Overview) -> None:
        """Reload the rows only when what they are made of changed."""
        show_numbers_only(self, self.numbers_only, self.read_usernames_button, overview)
        self._searched_before = (
            overview.matched_total + overview.count("unmatched") + overview.count("unchecked") > 0
        )
        self._word_match_button()
        key = (overview.following, overview.matched_total)
        if key != self._loaded_for:
            self._loaded_for = key
            self.reload()

    def reload(self) -> None:
        """Read the rows again: one read at a time, and one more at its end when asked
        meanwhile (an older read never lands after a newer one). A read that overlaps a
        decision being saved is read again once the saves are in: a pick never flips back."""
        self.rows_refresh.request()

    def _rows_job(self) -> JobHandle:
        self._read_meets_save = bool(self._saving)
        handle = JobHandle(Deferred("fedimove.jobs.review", "LoadReview"))
        handle.signals.succeeded.connect(self._rows_ready)
        handle.signals.failed.connect(self._failed)
        return handle

    def _rows_ready(self, rows: list[ReviewRow]) -> None:
        if self.rows_refresh.superseded:
            return
        if self._read_meets_save:
            if self._saving:
                self._reload_after_saves = True
            else:
                self.reload()
            return
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_counts()
        self.details.show_row(None)
        self.state.setVisible(not rows)  # the table takes its room once there is something
        self.rows_loaded.emit(len(rows))

    def _failed(self, error: object) -> None:
        self.show_text(self.state.setText, lambda: error_text(error))
        self.state.set_kind("warning")
        self.state.show()

    # Filtering and picking -------------------------------------------------------------------

    def current_filter(self) -> ReviewFilter:
        confidence = self.confidence_filter.currentData()
        status = self.status_filter.currentData()
        return ReviewFilter(
            confidences=frozenset([confidence]) if confidence else frozenset(),
            standings=frozenset([status]) if status else frozenset(),
            search=self.search.text(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        current = self._current_source_index()
        self.proxy.set_filter(self.current_filter())
        if current.isValid() and not self.table.currentIndex().isValid():
            shown = self.proxy.mapFromSource(current)
            if shown.isValid():
                self.table.setCurrentIndex(shown)
        self._update_counts()

    def pick_visible(self, picked: bool) -> int:
        changed = self.model.set_picked(self.proxy.visible_source_rows(), picked)
        self._update_counts()
        return changed

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        picked = self.model.picked_count
        self.counts.setText(
            self.tr("Showing %1 of %2.").replace("%1", str(shown)).replace("%2", str(total))
            + " "
            + self.tr("%n account(s) will be followed.", "", picked)
        )
        self._arrange(self.width())
        self.select_all.setEnabled(shown > 0)
        self.select_none.setEnabled(shown > 0)

    def _save(self, changes: list[tuple[str, str, Decision | None]]) -> None:
        handle = JobHandle(
            Deferred("fedimove.jobs.review", "SaveDecisions", changes), self._save_pool
        )
        self._saving += 1
        self._read_meets_save = self._read_meets_save or self.rows_refresh.busy
        handle.signals.finished.connect(self._saved)  # a slot of the page: not once it is gone
        handle.signals.failed.connect(self._failed)
        handle.start()
        self._update_counts()

    def _saved(self) -> None:
        """Once the last decision of a burst is in, the other screens read them (the plan on
        the Migrate page follows what was accepted or rejected here)."""
        self._saving -= 1
        if self._saving:
            return
        if self._reload_after_saves:
            self._reload_after_saves = False
            self.reload()
        self.changed.emit()

    def saves_pending(self) -> bool:
        return bool(self._saving)

    # Details ----------------------------------------------------------------------------------

    def _current_source_index(self) -> QModelIndex:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index) if index.isValid() else QModelIndex()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self._current_source_index()
        self.details.show_row(self.model.data(index, ROW_ROLE) if index.isValid() else None)

    def _reject_current(self, rejected: bool) -> None:
        index = self._current_source_index()
        if index.isValid():
            self.model.set_rejected(index.row(), rejected)
            self.details.show_row(self.model.rows[index.row()])

    def _toggle_reject_current(self) -> None:
        row = self.details.row
        if row is not None and row.address is not None:
            self._reject_current(row.decision is not Decision.REJECT)

    def busy(self) -> bool:
        return self.saves_pending() or self.matching is not None

    def stop_jobs(self) -> None:
        self.stop_matching()
        self.faces.stop()
        self.details.avatars.stop()
