"""Stopping a run that waits for the server's daily limit says how to go on, in plain words."""

from __future__ import annotations

from tests.fakes.mastodon import SignedIn
from tests.qt.scene import HOSTS, write_scene
from tests.qt.test_migrate import open_page


def test_stop_while_waiting_says_which_button_continues(qtbot, signed_in: SignedIn) -> None:  # type: ignore[no-untyped-def]
    fake = signed_in.fake
    write_scene(8)
    for n in range(8):
        fake.add_account(f"user{n}", HOSTS[n % len(HOSTS)])
    fake.follow_limiter.limit = 1  # the day's follows are used up after the first
    page = open_page(qtbot)
    page.start_button.click()
    qtbot.waitUntil(lambda: page._waiting_until is not None, timeout=30_000)
    with qtbot.waitSignal(page.run_finished, timeout=30_000):
        page.stop_button.click()
    assert page.progress_text.text() == (
        "Stopped. What was done is kept; press Follow to go on where it stopped."
    )
    assert len(fake.followed_accts()) == 1
