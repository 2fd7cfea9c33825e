"""Small faces in the Matches table: an initial at once, the avatar once it has arrived.

A table of 3,000 follows must not start 6,000 downloads when it opens, nor wait for any: only
the rows on screen ask for their pictures, once the scrolling has come to rest, and pictures
asked for rows since scrolled away are dropped from the queue. Painting never waits either:
it takes what is in memory, else the coloured initial, and an arriving picture repaints only
its row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QTableView

from fedimove.core.review import ReviewRow
from fedimove.ui.avatar_loader import AvatarLoader
from fedimove.ui.avatars import initials_pixmap, round_pixmap
from fedimove.ui.match_model import Column, MatchFilterProxy, MatchTableModel

FACE_SIZE = 20
SETTLE_MS = 120  # rows scrolled past quicker than this ask for nothing
KEPT_DRAWN = 1000  # small round pictures, a few kB each


class TableFaces(QObject):
    """Gives `model` its faces (`model.faces`) and fetches those of the rows `table` shows."""

    def __init__(self, table: QTableView, proxy: MatchFilterProxy) -> None:
        super().__init__(table)
        self.table, self.proxy = table, proxy
        self.loader = AvatarLoader(self)
        self.loader.loaded.connect(self._arrived)
        self._drawn: OrderedDict[str, QPixmap] = OrderedDict()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.fetch_visible)
        table.verticalScrollBar().valueChanged.connect(self._settle.start)
        for changed in (
            proxy.modelReset,
            proxy.layoutChanged,
            proxy.rowsInserted,
            proxy.rowsRemoved,
        ):
            changed.connect(self._settle.start)
        table.viewport().installEventFilter(self)
        self.model.faces = self.face

    @property
    def model(self) -> MatchTableModel:
        return self.proxy.source()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._settle.start()
        return False

    def face(self, url: str | None, name: str) -> QPixmap:
        """What to paint now: the avatar if it is in memory, else the name's initial."""
        picture = self.loader.known(url)
        if picture is not None and url:
            return self._drawn_once(url, lambda: round_pixmap(picture, *self._size()))
        return initials_pixmap(name, *self._size())

    def _size(self) -> tuple[int, float]:
        return FACE_SIZE, self.table.devicePixelRatioF()

    def _drawn_once(self, key: str, draw: Callable[[], QPixmap]) -> QPixmap:
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = self._drawn[key] = draw()
            while len(self._drawn) > KEPT_DRAWN:
                self._drawn.popitem(last=False)
        else:
            self._drawn.move_to_end(key)
        return pixmap

    def visible_rows(self) -> list[tuple[int, ReviewRow]]:
        """(source row number, row) of each row on screen, top to bottom."""
        count = self.proxy.rowCount()
        first = self.table.rowAt(0)
        if count == 0 or first < 0 or not self.table.isVisible():
            return []
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        shown = []
        for number in range(first, last + 1):
            source = self.proxy.mapToSource(self.proxy.index(number, 0)).row()
            shown.append((source, self.model.rows[source]))
        return shown

    def fetch_visible(self) -> None:
        """Ask for the pictures of the rows on screen, and for no others."""
        wanted = [
            url
            for _, row in self.visible_rows()
            for url in (row.twitter_avatar, row.fediverse_avatar if row.address else None)
            if url
        ]
        self.loader.keep_only(wanted)
        for url in wanted:
            self.loader.picture(url)

    def _arrived(self, url: str, _picture: QPixmap) -> None:
        for number, row in self.visible_rows():
            if row.twitter_avatar == url:
                self.model.face_changed(number, Column.TWITTER)
            if row.address and row.fediverse_avatar == url:
                self.model.face_changed(number, Column.ADDRESS)

    def stop(self) -> None:
        self._settle.stop()
        self.loader.stop()
