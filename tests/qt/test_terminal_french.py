"""The terminal's progress line is in the user's language, like every other line it prints."""

from __future__ import annotations

import io

from fedimove import i18n
from fedimove.jobs.base import Progress
from fedimove.jobs.cli_runner import TerminalProgress
from fedimove.jobs.match import FINDING


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_match_progress_is_french_with_its_time_left(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    try:
        terminal = Terminal()
        TerminalProgress(terminal, context="Match").show(Progress(200, 2125, FINDING, 90))
        line = terminal.getvalue()
        assert "Checking" not in line and "left" not in line
        assert "Vérification des adresses publiées par les comptes 200/2125" in line, line
        assert "encore ~90 s" in line
    finally:
        i18n.install("en")
