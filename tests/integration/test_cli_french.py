"""A French user's terminal: every line the CLI prints is French, one clear line per problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.archive_gen import generate


@pytest.fixture(autouse=True)
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEDIMOVE_LANG", "fr")


def fedimove(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=120
    )


def test_match_without_sign_in_warns_in_french(tmp_path: Path, fake_network) -> None:
    archive = generate(tmp_path / "a.zip", follows=2, tweets=0, dm_conversations=0, blocks=0)
    assert fedimove("import-archive", str(archive.path)).returncode == 0
    result = fedimove("match", "--no-probe")
    assert "Not signed in" not in result.stderr
    assert "Non connecté à Mastodon" in result.stderr


@pytest.mark.parametrize(
    "verb", [["match"], ["follow", "--dry-run"], ["block", "--dry-run"], ["export-csv", "OUT"]]
)
def test_before_any_import_each_verb_says_where_to_start(verb: list[str], tmp_path: Path) -> None:
    """Zeros (and empty import files) would read as if every account had been looked at."""
    result = fedimove(*(str(tmp_path / "out") if word == "OUT" else word for word in verb))
    assert not (tmp_path / "out").exists()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "fedimove: Rien n’a encore été importé. Commencez par : fedimove import-archive CHEMIN"
    ]


def test_help_is_french_from_heading_to_last_option() -> None:
    result = fedimove("--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("utilisation : fedimove")
    english_words = ("usage:", "positional", "show this help", "version number", "follow your")
    for english in english_words:
        assert english not in out, english
    assert "suivre sur Mastodon les comptes trouvés" in out
    sub = fedimove("follow", "--help").stdout
    assert "afficher seulement le plan" in sub and "only print" not in sub


def test_a_mistyped_verb_is_one_french_error() -> None:
    result = fedimove("suivre")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "fedimove : erreur : argument COMMAND : choix invalide : 'suivre'" in result.stderr
    assert "error" not in result.stderr
