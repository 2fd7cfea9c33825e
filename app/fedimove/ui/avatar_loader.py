"""Avatars for the screens: asked for by URL, delivered later by a signal, never awaited.

Fetches run on a pool of their own, so a server that never answers holds one of its threads,
not the GUI thread, the table, or the saving of decisions. Each URL is fetched once per run;
pictures already seen are handed back from memory.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QPixmap

from fedimove.jobs.qt_runner import JobHandle

FETCH_THREADS = 4


class AvatarLoader(QObject):
    """`loaded(url, QPixmap)` fires on the GUI thread once a picture is there."""

    loaded = Signal(str, QPixmap)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(FETCH_THREADS)
        self._pictures: dict[str, QPixmap] = {}
        self._asked: dict[str, JobHandle] = {}

    def picture(self, url: str | None) -> QPixmap | None:
        """The picture if it is already here; otherwise start fetching it and return None."""
        if not url:
            return None
        if url in self._pictures:
            return self._pictures[url]
        if url not in self._asked:
            from fedimove.jobs.avatar_fetch import FetchAvatar

            handle = JobHandle(FetchAvatar(url), self.pool)
            self._asked[url] = handle
            handle.signals.succeeded.connect(lambda data, u=url: self._arrived(u, data))
            handle.start()
        return None

    def _arrived(self, url: str, data: bytes | None) -> None:
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self._pictures[url] = picture
            self.loaded.emit(url, picture)

    def stop(self) -> None:
        """Drop the fetches not started yet (the window closes)."""
        self.pool.clear()
