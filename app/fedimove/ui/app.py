"""Starting the desktop app: the QApplication, translations, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from fedimove import i18n
from fedimove.store import logs


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Fedimove")
    app.setOrganizationName("Fedimove")
    app.setDesktopFileName("org.fedimove.Fedimove")
    i18n.install(i18n.preferred_language())
    return app


def run_gui() -> int:
    from fedimove.ui.main_window import MainWindow

    logs.configure()
    app = create_app()
    window = MainWindow()
    window.show()
    return app.exec()
