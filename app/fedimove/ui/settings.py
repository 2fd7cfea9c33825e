"""The window's own memory (last step, size, language), beside the workspace it belongs to.

Kept in an INI file in the workspace folder rather than the platform registry, so a test or a
second workspace (`FEDIMOVE_DATA_DIR`) never sees another one's window state.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from fedimove.store import paths

LANGUAGE = "ui/language"
LAST_STEP = "ui/last_step"
GEOMETRY = "ui/geometry"
READ_WEBSITES = "matching/websites"


def ui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def language_choice() -> str:
    """'system', 'en' or 'fr'."""
    value = ui_settings().value(LANGUAGE, "system")
    return value if value in ("system", "en", "fr") else "system"


def read_websites() -> bool:
    """Whether matching reads the websites followed accounts published (on unless turned off)."""
    return str(ui_settings().value(READ_WEBSITES, "true")).lower() != "false"


def set_read_websites(on: bool) -> None:
    ui_settings().setValue(READ_WEBSITES, "true" if on else "false")
