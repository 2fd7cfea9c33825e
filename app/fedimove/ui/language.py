"""The language the user chose (View › Language), and switching to it while the app runs.

A switch only installs the new translators: Qt then sends `LanguageChange` to every widget,
and each retranslates itself in place (`widgets.Retranslating`), so nothing is rebuilt and
nothing the user typed or did is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from fedimove import i18n
from fedimove.ui import settings as ui_settings


def chosen_language() -> str:
    choice = ui_settings.language_choice()
    return i18n.preferred_language(None if choice == "system" else choice)


def install_language() -> None:
    """Translations, and dates and numbers in the same language when the user chose one."""
    language = chosen_language()
    system = ui_settings.language_choice() == "system"
    QLocale.setDefault(QLocale.system() if system else QLocale(language))
    i18n.install(language)
