"""The Matches page never shows rows older than the last change: reads go one at a time (one
more at the end of a burst), a read overtaken by a decision being saved is read again, and the
saved decisions reach the Migrate page's plan."""

from __future__ import annotations

import pytest

from fedimove.core.overview import Step
from fedimove.jobs import review as review_jobs
from fedimove.ui.engines import Engines
from fedimove.ui.matches_page import MatchesPage
from fedimove.ui.migrate_page import MigratePage
from tests.fakes.mastodon import SignedIn
from tests.qt.gates import Gate, all_jobs_done, ask_across_a_change, hold_runs, started_jobs
from tests.qt.scene import write_scene
from tests.qt.test_stale_plan import set_review
from tests.qt.windows import open_main_window


def _page(qtbot) -> MatchesPage:  # type: ignore[no-untyped-def]
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.reload()
    return page


def _hold_reads(monkeypatch: pytest.MonkeyPatch, *, after: bool = False) -> Gate:
    return hold_runs(monkeypatch, review_jobs.LoadReview, Gate(after=after))


def _accepted(page: MatchesPage) -> set[str]:
    return {row.account_id for row in page.model.rows if row.picked}


def test_reloads_asked_during_a_read_make_one_more_read_and_only_its_rows_show(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_scene(8)
    page = _page(qtbot)
    assert "1002" not in _accepted(page)
    gate = _hold_reads(monkeypatch)
    started = started_jobs(monkeypatch)
    loaded = ask_across_a_change(  # accepted elsewhere (the CLI) while the rows are read
        qtbot, gate, page.rows_loaded, page.reload, lambda: set_review(2, "accepted")
    )
    assert loaded == [8] and "1002" in _accepted(page)
    assert (started["LoadReview"], gate.most) == (2, 1)


def test_a_read_overtaken_by_a_pick_being_saved_does_not_flip_the_pick_back(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_scene(8)
    page = _page(qtbot)
    gate = _hold_reads(monkeypatch, after=True)  # the read is made, its answer held
    loaded: list[int] = []
    page.rows_loaded.connect(loaded.append)
    page.reload()
    qtbot.waitUntil(lambda: gate.running == 1, timeout=10_000)
    possible = next(n for n, row in enumerate(page.model.rows) if row.account_id == "1002")
    page.model.set_picked([possible], True)  # saved after the read above
    qtbot.waitUntil(lambda: not page.saves_pending(), timeout=10_000)
    gate.open.set()
    qtbot.waitUntil(lambda: bool(loaded) and all_jobs_done(), timeout=30_000)
    assert loaded == [8] and "1002" in _accepted(page)
    assert gate.runs == 2


def test_a_match_rejected_on_the_matches_page_leaves_the_plan(
    qtbot,  # type: ignore[no-untyped-def]
    signed_in: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Never follow the wrong person: the plan Follow sends is read after the rejection, and
    read when the Migrate page is shown, not once per decision (each read asks the server)."""
    write_scene(8)
    window = open_main_window(qtbot)
    matches = next(page for page in window.pages if isinstance(page, MatchesPage))
    migrate = next(page for page in window.pages if isinstance(page, MigratePage))
    qtbot.waitUntil(lambda: migrate.summary is not None and bool(matches.model.rows))
    qtbot.waitUntil(all_jobs_done)
    assert migrate.start_button.text() == "Follow 4 accounts"
    window.show_step(int(Step.MATCHES))
    started = started_jobs(monkeypatch)
    confirmed = next(n for n, row in enumerate(matches.model.rows) if row.account_id == "1000")
    with qtbot.waitSignal(window.overview_loaded, timeout=30_000):
        matches.model.set_rejected(confirmed, True)
    qtbot.waitUntil(all_jobs_done)
    assert started["PlanJob"] == 0 and not migrate.start_button.isEnabled()
    window.show_step(int(Step.MIGRATE))
    qtbot.waitUntil(lambda: migrate.start_button.text() == "Follow 3 accounts")
    assert migrate.summary is not None
    assert "1000" not in {follow.twitter_id for follow in migrate.summary.to_send}
    qtbot.waitUntil(migrate.start_button.isEnabled)
    assert started["PlanJob"] == 1
