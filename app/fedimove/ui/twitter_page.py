"""Step 1, "Twitter access": what still works since the 2023 cut, and the next step."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from fedimove.core.overview import Overview, Step
from fedimove.ui.engines import Engines
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice, text_label


class TwitterPage(StepPage):
    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Twitter access"),
            self.tr(
                "In January 2023 Twitter cut off the apps people used to read their follows. "
                "Three ways still work, depending on what you have."
            ),
            parent,
        )
        self.engines = engines
        ways = [
            self.tr("• Your data archive: always works, takes a day or two to arrive."),
            self.tr("• Your own API keys: works if your developer access still allows reading."),
            self.tr("• Your signed-in x.com session in a built-in browser window."),
        ]
        for line in ways:
            self.body.addWidget(text_label(line, self))
        self.state = Notice(
            self.tr(
                "This version of Fedimove reads your follows from your data archive. Checking API "
                "keys and the x.com session are not part of it yet."
            ),
            parent=self,
        )
        self.body.addWidget(self.state)
        row = QHBoxLayout()
        self.archive_button = QPushButton(self.tr("Use my archive (recommended)"), self)
        self.archive_button.setDefault(True)
        self.archive_button.clicked.connect(lambda: self.go_to.emit(int(Step.FOLLOWS)))
        row.addWidget(self.archive_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)

    def update_overview(self, overview: Overview) -> None:
        if overview.following:
            self.state.setText(
                self.tr("Your follows are already imported: %n account(s).", "", overview.following)
            )
