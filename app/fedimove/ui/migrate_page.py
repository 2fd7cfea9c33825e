"""Step 5, "Migrate": the plan, the paced follows, and the final report."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fedimove.ui.engines import Engines
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice


class MigratePage(StepPage):
    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Migrate"),
            self.tr(
                "Fedimove follows your matches on Mastodon, at the pace your server allows. You "
                "can pause, close the app, and continue later: nobody is followed twice."
            ),
            parent,
        )
        self.engines = engines
        self.body.addWidget(
            Notice(
                self.tr("Following on Mastodon is not part of this version of Fedimove yet."),
                parent=self,
            )
        )
        self.body.addStretch(1)
