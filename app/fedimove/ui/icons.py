"""The app's SVG icons (crisp at any screen scale), loaded once from `fedimove.resources`."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


def icon_path(name: str) -> str:
    return str(resources.files("fedimove.resources") / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))
