"""Step 1's browser-recording door: a HAR by button or drop, read off the GUI thread."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from fedimove import i18n
from fedimove.ui.engines import Engines
from fedimove.ui.twitter_page import TwitterPage
from tests.fakes.har import Browsing
from tests.fakes.xcom import FakeXCom
from tests.fakes.xcom_data import build_graph

GRAPH = build_graph(following=45, followers=0)


def recording(tmp_path: Path, pages: int = 99) -> Path:
    session = Browsing(FakeXCom(GRAPH))
    session.noise()
    session.call("UserByScreenName", {"screen_name": GRAPH.me.username})
    session.visit_timeline("Following", {"userId": GRAPH.me.id}, pages)
    return session.save(tmp_path / "x.com.har")


def open_page(qtbot) -> TwitterPage:  # type: ignore[no-untyped-def]
    page = TwitterPage(Engines())
    qtbot.addWidget(page)
    page.resize(1040, 900)
    page.show()
    page.other_ways.click()  # the recording is one of the "Other ways"
    return page


def test_a_dropped_recording_is_read_and_said_complete(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    box = page.har_box
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(recording(tmp_path)))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(box.imported, timeout=30_000) as imported, qtbot.waitSignal(page.changed):
        box.dropEvent(drop)
    assert imported.args[0].complete == ["following"]
    assert "45 follows read, complete." in box.result.label.text()
    qtbot.waitUntil(box.import_button.isEnabled)
    _look(page, tmp_path, "har-complete")


def test_a_partial_recording_says_how_to_complete_it_in_french(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    page = open_page(qtbot)
    with qtbot.waitSignal(page.har_box.imported, timeout=30_000):
        page.har_box.import_file(recording(tmp_path, pages=1))
    text = page.har_box.result.label.text()
    assert "20 abonnements lus sur 45" in text and "enregistrez à nouveau" in text
    page.har_box.how_button.click()
    assert page.har_box.steps.isVisible() and "Tout enregistrer" not in text
    _look(page, tmp_path, "har-partial-fr")


def test_a_file_that_is_not_a_recording_gets_one_clear_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    broken = tmp_path / "notes.har"
    broken.write_text("these are my notes")
    with qtbot.waitSignal(page.har_box.failed, timeout=30_000):
        page.har_box.import_file(broken)
    assert "notes.har is not a browser recording (HAR)" in page.har_box.result.label.text()


def _look(page: TwitterPage, tmp_path: Path, name: str) -> None:
    """Saved for a person to look at when FEDIMOVE_LOOK is set (a folder)."""
    folder = os.environ.get("FEDIMOVE_LOOK")
    if folder:
        page.grab().save(str(Path(folder) / f"{name}.png"))
