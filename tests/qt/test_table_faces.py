"""Small faces in the Matches table: initials at once, pictures for the rows on screen only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from fedimove.core.review import ReviewRow
from fedimove.ui.engines import Engines
from fedimove.ui.match_model import Column
from fedimove.ui.matches_page import MatchesPage
from tests.fakes.https import FakeNetwork, Request, Response
from tests.qt.review_rows import make_rows
from tests.qt.test_avatars import png

SERVED = "#00aa99"  # no initial is drawn in this colour


@dataclass
class AvatarServer:
    """pics.example: holds every answer until `release` is set; counts what was asked."""

    release: threading.Event = field(default_factory=threading.Event)
    asked: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def serve(self, request: Request) -> Response:
        with self.lock:
            self.asked.append(request.path)
        self.release.wait(60)
        return Response(200, png(SERVED), {"Content-Type": "image/png"})

    def paths(self) -> set[str]:
        with self.lock:
            return set(self.asked)


@pytest.fixture
def avatar_server(fake_network: FakeNetwork) -> Iterator[AvatarServer]:
    server = AvatarServer()
    fake_network.add(["pics.example"], server.serve)
    yield server
    server.release.set()


def with_avatars(rows: list[ReviewRow]) -> list[ReviewRow]:
    return [
        replace(
            row,
            twitter_avatar=f"https://pics.example/t{row.account_id}.png",
            fediverse_avatar=f"https://pics.example/f{row.account_id}.png",
        )
        for row in rows
    ]


def centre(decoration: object) -> str:
    assert isinstance(decoration, QPixmap) and not decoration.isNull()
    image = decoration.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def face(page: MatchesPage, row_number: int, column: Column) -> object:
    return page.proxy.index(row_number, column).data(Qt.ItemDataRole.DecorationRole)


def on_screen(page: MatchesPage) -> list[tuple[int, ReviewRow]]:
    """The rows the table shows (proxy row number, row), measured here, not by the page."""
    table = page.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = page.proxy.rowCount() - 1 if last < 0 else last
    return [
        (n, page.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 1))
        for n in range(first, last + 1)
    ]


def all_served(page: MatchesPage) -> bool:
    return all(
        centre(face(page, number, Column.TWITTER)) == SERVED
        and (not row.address or centre(face(page, number, Column.ADDRESS)) == SERVED)
        for number, row in on_screen(page)
    )


def paths_of(rows: list[tuple[int, ReviewRow]]) -> set[str]:
    return {
        url.removeprefix("https://pics.example")
        for _, row in rows
        for url in (row.twitter_avatar, row.fediverse_avatar if row.address else None)
        if url
    }


def test_faces_come_for_the_rows_on_screen_and_a_stalled_server_holds_nothing(  # type: ignore[no-untyped-def]
    qtbot, avatar_server
) -> None:
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    page.resize(1040, 680)
    page.show()
    qtbot.waitExposed(page)
    started = time.monotonic()
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page._rows_ready(with_avatars(make_rows(400)))
    top = on_screen(page)
    assert 5 < len(top) < 60
    # Placeholders at once, while the server holds every answer.
    for number, row in top:
        assert centre(face(page, number, Column.TWITTER)) != SERVED
        if row.address:
            assert centre(face(page, number, Column.ADDRESS)) != SERVED
        else:
            assert face(page, number, Column.ADDRESS) is None
    assert time.monotonic() - started < 2
    qtbot.waitUntil(lambda: len(avatar_server.paths()) >= 4)  # the fetches are under way

    # Scrolling does not wait for the stalled server.
    page.table.setFocus()
    for _ in range(5):
        before = time.monotonic()
        qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
        assert time.monotonic() - before < 0.5
    middle = on_screen(page)
    assert middle[0][0] > top[-1][0]
    assert centre(face(page, middle[0][0], Column.TWITTER)) != SERVED

    repainted: list[tuple[int, int, int]] = []
    page.model.dataChanged.connect(
        lambda first, last, _roles: repainted.append((first.row(), last.row(), last.column()))
    )
    avatar_server.release.set()
    for number, row in middle:
        qtbot.waitUntil(lambda n=number: centre(face(page, n, Column.TWITTER)) == SERVED)
        if row.address:
            qtbot.waitUntil(lambda n=number: centre(face(page, n, Column.ADDRESS)) == SERVED)
    assert repainted and all(first == last for first, last, _ in repainted)  # one row each
    assert {column for _, _, column in repainted} == {Column.TWITTER, Column.ADDRESS}

    # Only rows that were on screen were fetched; rows never scrolled to never were.
    asked = avatar_server.paths()
    assert asked <= paths_of(top) | paths_of(middle) | _passed_through(page, top, middle)
    bottom = [
        (n, page.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 1)) for n in range(300, 400)
    ]
    assert not asked & paths_of(bottom)
    assert len(avatar_server.asked) == len(asked)  # each picture asked once
    page.stop_jobs()
    for loader in (page.faces.loader, page.details.avatars):  # none lands in the next test
        assert loader.pool.waitForDone(10_000)


def _passed_through(
    page: MatchesPage, top: list[tuple[int, ReviewRow]], middle: list[tuple[int, ReviewRow]]
) -> set[str]:
    """The rows between the first screen and the last one, shown for a moment while paging."""
    rows = [
        (n, page.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 1))
        for n in range(top[-1][0], middle[0][0])
    ]
    return paths_of(rows)


def test_a_picture_already_fetched_is_painted_at_once_from_memory(qtbot, avatar_server) -> None:  # type: ignore[no-untyped-def]
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    page.resize(1040, 680)
    page.show()
    avatar_server.release.set()
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page._rows_ready(with_avatars(make_rows(40)))
    qtbot.waitUntil(lambda: all_served(page))  # the rows on screen once the layout settled
    asked = len(avatar_server.asked)
    assert set(avatar_server.asked) == paths_of(on_screen(page))
    page._rows_ready(with_avatars(make_rows(40)))  # reloaded: from memory, nothing fetched
    assert centre(face(page, 0, Column.TWITTER)) == SERVED
    page.faces.fetch_visible()
    assert len(avatar_server.asked) == asked
    page.stop_jobs()


def test_rows_passed_with_the_arrow_keys_leave_no_queue_in_the_details(  # type: ignore[no-untyped-def]
    qtbot, avatar_server
) -> None:
    from fedimove.ui.match_details import MatchDetails

    details = MatchDetails()
    qtbot.addWidget(details)
    details.show()
    rows = [row for row in with_avatars(make_rows(200)) if row.address]
    for row in rows:
        details.show_row(row)  # a stalled server: every fetch waits
    qtbot.waitUntil(lambda: len(avatar_server.paths()) == 4)  # the loader's 4 threads
    avatar_server.release.set()
    last = rows[-1]
    qtbot.waitUntil(lambda: centre(details.twitter_picture.pixmap()) == SERVED)
    qtbot.waitUntil(lambda: centre(details.fediverse_picture.pixmap()) == SERVED)
    assert details.avatars.pool.waitForDone(10_000)
    asked = avatar_server.paths()
    assert {f"/t{last.account_id}.png", f"/f{last.account_id}.png"} <= asked
    assert len(asked) == 6, asked  # the 4 already on their way and the row shown; none between
