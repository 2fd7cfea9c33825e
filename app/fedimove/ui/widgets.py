"""Small widgets every screen shares: plain-text labels, headers, notices, a drop zone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fedimove import i18n
from fedimove.core.errors import FedimoveError
from fedimove.ui.icons import icon


def open_url(url: str) -> bool:
    """Open a link in the user's browser, only ever on an explicit click."""
    return QDesktopServices.openUrl(QUrl(url))


def error_text(error: object) -> str:
    """A job's failure as one translated line; a bug's details stay in the log file."""
    if isinstance(error, FedimoveError):
        return i18n.describe(error)
    return QCoreApplication.translate(
        "Errors", "Unexpected error; the details are in the log file."
    )


class Retranslating:
    """Mixin for widgets that speak the user's language and follow it when it changes.

    A widget sets its words in `retranslate()`, called at the end of its constructor and again
    on every `LanguageChange` (sent to every widget once new translators are installed), so a
    language switch keeps the widgets, what the user typed and what they did. Words that
    depend on state (a status line, counts, a job's outcome) are shown with `show_text`: the
    renderer is called again on a switch, re-rendering from the state, not from the old string.
    A subclass's `retranslate()` sets its fixed words, then calls `super().retranslate()`.
    """

    def retranslate(self) -> None:
        for setter, render in self._rendered_texts().items():
            setter(render())

    def show_text(self, setter: Callable[[str], None], render: Callable[[], str]) -> None:
        """`setter(render())` now and after every language switch (the latest render wins)."""
        self._rendered_texts()[setter] = render
        setter(render())

    def _rendered_texts(self) -> dict[Callable[[str], None], Callable[[], str]]:
        texts = self.__dict__.get("_texts_to_render")
        if texts is None:
            texts = self.__dict__["_texts_to_render"] = {}
        return texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


PRIMARY_BUTTON = (
    "QPushButton { background: #4f46e5; color: white; border: none; border-radius: 6px;"
    " padding: 8px 14px; font-weight: 600; }"
    " QPushButton:hover { background: #4338ca; } QPushButton:focus { outline: 2px solid #1e1b4b; }"
)


def text_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never renders markup: names, bios and server text are untrusted."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str, parent: QWidget | None = None, *, size: float = 1.5) -> QLabel:
    label = text_label(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


_NOTICE_KINDS = {"info": ("status-info", "#eef2ff"), "warning": ("status-warning", "#fff7ed")}


class Notice(QFrame):
    """A calm, tinted box: information, a warning, or what is missing in this build."""

    def __init__(self, text: str = "", kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.badge)
        self.label = text_label(text, self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(text)
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        """'info' or 'warning': the icon and the tint change, the text stays."""
        icon_name, background = _NOTICE_KINDS[kind]
        self.kind = kind
        self.setStyleSheet(
            f"QFrame#notice {{ background: {background}; border-radius: 6px; }}"
            " QLabel { background: transparent; }"
        )
        self.badge.setPixmap(icon(icon_name).pixmap(QSize(20, 20), self.devicePixelRatioF()))

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)


class DropArea(QFrame):
    """A dashed zone accepting local files or folders dragged from the file manager."""

    dropped = Signal(list)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropArea")
        self._set_highlight(False)
        self.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)  # the words take the full width
        picture = QLabel(self)
        picture.setPixmap(icon("archive-drop").pixmap(QSize(48, 48), self.devicePixelRatioF()))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.label = text_label(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)

    def _set_highlight(self, on: bool) -> None:
        border = "#6364ff" if on else "#a5b4fc"
        background = "#eef2ff" if on else "#f8fafc"
        self.setStyleSheet(
            f"QFrame#dropArea {{ border: 2px dashed {border}; border-radius: 10px;"
            f" background: {background}; }} QLabel {{ border: none; background: transparent; }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self._set_highlight(True)

    def dragLeaveEvent(self, event: object) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.dropped.emit(paths)
