"""The app's own icon (window, taskbar, dock), drawn from `resources/icons`.

The PNGs are rendered from the SVG by `packaging/render_icons.py` at the sizes desktops use,
so the icon stays sharp at 16 px without depending on Qt's SVG plugin. An installed icon
theme entry of the same name (Flatpak, distribution package) wins, as desktops expect.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

APP_ID = "org.fedimove.Fedimove"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    folder = resources.files("fedimove.resources") / "icons"
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(folder / f"{APP_ID}-{size}.png"), QSize(size, size))
    return QIcon.fromTheme(APP_ID, icon)
