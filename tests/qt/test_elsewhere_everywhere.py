"""An account on Bluesky or Threads outside the fediverse shows where it went in every output,
even when a same-username `possible` match is also there to review, and the GUI, `fedimove
status`, `status --json` and the CSV report count the same accounts."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from fedimove.core.graph import Profile
from fedimove.core.review import Confidence, ReviewFilter, Standing
from fedimove.jobs.base import run_sync
from fedimove.jobs.export_csv import ExportCsvJob
from fedimove.jobs.match import MatchJob
from fedimove.ui.engines import Engines
from fedimove.ui.matches_page import MatchesPage
from tests.fakes.bridges import FakeBridgyFed, FakeThreads
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.mastodon import SignedIn
from tests.workspace_setup import follow

PROFILES = [
    Profile("1", "omar", "Omar", bio="🦋 omar.dev", source="api"),
    Profile("2", "uri", "Uri", bio="threads.com/@uri_draws", source="api"),
    Profile("3", "lena", "Lena", bio="🦋 lena.dev · threads.net/@lena.writes", source="api"),
    Profile("4", "dan", "Dan", bio="nothing here", source="api"),
]


@pytest.fixture
def workspace_with_elsewhere(
    signed_in: SignedIn,
    fake_fediverse: FakeFediverse,
    fake_bridgy: FakeBridgyFed,
    fake_threads: FakeThreads,
) -> None:
    """omar: Bluesky not bridged AND a same-username possible match on mastodon.social;
    uri: Threads not shared; lena: both networks; dan: nothing anywhere."""
    fake_bridgy.add("omar.dev", bridged=False)
    fake_bridgy.add("lena.dev", bridged=False)
    fake_threads.add("uri_draws", shared=False)
    fake_threads.add("lena.writes", shared=False)
    fake_fediverse.add_host("mastodon.social").add("omar", display_name="Omar")
    signed_in.fake.resolver = fake_fediverse.resolver
    follow(PROFILES, probe_hosts=["mastodon.social"])
    run_sync(MatchJob())


def _cli(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _gui_counts(qtbot) -> tuple[MatchesPage, dict[str, int]]:  # type: ignore[no-untyped-def]
    page = MatchesPage(Engines())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.rows_loaded, timeout=20_000):
        page.reload()
    counts = {}
    for name, shown in (
        ("bluesky", ReviewFilter(standings=frozenset({Standing.ON_BLUESKY}))),
        ("threads", ReviewFilter(standings=frozenset({Standing.ON_THREADS}))),
        ("possible", ReviewFilter(confidences=frozenset({Confidence.POSSIBLE}))),
    ):
        page.proxy.set_filter(shown)
        counts[name] = page.proxy.rowCount()
    return page, counts


@pytest.mark.usefixtures("workspace_with_elsewhere")
def test_gui_cli_json_and_csv_count_the_same_accounts_elsewhere(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    wanted = {"bluesky": 2, "threads": 2, "possible": 1}
    page, gui = _gui_counts(qtbot)
    assert gui == wanted
    data = json.loads(_cli("status", "--json"))
    assert {
        "bluesky": data["on_bluesky_not_bridged"],
        "threads": data["on_threads_not_federated"],
        "possible": data["matched"]["possible"],
    } == wanted
    text = _cli("status")
    assert "On Bluesky without a bridge: 2; on Threads without federation: 2." in text
    assert "0 likely, 1 possible" in text
    result = run_sync(ExportCsvJob(tmp_path / "export"))
    with result.report.open(encoding="utf-8", newline="") as stream:
        report = list(csv.DictReader(stream))
    assert {
        "bluesky": sum("On Bluesky" in r["Elsewhere"] for r in report),
        "threads": sum("On Threads" in r["Elsewhere"] for r in report),
        "possible": sum(r["Confidence"] == "possible" for r in report),
    } == wanted
    page.close()


@pytest.mark.usefixtures("workspace_with_elsewhere")
def test_a_possible_match_and_where_else_they_went_are_shown_together(qtbot) -> None:  # type: ignore[no-untyped-def]
    page, _ = _gui_counts(qtbot)
    rows = {row.account_id: row for row in page.model.rows}
    omar, lena = rows["1"], rows["3"]
    assert (omar.address, omar.confidence) == ("omar@mastodon.social", Confidence.POSSIBLE)
    page.details.show_row(omar)
    shown = page.details.address.text()
    assert "omar@mastodon.social" in shown
    assert "Bluesky" in shown and "https://bsky.app/profile/omar.dev" in shown
    page.details.show_row(lena)
    shown = page.details.address.text()
    assert "lena.dev" in shown and "https://www.threads.net/@lena.writes" in shown
