"""The "Read from x.com" window against the fake x.com, in a real offscreen QtWebEngine."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from fedimove import i18n
from fedimove.core import handles
from fedimove.core.graph import EdgeKind, ListRelation, Me, Profile
from fedimove.jobs.xweb_capture import CaptureSummary
from fedimove.sources.xweb import engine
from fedimove.sources.xweb.pacing import Pace
from fedimove.store import graph, workspace
from fedimove.ui.xweb_window import XWebWindow
from tests.fakes.xcom import FakeXCom
from tests.fakes.xcom_data import build_graph
from tests.qt.xweb.conftest import OFFLINE_HOST

pytestmark = pytest.mark.xweb

# The real rules (1.5–3 s between scrolls, jitter, back-off) at a fiftieth of the time.
FAST = Pace(scale=0.02, stall_after=10.0)
LOGIN = (
    "document.querySelector('input[name=username]').value = 'alice_moves';"
    "document.querySelector('input[name=password]').value = 'correct horse';"
    "document.forms[0].submit(); true"
)


@pytest.fixture
def window(qtbot: QtBot, xcom: FakeXCom, data_dir: Path) -> Iterator[XWebWindow]:
    win = XWebWindow(data_dir, FAST)
    qtbot.addWidget(win)
    win.show()
    yield win
    # The page, then its profile, must be gone before the next test makes its own.
    with qtbot.waitSignal(win.profile.destroyed, timeout=20_000):
        win.close()


def sign_in(qtbot: QtBot, window: XWebWindow) -> None:
    """What the user does in the embedded page: fill in x.com's own sign-in form."""
    qtbot.waitUntil(lambda: on_login_form(window), timeout=20_000)
    with qtbot.waitSignal(window.page.loadFinished, timeout=20_000):
        window.page.runJavaScript(LOGIN, 0, lambda _result: None)
    qtbot.waitUntil(lambda: window.start_button.isEnabled(), timeout=20_000)


def on_login_form(window: XWebWindow) -> bool:
    return window.page.url().path() == "/i/flow/login" and not window.page.isLoading()


def read(qtbot: QtBot, window: XWebWindow, timeout: int = 90_000) -> CaptureSummary:
    with qtbot.waitSignal(window.captured, timeout=timeout) as captured:
        window.start_button.click()
    qtbot.waitUntil(lambda: not window.running)
    return captured.args[0]


def connect() -> sqlite3.Connection:
    return workspace.connect()


def test_reads_2000_follows_three_lists_and_merges_with_the_archive(
    qtbot: QtBot, window: XWebWindow, xcom: FakeXCom
) -> None:
    fake = xcom.graph
    available = [a for a in fake.following if not a.unavailable]
    # An archive import of the same account came first: ids only, and one it no longer follows.
    conn = connect()
    with workspace.transaction(conn):
        graph.save_me(conn, Me(fake.me.id, fake.me.username))
        graph.replace_edges(
            conn, EdgeKind.FOLLOWING, "archive", [a.id for a in available[:1500]] + ["777"]
        )
    conn.close()

    sign_in(qtbot, window)
    assert "@alice_moves" in window.account_label.text()
    window.followers_box.setChecked(True)
    summary = read(qtbot, window)

    assert summary.captured["following"] == 2000
    assert summary.captured["followers"] == 150
    assert summary.unavailable == 3
    conn = connect()
    xweb_following = {
        r[0]
        for r in conn.execute(
            "SELECT account_id FROM edges WHERE kind = 'following' AND source = 'xweb'"
        )
    }
    assert xweb_following == {a.id for a in available}
    # Merged: one row per account, archive edges kept, archive-only ids got full profiles.
    assert graph.counts(conn).following == 2001
    assert all(graph.profile(conn, a.id).username == a.username for a in available[:1500])
    for account in available[:50]:
        stored = graph.profile(conn, account.id)
        assert stored == Profile(
            id=account.id,
            username=account.username,
            display_name=account.name,
            bio=_expanded_bio(account),
            bio_urls=tuple(expanded for _short, expanded in account.bio_links),
            website=account.website,
            location=account.location or None,
            protected=account.protected,
            source="xweb",
            avatar_url="https://pbs.twimg.com/profile_images/1/avatar_normal.jpg",
            created_at="2009-04-21",
        )
    lists = {lst.key: lst for lst in graph.lists(conn)}
    assert set(lists) == {lst.id for lst in fake.lists}
    for fake_list in fake.lists:
        stored_list = lists[fake_list.id]
        assert stored_list.name == fake_list.name
        assert stored_list.description == fake_list.description
        assert set(stored_list.members or ()) == {m.id for m in fake_list.members}
    assert lists[fake.lists[2].id].relation is ListRelation.SUBSCRIBED
    assert lists[fake.lists[0].id].relation is ListRelation.CREATED
    # Matching finds each published address in what was read (bio and its expanded links).
    for account_id, address in fake.fediverse.items():
        if account_id not in xweb_following:
            continue
        profile = graph.profile(conn, account_id)
        found = {f.handle.key for f in handles.in_text(profile.bio or "", profile.bio_urls)}
        assert found == {address.lower()}, profile
        assert graph.texts_of(conn, account_id)[0].text == profile.bio
    conn.close()


