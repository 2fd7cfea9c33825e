"""Every screen, in English and French, as a user sees it; kept as PNGs for the README.

The pictures go to the test's temporary folder; with FEDIMOVE_SCREENSHOTS set to a folder
(`resources/screenshots`), they are written there too.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import partial
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from fedimove import i18n
from fedimove.core.overview import Step
from fedimove.jobs import plan as plan_jobs
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.engines import discover
from fedimove.ui.labels import confidence_text
from fedimove.ui.main_window import MINIMUM_SIZE, MainWindow
from fedimove.ui.match_model import Column
from fedimove.ui.matches_page import MatchesPage
from fedimove.ui.migrate_page import MigratePage
from tests.bench.archive_gen import generate
from tests.fakes.mastodon import SignedIn
from tests.qt.scene import write_scene

PLANNED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # when the screenshots' plan is made
PEOPLE = [
    ("marie_dupont", "Marie Dupont"),
    ("jl_martin", "Jean-Luc Martin"),
    ("sofia_codes", "Sofia R."),
    ("kwame_asante", "Kwame Asante"),
    ("lea_bernard", "Léa Bernard"),
    ("tomasz_k", "Tomasz Kowalski"),
    ("nadia_haddad", "Nadia Haddad"),
    ("olivia_chen", "Olivia Chen"),
    ("bikepath_bob", "Bob — cycling"),
    ("typo_fr", "Typographie FR"),
    ("astro_ines", "Inès (astronomie)"),
    ("paulo_f", "Paulo Ferreira"),
    ("hanna_schmidt", "Hanna Schmidt"),
    ("li_wei", "Li Wei"),
    ("cafe_philo", "Café Philo Lyon"),
    ("emma_wilson", "Emma Wilson"),
    ("yuki_tanaka", "Yuki Tanaka"),
    ("g_moreau", "Guillaume Moreau"),
    ("ana_lopez", "Ana López"),
    ("sam_obrien", "Sam O'Brien"),
    ("chloe_pix", "Chloé — illustration"),
    ("karim_dev", "Karim B."),
    ("noor_ahmed", "Noor Ahmed"),
    ("zoe_garden", "Zoé au jardin"),
]


def save(widget: QWidget, folders: list[Path], name: str) -> None:
    """PNG at its strongest compression (for PNG, Qt's 'quality' 0): the same pixels, smaller."""
    picture = widget.grab()
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        assert picture.save(str(folder / f"{name}.png"), "PNG", 0)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_screen(  # type: ignore[no-untyped-def]
    qtbot, signed_in: SignedIn, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same pixels from run to run and machine to machine: the archive is chosen by its
    name (its folder is the run's temporary one) and the plan is made at a fixed moment in
    UTC (it says when it ends, in local time)."""
    folders = [tmp_path / "shots"]
    if os.environ.get("FEDIMOVE_SCREENSHOTS"):
        folders.append(Path(os.environ["FEDIMOVE_SCREENSHOTS"]).resolve())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TZ", "UTC")  # Qt reads it at each local-time conversion
    monkeypatch.setattr(plan_jobs, "build_summary", partial(plan_jobs.build_summary, now=PLANNED))
    i18n.install(language)
    QLocale.setDefault(QLocale(language))
    archive = generate(tmp_path / "twitter-2024.zip")
    wizard = ArchiveWizard(discover().archive_importer)
    qtbot.addWidget(wizard)
    wizard.resize(720, 520)
    wizard.show()
    save(wizard, folders, f"{language}-wizard-1-request")
    wizard.next()
    wizard.choose_page.choose_path(archive.path.name)
    save(wizard, folders, f"{language}-wizard-2-choose")
    with qtbot.waitSignal(wizard.scan_page.scan_finished, timeout=60_000):
        wizard.next()
    save(wizard, folders, f"{language}-wizard-4-summary")
    wizard.close()

    window = _scene_window(qtbot, signed_in)
    names = ["twitter", "follows", "mastodon", "matches", "migrate"]
    for label, size in _sizes(window):
        window.resize(size)
        for step in Step:
            window.show_step(int(step))
            qtbot.waitUntil(lambda s=step: window.current_step() is s)
            _settle(window, size)
            save(window, folders, f"{language}-{label}-{int(step) + 1}-{names[step]}")
    assert (folders[0] / f"{language}-1040x680-4-matches.png").stat().st_size > 10_000
    window.close()
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_matches_columns_stay_visible_at_every_size(  # type: ignore[no-untyped-def]
    qtbot, signed_in: SignedIn, language: str
) -> None:
    i18n.install(language)
    window = _scene_window(qtbot, signed_in)
    window.show_step(int(Step.MATCHES))
    matches = window.pages[Step.MATCHES]
    assert isinstance(matches, MatchesPage)
    for label, size in _sizes(window):
        window.resize(size)
        _settle(window, size)
        header = matches.table.horizontalHeader()
        viewport = matches.table.viewport().width()
        for column in Column:
            left = header.sectionViewportPosition(column)
            assert left >= 0, (label, column)
            assert left + header.sectionSize(column) <= viewport, (label, column, viewport)
            assert header.sectionSize(column) >= 40, (label, column)
        assert matches.details.isVisible(), label
        details = matches.details.geometry()
        table = matches.table.geometry()
        assert not details.intersects(table), label
        lines = matches.counts.height() // matches.counts.fontMetrics().lineSpacing()
        assert lines <= 2, (label, lines)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_both_faces_hold_at_every_size(qtbot, signed_in: SignedIn, language: str) -> None:  # type: ignore[no-untyped-def]
    """Down to the minimum size each side shows its name, handle with account age and bio,
    every line of the pane is as tall as its text needs, and nothing overlaps."""
    i18n.install(language)
    window = _scene_window(qtbot, signed_in)
    window.show_step(int(Step.MATCHES))
    matches = window.pages[Step.MATCHES]
    assert isinstance(matches, MatchesPage)
    details = matches.details
    assert details.row is not None
    for label, size in [*_sizes(window), ("1366x800", QSize(1366, 800))]:  # the last: beside
        window.resize(size)
        _settle(window, size)
        lines = [
            details.name,
            details.twitter,
            details.bio,
            details.fediverse_name,
            details.address,
            details.fediverse_bio,
        ]
        for line in lines:
            assert line.isVisible() and line.text(), (label, line.accessibleName())
            assert line.height() >= line.heightForWidth(line.width()), (label, line.text())
        for line in (details.name, details.twitter, details.fediverse_name, details.address):
            assert not line.is_elided(), (label, line.shown_lines())  # the ages are in view
        assert details.confidence.text().startswith(confidence_text(details.row.confidence))
        shown = [
            widget
            for widget in (
                *lines,
                details.twitter_picture,
                details.fediverse_picture,
                details.confidence,
                details.status,
                details.evidence,
                details.open_profile,
                details.open_twitter,
                details.reject,
            )
            if widget.isVisible()
        ]
        places = {widget: _in(details, widget) for widget in shown}
        for widget, place in places.items():
            assert details.rect().contains(place), (label, widget, place)
        for first, second in combinations(shown, 2):
            assert not places[first].intersects(places[second]), (label, first, second)


def _in(ancestor: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_one_minimum_size_for_every_screen(  # type: ignore[no-untyped-def]
    qtbot, signed_in: SignedIn, language: str
) -> None:
    i18n.install(language)
    window = _scene_window(qtbot, signed_in)
    assert window.minimumSize() == MINIMUM_SIZE
    window.resize(MINIMUM_SIZE)
    for step in Step:
        window.show_step(int(step))
        qtbot.waitUntil(lambda s=step: window.current_step() is s)
        _settle(window, MINIMUM_SIZE)
        hint = window.pages[step].minimumSizeHint()
        room = window.stack.size()
        assert hint.width() <= room.width() and hint.height() <= room.height(), (step, hint)


def _sizes(window: MainWindow) -> list[tuple[str, QSize]]:
    return [
        ("1040x680", QSize(1040, 680)),
        ("900x600", QSize(900, 600)),
        ("minimum", window.minimumSize()),
    ]


def _settle(window: MainWindow, size: QSize) -> None:
    """Layouts apply a resize on the next pass of the event loop; run it now."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert window.size() == size, (window.size(), size)


def _scene_window(qtbot, signed_in: SignedIn) -> MainWindow:  # type: ignore[no-untyped-def]
    write_scene(len(PEOPLE), PEOPLE)
    for n in range(0, len(PEOPLE), 4):
        signed_in.fake.add_account(*_address(n))
    window = MainWindow(discover())
    qtbot.addWidget(window)
    window.resize(1040, 680)
    matches = window.pages[Step.MATCHES]
    migrate = window.pages[Step.MIGRATE]
    assert isinstance(matches, MatchesPage) and isinstance(migrate, MigratePage)
    with (
        qtbot.waitSignal(window.overview_loaded, timeout=30_000),
        qtbot.waitSignal(matches.rows_loaded, timeout=30_000),
        qtbot.waitSignal(migrate.plan_ready, timeout=30_000),
    ):
        window.show()
    matches.table.selectRow(1)
    return window


def _address(n: int) -> tuple[str, str]:
    from tests.qt.scene import HOSTS

    return PEOPLE[n][0], HOSTS[n % len(HOSTS)]
