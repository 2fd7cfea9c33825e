"""A migration driven from the GUI against the fake Mastodon, over real HTTPS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fedimove.ui import widgets
from fedimove.ui.engines import Engines
from fedimove.ui.migrate_page import MigratePage
from tests.fakes.mastodon import SignedIn
from tests.qt.scene import HOSTS, write_scene


def open_page(qtbot) -> MigratePage:  # type: ignore[no-untyped-def]
    page = MigratePage(Engines())
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    with qtbot.waitSignal(page.plan_ready, timeout=30_000):
        page.prepare()
    return page


def test_plan_then_follow_then_export(
    qtbot, signed_in: SignedIn, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    fake = signed_in.fake
    write_scene(8)
    sure = [n for n in range(8) if n % 4 in (0, 1)]
    for n in sure:
        fake.add_account(f"user{n}", HOSTS[n % len(HOSTS)])
    page = open_page(qtbot)
    assert page.start_button.isVisible()
    assert page.start_button.text() == "Follow 4 accounts"
    assert "To follow: 4 accounts" in page.plan_text.text()
    assert "Ready to follow from me@home.example." in page.state.label.text()

    with qtbot.waitSignal(page.run_finished, timeout=60_000) as finished:
        page.start_button.click()
        assert page.running(), page.progress_text.text()
        assert page.pause_button.isVisible() and page.stop_button.isVisible()
    assert finished.args[0].counts["followed"] == 4
    assert fake.followed_accts() == {f"user{n}@{HOSTS[n % len(HOSTS)]}" for n in sure}
    assert "Followed: 4" in page.log.toPlainText()
    qtbot.waitUntil(lambda: not page.running())
    assert page.start_button.isVisible() and not page.pause_button.isVisible()

    with qtbot.waitSignal(page.exported, timeout=30_000):
        page.export_to(tmp_path / "export")
    log = page.log.toPlainText()
    assert "Nothing to import into Mastodon" in log and "Merge" not in log
    assert not page.open_folder.isVisible() and not page.open_import.isVisible()


def test_export_offers_the_import_page_and_the_folder(
    qtbot, signed_in: SignedIn, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    write_scene(8)
    for n in range(8):
        signed_in.fake.add_account(f"user{n}", HOSTS[n % len(HOSTS)])
    page = open_page(qtbot)
    opened: list[str] = []
    monkeypatch.setattr(
        widgets.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    with qtbot.waitSignal(page.exported, timeout=30_000) as exported:
        page.export_to(tmp_path / "export")
    result = exported.args[0]
    assert result.following.read_text().startswith("Account address,Show boosts")
    assert "Merge" in page.log.toPlainText()
    qtbot.mouseClick(page.open_import, Qt.MouseButton.LeftButton)
    assert opened == ["https://home.example/settings/imports"]
    qtbot.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)
    assert opened[1] == (tmp_path / "export").as_uri()


def test_not_signed_in_leads_to_the_sign_in_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    write_scene(4)
    page = open_page(qtbot)
    assert page.sign_in_button.isVisible()
    assert not page.start_button.isVisible()
    with qtbot.waitSignal(page.go_to) as go:
        qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert go.args == [2]


def test_a_finished_run_survives_a_language_switch(qtbot, signed_in: SignedIn) -> None:  # type: ignore[no-untyped-def]
    """The log keeps what was written; the plan, the state and the outcome are worded again."""
    from fedimove import i18n
    from tests.qt.languages import english_left, shown_texts

    write_scene(8)
    for n in (0, 1, 4, 5):
        signed_in.fake.add_account(f"user{n}", HOSTS[n % len(HOSTS)])
    page = open_page(qtbot)
    with qtbot.waitSignal(page.plan_ready, timeout=60_000):  # read again after the run
        page.start_button.click()
    qtbot.waitUntil(lambda: not page.running())
    log = page.log.toPlainText()
    assert "Followed: 4" in log and page.progress_text.text() == "Followed: 4"

    i18n.install("fr")
    qtbot.waitUntil(lambda: page.title.text() == "Migrer")
    assert page.log.toPlainText() == log
    assert page.progress_text.text() == "Suivis : 4"
    assert page.state.label.text() == (
        "Plus rien à suivre : chaque correspondance est suivie ou écartée."
    )
    assert "À suivre : 0 compte\n" in page.plan_text.text()
    assert english_left(shown_texts(page, visible_only=True)) == []
