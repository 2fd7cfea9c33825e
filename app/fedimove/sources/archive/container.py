"""The archive as a set of named files, whether it is the ZIP or the folder it unzips to.

Members are read as streams, never extracted: a ZIP member is inflated chunk by chunk, with its
size, its compression ratio and the total inflated so far capped by `Limits`, so a zip bomb is
refused before it costs anything. Library failures (zipfile, zlib, OS) become archive errors
that name the member.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from fedimove.core.archive_errors import (
    ArchiveDamaged,
    ArchiveEncrypted,
    ArchiveNotFound,
    ArchiveTooLarge,
    ArchiveTruncated,
    ArchiveUnreadable,
    ArchiveUnsafeName,
    NotAZip,
)
from fedimove.sources.archive.limits import DEFAULT_LIMITS, Limits, human_size

ByteCounter = Callable[[int], None]
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_SKIPPED = ("_media", "assets")
# Deepest data: `<archive>/data/js/tweets/2009_03.js` (2013), one folder down when re-zipped;
# going no deeper keeps a mistaken pick of a whole home folder quick to refuse.
_MAX_FOLDER_DEPTH = 4


def is_unsafe_name(name: str) -> bool:
    """A member name that could mean something outside the archive if anything used it."""
    if not name or "\0" in name:
        return True
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":"):
        return True
    return ".." in PurePosixPath(normalized).parts


class Container(ABC):
    """Named files of one archive; `open` streams a member's bytes, counting them."""

    def __init__(self, location: str, limits: Limits) -> None:
        self.location = location
        self.limits = limits
        self.on_bytes: ByteCounter = lambda _n: None

    @abstractmethod
    def names(self) -> list[str]:
        """Every file's path inside the archive, `/`-separated."""

    @abstractmethod
    def size(self, name: str) -> int:
        """The member's (declared) unpacked size, for progress totals."""

    @abstractmethod
    def _open(self, name: str) -> BinaryIO:
        """The raw stream of one member, checked against the limits."""

    def open(self, name: str) -> GuardedStream:
        return GuardedStream(self._open(name), name, self.on_bytes)

    @abstractmethod
    def close(self) -> None:
        """Release the underlying file."""

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class GuardedStream:
    """Reads a member, turning every library failure into an error that names the member."""

    def __init__(self, raw: BinaryIO, name: str, on_bytes: ByteCounter) -> None:
        self._raw, self.name, self._on_bytes = raw, name, on_bytes

    def read(self, size: int) -> bytes:
        try:
            data = self._raw.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            raise ArchiveDamaged(str(exc), member=self.name) from exc
        except OSError as exc:
            raise ArchiveUnreadable(str(exc), path=self.name) from exc
        self._on_bytes(len(data))
        return data

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> GuardedStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ReadAhead:
    """Inflates the next chunks of a member on a worker thread while the caller parses.

    zlib and crc32 release the GIL, so on a second core the inflating costs next to no wall
    time. At most `depth` chunks wait in the queue, so memory stays bounded; closing stops
    the worker (draining the queue unblocks it) before the member is closed.
    """

    def __init__(self, raw: BinaryIO, chunk: int, depth: int = 2) -> None:
        self._raw, self._chunk = raw, chunk
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._pending = b""
        self._ended = False
        self._worker = threading.Thread(target=self._fill, name="archive-inflate", daemon=True)
        self._worker.start()

    def _fill(self) -> None:
        try:
            while not self._stop.is_set():
                data = self._raw.read(self._chunk)
                self._queue.put(data)
                if not data:
                    return
        except BaseException as exc:  # handed to the reading thread, which raises it
            self._queue.put(exc)

    def read(self, size: int) -> bytes:
        if not self._pending and not self._ended:
            item = self._queue.get()
            if isinstance(item, BaseException):
                self._ended = True
                raise item
            self._ended = not item
            self._pending = item
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def close(self) -> None:
        self._stop.set()
        while self._worker.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
        self._raw.close()


class ZipContainer(Container):
    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(str(path), limits)
        self._zip = _open_zip(path)
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in self._zip.infolist():
            if is_unsafe_name(info.filename):
                self._zip.close()
                raise ArchiveUnsafeName(info.filename, member=info.filename)
            if not info.is_dir():
                self._infos.setdefault(info.filename, info)
        self._inflated = 0

    def names(self) -> list[str]:
        return list(self._infos)

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def _open(self, name: str) -> BinaryIO:
        info = self._infos[name]
        limits = self.limits
        if info.flag_bits & 0x1:
            raise ArchiveEncrypted(name, member=name)
        cap = min(limits.max_member_bytes, limits.max_total_bytes - self._inflated)
        ratio_cap = max(limits.ratio_floor_bytes, info.compress_size * limits.max_ratio)
        if info.file_size > cap or info.file_size > ratio_cap:
            limit = human_size(min(cap, ratio_cap))
            raise ArchiveTooLarge(name, member=name, limit=limit)
        self._inflated += info.file_size
        try:
            raw = self._zip.open(info)
            if info.file_size > 2 * limits.chunk_bytes:
                return ReadAhead(raw, limits.chunk_bytes)  # type: ignore[return-value]
            return raw
        except NotImplementedError as exc:
            raise ArchiveDamaged(str(exc), member=name) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            raise ArchiveDamaged(str(exc), member=name) from exc

    def close(self) -> None:
        self._zip.close()


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
        return zipfile.ZipFile(path)
    except OSError as exc:
        raise ArchiveUnreadable(exc.strerror or str(exc), path=str(path)) from exc
    except (zipfile.BadZipFile, EOFError, ValueError, OverflowError) as exc:
        if head in _ZIP_MAGIC:
            raise ArchiveTruncated(str(exc), path=str(path)) from exc
        raise NotAZip(str(exc), path=str(path)) from exc


class FolderContainer(Container):
    """An unzipped archive, listed only as deep as its data goes, media folders skipped."""

    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(str(path), limits)
        self._root = path.resolve()

    def names(self) -> list[str]:
        found = []
        for folder, subfolders, files in os.walk(self._root):
            relative = Path(folder).relative_to(self._root).as_posix()
            prefix = "" if relative == "." else relative + "/"
            deep = prefix.count("/") >= _MAX_FOLDER_DEPTH
            subfolders[:] = [] if deep else [d for d in subfolders if not d.endswith(_SKIPPED)]
            found.extend(prefix + name for name in files)
        return found

    def close(self) -> None:
        """Nothing stays open between members of a folder."""

    def _path(self, name: str) -> Path:
        path = (self._root / name).resolve()
        if is_unsafe_name(name) or not path.is_relative_to(self._root):
            raise ArchiveUnsafeName(name, member=name)
        return path

    def size(self, name: str) -> int:
        try:
            return self._path(name).stat().st_size
        except OSError as exc:
            raise ArchiveUnreadable(exc.strerror or str(exc), path=name) from exc

    def _open(self, name: str) -> BinaryIO:
        size = self.size(name)
        if size > self.limits.max_member_bytes:
            raise ArchiveTooLarge(name, member=name, limit=human_size(self.limits.max_member_bytes))
        try:
            return self._path(name).open("rb")
        except OSError as exc:
            raise ArchiveUnreadable(exc.strerror or str(exc), path=name) from exc


def open_container(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Container:
    path = Path(path).expanduser()
    if path.is_dir():
        return FolderContainer(path, limits)
    if not path.exists():
        raise ArchiveNotFound(str(path), path=str(path))
    return ZipContainer(path, limits)
