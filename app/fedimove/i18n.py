"""Loading translations for both front doors, and turning typed errors into messages.

The GUI and the CLI speak the user's language: the system locale unless `FEDIMOVE_LANG` or
the GUI's language setting says otherwise. Qt's own base translations are loaded too, so
standard buttons ("Cancel", "OK") match.
"""

from __future__ import annotations

import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fedimove.core.errors import FedimoveError

LANG_ENV = "FEDIMOVE_LANG"
SUPPORTED = ("en", "fr")
_installed: list[QTranslator] = []


def preferred_language(setting: str | None = None) -> str:
    wanted = setting or os.environ.get(LANG_ENV) or QLocale.system().name()
    code = wanted.split("_")[0].split("-")[0].lower()
    return code if code in SUPPORTED else "en"


def translations_dir() -> str:
    return str(resources.files("fedimove.resources") / "translations")


def install(language: str) -> None:
    """Install (or switch to) the translators for `language` on the running application."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogs = [("fedimove", translations_dir())]
    if language != "en":  # English needs only Fedimove's plural forms ("1 account", "2 accounts")
        catalogs.insert(0, ("qtbase", qt_dir))
    for name, directory in catalogs:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", directory):
            app.installTranslator(translator)
            _installed.append(translator)


def ensure_core_app(language: str | None = None) -> QCoreApplication:
    """The CLI's translation context: a QCoreApplication, created once, with translators."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["fedimove"])
        install(preferred_language(language))
    return app


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe(error: FedimoveError) -> str:
    """The one line a user sees for a typed error, in their language."""
    template = QCoreApplication.translate("Errors", error.message)
    try:
        return template.format(**error.context)
    except (KeyError, IndexError, ValueError):
        return template
