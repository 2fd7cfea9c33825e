"""The match review: models checked by Qt's model tester, filters, picks, details, decisions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from fedimove.core.review import Confidence, Decision, Evidence, ReviewFilter, ReviewRow, Standing
from fedimove.store import workspace
from fedimove.ui import widgets
from fedimove.ui.engines import Engines
from fedimove.ui.match_details import MatchDetails
from fedimove.ui.match_model import ROW_ROLE, Column, MatchFilterProxy, MatchTableModel
from fedimove.ui.matches_page import MatchesPage
from tests.qt.review_rows import make_rows
from tests.qt.scene import write_scene


def models(count: int = 40) -> tuple[MatchTableModel, MatchFilterProxy]:
    model = MatchTableModel()
    proxy = MatchFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(make_rows(count))
    return model, proxy


def test_models_pass_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, proxy = models()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_tooltips_show_untrusted_names_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A display name `<b>Person</b>` is text, not markup, in the tooltip too (issue 17)."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    model, _proxy = models()
    tip = model.data(model.index(0, Column.TWITTER), Qt.ItemDataRole.ToolTipRole)
    shown = tip
    if GuiQt.mightBeRichText(tip):
        document = QTextDocument()
        document.setHtml(tip)
        shown = document.toPlainText()
    assert "<b>Person</b> 0" in shown


def test_model_tester_through_sorting_filtering_and_picking(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, proxy = models()
    qtmodeltester.check(proxy, force_py=True)
    persistent = proxy.index(3, Column.TWITTER)
    account = proxy.data(persistent, Qt.ItemDataRole.DisplayRole)
    kept = QPersistentModelIndex(persistent)
    proxy.sort(Column.TWITTER, Qt.SortOrder.DescendingOrder)
    assert proxy.data(kept, Qt.ItemDataRole.DisplayRole) == account
    proxy.set_filter(ReviewFilter(search="user1"))
    model.set_picked(proxy.visible_source_rows(), True)
    model.set_rows(make_rows(12))


def test_sorting_is_done_once_by_the_source(qtbot) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models(40)
    proxy.sort(Column.CONFIDENCE, Qt.SortOrder.AscendingOrder)
    ranks = [proxy.index(n, Column.CONFIDENCE).data() for n in range(proxy.rowCount())]
    assert ranks[:10] == ["Confirmed"] * 10
    assert ranks[-10:] == ["No address"] * 10
    proxy.sort(Column.ADDRESS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.ADDRESS).data() == "—"


def open_page(qtbot, count: int = 40) -> MatchesPage:  # type: ignore[no-untyped-def]
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.model.set_rows(make_rows(count))
    page.apply_filter()
    return page


def test_filters_search_and_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    assert "Showing 40 of 40." in page.counts.text()
    assert "14 accounts will be followed." in page.counts.text()
    page.confidence_filter.setCurrentIndex(page.confidence_filter.findData(Confidence.POSSIBLE))
    assert page.proxy.rowCount() == 10
    page.status_filter.setCurrentIndex(page.status_filter.findData(Standing.MOVED))
    assert {page.proxy.index(n, Column.STATUS).data() for n in range(page.proxy.rowCount())} == {
        "Moved"
    }
    page.status_filter.setCurrentIndex(0)
    page.confidence_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "USER3")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 11)  # user3, user30…user39
    assert "Showing 11 of 40." in page.counts.text()


def test_follow_all_shown_picks_only_what_is_visible(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    page.confidence_filter.setCurrentIndex(page.confidence_filter.findData(Confidence.POSSIBLE))
    with qtbot.waitSignal(page.model.decisions_made) as made:
        qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    picked_ids = {account for account, _address, decision in made.args[0]}
    assert all(decision is Decision.PICK for _a, _b, decision in made.args[0])
    possible_to_follow = {
        r.account_id for r in page.model.rows if r.confidence is Confidence.POSSIBLE and r.pickable
    }
    assert picked_ids == possible_to_follow
    assert "21 accounts will be followed." in page.counts.text()


def test_decisions_reach_the_workspace_and_survive_a_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    write_scene(8)
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.reload()
    rows = {r.username: r for r in page.model.rows}
    assert rows["user0"].confidence is Confidence.CONFIRMED
    assert rows["user3"].address is None
    assert any("find me" in e.snippet for e in rows["user0"].evidence)
    page.confidence_filter.setCurrentIndex(page.confidence_filter.findData(Confidence.POSSIBLE))
    page.pick_visible(True)
    page.confidence_filter.setCurrentIndex(page.confidence_filter.findData(Confidence.CONFIRMED))
    page.pick_visible(False)
    qtbot.waitUntil(lambda: not page.saves_pending())
    conn = workspace.connect()
    reviews = dict(conn.execute("SELECT account_id, review FROM matches WHERE review IS NOT NULL"))
    conn.close()
    assert reviews == {
        "1002": "accepted",
        "1006": "accepted",
        "1000": "rejected",
        "1004": "rejected",
    }
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.reload()
    rows = {r.username: r for r in page.model.rows}
    assert rows["user2"].picked and not rows["user0"].picked
    assert rows["user0"].status is Standing.REJECTED
    assert rows["user1"].picked


def test_details_show_evidence_as_plain_text_and_reject_is_remembered(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        widgets.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    page = open_page(qtbot)
    page.table.setFocus()
    page.table.selectRow(0)
    row = page.details.row
    assert row is not None
    assert isinstance(page.details.evidence, QPlainTextEdit)
    evidence = page.details.evidence.toPlainText()
    assert evidence.startswith("the account published this address — Twitter bio: <a href=")
    for label in (page.details.name, page.details.twitter, page.details.address):
        assert label.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(page.details.open_profile, Qt.MouseButton.LeftButton)
    assert opened == [row.profile_link]
    with qtbot.waitSignal(page.model.decisions_made) as made:
        qtbot.mouseClick(page.details.reject, Qt.MouseButton.LeftButton)
    assert made.args[0] == [(row.account_id, row.address, Decision.REJECT)]
    assert row.status is Standing.REJECTED
    assert not row.picked
    page.table.setFocus()
    with qtbot.waitSignal(page.model.decisions_made) as made:
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert made.args[0] == [(row.account_id, row.address, None)]
    assert row.status is not Standing.REJECTED


def test_space_toggles_the_follow_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    page.table.setFocus()
    index = page.proxy.index(0, Column.FOLLOW)
    page.table.setCurrentIndex(index)
    before = index.data(Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(page.model.decisions_made):
        qtbot.keyClick(page.table.viewport(), Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) != before
    assert page.model.rowCount(QModelIndex()) == 40


def test_a_match_resting_on_claims_says_so_in_plain_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    details = MatchDetails()
    qtbot.addWidget(details)
    claims = (
        Evidence("link_back", "fediverse_field", "Twitter: twitter.com/anna"),
        Evidence("same_username", "probe", "anna@mastodon.social"),
    )
    row = ReviewRow(
        "1", "anna", "Anna", "anna@mastodon.social", Confidence.POSSIBLE, Standing.TO_FOLLOW, claims
    )
    details.show_row(row)
    assert details.evidence.toPlainText().startswith(
        "Says it is @anna on Twitter; nothing on Twitter confirms it.\n\n"
    )
    proven = (Evidence("published", "bio", "@anna@mastodon.social"), *claims)
    details.show_row(
        ReviewRow(
            "1",
            "anna",
            "Anna",
            "anna@mastodon.social",
            Confidence.CONFIRMED,
            Standing.TO_FOLLOW,
            proven,
        )
    )
    assert "nothing on Twitter" not in details.evidence.toPlainText()


def test_reading_websites_is_one_click_off_and_says_what_it_contacts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fedimove.ui import settings as ui_settings

    page = open_page(qtbot, count=4)
    assert page.websites.isChecked()
    assert "contacts those websites too" in page.websites.toolTip()
    qtbot.mouseClick(page.websites, Qt.MouseButton.LeftButton)
    assert not ui_settings.read_websites()
    again = MatchesPage(page.engines)
    qtbot.addWidget(again)
    assert not again.websites.isChecked()


def test_accounts_on_bluesky_or_threads_have_their_own_status(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [
        ReviewRow(
            "1",
            "solo",
            "Solo",
            None,
            Confidence.NONE,
            Standing.ON_BLUESKY,
            places=(("bluesky", "solo.bsky.social"),),
        ),
        ReviewRow(
            "2",
            "shy",
            "Shy",
            None,
            Confidence.NONE,
            Standing.ON_THREADS,
            places=(("threads", "private.one"),),
        ),
    ]
    model = MatchTableModel()
    model.set_rows(rows)
    texts = [
        (model.data(model.index(n, Column.ADDRESS)), model.data(model.index(n, Column.STATUS)))
        for n in range(2)
    ]
    assert texts == [
        ("solo.bsky.social", "On Bluesky — not bridged"),
        ("private.one", "On Threads — not shared"),
    ]
    assert not any(
        model.flags(model.index(n, Column.FOLLOW)) & Qt.ItemFlag.ItemIsUserCheckable
        for n in range(2)
    )
    details = MatchDetails()
    qtbot.addWidget(details)
    details.show_row(rows[0])
    assert details.address.text().startswith("On Bluesky: solo.bsky.social, not bridged")
    assert details.open_profile.isEnabled() and not details.reject.isEnabled()
    assert rows[1].profile_link == "https://www.threads.net/@private.one"
    proxy = MatchFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ReviewFilter(standings=frozenset({Standing.ON_THREADS})))
    assert proxy.rowCount() == 1


def test_space_and_down_work_through_hundreds_without_the_mouse(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, count=400)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, Column.TWITTER))  # not on the box itself
    pickable = [n for n in range(page.proxy.rowCount()) if _row(page, n).pickable]
    before = {n: _row(page, n).picked for n in pickable}
    for _ in range(page.proxy.rowCount()):
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == page.proxy.rowCount() - 1
    assert all(_row(page, n).picked is not before[n] for n in pickable)
    assert len(pickable) > 100


def test_tab_goes_search_filters_table_details_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot)
    page.table.selectRow(0)
    page.search.setFocus()
    seen = []
    for _ in range(10):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    details = page.details
    expected = [page.search, page.confidence_filter, page.status_filter, page.table]
    assert seen[:4] == expected
    order = [w for w in seen if w in (details.evidence, details.open_profile, page.select_all)]
    assert order[0] is details.evidence and order[-1] is page.select_all


def _row(page: MatchesPage, n: int) -> ReviewRow:
    return page.proxy.index(n, 0).data(ROW_ROLE)


def test_details_put_both_faces_side_by_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    details = MatchDetails()
    qtbot.addWidget(details)
    details.resize(900, 300)
    details.show()
    row = make_rows(4)[2]
    row.bio = "Astronomer in Lyon"
    row.fediverse_name = "Inès (astro)"
    details.show_row(row)
    assert details.bio.text() == "Astronomer in Lyon"
    assert details.fediverse_name.text() == "Inès (astro)"
    twitter, fediverse = details.twitter_picture, details.fediverse_picture
    assert not twitter.pixmap().isNull() and not fediverse.pixmap().isNull()
    assert twitter.geometry().right() < fediverse.geometry().left()  # side by side
    assert twitter.geometry().top() == fediverse.geometry().top()
    details.resize(300, 500)  # a narrow pane: one face above the other
    qtbot.waitUntil(lambda: twitter.geometry().bottom() < fediverse.geometry().top())
    assert twitter.geometry().left() == fediverse.geometry().left()
