"""Starting the desktop app: the QApplication, translations, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from fedimove.sources.xweb import engine as xweb_engine
from fedimove.ui.app_icon import app_icon
from fedimove.ui.language import install_language
from fedimove.ui.main_window import MainWindow

GIL_SWITCH_SECONDS = 0.001
# Closing the window asks every job to stop at its next checkpoint; the process waits this
# long for them (a request in flight ends within its timeout) before the interpreter goes.
QUIT_WAIT_MS = 20_000


def create_app(argv: list[str] | None = None) -> QApplication:
    # Jobs run on worker threads; handing the interpreter lock over more often (default 5 ms)
    # halves the GUI thread's longest waits behind a busy job, for a small cost in throughput.
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    if QApplication.instance() is None and xweb_engine.available():
        xweb_engine.prepare_process()  # QtWebEngine's set-up must precede the QApplication
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Fedimove")
    app.setOrganizationName("Fedimove")
    app.setDesktopFileName("org.fedimove.Fedimove")
    app.setWindowIcon(app_icon())
    install_language()
    return app


def run_xweb_window() -> int:
    """`fedimove read-x`: the "Read from x.com" window on its own, in a process of its own."""
    from fedimove.store import logs
    from fedimove.ui.xweb_window import XWebWindow

    logs.configure()
    app = create_app()
    window = XWebWindow()
    window.show()
    return app.exec()


def run_gui() -> int:
    from fedimove.store import logs

    logs.configure()
    app = create_app()
    window = MainWindow()  # a language switch retranslates it in place (ui/language.py)
    window.show()
    code = app.exec()
    # A job still on a worker thread when Python shuts down can crash the process, and the
    # item it was doing would go unrecorded: let the stopped jobs reach their end first.
    QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
    return code


if __name__ == "__main__":
    # `python -m fedimove.ui.app read-x`: how `fedimove read-x` opens the x.com window.
    raise SystemExit(run_xweb_window() if sys.argv[1:2] == ["read-x"] else run_gui())
