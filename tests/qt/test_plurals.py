"""Counts read as sentences: Qt's plural forms in English and French, and a zero said apart."""

from __future__ import annotations

import pytest

from fedimove import i18n
from fedimove.core.wizard import ScanSummary
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.engines import discover


def _hint(qtbot, resolved: int) -> str:  # type: ignore[no-untyped-def]
    wizard = ArchiveWizard(discover().archive_importer)
    qtbot.addWidget(wizard)
    wizard.flow.summary = ScanSummary(3000, 10, 2, resolved)
    wizard.summary_page.initializePage()
    return wizard.summary_page.hint.label.text()


@pytest.mark.parametrize(
    ("language", "resolved", "expected"),
    [
        ("en", 0, "none of their usernames was found"),
        ("en", 1, "the username of 1 of them was found"),
        ("en", 2999, "the usernames of 2999 of them were found"),
        ("fr", 0, "aucun de leurs noms d’utilisateur n’a été retrouvé"),
        ("fr", 1, "le nom d’utilisateur de 1 d’entre eux a été retrouvé"),
        ("fr", 2999, "les noms d’utilisateur de 2999 d’entre eux ont été retrouvés"),
    ],
)
def test_the_usernames_found_read_right(qtbot, language: str, resolved: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(language)
    assert expected in _hint(qtbot, resolved)


@pytest.mark.parametrize(("language", "other"), [("en", "The other"), ("fr", "autres")])
def test_when_no_username_was_found_none_is_called_the_other(  # type: ignore[no-untyped-def]
    qtbot, language: str, other: str
) -> None:
    """All 3000 are known by number: "the other 3000" would suggest some were named."""
    i18n.install(language)
    hint = _hint(qtbot, 0)
    assert other not in hint and "3000" not in hint
    assert "x.com" in hint
    assert other in _hint(qtbot, 1)
