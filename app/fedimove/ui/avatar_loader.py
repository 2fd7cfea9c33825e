"""Avatars for the screens: asked for by URL, delivered later by a signal, never awaited.

Fetches run on a pool of their own, so a server that never answers holds one of its threads,
not the GUI thread, the table, or the saving of decisions. Each URL is fetched once at a time;
the pictures seen last are handed back from memory (a few hundred, the rest from the disk
cache). A URL that gave no picture is not asked again in this run, unless its server did not
answer: then it is asked again when next wanted, a while later. Pictures are decoded and
shrunk to what the screens draw on the fetching thread too, so a few hundred kept in memory
weigh a few megabytes, not a few hundred.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from fedimove.jobs.base import Job, JobContext
from fedimove.jobs.qt_runner import JobHandle

FETCH_THREADS = 4
KEPT_IN_MEMORY = 300
KEPT_SIDE = 96  # pixels: the details' 32-pixel face at a screen scale of 3
ASK_AGAIN_AFTER = 60.0  # seconds before a server that did not answer is asked again
STOP_WAIT = 15.0  # seconds: avatar_fetch.TIMEOUT's connect and read, the longest a fetch hangs


class _Decoded(NamedTuple):
    url: str
    image: QImage | None  # None: no picture this time
    again: bool  # its server did not answer properly: asking later may work


class _FetchAndDecode(Job[_Decoded]):
    """The fetch, then the decoding and shrinking, on the loader's thread (QImage may be used
    off the GUI thread; the GUI thread then only turns a small image into a pixmap)."""

    title = "avatar"

    def __init__(self, url: str) -> None:
        self.url = url

    def run(self, ctx: JobContext) -> _Decoded:
        from fedimove.jobs.avatar_fetch import FetchAvatar  # requests: not at start-up

        fetched = FetchAvatar(self.url).run(ctx)
        image = QImage()
        if fetched.data is None or not image.loadFromData(fetched.data):
            return _Decoded(self.url, None, fetched.again)
        if max(image.width(), image.height()) > KEPT_SIDE:
            image = image.scaled(
                KEPT_SIDE,
                KEPT_SIDE,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
        return _Decoded(self.url, image, False)


class AvatarLoader(QObject):
    """`loaded(url, QPixmap)` fires on the GUI thread once a picture is there."""

    loaded = Signal(str, QPixmap)

    def __init__(
        self,
        parent: QObject | None = None,
        kept: int = KEPT_IN_MEMORY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(FETCH_THREADS)
        self._kept = kept
        self._pictures: OrderedDict[str, QPixmap] = OrderedDict()
        self._asked: dict[str, JobHandle] = {}
        self._missing: set[str] = set()
        self._not_before: dict[str, float] = {}  # unanswered URLs: when to ask again

    def picture(self, url: str | None) -> QPixmap | None:
        """The picture if it is already here; otherwise start fetching it and return None."""
        if not url or url in self._missing:
            return None
        known = self.known(url)
        if known is None and url not in self._asked and not self._waiting(url):
            handle = JobHandle(_FetchAndDecode(url), self.pool)
            self._asked[url] = handle
            handle.signals.succeeded.connect(self._arrived)  # a method: dropped with self
            handle.start()
        return known

    def _waiting(self, url: str) -> bool:
        """Whether this URL's server did not answer a moment ago (ask it later, not now)."""
        not_before = self._not_before.get(url)
        if not_before is None or self._clock() >= not_before:
            self._not_before.pop(url, None)
            return False
        return True

    def known(self, url: str | None) -> QPixmap | None:
        """The picture if it is in memory, without fetching anything."""
        picture = self._pictures.get(url or "")
        if picture is not None:
            self._pictures.move_to_end(url or "")
        return picture

    def keep_only(self, wanted: Iterable[str]) -> None:
        """Drop the queued fetches of pictures no longer wanted (rows scrolled away), so the
        ones on screen come first; fetches already running finish and are kept."""
        keep = set(wanted)
        for url, handle in list(self._asked.items()):
            if url not in keep and handle.withdraw():
                del self._asked[url]

    def _arrived(self, decoded: _Decoded) -> None:
        url = decoded.url
        self._asked.pop(url, None)
        if decoded.image is None:
            if decoded.again:
                self._not_before[url] = self._clock() + ASK_AGAIN_AFTER
            else:
                self._missing.add(url)
            return
        picture = QPixmap.fromImage(decoded.image)
        self._pictures[url] = picture
        while len(self._pictures) > self._kept:
            self._pictures.popitem(last=False)
        self.loaded.emit(url, picture)

    def stop(self) -> None:
        """The window closes: drop the fetches not started yet, tell the running ones their
        picture is no longer wanted (they keep nothing), and wait for them, so nothing of this
        loader writes into a workspace once its window is gone. The wait is bounded by the
        fetch's own timeouts, the longest a server that does not answer can hold a thread."""
        self.keep_only(())
        for handle in self._asked.values():
            handle.cancel()
        self.pool.waitForDone(int(STOP_WAIT * 1000))
        self._asked.clear()
