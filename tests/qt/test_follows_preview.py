"""The Your follows preview is read again when what it is made of changes (names learnt for a
numbers-only archive, another account's archive of the same size), one read at a time, and
only the latest read is shown."""

from __future__ import annotations

import pytest

from fedimove.core.graph import EdgeKind, Me, Profile
from fedimove.core.overview import Overview
from fedimove.jobs import overview as overview_jobs
from fedimove.store import graph, status, workspace
from fedimove.ui.engines import Engines
from fedimove.ui.follows_page import FollowsPage
from tests.qt.gates import Gate, all_jobs_done, hold_runs, started_jobs

IDS = [str(2000 + n) for n in range(4)]


def _names_known(count: int) -> Overview:
    """Four follows of @ada, the first `count` with their names; the overview read after."""
    conn = workspace.connect()
    try:
        with workspace.transaction(conn):
            graph.save_me(conn, Me("1", "ada", "Ada"))
            graph.upsert_profiles(
                conn,
                [Profile(i, f"friend{n}", f"Friend {n}") for n, i in enumerate(IDS[:count])],
            )
            graph.replace_edges(conn, EdgeKind.FOLLOWING, "archive", IDS)
        return Overview(status.collect(conn))
    finally:
        conn.close()


def _chips(page: FollowsPage) -> int:
    return sum(
        1
        for n in range(page.preview.count())
        if (item := page.preview.itemAt(n)) is not None
        and item.widget() is not None
        and item.widget() is not page.preview_more
    )


def test_names_learnt_during_a_preview_read_show_once_it_is_read_again(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = FollowsPage(Engines())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_loaded, timeout=10_000) as first:
        page.update_overview(_names_known(0))  # a numbers-only archive: nobody to name yet
    assert first.args == [0]
    gate = hold_runs(monkeypatch, overview_jobs.LoadFollowsPreview, Gate())
    started = started_jobs(monkeypatch)
    shown: list[int] = []
    page.preview_loaded.connect(shown.append)
    page.update_overview(_names_known(2))  # same count of follows, two names now known
    qtbot.waitUntil(lambda: gate.running == 1, timeout=10_000)
    page.update_overview(_names_known(4))
    page.update_overview(_names_known(4))  # a refresh with nothing new: no read
    gate.open.set()
    qtbot.waitUntil(lambda: bool(shown) and all_jobs_done(), timeout=30_000)
    assert shown == [4] and _chips(page) == 4
    assert (started["LoadFollowsPreview"], gate.most) == (2, 1)


def test_a_numbers_only_archive_shows_no_lone_and_n_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    """With nobody named there is no preview, so "and 4 more" would follow nothing."""
    page = FollowsPage(Engines())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_loaded, timeout=10_000):
        page.update_overview(_names_known(0))
    assert page.preview_more is None and page.preview.count() == 0
    with qtbot.waitSignal(page.preview_loaded, timeout=10_000):
        page.update_overview(_names_known(2))
    assert page.preview_more is not None and page.preview_more.text() == "and 2 more"


def test_before_any_import_no_figure_claims_what_the_archive_lacks(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Nothing read yet is not "not in this archive" (there is no archive) and not 0."""
    page = FollowsPage(Engines())
    qtbot.addWidget(page)
    page.show()
    conn = workspace.connect()
    page.update_overview(Overview(status.collect(conn)))
    conn.close()
    assert not any(label.isVisible() for label in page.figure_labels.values())
    assert not any(
        caption.isVisible() or "archive" in caption.text()
        for caption in page.figure_captions.values()
    )
    assert page.empty.isVisible()
