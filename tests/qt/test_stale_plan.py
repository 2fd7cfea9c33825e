"""The Migrate page never shows a stale plan: a refresh asked while the plan (or the blocks and
mutes review) is being read makes exactly one more read at its end, the answer shown is the one
read after the last change, and Follow is enabled by that answer alone."""

from __future__ import annotations

import pytest

from fedimove.core.graph import EdgeKind
from fedimove.jobs import moderation as moderation_jobs
from fedimove.jobs import plan as plan_jobs
from fedimove.store import matches, workspace
from fedimove.ui.migrate_page import MigratePage
from tests.fakes.mastodon import SignedIn
from tests.integration.test_blocks import seed_avoided
from tests.qt.gates import Gate, all_jobs_done, ask_across_a_change, hold_runs, started_jobs
from tests.qt.scene import HOSTS, write_scene
from tests.qt.test_migrate import open_page


def set_review(n: int, review: str | None) -> None:
    """The user accepts or rejects follow n of the scene, as the Matches page saves it."""
    conn = workspace.connect()
    try:
        with workspace.transaction(conn):
            matches.set_review(conn, str(1000 + n), f"user{n}@{HOSTS[n % len(HOSTS)]}", review)
    finally:
        conn.close()


def _hold_plans(monkeypatch: pytest.MonkeyPatch, let_through: int = 0) -> Gate:
    return hold_runs(monkeypatch, plan_jobs.PlanJob, Gate(let_through))


def _refresh_mid_plan(qtbot, page: MigratePage, monkeypatch, change) -> list[object]:  # type: ignore[no-untyped-def]
    """Refresh, change the workspace while that plan is held, refresh twice more: one more
    plan is read, Follow waits for it, and only its answer is announced."""
    gate = _hold_plans(monkeypatch)
    started = started_jobs(monkeypatch)

    def change_while_held() -> None:
        assert not page.start_button.isEnabled()  # the plan shown is being read again
        change()

    shown = ask_across_a_change(qtbot, gate, page.plan_ready, page.prepare, change_while_held)
    assert (started["PlanJob"], gate.runs, gate.most) == (2, 2, 1)
    return shown


