"""What every step screen shares: a header, a body, and signals to the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fedimove.core.overview import Overview
from fedimove.ui.widgets import heading, text_label


class StepPage(QWidget):
    """A screen of the guided flow. `go_to` asks for another step; `changed` for a refresh."""

    go_to = Signal(int)
    changed = Signal()

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.setSpacing(14)
        self.title = heading(title, self)
        outer.addWidget(self.title)
        self.intro = text_label(intro, self)
        self.intro.setStyleSheet("color: #4b5563;")
        outer.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)

    def update_overview(self, overview: Overview) -> None:
        """New figures from the workspace; pages show what concerns them."""

    def busy(self) -> bool:
        """True while a job this page started is running."""
        return False

    def stop_jobs(self) -> None:
        """Ask this page's running jobs to stop at their next checkpoint (the window closes)."""
