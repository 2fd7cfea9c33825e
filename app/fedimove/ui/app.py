"""Starting the desktop app: the QApplication, translations, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fedimove import i18n
from fedimove.sources.xweb import engine as xweb_engine
from fedimove.ui import settings as ui_settings
from fedimove.ui.app_icon import app_icon
from fedimove.ui.main_window import MainWindow


def chosen_language() -> str:
    choice = ui_settings.language_choice()
    return i18n.preferred_language(None if choice == "system" else choice)


def install_language() -> None:
    """Translations, and dates and numbers in the same language when the user chose one."""
    language = chosen_language()
    i18n.install(language)
    if ui_settings.language_choice() != "system":
        QLocale.setDefault(QLocale(language))


GIL_SWITCH_SECONDS = 0.001


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


class WindowKeeper:
    """Owns the main window; a language switch rebuilds it in the new language when idle,
    keeping what the user typed, the step shown and the Migrate log (`window_state`)."""

    def __init__(self) -> None:
        self.window = self._open()

    def _open(self) -> MainWindow:
        window = MainWindow()
        window.language_chosen.connect(self._switch_language)
        window.show()
        return window

    def _switch_language(self, _code: str) -> None:
        old = self.window
        if old.busy():
            old.tell_language_later()
            return
        from fedimove.ui import window_state

        typed = window_state.capture(old)
        install_language()
        old.close()
        self.window = self._open()
        window_state.restore(self.window, typed)
        old.deleteLater()


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
    keeper = WindowKeeper()
    code = app.exec()
    del keeper
    return code


if __name__ == "__main__":
    # `python -m fedimove.ui.app read-x`: how `fedimove read-x` opens the x.com window.
    raise SystemExit(run_xweb_window() if sys.argv[1:2] == ["read-x"] else run_gui())
