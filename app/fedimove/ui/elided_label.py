"""A label that keeps to a few lines whatever its width, ending in "…" when the text is longer.

Names and bios come from strangers and can be any length; in a narrow pane a wrapping label
would push everything below it out of view, and a plain one would be cut at the edge. This one
shows at most `lines` lines, cuts the last with an ellipsis, and then offers the whole text as
its tooltip (as plain text: it is untrusted). `text()` stays the whole text, so screen readers
read it all.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from fedimove.ui.labels import plain_tooltip

MIN_CHARACTERS = 6  # what a squeezed label still shows: a few letters and the "…"


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._lines = lines
        self._shown: list[str] = []
        self._elided = False

    def set_lines(self, lines: int) -> None:
        """How many lines at most (a short pane gives bios one, a tall one three)."""
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()
            self._fit()

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.updateGeometry()
        self._fit()

    def setFont(self, font: QFont) -> None:  # type: ignore[override]
        super().setFont(font)
        self._fit()

    def shown_lines(self) -> list[str]:
        """What is painted, line by line (the last one cut with "…" when the text is longer)."""
        return list(self._shown)

    def is_elided(self) -> bool:
        return self._elided

    # Size ------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = max((metrics.horizontalAdvance(p) for p in self._paragraphs()), default=0) + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * MIN_CHARACTERS, metrics.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        count = len(self._wrapped(width - self._margins())[0])
        if not count:
            return 0
        metrics = self.fontMetrics()
        return (count - 1) * metrics.lineSpacing() + metrics.height()

    # Painting --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            "\n".join(self._shown),
            self.foregroundRole(),
        )

    def _margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def _fit(self) -> None:
        self._shown, self._elided = self._wrapped(self.contentsRect().width())
        self.setToolTip(plain_tooltip(self.text()) if self._elided else "")
        self.update()

    def _paragraphs(self) -> list[str]:
        """The text's own lines, each with its runs of spaces made one."""
        return [" ".join(part.split()) for part in self.text().splitlines() if part.strip()]

    def _wrapped(self, width: int) -> tuple[list[str], bool]:
        """The text laid out in `width` in at most `self._lines` lines, and whether the last
        one had to be cut. Long words (addresses) break anywhere rather than overflow."""
        paragraphs = self._paragraphs()
        if not paragraphs or width <= 0:
            return [], bool(paragraphs)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lines: list[str] = []
        for number, paragraph in enumerate(paragraphs):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            line = layout.createLine()
            while line.isValid() and len(lines) < self._lines - 1:
                line.setLineWidth(width)
                lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
                line = layout.createLine()
            if line.isValid():  # the last line allowed: all the rest, cut
                line.setLineWidth(width)
                rest = " ".join([paragraph[line.textStart() :], *paragraphs[number + 1 :]])
                cut = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
                layout.endLayout()
                return [*(text.rstrip() for text in lines), cut], cut != rest
            layout.endLayout()
        return [text.rstrip() for text in lines], False
