"""What every step screen shares: a header, a body, and signals to the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fedimove.core.overview import Overview
from fedimove.ui.widgets import Retranslating, heading, text_label


class StepPage(Retranslating, QWidget):
    """A screen of the guided flow. `go_to` asks for another step; `changed` for a refresh.

    Its title and intro come from `step_title()` and `step_intro()`, asked again on every
    language switch (the sidebar and the View menu ask too).
    """

    go_to = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.setSpacing(14)
        self.title = heading("", self)
        outer.addWidget(self.title)
        self.intro = text_label("", self)
        self.intro.setStyleSheet("color: #4b5563;")
        outer.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)
        self._word_header()

    def step_title(self) -> str:
        raise NotImplementedError

    def step_intro(self) -> str:
        raise NotImplementedError

    def _word_header(self) -> None:
        title = self.step_title()
        self.setAccessibleName(title)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.intro.setText(self.step_intro())

    def retranslate(self) -> None:
        self._word_header()
        super().retranslate()

    def update_overview(self, overview: Overview) -> None:
        """New figures from the workspace; pages show what concerns them."""

    def busy(self) -> bool:
        """True while a job this page started is running."""
        return False

    def stop_jobs(self) -> None:
        """Ask this page's running jobs to stop at their next checkpoint (the window closes)."""
