"""Opening the main window in tests, with chosen engines, once its first overview is in."""

from __future__ import annotations

from fedimove.ui.engines import Engines
from fedimove.ui.main_window import MainWindow


def open_main_window(qtbot, engines: Engines | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(engines or Engines())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        window.show()
    return window
