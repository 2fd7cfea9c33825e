"""Step 2, "Your follows": what was imported, and the archive import wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from fedimove.core.overview import Overview, Step
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.engines import Engines
from fedimove.ui.icons import icon
from fedimove.ui.numbers_only import add_numbers_only, show_numbers_only
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice, heading, text_label


class FollowsPage(StepPage):
    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your follows"),
            self.tr(
                "Fedimove needs the list of accounts you follow on Twitter. Your Twitter data "
                "archive has it, even now that Twitter's API is closed."
            ),
            parent,
        )
        self.engines = engines
        self.wizard: ArchiveWizard | None = None
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(28)
        self.figure_labels: dict[str, QLabel] = {}
        captions = {
            "following": self.tr("accounts you follow"),
            "followers": self.tr("followers"),
            "lists": self.tr("lists"),
            "resolved_usernames": self.tr("usernames known"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            number = heading("–", self, size=2.0)
            number.setAccessibleName(caption)
            self.figure_labels[key] = number
            self.figures.addWidget(number, 0, column)
            self.figures.addWidget(text_label(caption, self), 1, column)
        self.body.addLayout(self.figures)
        self.numbers_only, self.read_usernames_button = add_numbers_only(self)
        self.empty = Notice(
            self.tr("Nothing imported yet. Start with your Twitter archive."), parent=self
        )
        self.body.addWidget(self.empty)
        row = QHBoxLayout()
        self.import_button = QPushButton(icon("step-follows"), self.tr("Import your archive…"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.open_wizard)
        row.addWidget(self.import_button)
        self.api_button = QPushButton(self.tr("Use Twitter access instead"), self)
        self.api_button.clicked.connect(lambda: self.go_to.emit(int(Step.TWITTER)))
        row.addWidget(self.api_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.next_button = QPushButton(self.tr("Next: your Mastodon account"), self)
        self.next_button.clicked.connect(lambda: self.go_to.emit(int(Step.MASTODON)))
        self.body.addWidget(self.next_button)
        self.body.addStretch(1)

    def update_overview(self, overview: Overview) -> None:
        for key, label in self.figure_labels.items():
            label.setText(str(overview.count(key)))
        imported = overview.following > 0
        show_numbers_only(self.numbers_only, self.read_usernames_button, overview)
        self.empty.setVisible(not imported)
        self.next_button.setVisible(imported)
        self.import_button.setText(
            self.tr("Import a newer archive…") if imported else self.tr("Import your archive…")
        )

    def open_wizard(self, *, skip_request: bool = False) -> ArchiveWizard:
        self.wizard = ArchiveWizard(self.engines.archive_importer, self.window())
        if skip_request:
            self.wizard.start_at_choice()
        self.wizard.imported.connect(lambda _summary: self.changed.emit())
        self.wizard.open()
        return self.wizard

    def busy(self) -> bool:
        return self.wizard is not None and self.wizard.isVisible()

    def stop_jobs(self) -> None:
        if self.wizard is not None:
            self.wizard.scan_page.stop()
