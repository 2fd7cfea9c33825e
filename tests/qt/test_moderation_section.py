"""The Migrate screen's opt-in blocks and mutes (issue 15), against the fake Mastodon."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fedimove.core.graph import EdgeKind
from fedimove.ui.engines import Engines
from fedimove.ui.migrate_page import MigratePage
from fedimove.ui.moderation_section import ModerationSection
from tests.fakes.mastodon import SignedIn
from tests.integration.test_blocks import seed_avoided


def open_section(qtbot) -> ModerationSection:  # type: ignore[no-untyped-def]
    section = ModerationSection()
    qtbot.addWidget(section)
    section.show()
    with qtbot.waitSignal(section.ready, timeout=30_000):
        section.prepare()
    return section


def test_off_by_default_reviewable_and_applied_once_ticked(qtbot, signed_in: SignedIn) -> None:  # type: ignore[no-untyped-def]
    fake = signed_in.fake
    for user, domain in (("troll", "piaille.fr"), ("maybe", "example.org"), ("noisy", "x.org")):
        fake.add_account(user, domain)
    seed_avoided(
        {
            "troll@piaille.fr": (EdgeKind.BLOCK, "confirmed"),
            "maybe@example.org": (EdgeKind.BLOCK, "possible"),
            "noisy@x.org": (EdgeKind.MUTE, "likely"),
        }
    )
    section = open_section(qtbot)
    assert section.isVisible()
    assert not section.opt_in.isChecked()
    assert section.opt_in.text() == (
        "Also block 1 and mute 1 accounts you blocked/muted on Twitter, "
        "where they are on the fediverse"
    )
    assert not section.review.isVisible() and not section.apply_button.isVisible()
    section.opt_in.setChecked(True)
    assert section.review.isVisible() and section.apply_button.isVisible()
    ticks = {
        section.review.item(row, 2).text(): section.review.item(row, 0).checkState()
        for row in range(section.review.rowCount())
    }
    assert ticks == {
        "troll@piaille.fr": Qt.CheckState.Checked,
        "maybe@example.org": Qt.CheckState.Unchecked,
        "noisy@x.org": Qt.CheckState.Checked,
    }
    troll = next(
        row
        for row in range(section.review.rowCount())
        if section.review.item(row, 2).text() == "troll@piaille.fr"
    )
    why = section.review.item(troll, 4)
    assert why.text() == "the account published this address"
    assert "(Twitter bio): @troll@piaille.fr" in why.toolTip()
    with qtbot.waitSignal(section.finished, timeout=60_000) as finished:
        section.apply_button.click()
    assert finished.args[0].counts  # a summary, not an error
    assert fake.blocked_accts(signed_in.account.id) == {"troll@piaille.fr"}
    assert fake.muted_accts(signed_in.account.id) == {"noisy@x.org": True}
    assert fake.followed_accts() == set()
    assert "Blocked: 1" in section.result.text() and "Muted: 1" in section.result.text()

    maybe = next(
        row
        for row in range(section.review.rowCount())
        if section.review.item(row, 2).text() == "maybe@example.org"
    )
    section.review.item(maybe, 0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(section.finished, timeout=60_000):
        section.apply_button.click()
    assert fake.blocked_accts(signed_in.account.id) == {"troll@piaille.fr", "maybe@example.org"}


def test_hidden_when_nothing_was_blocked_or_muted_and_part_of_the_migrate_page(
    qtbot, signed_in: SignedIn
) -> None:  # type: ignore[no-untyped-def]
    page = MigratePage(Engines())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.moderation.ready, timeout=30_000):
        page.moderation.prepare()
    assert not page.moderation.isVisible()
