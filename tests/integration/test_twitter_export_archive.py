"""API export on top of a real imported archive: ids the archive knew get their profiles."""

from __future__ import annotations

from pathlib import Path

from fedimove.core.graph import EdgeKind
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.jobs.base import JobContext
from fedimove.jobs.import_archive import ImportArchiveJob
from fedimove.jobs.twitter_export import ExportOptions, TwitterExportJob
from fedimove.store import graph, workspace
from tests.fakes.https import FakeNetwork
from tests.fakes.twitter import FakeTwitter, FakeUser


def test_archive_follows_get_profiles_and_unfollowed_ones_are_filled_in(
    shared_archives: Path, fake_network: FakeNetwork
) -> None:
    ImportArchiveJob(shared_archives / "2022-11_smwhr").run(JobContext())
    conn = workspace.connect()
    me = graph.load_me(conn)
    assert me is not None
    archive_ids = sorted(
        row[0]
        for row in conn.execute(
            "SELECT account_id FROM edges WHERE kind = 'following' AND source = 'archive'"
        )
    )
    assert len(archive_ids) > 600
    fake = FakeTwitter()
    fake.me_id = me.id
    fake.add_user(FakeUser(me.id, me.username or "me", "Me"))
    for account_id in archive_ids:
        fake.add_user(FakeUser(account_id, f"u{account_id}", f"User {account_id}"))
    still_followed, unfollowed = archive_ids[:-50], archive_ids[-50:]
    fake.me.following.extend(still_followed)
    fake.install(fake_network)

    credentials = TwitterCredentials.from_mapping(fake.credentials())
    result = TwitterExportJob(ExportOptions(no_cap=True), credentials).run(JobContext())

    assert result.complete and result.following == len(still_followed)
    assert result.hydrated >= len(unfollowed)
    for account_id in archive_ids:
        profile = graph.profile(conn, account_id)
        assert profile is not None and profile.username == f"u{account_id}"
    api_edges = conn.execute(
        "SELECT count(*) FROM edges WHERE kind = ? AND source = 'api'", (EdgeKind.FOLLOWING,)
    ).fetchone()[0]
    assert api_edges == len(still_followed)
