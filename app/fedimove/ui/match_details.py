"""The review's details pane: who this is on both sides, the evidence, and the decisions."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fedimove.core.handles import ELSEWHERE_URLS
from fedimove.core.review import ELSEWHERE_NETWORKS, Decision, ReviewRow, Standing
from fedimove.ui.avatar_loader import AvatarLoader
from fedimove.ui.avatars import initials_pixmap, round_pixmap
from fedimove.ui.icons import icon
from fedimove.ui.labels import (
    confidence_meaning,
    confidence_text,
    evidence_text,
    plain_tooltip,
    status_text,
    unproven_text,
)
from fedimove.ui.widgets import Retranslating, heading, open_url, text_label

FACE_SIZE = 32


class MatchDetails(Retranslating, QWidget):
    """Shows one row; `rejected(bool)` asks the table to mark or unmark "not this person"."""

    rejected = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: ReviewRow | None = None
        self.below = False
        self.avatars = AvatarLoader(self)
        self.avatars.loaded.connect(self._picture_arrived)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.columns.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout()
        self.columns.addLayout(layout, 3)
        faces = QHBoxLayout()
        layout.addLayout(faces)
        self.twitter_face, self.twitter_picture = self._face(faces)
        self.name = heading("", self, size=1.1)
        self.twitter = text_label("", self)
        self.bio = self._bio_label()
        for label in (self.name, self.twitter, self.bio):
            self.twitter_face.addWidget(label)
        self.fediverse_face, self.fediverse_picture = self._face(faces)
        self.fediverse_name = heading("", self, size=1.1)
        self.address = text_label("", self)
        self.fediverse_bio = self._bio_label()
        for label in (self.fediverse_name, self.address, self.fediverse_bio):
            self.fediverse_face.addWidget(label)
        badge_row = QHBoxLayout()
        self.badge = QLabel(self)
        badge_row.addWidget(self.badge)
        self.confidence = text_label("", self)
        badge_row.addWidget(self.confidence, 1)
        layout.addLayout(badge_row)
        self.status = text_label("", self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        evidence = QVBoxLayout()
        self.columns.addLayout(evidence, 2)
        self.evidence_title = text_label("", self)
        evidence.addWidget(self.evidence_title)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setReadOnly(True)
        self.evidence.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        evidence.addWidget(self.evidence, 1)
        buttons = QVBoxLayout()
        self.columns.addLayout(buttons)
        self.open_profile = QPushButton(icon("open-external"), "", self)
        self.open_profile.clicked.connect(self._open_profile)
        self.open_twitter = QPushButton(icon("open-external"), "", self)
        self.open_twitter.clicked.connect(self._open_twitter)
        self.reject = QPushButton(icon("reject"), "", self)
        self.reject.setCheckable(True)
        self.reject.clicked.connect(lambda: self.rejected.emit(self.reject.isChecked()))
        for button in (self.open_profile, self.open_twitter, self.reject):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Match details"))
        self.bio.setAccessibleName(self.tr("Twitter bio"))
        self.address.setAccessibleName(self.tr("Fediverse address"))
        self.fediverse_bio.setAccessibleName(self.tr("Fediverse bio"))
        self.evidence_title.setText(self.tr("Evidence"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.open_profile.setText(self.tr("Open the profile"))
        self.open_twitter.setText(self.tr("Open on X"))
        self.reject.setText(self.tr("Not this person"))
        self.reject.setToolTip(self.tr("Fedimove will not follow this address for this account."))
        self.show_row(self.row)  # every word about the row shown is worded from the row again
        super().retranslate()

    def _face(self, faces: QHBoxLayout) -> tuple[QVBoxLayout, QLabel]:
        """One side of the comparison: its picture above its name, handle and words."""
        column = QVBoxLayout()
        picture = QLabel(self)
        column.addWidget(picture)
        faces.addLayout(column, 1)
        return column, picture

    def set_below(self, below: bool) -> None:
        """Below the table the pane is wide and short: who, evidence and buttons side by side."""
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if below else QBoxLayout.Direction.TopToBottom
        )
        margins = (0, 8, 0, 0) if below else (12, 0, 0, 0)
        self.columns.setContentsMargins(*margins)
        self.below = below
        self.show_row(self.row)

    def show_row(self, row: ReviewRow | None) -> None:
        self.row = row
        self.setEnabled(row is not None)
        if row is None:
            for label in (
                self.name,
                self.twitter,
                self.bio,
                self.fediverse_name,
                self.address,
                self.fediverse_bio,
                self.confidence,
                self.status,
            ):
                label.setText("")
            self.name.setText(self.tr("Choose a row to see its evidence."))
            self.badge.clear()
            self.twitter_picture.clear()
            self.fediverse_picture.clear()
            self.evidence.setPlainText("")
            return
        self.name.setText(row.display_name or row.username or row.account_id)
        self.twitter.setText(
            (
                self.tr("On Twitter: @%1").replace("%1", row.username)
                if row.username
                else self.tr("On Twitter: account #%1 (username not known yet)").replace(
                    "%1", row.account_id
                )
            )
            + self._since(row.twitter_since)
        )
        self.bio.setText(row.bio or "")
        self.bio.setVisible(bool(row.bio) and not self.below)  # short of height: in the tooltip
        self.name.setToolTip(plain_tooltip(row.bio or ""))
        self._show_faces(row)
        self.address.setText(
            "\n".join(
                (
                    self._address_text(row)
                    + (self._since(row.fediverse_since) if row.address else ""),
                    *self._also_on(row),
                )
            )
        )
        self.fediverse_bio.setText(row.fediverse_bio or "")
        self.fediverse_bio.setVisible(bool(row.fediverse_bio) and not self.below)
        self.fediverse_name.setToolTip(plain_tooltip(row.fediverse_bio or ""))
        self.badge.setPixmap(
            icon(f"confidence-{row.confidence.value}").pixmap(
                QSize(16, 16), self.devicePixelRatioF()
            )
        )
        meaning = confidence_meaning(row.confidence)
        self.confidence.setToolTip(meaning)
        self.confidence.setText(
            confidence_text(row.confidence)
            if self.below  # short of height: the meaning goes to the tooltip
            else f"{confidence_text(row.confidence)} — {meaning}"
        )
        self.status.setText(self.tr("Status: %1").replace("%1", status_text(row.status)))
        warning = unproven_text(row.evidence, row.username)
        reasons = [evidence_text(item) for item in row.evidence]
        self.evidence.setPlainText(
            "\n\n".join([warning, *reasons] if warning else reasons)
            or self.tr("No evidence recorded.")
        )
        self.open_profile.setEnabled(row.profile_link is not None)
        self.reject.setEnabled(row.address is not None)
        self.reject.setChecked(row.decision is Decision.REJECT)

    def _show_faces(self, row: ReviewRow) -> None:
        """Both sides' names and pictures next to each other, for a person to compare.

        The real pictures replace the initials when they arrive; one that never comes leaves
        the initials, and never holds the table up.
        """
        twitter_name = row.display_name or row.username or ""
        self._face_picture(self.twitter_picture, row.twitter_avatar, twitter_name)
        self.fediverse_name.setText(row.fediverse_name or "")
        self.fediverse_name.setVisible(bool(row.fediverse_name))
        if row.address:
            far_name = row.fediverse_name or row.address
            self._face_picture(self.fediverse_picture, row.fediverse_avatar, far_name)
        else:
            self.fediverse_picture.clear()

    def _face_picture(self, label: QLabel, url: str | None, name: str) -> None:
        ratio = self.devicePixelRatioF()
        picture = self.avatars.picture(url)
        if picture is not None:
            label.setPixmap(round_pixmap(picture, FACE_SIZE, ratio))
        else:
            label.setPixmap(initials_pixmap(name, FACE_SIZE, ratio))

    def _picture_arrived(self, url: str, picture: QPixmap) -> None:
        row = self.row
        if row is None:
            return
        ratio = self.devicePixelRatioF()
        if url == row.twitter_avatar:
            self.twitter_picture.setPixmap(round_pixmap(picture, FACE_SIZE, ratio))
        if url == row.fediverse_avatar and row.address:
            self.fediverse_picture.setPixmap(round_pixmap(picture, FACE_SIZE, ratio))

    def _bio_label(self) -> QLabel:
        """A bio under a face: plain text, muted, at most three lines."""
        label = text_label("", self)
        label.setStyleSheet("color: #4b5563;")
        label.setMaximumHeight(3 * label.fontMetrics().lineSpacing())
        return label

    def _since(self, day: str | None) -> str:
        """ " · since March 2009": how old an account is tells an impostor from the person."""
        date = QDate.fromString(day or "", Qt.DateFormat.ISODate)
        if not date.isValid():
            return ""
        return " · " + self.tr("since %1").replace("%1", QLocale().toString(date, "MMMM yyyy"))

    def _address_text(self, row: ReviewRow) -> str:
        if row.address:
            return self.tr("On the fediverse: %1").replace("%1", row.address)
        if row.elsewhere and row.standing is Standing.ON_BLUESKY:
            return self.tr(
                "On Bluesky: %1, not bridged to the fediverse, so Mastodon cannot follow it. "
                "Open the profile to follow it on Bluesky."
            ).replace("%1", row.elsewhere)
        if row.elsewhere and row.standing is Standing.ON_THREADS:
            return self.tr(
                "On Threads: %1, not shared with the fediverse, so Mastodon cannot follow it. "
                "Open the profile to follow it on Threads."
            ).replace("%1", row.elsewhere)
        return self.tr("On the fediverse: no address found")

    def _also_on(self, row: ReviewRow) -> list[str]:
        """Where else the person went, beyond what the first line says: a possible match to
        review does not hide that they are on Bluesky or Threads too."""
        told = 0 if row.address or row.standing not in ELSEWHERE_NETWORKS else 1
        also = {
            "bluesky": self.tr("Also on Bluesky: %1, not bridged to the fediverse (%2)."),
            "threads": self.tr("Also on Threads: %1, not shared with the fediverse (%2)."),
        }
        lines = []
        for network, handle in row.places[told:]:
            url = ELSEWHERE_URLS[network].format(handle)
            lines.append(also[network].replace("%1", handle).replace("%2", url))
        return lines

    def _open_profile(self) -> None:
        if self.row and self.row.profile_link:
            open_url(self.row.profile_link)

    def _open_twitter(self) -> None:
        if self.row:
            open_url(self.row.twitter_url)
