"""While matching runs, the Matches page says roughly how long is left, once it is known."""

from __future__ import annotations

import pytest

from fedimove import i18n
from fedimove.jobs.base import Progress
from fedimove.jobs.match import FINDING, WAITING
from fedimove.ui.engines import Engines
from fedimove.ui.matches_page import MatchesPage

SAID = {
    "en": ("about 20 minutes left", "about 1 minute left", "about 3 hours left"),
    "fr": (
        "environ 20 minutes restantes",
        "environ 1 minute restante",
        "environ 3 heures restantes",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_time_left_shows_once_the_job_knows_it(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(language)
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    page._match_progress(Progress(200, 3000, FINDING))  # warming up: no time told
    assert " — " not in page.match_status.text()
    for seconds, said in zip((1300, 20, 3 * 3600), SAID[language], strict=True):
        page._match_progress(Progress(400, 3000, FINDING, eta_seconds=seconds))
        assert page.match_status.text().endswith(" — " + said)
    page._match_progress(Progress(400, 3000, WAITING, waiting_until=1.0))
    assert " — " not in page.match_status.text()
