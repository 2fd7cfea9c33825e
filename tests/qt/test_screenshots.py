"""Every screen, in English and French, as a user sees it; kept as PNGs for the README.

The pictures go to the test's temporary folder; with FEDIMOVE_SCREENSHOTS set to a folder
(`resources/screenshots`), they are written there too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from fedimove import i18n
from fedimove.core.overview import Step
from fedimove.ui.archive_wizard import ArchiveWizard
from fedimove.ui.engines import discover
from fedimove.ui.main_window import MainWindow
from fedimove.ui.matches_page import MatchesPage
from fedimove.ui.migrate_page import MigratePage
from tests.bench.archive_gen import generate
from tests.fakes.mastodon import SignedIn
from tests.qt.scene import write_scene

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
    picture = widget.grab()
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        assert picture.save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_screen(qtbot, signed_in: SignedIn, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    folders = [tmp_path / "shots"]
    if os.environ.get("FEDIMOVE_SCREENSHOTS"):
        folders.append(Path(os.environ["FEDIMOVE_SCREENSHOTS"]))
    i18n.install(language)
    QLocale.setDefault(QLocale(language))
    archive = generate(tmp_path / "twitter-2024.zip")
    wizard = ArchiveWizard(discover().archive_importer)
    qtbot.addWidget(wizard)
    wizard.resize(720, 520)
    wizard.show()
    save(wizard, folders, f"{language}-wizard-1-request")
    wizard.next()
    wizard.choose_page.choose_path(str(archive.path))
    save(wizard, folders, f"{language}-wizard-2-choose")
    with qtbot.waitSignal(wizard.scan_page.scan_finished, timeout=60_000):
        wizard.next()
    save(wizard, folders, f"{language}-wizard-4-summary")
    wizard.close()

    write_scene(len(PEOPLE), PEOPLE)
    for n in range(0, len(PEOPLE), 4):
        signed_in.fake.add_account(*_address(n))
    window = MainWindow(discover())
    qtbot.addWidget(window)
    window.resize(1180, 760)
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
    names = ["twitter", "follows", "mastodon", "matches", "migrate"]
    for step in Step:
        window.show_step(int(step))
        qtbot.waitUntil(lambda s=step: window.current_step() is s)
        save(window, folders, f"{language}-{int(step) + 1}-{names[step]}")
    assert (folders[0] / f"{language}-4-matches.png").stat().st_size > 10_000
    window.close()
    QLocale.setDefault(QLocale("en"))


def _address(n: int) -> tuple[str, str]:
    from tests.qt.scene import HOSTS

    return PEOPLE[n][0], HOSTS[n % len(HOSTS)]