def test_a_match_accepted_during_the_plan_is_in_the_plan_shown(
    qtbot,  # type: ignore[no-untyped-def]
    signed_in: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_scene(8)
    page = open_page(qtbot)
    assert page.start_button.text() == "Follow 4 accounts"
    shown = _refresh_mid_plan(qtbot, page, monkeypatch, lambda: set_review(2, "accepted"))
    assert [len(summary.to_send) for summary in shown] == [5]  # the stale answer is dropped
    assert page.start_button.text() == "Follow 5 accounts"
    assert "To follow: 5 accounts" in page.plan_text.text()
    assert page.start_button.isEnabled() and page.refresh_button.isEnabled()


@pytest.mark.parametrize(
    ("before", "change", "enabled"),
    [
        ("rejected", "accepted", True),  # nothing to do, then one: never stuck disabled
        ("accepted", "rejected", False),  # one to do, then nothing: never enabled on stale
    ],
)
def test_follow_is_enabled_by_the_latest_plan_only(
    qtbot,  # type: ignore[no-untyped-def]
    signed_in: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
    before: str,
    change: str,
    enabled: bool,
) -> None:
    write_scene(4)  # 0 confirmed, 1 likely, 2 possible, 3 without an address
    for n in (0, 1):
        set_review(n, "rejected")
    set_review(2, before)
    page = open_page(qtbot)
    assert page.start_button.isEnabled() is (not enabled)
    shown = _refresh_mid_plan(qtbot, page, monkeypatch, lambda: set_review(2, change))
    assert [len(summary.to_send) for summary in shown] == [int(enabled)]
    assert page.start_button.isEnabled() is enabled
    assert page.start_button.isVisible()


def test_a_plan_asked_as_the_last_one_arrives_is_kept_track_of(
    qtbot,  # type: ignore[no-untyped-def]
    signed_in: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Asked between a plan's answer and its job's end (a listener of `plan_ready`), the new
    plan runs, is tracked, and holds Follow disabled until its own answer."""
    write_scene(8)
    page = open_page(qtbot)
    gate = _hold_plans(monkeypatch, let_through=1)
    started = started_jobs(monkeypatch)
    shown: list[object] = []

    def ask_again(summary: object) -> None:
        if not shown:
            set_review(2, "accepted")
            page.prepare()
        shown.append(summary)

    page.plan_ready.connect(ask_again)
    page.prepare()
    qtbot.waitUntil(lambda: gate.running == 1 and gate.runs == 2, timeout=30_000)
    assert page.plan_handle is not None
    assert not page.start_button.isEnabled() and not page.refresh_button.isEnabled()
    page.prepare()  # asked while the second is held: one more after it, not one at once
    assert started["PlanJob"] == 2
    gate.open.set()
    qtbot.waitUntil(lambda: len(shown) == 2 and not page.plan_refresh.busy, timeout=30_000)
    assert [len(summary.to_send) for summary in shown] == [4, 5]
    assert (started["PlanJob"], gate.most) == (3, 1)
    assert page.start_button.isEnabled()


def test_a_refresh_during_the_review_of_blocks_shows_the_review_read_after_it(
    qtbot,  # type: ignore[no-untyped-def]
    signed_in: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_avoided({"troll@piaille.fr": (EdgeKind.BLOCK, "confirmed")})
    page = open_page(qtbot)
    with qtbot.waitSignal(page.moderation.ready, timeout=30_000):
        page.moderation.prepare()
    assert page.moderation.review.rowCount() == 1
    gate = hold_runs(monkeypatch, moderation_jobs.ModerationReviewJob, Gate())
    started = started_jobs(monkeypatch)
    loaded: list[object] = []
    page.moderation.ready.connect(loaded.append)
    page.moderation.opt_in.setChecked(True)
    page.moderation.prepare()
    qtbot.waitUntil(lambda: gate.running == 1, timeout=10_000)
    assert not page.moderation.apply_button.isEnabled()  # the rows shown are being read again
    seed_avoided(
        {
            "troll@piaille.fr": (EdgeKind.BLOCK, "confirmed"),
            "noisy@x.org": (EdgeKind.MUTE, "likely"),
        }
    )
    page.moderation.prepare()
    gate.open.set()
    section = page.moderation
    qtbot.waitUntil(lambda: bool(loaded) and not section.review_refresh.busy, timeout=30_000)
    assert [len(rows) for rows in loaded] == [2]
    assert page.moderation.review.rowCount() == 2
    assert page.moderation.apply_button.isEnabled()
    assert (started["ModerationReviewJob"], gate.most) == (2, 1)


def test_a_refresh_while_blocking_reads_the_review_once_applying_ends(
    qtbot,  # type: ignore[no-untyped-def]
    signed_in: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rows being applied stay as ticked until the end; then the review is read again."""
    signed_in.fake.add_account("troll", "piaille.fr")
    seed_avoided({"troll@piaille.fr": (EdgeKind.BLOCK, "confirmed")})
    page = open_page(qtbot)
    section = page.moderation
    with qtbot.waitSignal(section.ready, timeout=30_000):
        section.prepare()
    section.opt_in.setChecked(True)
    gate = hold_runs(monkeypatch, moderation_jobs.ModerationJob, Gate())
    started = started_jobs(monkeypatch)
    section.apply_button.click()
    qtbot.waitUntil(lambda: gate.running == 1, timeout=10_000)
    section.prepare()  # the overview after a change elsewhere
    section.prepare()
    assert started["ModerationReviewJob"] == 0 and section.review.rowCount() == 1
    with qtbot.waitSignals([section.finished, section.ready], timeout=30_000):
        gate.open.set()
    qtbot.waitUntil(all_jobs_done)
    assert started == {"ModerationJob": 1, "ModerationReviewJob": 1}
    assert signed_in.fake.blocked_accts(signed_in.account.id) == {"troll@piaille.fr"}
    assert section.apply_button.isEnabled()
