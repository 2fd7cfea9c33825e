"""Round pictures for accounts: a coloured initial until (or instead of) the real avatar.

The colour comes from the name, so one person keeps one colour from screen to screen.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap

PALETTE = ("#4f46e5", "#0e7490", "#15803d", "#b45309", "#be123c", "#7c3aed", "#0f766e", "#9a3412")


def initials_pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """A disc in the name's colour with its first letter (a '?' when the name is unknown)."""
    letter = next((c for c in name if c.isalnum()), "?").upper()
    return _disc(letter, PALETTE[zlib.crc32(name.casefold().encode()) % len(PALETTE)], size, ratio)


@lru_cache(maxsize=512)
def _disc(letter: str, colour: str, size: int, ratio: float) -> QPixmap:
    """Drawn once per letter and colour: a table of 3,000 names repaints from a few hundred."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(painter.font())
    font.setPixelSize(max(8, size // 2))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


def round_pixmap(picture: QPixmap, size: int, ratio: float = 1.0) -> QPixmap:
    """A downloaded avatar, scaled and cut to a disc like the initials."""
    side = round(size * ratio)
    scaled = picture.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    result = QPixmap(side, side)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawPixmap((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    painter.end()
    result.setDevicePixelRatio(ratio)
    return result
