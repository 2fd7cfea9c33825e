"""Step 3, "Mastodon account": the server, the browser sign-in, the account and its budget."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fedimove.core.overview import Overview
from fedimove.ui.engines import Engines
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice


class MastodonPage(StepPage):
    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Mastodon account"),
            self.tr(
                "Sign in to the Mastodon server where you want to follow people. You sign in on "
                "your server's own page, in your browser: Fedimove never sees your password."
            ),
            parent,
        )
        self.engines = engines
        self.state = Notice(
            self.tr("Signing in to Mastodon is not part of this version of Fedimove yet."),
            parent=self,
        )
        self.body.addWidget(self.state)
        self.body.addStretch(1)

    def update_overview(self, overview: Overview) -> None:
        if overview.mastodon_account:
            self.state.setText(self.tr("Signed in as %1.").replace("%1", overview.mastodon_account))
