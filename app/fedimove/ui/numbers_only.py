"""The notice shown while follows are known only by number, with the way to their usernames.

An archive often holds only account numbers (the real 2022-11 sample: 652 follows, 0
usernames); matching cannot look those up. The Your follows and Matches screens both say so
and offer the Twitter access screen, where x.com, a browser recording and API keys read them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from fedimove.core.overview import Overview, Step
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice


def add_numbers_only(page: StepPage) -> tuple[Notice, QPushButton]:
    """The notice and its button, added to the page's body (hidden until needed)."""
    notice = Notice(kind="warning", parent=page)
    button = QPushButton(page)
    page.show_text(
        button.setText, lambda: QCoreApplication.translate("NumbersOnly", "Read usernames…")
    )
    button.clicked.connect(lambda: page.go_to.emit(int(Step.TWITTER)))
    notice.layout().addWidget(button)
    notice.hide()
    page.body.addWidget(notice)
    return notice, button


def show_numbers_only(page: StepPage, notice: Notice, button: QWidget, overview: Overview) -> None:
    """Shown while some follows are known only by number, worded again on a language switch."""
    unknown = overview.known_by_number
    notice.setVisible(unknown > 0)
    button.setVisible(unknown > 0)
    if unknown:
        page.show_text(notice.setText, lambda: _numbers_only_text(overview))


def _numbers_only_text(overview: Overview) -> str:
    unknown = overview.known_by_number
    ways = QCoreApplication.translate(
        "NumbersOnly",
        "Read them from x.com, import a browser recording, or use API keys.",
    )
    if unknown == overview.following:
        known = QCoreApplication.translate(
            "NumbersOnly", "Your archive knows these accounts only by number."
        )
    else:
        known = QCoreApplication.translate(
            "NumbersOnly", "Your archive knows {count} of these accounts only by number."
        ).format(count=unknown)
    return f"{known} {ways}"
