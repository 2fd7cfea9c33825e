"""Step 4, "Matches": who is who on the fediverse, with the evidence, for review."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fedimove.ui.engines import Engines
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice


class MatchesPage(StepPage):
    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Matches"),
            self.tr(
                "For each account you follow, Fedimove looks for its fediverse address and "
                "shows how sure it is and why. Check the ones marked “possible”."
            ),
            parent,
        )
        self.engines = engines
        self.body.addWidget(
            Notice(
                self.tr("Finding matches is not part of this version of Fedimove yet."),
                parent=self,
            )
        )
        self.body.addStretch(1)