def _expanded_bio(account) -> str | None:
    bio = account.bio
    for short, expanded in account.bio_links:
        bio = bio.replace(short, expanded)
    return bio or None


def test_a_changed_site_stops_with_a_clear_message_and_claims_nothing(
    qtbot: QtBot, window: XWebWindow, xcom: FakeXCom
) -> None:
    xcom.variant = "changed"
    sign_in(qtbot, window)
    with qtbot.waitSignal(window.failed, timeout=60_000):
        qtbot.keyClick(window.start_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "x.com has changed" in window.status_label.text()
    # What x.com sent is shown as text, never rendered as markup (issue 17).
    assert window.status_label.textFormat() == Qt.TextFormat.PlainText
    assert window.account_label.textFormat() == Qt.TextFormat.PlainText
    conn = connect()
    assert (
        conn.execute("SELECT count(*) FROM xweb_runs WHERE status = 'complete'").fetchone()[0] == 0
    )
    assert graph.counts(conn).following == 0
    conn.close()


def test_stop_rate_limit_and_continue_reads_everything_once(
    qtbot: QtBot, window: XWebWindow, xcom: FakeXCom
) -> None:
    window.lists_box.setChecked(False)
    xcom.rate_limited_calls = {6}
    sign_in(qtbot, window)
    window.start_button.click()
    qtbot.waitUntil(lambda: xcom.graphql_calls >= 12, timeout=60_000)
    window.stop_button.click()
    qtbot.waitUntil(lambda: not window.running, timeout=20_000)
    assert "Stopped" in window.status_label.text()
    conn = connect()
    partial = graph.counts(conn).following
    assert 0 < partial < 2000
    assert conn.execute("SELECT status FROM xweb_runs").fetchall()[0][0] == "running"
    conn.close()
    first_run = len(xcom.pages)

    summary = read(qtbot, window)
    assert summary.captured["following"] == 2000
    conn = connect()
    assert graph.counts(conn).following == 2000
    assert conn.execute("SELECT count(*), max(status) FROM xweb_runs").fetchone()[:] == (
        1,
        "complete",
    )
    conn.close()
    # The second run asked x.com for the page after the last one read, not for page one.
    continued = [offset for op, offset in xcom.pages[first_run:] if op == "Following"]
    assert continued[0] >= partial
    assert set(continued) == set(range(continued[0], len(xcom.graph.following), 20))


def test_a_language_switch_retranslates_the_open_window_and_keeps_the_choices(
    qtbot: QtBot, window: XWebWindow
) -> None:
    window.lists_box.setChecked(False)
    window.followers_box.setChecked(True)
    sign_in(qtbot, window)
    i18n.install("fr")
    qtbot.waitUntil(lambda: window.start_button.text() == "Démarrer la lecture")
    assert window.account_label.text() == "Connecté à x.com en tant que @alice_moves."
    assert (window.lists_box.isChecked(), window.followers_box.isChecked()) == (False, True)
    assert window.start_button.isEnabled()
    i18n.install("en")
    qtbot.waitUntil(lambda: window.start_button.text() == "Start reading")
    assert window.account_label.text() == "Signed in to x.com as @alice_moves."


def test_forget_sign_in_deletes_the_profile_folder(
    qtbot: QtBot, window: XWebWindow, data_dir: Path
) -> None:
    sign_in(qtbot, window)
    marker = engine.profile_dir(data_dir) / "left-by-the-old-session"
    marker.write_text("x")
    with qtbot.waitSignal(window.forgotten, timeout=30_000) as forgotten:
        window.forget_now()
    assert forgotten.args == [True]
    assert not marker.exists()
    qtbot.waitUntil(lambda: on_login_form(window), timeout=20_000)
    assert not window.start_button.isEnabled()
    assert "Not signed in" in window.account_label.text()


def test_when_the_data_cannot_be_read_the_rendered_cells_are(
    qtbot: QtBot, window: XWebWindow, xcom: FakeXCom
) -> None:
    """x.com renamed its API operations: the accounts shown on the page are read instead."""
    xcom.graph = build_graph(following=150, followers=0)
    xcom.variant = "renamed"
    window.pace = Pace(scale=0.02, stall_after=3.0)
    window.lists_box.setChecked(False)
    sign_in(qtbot, window)
    summary = read(qtbot, window)
    assert summary.complete == ["following"]
    conn = connect()
    assert graph.counts(conn).following == 150
    mentioned = next(
        a for a in xcom.graph.following if a.id in xcom.graph.fediverse and "@" in a.bio
    )
    profile = graph.profile(conn, mentioned.id)
    assert profile.username == mentioned.username and profile.bio == mentioned.bio
    assert {f.handle.key for f in handles.in_text(profile.bio)} == {
        xcom.graph.fediverse[mentioned.id]
    }
    conn.close()


def test_no_network_is_said_plainly_and_try_again_recovers(
    qtbot: QtBot, window: XWebWindow
) -> None:
    qtbot.waitUntil(lambda: on_login_form(window), timeout=20_000)
    window.page.load(QUrl(f"https://{OFFLINE_HOST}/home"))
    qtbot.waitUntil(lambda: window.showing_problem, timeout=20_000)
    assert "x.com cannot be reached" in window.problem.label.text()
    assert window.retry_button.isVisible() and not window.back_button.isVisible()
    window.retry_button.click()
    qtbot.waitUntil(lambda: on_login_form(window) and not window.showing_problem, timeout=20_000)
    _look(window, "xweb-offline-recovered")


def test_googles_refusal_is_explained_with_what_works_instead(
    qtbot: QtBot, window: XWebWindow
) -> None:
    qtbot.waitUntil(lambda: on_login_form(window), timeout=20_000)
    window.page.load(QUrl("https://accounts.google.com/o/oauth2/auth?client_id=x"))
    qtbot.waitUntil(lambda: window.showing_problem, timeout=20_000)
    text = window.problem.label.text()
    assert "Google does not allow signing in inside apps" in text and "(HAR)" in text
    assert window.back_button.isVisible()
    _look(window, "xweb-google-refused")
    window.back_button.click()
    qtbot.waitUntil(lambda: on_login_form(window) and not window.showing_problem, timeout=20_000)


def test_the_window_fits_a_small_laptop_and_closes_with_escape(
    qtbot: QtBot, xcom: FakeXCom, data_dir: Path
) -> None:
    window = XWebWindow(data_dir, FAST)
    qtbot.addWidget(window)
    window.show()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40
    screen = window.screen().availableSize()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert window.close_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.profile.destroyed, timeout=20_000):
        qtbot.keyClick(window.close_button, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_blocked_and_muted_are_extra_choices_read_from_the_settings_pages(
    qtbot: QtBot, window: XWebWindow, xcom: FakeXCom
) -> None:
    assert not window.blocked_box.isChecked() and not window.muted_box.isChecked()
    sign_in(qtbot, window)
    for box in (window.following_box, window.lists_box):
        box.setChecked(False)
    window.blocked_box.setChecked(True)
    window.muted_box.setChecked(True)
    summary = read(qtbot, window)
    assert summary.complete == ["blocked", "muted"]
    assert summary.captured["blocked"] == len(xcom.graph.blocked)
    assert summary.captured["muted"] == len(xcom.graph.muted)


def _look(window: XWebWindow, name: str) -> None:
    folder = os.environ.get("FEDIMOVE_LOOK")
    if folder:
        window.grab().save(str(Path(folder) / f"{name}.png"))
