"""Follows known only by number: the Your follows and Matches screens say what fills them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fedimove.core.overview import Overview, Step
from fedimove.ui.engines import Engines
from fedimove.ui.follows_page import FollowsPage
from fedimove.ui.matches_page import MatchesPage

ALL_NUMBERS = (
    "Your archive knows these accounts only by number. Read them from x.com, import a "
    "browser recording, or use API keys."
)


@pytest.mark.parametrize("page_class", [FollowsPage, MatchesPage])
def test_numbers_only_follows_say_what_is_missing_with_a_button(qtbot, page_class) -> None:  # type: ignore[no-untyped-def]
    page = page_class(Engines())
    qtbot.addWidget(page)
    page.show()
    page.update_overview(Overview({"following": 652, "resolved_usernames": 0}))
    assert page.numbers_only.isVisible()
    assert page.numbers_only.label.text() == ALL_NUMBERS
    with qtbot.waitSignal(page.go_to) as asked:
        qtbot.mouseClick(page.read_usernames_button, Qt.MouseButton.LeftButton)
    assert asked.args == [int(Step.TWITTER)]

    page.update_overview(Overview({"following": 652, "resolved_usernames": 640}))
    assert page.numbers_only.label.text().startswith(
        "Your archive knows 12 of these accounts only by number."
    )
    page.update_overview(Overview({"following": 652, "resolved_usernames": 652}))
    assert page.numbers_only.isHidden() and page.read_usernames_button.isHidden()


def test_a_file_the_archive_lacks_is_not_zero_on_your_follows(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = FollowsPage(Engines())
    qtbot.addWidget(page)
    page.update_overview(
        Overview({"following": 3, "followers": None, "missing_files": ["data/follower.js"]})
    )
    assert page.figure_labels["followers"].text() == "—"
    assert page.figure_captions["followers"].text() == "followers (not in this archive)"
    page.update_overview(Overview({"following": 3, "followers": 0}))
    assert page.figure_labels["followers"].text() == "0"
    assert page.figure_captions["followers"].text() == "followers"
