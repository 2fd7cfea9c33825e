"""Addresses are the accounts' own canonical ones (the WebFinger subject), never the host's."""

from __future__ import annotations

import csv
from pathlib import Path

from fedimove.core.export_csv import FOLLOWING_FILE
from fedimove.core.graph import EdgeKind, Profile
from fedimove.jobs.base import run_sync
from fedimove.jobs.export_csv import ExportCsvJob
from fedimove.jobs.match import MatchJob
from fedimove.store import graph, matches, workspace
from tests.fakes.fediverse import FakeFediverse, link


def test_export_writes_the_webfinger_subject_not_the_servers_host(
    fake_fediverse: FakeFediverse, tmp_path: Path
) -> None:
    social = fake_fediverse.add_host("social.example.org")
    fake_fediverse.delegate("example.org", social)
    social.add("carol", fields=[("Twitter", link("https://twitter.com/carol"), False)])
    liar = fake_fediverse.add_host("liar.example")
    liar.account_domain = "example.org"  # claims a domain that never named its accounts
    liar.add("dave", fields=[("Twitter", link("https://twitter.com/dave"), False)])
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(
            conn,
            [
                Profile("1", "carol", "Carol", bio="@carol@social.example.org", source="api"),
                Profile("2", "dave", "Dave", bio="@dave@liar.example", source="api"),
            ],
        )
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", ["1", "2"])
    conn.close()
    run_sync(MatchJob(probe=False))
    conn = workspace.connect()
    found = {row.account_id: row.address for row in matches.chosen_matches(conn)}
    conn.close()
    assert found == {"1": "carol@example.org", "2": "dave@liar.example"}
    run_sync(ExportCsvJob(tmp_path / "out"))
    with (tmp_path / "out" / FOLLOWING_FILE).open(encoding="utf-8") as handle:
        addresses = {row["Account address"] for row in csv.DictReader(handle)}
    assert addresses == {"carol@example.org", "dave@liar.example"}
