"""The app's SVG icons (crisp at any screen scale), loaded once from `fedimove.resources`."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

_PAINT = re.compile(r'(stroke|fill)="(?!none)[^"]*"')


def icon_path(name: str) -> str:
    return str(resources.files("fedimove.resources") / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))


@cache
def icon_on_dark(name: str) -> QIcon:
    """The same icon drawn in white, for a primary (dark-filled) button: the grey strokes
    of the ordinary icons vanish into its colour."""
    with open(icon_path(name), encoding="utf-8") as svg:
        white = _PAINT.sub(lambda m: f'{m.group(1)}="#ffffff"', svg.read())
    white = white.replace('width="24" height="24"', 'width="48" height="48"', 1)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(white.encode("utf-8")), "SVG")
    return QIcon(pixmap)
