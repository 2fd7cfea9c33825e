"""The Migrate screen's opt-in section for blocks and mutes (issue 15).

Off by default: people may not want their Twitter blocks carried over, and a block is not a
follow to take lightly. Once ticked, the blocked and muted accounts found on the fediverse are
listed for review with the same confidence words as matches; sure ones (`confirmed`,
`likely`) are ticked, a `possible` one only when the user ticks it. Applying runs
`ModerationJob` on exactly the ticked rows: paced, resumable, and it never follows anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fedimove.core.match_labels import CONFIDENCE, EVIDENCE, SOURCE, unproven_note
from fedimove.core.matching import Confidence, EvidenceKind
from fedimove.core.moderation import Action
from fedimove.jobs.deferred import Deferred
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui.labels import plain_tooltip
from fedimove.ui.widgets import Retranslating, error_text, text_label

if TYPE_CHECKING:
    from fedimove.jobs.moderation import ModerationSummary, ReviewRow

_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ModerationSection(Retranslating, QWidget):
    """`ready` fires when the review is loaded, `finished` when applying ends (a summary, the
    error, or None when stopped); tests wait on them."""

    ready = Signal(object)
    finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.review_refresh = OneAtATime(self._review_job)
        self._review_owed = False  # asked for a review whose answer has not come yet
        self._reload_after_apply = False
        self.apply_handle: JobHandle | None = None
        self._outcome: object = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.opt_in = QCheckBox(self)
        self.opt_in.setChecked(False)
        self.opt_in.toggled.connect(self._show_controls)
        layout.addWidget(self.opt_in)
        self.explain = text_label("", self)
        layout.addWidget(self.explain)
        self.review = QTableWidget(0, 5, self)
        self.review.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review.verticalHeader().hide()
        self.review.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.review)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        layout.addWidget(self.apply_button)
        self.result = text_label("", self)
        layout.addWidget(self.result)
        self.hide()
        self._show_controls()
        self.retranslate()

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Sure matches are ticked; tick a “possible” one only if you checked it is the "
                "same person. Nobody here is ever followed."
            )
        )
        self.review.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("On Twitter"),
                self.tr("Fediverse address"),
                self.tr("Confidence"),
                self.tr("Why"),
            ]
        )
        self.review.setAccessibleName(self.tr("Blocked and muted accounts to carry over"))
        self.apply_button.setText(self.tr("Block and mute the ticked accounts"))
        self._word_rows()
        super().retranslate()

    @property
    def load_handle(self) -> JobHandle | None:
        """The review job under way, if any."""
        return self.review_refresh.running

    def prepare(self) -> None:
        """Read the review again; asked while one is read, that answer is dropped and one more
        is read at its end. Asked while applying, it waits for the end: the rows ticked and
        being applied stay as they are until then."""
        if self.apply_handle is not None:
            self._reload_after_apply = True
            return
        self._review_owed = True
        self._show_controls()
        self.review_refresh.request()

    def _review_job(self) -> JobHandle:
        handle = JobHandle(Deferred("fedimove.jobs.moderation", "ModerationReviewJob"))
        handle.signals.succeeded.connect(self._loaded)
        handle.signals.failed.connect(self._load_failed)
        return handle

    def _load_failed(self, error: object) -> None:
        if self.review_refresh.superseded:
            return
        self._review_owed = False
        self._show_controls()
        self.show_text(self.result.setText, lambda: error_text(error))
        self.ready.emit(None)

    def _loaded(self, rows: list[ReviewRow]) -> None:
        if self.review_refresh.superseded:
            return
        self._review_owed = False
        self.rows = rows
        self.review.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill(index, row)
        self._word_rows()
        self.setVisible(bool(rows))
        self._show_controls()
        self.ready.emit(rows)

    def _fill(self, index: int, row: ReviewRow) -> None:
        """The row's cells, ticked as proposed; their words come from `_word_rows`."""
        tick = QTableWidgetItem()
        tick.setFlags(_ITEM_FLAGS | Qt.ItemFlag.ItemIsUserCheckable)
        tick.setCheckState(Qt.CheckState.Checked if row.ticked else Qt.CheckState.Unchecked)
        cells = [
            tick,
            QTableWidgetItem(f"@{row.username}" if row.username else row.target.twitter_id),
            QTableWidgetItem(row.target.address),
            QTableWidgetItem(),
            QTableWidgetItem(),
        ]
        for column, item in enumerate(cells):
            if column:
                item.setFlags(_ITEM_FLAGS)
            self.review.setItem(index, column, item)

    def _word_rows(self) -> None:
        """The opt-in's counts and each row's action, confidence and evidence, in the language
        shown; the ticks the user changed stay as they are."""
        blocks = sum(1 for r in self.rows if r.ticked and r.target.action == Action.BLOCK)
        mutes = sum(1 for r in self.rows if r.ticked and r.target.action == Action.MUTE)
        self.opt_in.setText(
            self.tr(
                "Also block %1 and mute %2 accounts you blocked/muted on Twitter, where they "
                "are on the fediverse"
            )
            .replace("%1", str(blocks))
            .replace("%2", str(mutes))
        )
        for index, row in enumerate(self.rows):
            action = self.tr("Block") if row.target.action == Action.BLOCK else self.tr("Mute")
            self.review.item(index, 0).setText(action)
            confidence = CONFIDENCE.get(Confidence(row.target.confidence), row.target.confidence)
            self.review.item(index, 3).setText(QCoreApplication.translate("Match", confidence))
            kinds, proofs = self._why(row)
            self.review.item(index, 4).setText(kinds)
            self.review.item(index, 4).setToolTip(proofs)

    @staticmethod
    def _why(row: ReviewRow) -> tuple[str, str]:
        """The evidence in the words of the Matches page: kinds for the cell, and each proof
        with where it was seen and its text for the tooltip (plain text: it is untrusted)."""

        def words(text: str) -> str:
            return QCoreApplication.translate("Match", text)

        kinds = dict.fromkeys(
            words(EVIDENCE.get(e.kind, e.kind))
            for e in row.evidence
            if e.kind != EvidenceKind.EXISTS
        )
        proofs = [
            f"{words(EVIDENCE.get(e.kind, e.kind))} ({words(SOURCE.get(e.source, e.source))}): "
            f"{e.snippet}"
            for e in row.evidence
        ]
        note = unproven_note(e.kind for e in row.evidence)
        if note:
            proofs.append(words(note).replace("{username}", row.username or "?"))
        return "; ".join(kinds), plain_tooltip("\n".join(proofs))

    def ticked(self) -> list[ReviewRow]:
        return [
            row
            for index, row in enumerate(self.rows)
            if self.review.item(index, 0).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> None:
        if self.apply_handle is not None or self._review_owed or not self.opt_in.isChecked():
            return
        chosen = [row.target for row in self.ticked()]
        self.apply_handle = JobHandle(
            Deferred(
                "fedimove.jobs.moderation",
                "ModerationJob",
                (Action.BLOCK, Action.MUTE),
                selected=chosen,
            )
        )
        signals = self.apply_handle.signals
        signals.succeeded.connect(self._applied)
        signals.failed.connect(self._apply_failed)
        signals.finished.connect(self._apply_done)
        self.show_text(self.result.setText, lambda: self.tr("Blocking and muting…"))
        self.apply_handle.start()
        self._show_controls()

    def _applied(self, summary: ModerationSummary) -> None:
        self.show_text(self.result.setText, lambda: self._outcome_text(summary))
        self._outcome = summary

    def _outcome_text(self, summary: ModerationSummary) -> str:
        counts = summary.counts
        lines = [
            self.tr("Blocked: %1").replace("%1", str(counts[(Action.BLOCK, "done")])),
            self.tr("Muted: %1").replace("%1", str(counts[(Action.MUTE, "done")])),
            self.tr("Already in place: %1").replace(
                "%1", str(sum(counts[(a, "already")] for a in Action))
            ),
            self.tr("Failed: %1").replace("%1", str(sum(counts[(a, "failed")] for a in Action))),
        ]
        return "\n".join(lines)

    def _apply_failed(self, error: object) -> None:
        self.show_text(self.result.setText, lambda: error_text(error))
        self._outcome = error

    def _apply_done(self) -> None:
        """`finished` fires only now, so whoever hears it may apply again at once."""
        self.apply_handle = None
        self._show_controls()
        outcome, self._outcome = self._outcome, None
        if self._reload_after_apply:
            self._reload_after_apply = False
            self.prepare()
        self.finished.emit(outcome)

    def _show_controls(self) -> None:
        opted = self.opt_in.isChecked()
        for widget in (self.explain, self.review, self.apply_button):
            widget.setVisible(opted)
        self.apply_button.setEnabled(opted and self.apply_handle is None and not self._review_owed)

    def busy(self) -> bool:
        return self.apply_handle is not None

    def stop(self) -> None:
        """Stop after the block or mute in flight; what was done is kept."""
        if self.apply_handle is not None:
            self.apply_handle.cancel()
