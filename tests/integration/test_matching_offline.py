"""Matching that could not look: unreachable servers leave accounts unchecked, never "not found"."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from fedimove.core.export_csv import REPORT_FILE
from fedimove.core.fediverse_host import HostInfo
from fedimove.core.graph import EdgeKind, Profile
from fedimove.core.handles import Handle
from fedimove.core.remote_profile import AccountState
from fedimove.core.review import Standing
from fedimove.fediverse.verify import Verifier
from fedimove.jobs.base import run_sync
from fedimove.jobs.export_csv import ExportCsvJob
from fedimove.jobs.match import MatchJob
from fedimove.jobs.review import LoadReview
from fedimove.store import graph, matches, workspace
from tests.fakes.fediverse import FakeFediverse
from tests.workspace_setup import follow

PROFILES = [
    Profile("1", "alice", "Alice", bio="Now on the fediverse: @alice@piaille.fr", source="api"),
    Profile("2", "bob", "Bob", bio="just bob", source="api"),
]


def _follows() -> None:
    follow(PROFILES, probe_hosts=["mastodon.social"])


def _standings() -> dict[str, Standing]:
    return {row.account_id: row.standing for row in run_sync(LoadReview())}


def _report_reasons(tmp_path: Path) -> dict[str, str]:
    run_sync(ExportCsvJob(tmp_path / "out"))
    with (tmp_path / "out" / REPORT_FILE).open(encoding="utf-8") as handle:
        return {row["Twitter id"]: row["Reason"] for row in csv.DictReader(handle)}


def test_before_any_search_the_review_says_not_searched_yet(tmp_path: Path) -> None:
    _follows()
    assert _standings() == {"1": Standing.NOT_SEARCHED, "2": Standing.NOT_SEARCHED}
    assert _report_reasons(tmp_path) == {"1": "not_searched", "2": "not_searched"}


def test_offline_accounts_stay_unchecked_and_the_next_run_looks_again(
    fake_fediverse: FakeFediverse, tmp_path: Path
) -> None:
    fake_fediverse.add_host("piaille.fr").add("alice", display_name="Alice")
    fake_fediverse.add_host("mastodon.social").add("bob", display_name="Bob")
    _follows()
    fake_fediverse.network.refuse(["piaille.fr", "mastodon.social"])

    summary = run_sync(MatchJob())

    assert summary.unchecked == 2 and summary.unmatched == 0
    assert summary.unreachable_hosts == ["mastodon.social", "piaille.fr"]
    assert summary.offline
    conn = workspace.connect()
    assert matches.counts(conn)["unchecked"] == 2
    assert matches.counts(conn)["unmatched"] == 0
    conn.close()
    assert _standings() == {"1": Standing.UNCHECKED, "2": Standing.UNCHECKED}
    assert _report_reasons(tmp_path) == {"1": "unchecked", "2": "unchecked"}

    fake_fediverse.network.reconnect()
    again = run_sync(MatchJob())

    assert again.unchecked == 0 and again.unreachable_hosts == []
    conn = workspace.connect()
    found = {row.account_id: row.address for row in matches.chosen_matches(conn)}
    conn.close()
    assert found == {"1": "alice@piaille.fr", "2": "bob@mastodon.social"}


def test_a_known_server_that_refuses_is_unreachable_not_not_found(
    fake_fediverse: FakeFediverse,
) -> None:
    fake_fediverse.add_host("gts.example", "gotosocial").add("carol")
    fake_fediverse.network.refuse(["gts.example"])
    verifier = Verifier(host_infos={"gts.example": HostInfo("gts.example", "gotosocial")})
    assert verifier.verify(Handle("carol", "gts.example")).state is AccountState.UNREACHABLE


def test_cli_match_and_status_say_unchecked_and_which_servers(
    fake_fediverse: FakeFediverse,
) -> None:
    fake_fediverse.add_host("piaille.fr").add("alice")
    fake_fediverse.add_host("mastodon.social")
    _follows()
    fake_fediverse.network.refuse(["piaille.fr", "mastodon.social"])
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "match", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["unchecked"] == 2 and data["unmatched"] == 0
    assert data["unreachable_hosts"] == ["mastodon.social", "piaille.fr"]
    text = subprocess.run(
        [sys.executable, "-m", "fedimove", "match"], capture_output=True, text=True, timeout=120
    )
    assert (
        "Couldn't reach 2 servers — you seem to be offline. Nothing was lost; "
        "Find again continues." in text.stdout
    )
    status = subprocess.run(
        [sys.executable, "-m", "fedimove", "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert json.loads(status.stdout)["unchecked"] == 2


def test_cli_match_on_follows_known_only_by_number_says_what_fills_them() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, [Profile(str(n), None, source="archive") for n in (7, 8)])
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["7", "8"])
    conn.close()
    text = subprocess.run(
        [sys.executable, "-m", "fedimove", "match"], capture_output=True, text=True, timeout=120
    )
    assert text.returncode == 0, text.stderr
    assert (
        "Your archive knows these accounts only by number. Read them from x.com, import a "
        "browser recording, or use API keys: fedimove read-x, fedimove import-har FILE or "
        "fedimove twitter export." in text.stdout
    )
    data = json.loads(
        subprocess.run(
            [sys.executable, "-m", "fedimove", "match", "--json"],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
    )
    assert data["known_by_number"] == 2
    # Nothing could be looked up by number: both are looked at again once usernames arrive.
    assert data["unchecked"] == 2 and data["unmatched"] == 0
