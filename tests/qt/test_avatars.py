"""Avatars load off the GUI thread through a capped workspace cache; a stalled server waits."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from fedimove.store import avatar_cache
from fedimove.ui.avatar_loader import AvatarLoader
from fedimove.ui.engines import Engines
from fedimove.ui.matches_page import MatchesPage
from tests.fakes.https import FakeNetwork, Request, Response
from tests.qt.review_rows import make_rows


def png(colour: str = "#4f46e5", side: int = 48) -> bytes:
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def avatar_host(fake_network: FakeNetwork) -> Iterator[threading.Event]:
    """pics.example serves /ok.png at once and never answers /stall.png until released."""
    release = threading.Event()

    def serve(request: Request) -> Response:
        if request.path == "/stall.png":
            release.wait(60)
        colour = "#00aa99" if request.path.startswith("/teal") else "#4f46e5"
        return Response(200, png(colour), {"Content-Type": "image/png"})

    fake_network.add(["pics.example"], serve)
    yield release
    release.set()


def test_a_stalled_avatar_server_does_not_hold_the_table(qtbot, avatar_host) -> None:  # type: ignore[no-untyped-def]
    loader = AvatarLoader()
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    page.show()
    started = time.monotonic()
    assert loader.picture("https://pics.example/stall.png") is None  # asked, not awaited
    assert time.monotonic() - started < 0.5
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page._rows_ready(make_rows(300))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(loader.loaded, timeout=10_000) as loaded:
        loader.picture("https://pics.example/ok.png")
    assert loaded.args[0] == "https://pics.example/ok.png"
    assert not loaded.args[1].isNull()
    assert loader.picture("https://pics.example/ok.png") is not None  # now from memory
    assert avatar_cache.get("https://pics.example/ok.png") == png()
    avatar_host.set()
    loader.stop()


def test_a_stopped_loader_waits_for_its_fetches_and_keeps_nothing_after(  # type: ignore[no-untyped-def]
    qtbot, avatar_host
) -> None:
    """A closed window's fetch must not write into a workspace later (the next one opened)."""
    from tests.qt.gates import all_jobs_done

    loader = AvatarLoader()
    loader.picture("https://pics.example/stall.png")
    qtbot.waitUntil(lambda: loader.pool.activeThreadCount() == 1)
    threading.Timer(0.3, avatar_host.set).start()  # the server answers once the window closed
    loader.stop()
    assert loader.pool.activeThreadCount() == 0
    assert avatar_cache.get("https://pics.example/stall.png") is None
    qtbot.waitUntil(all_jobs_done)


def test_the_cache_keeps_under_its_cap_dropping_the_least_recently_used() -> None:
    picture = b"x" * 1000
    for n in range(5):
        url = f"https://pics.example/{n}.png"
        avatar_cache.put(url, picture, cap=3500)
        os.utime(avatar_cache._file(url), (1_000_000 + n, 1_000_000 + n))  # used in this order
    kept = [n for n in range(5) if avatar_cache.get(f"https://pics.example/{n}.png")]
    assert kept == [2, 3, 4]
    assert sum(p.stat().st_size for p in avatar_cache.folder().iterdir()) <= 3500
    avatar_cache.put("https://pics.example/huge.png", b"x" * (avatar_cache.PICTURE_CAP_BYTES + 1))
    assert avatar_cache.get("https://pics.example/huge.png") is None


def test_the_details_pane_shows_both_real_pictures_once_they_arrive(qtbot, avatar_host) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from fedimove.ui.match_details import MatchDetails

    details = MatchDetails()
    qtbot.addWidget(details)
    details.show()
    row = replace(
        make_rows(1)[0],
        twitter_avatar="https://pics.example/teal.png",
        fediverse_avatar="https://pics.example/teal-far.png",
    )
    with qtbot.waitSignal(details.avatars.loaded, timeout=10_000):
        details.show_row(row)
    # The served pictures' colour (no initial is drawn in it), on both sides.
    qtbot.waitUntil(lambda: _centre(details.twitter_picture) == "#00aa99")
    qtbot.waitUntil(lambda: _centre(details.fediverse_picture) == "#00aa99")
    details.avatars.stop()


def _centre(label) -> str:  # type: ignore[no-untyped-def]
    image = label.pixmap().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def test_the_details_pane_says_how_old_each_account_is_and_the_fediverse_bio(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from fedimove.ui.match_details import MatchDetails

    details = MatchDetails()
    qtbot.addWidget(details)
    details.resize(900, 300)
    details.show()
    row = replace(
        next(r for r in make_rows(4) if r.address),
        twitter_since="2009-03-21",
        fediverse_since="2026-11-27",
        fediverse_bio="Official account. <b>Not</b> a parody.",
    )
    details.show_row(row)
    assert details.twitter.text().endswith(" · since March 2009")
    assert details.address.text().endswith(" · since November 2026")
    assert details.fediverse_bio.text() == "Official account. <b>Not</b> a parody."
    assert details.fediverse_bio.textFormat() == Qt.TextFormat.PlainText


def test_a_busy_server_is_asked_again_later_a_missing_picture_never(  # type: ignore[no-untyped-def]
    qtbot, fake_network: FakeNetwork
) -> None:
    from fedimove.ui.avatar_loader import ASK_AGAIN_AFTER

    asked: list[str] = []

    def serve(request: Request) -> Response:
        asked.append(request.path)
        if request.path == "/gone.png":
            return Response(404, b"not found", {"Content-Type": "text/plain"})
        if asked.count(request.path) == 1:
            return Response(503, b"busy", {"Content-Type": "text/plain"})
        return Response(200, png(), {"Content-Type": "image/png"})

    fake_network.add(["busy.example"], serve)
    now = [1000.0]
    loader = AvatarLoader(clock=lambda: now[0])
    busy, gone = "https://busy.example/busy.png", "https://busy.example/gone.png"
    for url in (busy, gone):
        loader.picture(url)
    qtbot.waitUntil(lambda: len(asked) == 2 and not loader._asked)
    assert loader.picture(busy) is None and loader.picture(gone) is None
    assert len(asked) == 2  # a moment later: neither is asked again
    now[0] += ASK_AGAIN_AFTER
    with qtbot.waitSignal(loader.loaded, timeout=10_000) as loaded:
        assert loader.picture(busy) is None
        assert loader.picture(gone) is None
    assert loaded.args[0] == busy
    assert sorted(asked[:2]) == ["/busy.png", "/gone.png"]
    assert asked[2:] == ["/busy.png"]  # the 404 is never asked again


def test_a_big_avatar_is_kept_in_memory_at_the_size_the_screens_draw(  # type: ignore[no-untyped-def]
    qtbot, fake_network: FakeNetwork
) -> None:
    from fedimove.ui.avatar_loader import KEPT_SIDE

    big = png(side=400)
    fake_network.add(
        ["big.example"], lambda request: Response(200, big, {"Content-Type": "image/png"})
    )
    loader = AvatarLoader()
    with qtbot.waitSignal(loader.loaded, timeout=10_000) as loaded:
        loader.picture("https://big.example/400.png")
    assert loaded.args[1].width() == loaded.args[1].height() == KEPT_SIDE
    assert avatar_cache.get("https://big.example/400.png") == big  # the disk keeps the original
