"""The review table's model and its filter proxy, built to stay smooth with 20,000 rows.

The source model holds plain `ReviewRow`s and sorts them itself (one Python sort, not a
comparison call per pair); the proxy filters with a mask computed in one pass by
`ReviewFilter.mask`, so each row costs Qt a single list lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap

from fedimove.core.review import CONFIDENCE_RANK, Decision, ReviewFilter, ReviewRow
from fedimove.ui.icons import icon
from fedimove.ui.labels import confidence_text, plain_tooltip, status_text

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RESET_ABOVE = 2000  # rows shown again by one filter change


class Column(IntEnum):
    FOLLOW = 0
    TWITTER = 1
    ADDRESS = 2
    CONFIDENCE = 3
    STATUS = 4


def _twitter_text(row: ReviewRow) -> str:
    name = row.display_name or ""
    handle = f"@{row.username}" if row.username else f"#{row.account_id}"
    return f"{name}  {handle}" if name else handle


_SORT_KEYS = {
    Column.FOLLOW: lambda r: (not r.picked, not r.pickable),
    Column.TWITTER: lambda r: ((r.display_name or r.username or "").casefold(), r.account_id),
    Column.ADDRESS: lambda r: (r.address is None, (r.address or "").casefold()),
    Column.CONFIDENCE: lambda r: (CONFIDENCE_RANK[r.confidence], (r.username or "").casefold()),
    Column.STATUS: lambda r: (r.status.value, (r.username or "").casefold()),
}


class MatchTableModel(QAbstractTableModel):
    """`decisions_made` carries [(account id, address, decision or None)] to be saved."""

    decisions_made = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.picked_count = 0
        self.faces: Callable[[str | None, str], QPixmap] | None = None  # (avatar URL, name)

    def retranslate(self) -> None:
        """Headers, confidences and statuses are worded when asked for: views ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(Column) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.picked_count = sum(1 for row in rows if row.picked)
        self.endResetModel()

    # Reading ---------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.FOLLOW: self.tr("Follow"),
            Column.TWITTER: self.tr("On Twitter"),
            Column.ADDRESS: self.tr("Fediverse address"),
            Column.CONFIDENCE: self.tr("Confidence"),
            Column.STATUS: self.tr("Status"),
        }.get(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TWITTER:
            return plain_tooltip(self._text(row, column) or "")
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.FOLLOW:
            if not row.pickable:
                return None
            return Qt.CheckState.Checked if row.picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        return None

    def _decoration(self, row: ReviewRow, column: int) -> Any:
        if column == Column.CONFIDENCE:
            return icon(f"confidence-{row.confidence.value}")
        if self.faces is None:
            return None
        if column == Column.TWITTER:
            return self.faces(row.twitter_avatar, row.display_name or row.username or "")
        if column == Column.ADDRESS and row.address:
            return self.faces(row.fediverse_avatar, row.fediverse_name or row.address)
        return None

    def face_changed(self, row_number: int, column: Column) -> None:
        """A picture arrived: repaint that one cell."""
        cell = self.index(row_number, column)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def _text(self, row: ReviewRow, column: int) -> str | None:
        if column == Column.TWITTER:
            return _twitter_text(row)
        if column == Column.ADDRESS:
            return row.address or row.elsewhere or "—"
        if column == Column.CONFIDENCE:
            return confidence_text(row.confidence)
        if column == Column.STATUS:
            return status_text(row.status)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == Column.FOLLOW and self.rows[index.row()].pickable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    # Deciding --------------------------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.FOLLOW:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.set_picked([index.row()], checked) > 0

    def set_picked(self, row_numbers: list[int], picked: bool) -> int:
        """Pick or leave out many rows at once (select all shown); returns how many changed."""
        changes = []
        touched = []
        for number in row_numbers:
            row = self.rows[number]
            if not row.pickable or row.picked == picked:
                continue
            row.decision = row.decision_for(picked)
            self.picked_count += 1 if picked else -1
            changes.append((row.account_id, row.address or "", row.decision))
            touched.append(number)
        if touched:
            self.dataChanged.emit(
                self.index(min(touched), Column.FOLLOW),
                self.index(max(touched), Column.STATUS),
            )
            self.decisions_made.emit(changes)
        return len(touched)

    def set_rejected(self, row_number: int, rejected: bool) -> None:
        """ "Not this person" (remembered for this address), or undo it."""
        row = self.rows[row_number]
        if row.address is None:
            return
        was_picked = row.picked
        row.decision = Decision.REJECT if rejected else None
        self.picked_count += int(row.picked) - int(was_picked)
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, len(Column) - 1))
        self.decisions_made.emit([(row.account_id, row.address, row.decision)])

    # Sorting ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self.rows
        order_numbers = sorted(
            range(len(old_rows)),
            key=lambda n: _SORT_KEYS[Column(column)](old_rows[n]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [old_rows[n] for n in order_numbers]
        new_position = {old: new for new, old in enumerate(order_numbers)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_position[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()


class MatchFilterProxy(QSortFilterProxyModel):
    """Filters by a precomputed mask; sorting is delegated to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.review_filter = ReviewFilter()
        self._mask: list[bool] | None = None

    def setSourceModel(self, model: MatchTableModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget_mask)
        model.layoutAboutToBeChanged.connect(self._forget_mask)
        model.modelReset.connect(self._recompute)
        model.layoutChanged.connect(self._recompute)

    def source(self) -> MatchTableModel:
        model = self.sourceModel()
        assert isinstance(model, MatchTableModel)
        return model

    def set_filter(self, review_filter: ReviewFilter) -> None:
        """Qt's filter change keeps the view's place and is quick at hiding rows; showing
        thousands of rows again is quicker as a reset (the view then restores its current row,
        see `MatchesPage.apply_filter`)."""
        mask = review_filter.mask(self.source().rows)
        old = self._mask
        shown_again = (
            sum(1 for before, after in zip(old, mask, strict=True) if after and not before)
            if old is not None and len(old) == len(mask)
            else len(mask)
        )
        if shown_again > RESET_ABOVE:
            self.beginResetModel()
            self.review_filter, self._mask = review_filter, mask
            self.endResetModel()
            return
        self.beginFilterChange()
        self.review_filter, self._mask = review_filter, mask
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _forget_mask(self) -> None:
        self._mask = None

    def _recompute(self) -> None:
        self.set_filter(self.review_filter)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        mask = self._mask
        return mask is None or (source_row < len(mask) and mask[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def visible_source_rows(self) -> list[int]:
        """The rows shown; the proxy keeps source order, so the mask says it in one pass."""
        if self._mask is None:
            return list(range(self.source().rowCount()))
        return [number for number, shown in enumerate(self._mask) if shown]
