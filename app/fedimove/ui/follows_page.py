"""Step 2, "Your follows": whose follows the workspace holds, a preview, the figures, and the
archive import wizard."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fedimove.core.graph import Profile
from fedimove.core.overview import Overview, Step
from fedimove.jobs.qt_runner import JobHandle, OneAtATime
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.avatars import initials_pixmap
from fedimove.ui.engines import Engines
from fedimove.ui.flow_layout import FlowLayout
from fedimove.ui.icons import icon
from fedimove.ui.numbers_only import add_numbers_only, show_numbers_only
from fedimove.ui.step_page import StepPage
from fedimove.ui.widgets import Notice, heading, text_label

PREVIEW_SIZE = 8  # accounts shown by name; the rest are counted
FIGURES = ("following", "followers", "lists", "resolved_usernames")


def _name(username: str | None, display_name: str | None) -> str:
    handle = f"@{username}" if username else ""
    return f"{display_name}  {handle}" if display_name else handle


class FollowsPage(StepPage):
    """`preview_loaded` fires once the preview shows the workspace's accounts (tests wait)."""

    preview_loaded = Signal(int)

    def step_title(self) -> str:
        return self.tr("Your follows")

    def step_intro(self) -> str:
        return self.tr(
            "Fedimove needs the list of accounts you follow on Twitter. Your Twitter data "
            "archive has it, even now that Twitter's API is closed."
        )

    def __init__(self, engines: Engines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines = engines
        self.wizard: ArchiveWizard | None = None
        self._preview_for: tuple[object, ...] | None = None
        self.preview_refresh = OneAtATime(self._preview_job)
        self.overview = Overview()
        self._owner_account: Mapping[str, Any] | None = None
        self._preview_rest = 0
        self.preview_more: QLabel | None = None
        self._owner_row()
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(28)
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_captions: dict[str, QLabel] = {}
        for column, key in enumerate(FIGURES):
            number = heading("–", self, size=2.0)
            self.figure_labels[key] = number
            self.figures.addWidget(number, 0, column)
            self.figure_captions[key] = text_label("", self)
            self.figures.addWidget(self.figure_captions[key], 1, column)
        self.body.addLayout(self.figures)
        self.numbers_only, self.read_usernames_button = add_numbers_only(self)
        self.preview_title = text_label("", self)
        self.body.addWidget(self.preview_title)
        self.preview = FlowLayout(spacing=8)
        self.body.addLayout(self.preview)
        self.empty = Notice(parent=self)
        self.body.addWidget(self.empty)
        row = QHBoxLayout()
        self.import_button = QPushButton(icon("step-follows"), "")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.open_wizard)
        row.addWidget(self.import_button)
        self.api_button = QPushButton(self)
        self.api_button.clicked.connect(lambda: self.go_to.emit(int(Step.TWITTER)))
        row.addWidget(self.api_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.go_to.emit(int(Step.MASTODON)))
        self.body.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.owner_caption.setText(
            self.tr("This workspace holds the follows of this Twitter account.")
        )
        self.empty.setText(self.tr("Nothing imported yet. Start with your Twitter archive."))
        self.api_button.setText(self.tr("Use Twitter access instead"))
        self.next_button.setText(self.tr("Next: your Mastodon account"))
        self._word_overview()
        self._word_owner()
        self._word_preview()
        super().retranslate()

    def _word_overview(self) -> None:
        """The figures' captions and the import button, from the last overview."""
        overview = self.overview
        captions = {
            "following": self.tr("accounts you follow"),
            "followers": self.tr("followers"),
            "lists": self.tr("lists"),
            "resolved_usernames": self.tr("usernames known"),
        }
        for key, label in self.figure_labels.items():
            # None after a read: the archive has no such file — "not in this archive", never
            # 0. None before any read is only "not known yet" (the figures are hidden then).
            absent = (
                not overview.nothing_read
                and key in overview.status
                and overview.status[key] is None
            )
            caption = captions[key]
            if absent:
                caption = self.tr("%1 (not in this archive)").replace("%1", caption)
            label.setAccessibleName(caption)
            self.figure_captions[key].setText(caption)
        self.import_button.setText(
            self.tr("Import a newer archive…")
            if overview.following > 0
            else self.tr("Import your archive…")
        )

    def _word_preview(self) -> None:
        self.preview_title.setText(self.tr("Among them:"))
        if self.preview_more is not None:
            self.preview_more.setText(self.tr("and %n more", "", self._preview_rest))

    def _owner_row(self) -> None:
        self.owner = QWidget(self)
        row = QHBoxLayout(self.owner)
        row.setContentsMargins(0, 0, 0, 0)
        self.owner_avatar = QLabel(self.owner)
        row.addWidget(self.owner_avatar)
        texts = QVBoxLayout()
        self.owner_name = heading("", self.owner, size=1.2)
        texts.addWidget(self.owner_name)
        self.owner_caption = text_label("", self.owner)
        texts.addWidget(self.owner_caption)
        row.addLayout(texts, 1)
        self.owner.hide()
        self.body.addWidget(self.owner)

    def _show_owner(self, account: object) -> None:
        """The @account (and its picture) whose data this is: never mix two people's follows."""
        if not isinstance(account, Mapping):
            self._owner_account = None
            self.owner.hide()
            return
        self._owner_account = account
        username, display_name = account.get("username"), account.get("display_name")
        self.owner_avatar.setPixmap(
            initials_pixmap(display_name or username or "", 48, self.devicePixelRatioF())
        )
        self._word_owner()
        self.owner.show()

    def _word_owner(self) -> None:
        account = self._owner_account
        if account is None:
            return
        username, display_name = account.get("username"), account.get("display_name")
        name = _name(username, display_name) or self.tr("Account #%1").replace(
            "%1", str(account.get("id"))
        )
        self.owner_name.setText(name)
        self.owner_name.setAccessibleName(name)

    def _load_preview(self, overview: Overview) -> None:
        """Read the preview again when what it is made of changed: whose follows, how many,
        how many have a name. One read at a time, one more at its end when asked meanwhile;
        only the latest read is shown (never another account's, or a count's, from before)."""
        account = overview.status.get("account")
        key = (
            account.get("id") if isinstance(account, Mapping) else None,
            overview.following,
            overview.count("resolved_usernames"),
        )
        if key == self._preview_for:
            return
        self._preview_for = key
        self.preview_refresh.request()

    def _preview_job(self) -> JobHandle:
        from fedimove.jobs.overview import LoadFollowsPreview

        following = self.overview.following
        handle = JobHandle(LoadFollowsPreview(PREVIEW_SIZE))
        handle.signals.succeeded.connect(lambda profiles: self._show_preview(profiles, following))
        return handle

    def _show_preview(self, profiles: list[Profile], following: int) -> None:
        if self.preview_refresh.superseded:
            return
        while (item := self.preview.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        for profile in profiles:
            self.preview.addWidget(self._chip(profile))
        self._preview_rest = following - len(profiles)
        self.preview_more = None
        if profiles and self._preview_rest > 0:  # "and 652 more" alone would follow nothing
            self.preview_more = text_label("", self)
            self.preview.addWidget(self.preview_more)
        self._word_preview()
        self.preview_title.setVisible(bool(profiles))
        self.preview_loaded.emit(len(profiles))

    def _chip(self, profile: Profile) -> QWidget:
        chip = QWidget(self)
        chip.setObjectName("chip")
        chip.setStyleSheet("QWidget#chip { background: #f3f4f6; border-radius: 12px; }")
        row = QHBoxLayout(chip)
        row.setContentsMargins(4, 3, 10, 3)
        picture = QLabel(chip)
        picture.setPixmap(
            initials_pixmap(
                profile.display_name or profile.username or "", 22, self.devicePixelRatioF()
            )
        )
        row.addWidget(picture)
        row.addWidget(text_label(_name(profile.username, profile.display_name), chip, wrap=False))
        return chip

    def update_overview(self, overview: Overview) -> None:
        self.overview = overview
        for key, label in self.figure_labels.items():
            absent = key in overview.status and overview.status[key] is None
            label.setText("—" if absent else str(overview.count(key)))
            label.setVisible(not overview.nothing_read)
            self.figure_captions[key].setVisible(not overview.nothing_read)
        self._word_overview()
        imported = overview.following > 0
        show_numbers_only(self, self.numbers_only, self.read_usernames_button, overview)
        self._show_owner(overview.status.get("account") if imported else None)
        self._load_preview(overview)
        self.empty.setVisible(not imported)
        self.next_button.setVisible(imported)

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
