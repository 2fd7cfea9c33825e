"""The window icon comes from the packaged PNGs, one per size desktops ask for."""

from __future__ import annotations

from PySide6.QtCore import QSize

from fedimove.ui.app_icon import SIZES, app_icon


def test_app_icon_has_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert not icon.isNull()
    for size in SIZES:
        assert QSize(size, size) in icon.availableSizes()
        assert icon.pixmap(size, size).toImage().pixelColor(size // 2, size // 8).alpha() == 255
