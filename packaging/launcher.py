"""Entry point of the frozen app (and of `python packaging/launcher.py` from source).

The same front door as `python -m fedimove`. One packaging hook lives here rather than in the
app: with `FEDIMOVE_QUIT_AFTER_FIRST_WINDOW=1` the GUI quits as soon as its first window is
on screen, so CI and benchmarks can time "start to first window" of the frozen bundle against
the same script run from source; `FEDIMOVE_FIRST_WINDOW_PNG=path` also saves that window, to
see that the bundle has its icons, styles and translations.
"""

from __future__ import annotations

import os
import sys

QUIT_AFTER_FIRST_WINDOW_ENV = "FEDIMOVE_QUIT_AFTER_FIRST_WINDOW"
FIRST_WINDOW_PNG_ENV = "FEDIMOVE_FIRST_WINDOW_PNG"


def quit_after_first_window() -> None:
    """Create the app now and quit its event loop once a top-level window is exposed."""
    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication

    from fedimove.ui.app import create_app

    app = create_app()

    def finish() -> None:
        """Let the jobs the window started (reading the workspace) end before quitting."""
        QThreadPool.globalInstance().waitForDone(30_000)
        app.quit()

    class FirstWindowWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                print(f"first window: {watched.title()}", flush=True)
                screenshot = os.environ.get(FIRST_WINDOW_PNG_ENV)
                if screenshot:
                    for widget in QApplication.topLevelWidgets():
                        if widget.windowHandle() is watched:
                            widget.grab().save(screenshot)
                app.removeEventFilter(self)
                QTimer.singleShot(0, finish)
            return False

    watcher = FirstWindowWatcher(app)
    app.installEventFilter(watcher)


def main() -> int:
    if os.environ.get(QUIT_AFTER_FIRST_WINDOW_ENV) == "1" and len(sys.argv) == 1:
        quit_after_first_window()
    from fedimove.cli import main as fedimove_main

    return fedimove_main()


if __name__ == "__main__":
    sys.exit(main())
