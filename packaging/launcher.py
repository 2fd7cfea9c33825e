"""Entry point of the frozen app (and of `python packaging/launcher.py` from source).

The same front door as `python -m fedimove`. One packaging hook lives here rather than in the
app: with `FEDIMOVE_QUIT_AFTER_FIRST_WINDOW=1` the GUI quits as soon as its first window is
on screen, so CI and benchmarks can time "start to first window" of the frozen bundle against
the same script run from source; `FEDIMOVE_FIRST_WINDOW_PNG=path` also saves that window, to
see that the bundle has its icons, styles and translations.
"""

from __future__ import annotations

import os
import runpy
import sys

QUIT_AFTER_FIRST_WINDOW_ENV = "FEDIMOVE_QUIT_AFTER_FIRST_WINDOW"
FIRST_WINDOW_PNG_ENV = "FEDIMOVE_FIRST_WINDOW_PNG"


def quit_after_first_window() -> None:
    """Create the app now and end the process once a top-level window is exposed.

    The process ends at once (`os._exit`), without waiting for the jobs the window started:
    what is timed is the start-up, not the first workspace read.
    """
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication

    from fedimove.ui.app import create_app

    app = create_app()

    class FirstWindowWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                screenshot = os.environ.get(FIRST_WINDOW_PNG_ENV)
                if screenshot:
                    for widget in QApplication.topLevelWidgets():
                        if widget.windowHandle() is watched:
                            widget.grab().save(screenshot)
                print(f"first window: {watched.title()}", flush=True)
                sys.stderr.flush()
                os._exit(0)
            return False

    app.installEventFilter(FirstWindowWatcher(app))


def run_module_like_python() -> None:
    """`<bundle> -m fedimove.<module> [args]`, as the interpreter would run it.

    The app starts some windows in a process of their own with `sys.executable -m …` (the x.com
    browser); in the bundle `sys.executable` is this launcher, so it honours `-m` too — for the
    app's own modules only.
    """
    module = sys.argv[2]
    if module.split(".")[0] != "fedimove":
        sys.exit(f"fedimove: cannot run module {module!r}")
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    if os.environ.get(QUIT_AFTER_FIRST_WINDOW_ENV) == "1":  # e.g. `-m fedimove.ui.app read-x`
        quit_after_first_window()
    runpy.run_module(module, run_name="__main__", alter_sys=True)


def main() -> int:
    if getattr(sys, "frozen", False) and len(sys.argv) >= 3 and sys.argv[1] == "-m":
        run_module_like_python()
        return 0
    if os.environ.get(QUIT_AFTER_FIRST_WINDOW_ENV) == "1" and len(sys.argv) == 1:
        quit_after_first_window()
    from fedimove.cli import main as fedimove_main

    return fedimove_main()


if __name__ == "__main__":
    sys.exit(main())
