"""Opening the main window in tests, with chosen engines, once its first overview is in."""

from __future__ import annotations

from fedimove.ui.engines import Engines
from fedimove.ui.main_window import MainWindow


def open_main_window(qtbot, engines: Engines | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(engines or Engines())
    qtbot.addWidget(window)
    # Generous: the first overview runs on the thread pool, slow on a loaded 2-core machine.
    with qtbot.waitSignal(window.overview_loaded, timeout=30_000):
        window.show()
    return window
