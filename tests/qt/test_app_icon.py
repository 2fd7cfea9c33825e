"""The window icon comes from the packaged PNGs, one per size desktops ask for."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from fedimove.ui.app_icon import APP_ID, SIZES, app_icon


def test_every_png_has_its_size_and_an_opaque_middle(qapp) -> None:  # type: ignore[no-untyped-def]
    folder = resources.files("fedimove.resources") / "icons"
    for size in SIZES:
        image = QImage(str(folder / f"{APP_ID}-{size}.png"))
        assert image.size() == QSize(size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners


def test_app_icon_offers_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert not icon.isNull()
    for size in SIZES:
        assert QSize(size, size) in icon.availableSizes()
