"""The review's details pane: who this is on both sides, the evidence, and the decisions."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap, QResizeEvent
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
from fedimove.ui.elided_label import ElidedLabel
from fedimove.ui.icons import icon
from fedimove.ui.labels import (
    confidence_meaning,
    confidence_text,
    evidence_text,
    status_text,
    unproven_text,
)
from fedimove.ui.widgets import Retranslating, open_url, text_label

FACE_SIZE = 32
FACES_SIDE_BY_SIDE_FROM = 440  # who-column width from which the two faces sit side by side


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
        self.who = layout = QVBoxLayout()
        self.columns.addLayout(layout, 3)
        layout.setSpacing(4)
        self.faces = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.faces.setSpacing(4)
        layout.addLayout(self.faces)
        self.twitter_face, self.twitter_picture = self._face(self.faces)
        self.name = self._name_label()
        self.twitter = ElidedLabel(self)
        self.bio = self._bio_label()
        for label in (self.name, self.twitter, self.bio):
            self.twitter_face.addWidget(label)
        self.fediverse_face, self.fediverse_picture = self._face(self.faces)
        self.fediverse_name = self._name_label()
        self.address = ElidedLabel(self)
        self.fediverse_bio = self._bio_label()
        for label in (self.fediverse_name, self.address, self.fediverse_bio):
            self.fediverse_face.addWidget(label)
        self.verdict = QWidget(self)  # the confidence: under the faces, or atop the evidence
        badge_row = QHBoxLayout(self.verdict)
        badge_row.setContentsMargins(0, 0, 0, 0)
        self.badge = QLabel(self)
        badge_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.confidence = text_label("", self)
        badge_row.addWidget(self.confidence, 1)
        layout.addWidget(self.verdict)
        self.status = text_label("", self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.evidence_column = evidence = QVBoxLayout()
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

    def _face(self, faces: QBoxLayout) -> tuple[QVBoxLayout, QLabel]:
        """One side of the comparison: its picture beside its name, handle and words."""
        side = QHBoxLayout()
        picture = QLabel(self)
        picture.setFixedSize(FACE_SIZE, FACE_SIZE)
        side.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(0)  # lines of one face, as in a paragraph
        side.addLayout(column, 1)
        faces.addLayout(side, 1)
        return column, picture

    def _name_label(self) -> ElidedLabel:
        label = ElidedLabel(self)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_faces()

    def _fit_faces(self) -> None:
        """Side by side when the pane is wide, one above the other when not; below the table
        (short of height) every line of a face is one line, cut with "…" (the whole text in
        its tooltip), so neither side is squeezed into a column of broken words."""
        if self.below:
            buttons = max(b.sizeHint().width() for b in (self.open_profile, self.reject))
            who = (self.width() - buttons - 2 * self.columns.spacing()) * 3 // 5
        else:
            who = self.width() - self.columns.contentsMargins().left()
        side_by_side = who >= FACES_SIDE_BY_SIDE_FROM
        self.faces.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        # Short of height, the address (longer than a Twitter handle) gets the line the
        # confidence gave up by moving atop the evidence.
        name, handle, address, bio = (1, 2, 3, 1) if self.below else (2, 3, 3, 3)
        for label, lines in (
            (self.name, name),
            (self.fediverse_name, name),
            (self.twitter, handle),
            (self.address, address),
            (self.bio, bio),
            (self.fediverse_bio, bio),
        ):
            label.set_lines(lines)

    def set_below(self, below: bool) -> None:
        """Below the table the pane is wide and short: who, evidence and buttons side by side."""
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if below else QBoxLayout.Direction.TopToBottom
        )
        margins = (0, 4, 0, 0) if below else (12, 0, 0, 0)
        self.columns.setContentsMargins(*margins)
        if below:
            self.evidence_column.insertWidget(0, self.verdict)
        else:
            self.who.insertWidget(1, self.verdict)
        self.below = below
        self._fit_faces()
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
            self.name.set_lines(3)
            self.badge.clear()
            self.twitter_picture.clear()
            self.fediverse_picture.clear()
            self.evidence.setPlainText("")
            return
        self._fit_faces()
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
        self.bio.setVisible(bool(row.bio))
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
        self.fediverse_bio.setVisible(bool(row.fediverse_bio))
        self.badge.setPixmap(
            icon(f"confidence-{row.confidence.value}").pixmap(
                QSize(16, 16), self.devicePixelRatioF()
            )
        )
        meaning = confidence_meaning(row.confidence)
        self.confidence.setToolTip(meaning)
        status = self.tr("Status: %1").replace("%1", status_text(row.status))
        self.confidence.setText(
            f"{confidence_text(row.confidence)} · {status}"
            if self.below  # short of height: one line, the meaning in the tooltip
            else f"{confidence_text(row.confidence)} — {meaning}"
        )
        self.status.setText(status)
        self.status.setVisible(not self.below)
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
        # Rows passed with the arrow keys leave no queue behind this one's pictures.
        self.avatars.keep_only(url for url in (row.twitter_avatar, row.fediverse_avatar) if url)
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

    def _bio_label(self) -> ElidedLabel:
        """A bio under a face: plain text, muted, a few lines at most."""
        label = ElidedLabel(self)
        label.setStyleSheet("color: #4b5563;")
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
