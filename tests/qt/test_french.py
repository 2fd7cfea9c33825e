"""French is complete: every message translated, and no English left on any screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizardPage

from fedimove import i18n
from fedimove.ui.archive_wizard import ArchiveWizard
from tests.qt.engines import SmallImport
from tests.qt.windows import open_main_window

TRANSLATIONS = Path(str(resources.files("fedimove.resources") / "translations"))
SAME_IN_BOTH = {"Fedimove", "English", "Français", "Archive", "Pause", "Possible"}


def test_french_catalogue_has_no_unfinished_message() -> None:
    root = ET.parse(TRANSLATIONS / "fedimove_fr.ts").getroot()
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                f and f.strip() for f in forms
            ):
                problems.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert problems == []


def test_built_catalogue_matches_its_source(qapp) -> None:  # type: ignore[no-untyped-def]
    """The shipped .qm was rebuilt after the last .ts edit (resources/translations/update.sh)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "fedimove_fr.qm"))
    stale = []
    for context in ET.parse(TRANSLATIONS / "fedimove_fr.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = translation.findall("numerusform")
            expected = plural[-1].text if plural else translation.text
            got = translator.translate(name, message.findtext("source"), None, 5 if plural else -1)
            if got != expected:
                stale.append(f"{name}: {message.findtext('source')}")
    assert stale == []


def texts(widget: QWidget) -> Iterator[str]:
    """Every string a user can read or hear: labels, buttons, titles, actions, names."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        if isinstance(child, QWizardPage):
            yield child.title()
            yield child.subTitle()
        yield child.accessibleName()
        yield child.toolTip()
        yield child.windowTitle()
    for action in widget.findChildren(QAction):
        yield action.text()


def english_left(english: list[str], french: list[str]) -> list[str]:
    assert len(english) == len(french)
    return [
        text
        for text, other in zip(english, french, strict=True)
        if text == other
        and len(re.findall(r"[A-Za-z]{3,}", text)) > 0
        and text not in SAME_IN_BOTH
        and not text.startswith(("http", "/"))
    ]


@pytest.fixture
def build_screens(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    archive = tmp_path / "archive"
    archive.mkdir()

    def build(language: str) -> list[str]:
        i18n.install(language)
        window = open_main_window(qtbot)
        wizard = ArchiveWizard(SmallImport, window)
        qtbot.addWidget(wizard)
        found = list(texts(window)) + list(texts(wizard))
        window.close()
        return found

    return build


def test_french_ui_shows_no_english(build_screens) -> None:  # type: ignore[no-untyped-def]
    english = build_screens("en")
    french = build_screens("fr")
    assert "Vos abonnements" in french
    assert english_left(english, french) == []


def test_qt_file_dialog_and_awkward_french_read_naturally(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own file dialog speaks French, and the phrases issue 14 found awkward are gone."""
    from PySide6.QtCore import QCoreApplication

    i18n.install("fr")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        catalogue = (TRANSLATIONS / "fedimove_fr.ts").read_text("utf-8")
        for awkward in ("Tout état", "Toute confiance", "suit vos correspondances", "Aid&amp;e"):
            assert awkward not in catalogue
        assert "<translation>&amp;Aide</translation>" in catalogue
    finally:
        i18n.install("en")
