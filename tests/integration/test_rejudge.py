"""New matching rules re-judge what an earlier version stored, without asking servers again."""

from __future__ import annotations

from fedimove.core.graph import EdgeKind, Profile
from fedimove.core.rules_version import RULES_VERSION
from fedimove.jobs.base import run_sync
from fedimove.jobs.match import RULES_SETTING, MatchJob
from fedimove.store import graph, matches, settings, workspace
from tests.fakes.fediverse import FakeFediverse, link
from tests.workspace_setup import follow

PEOPLE = [
    Profile("1", "anna", "Anna", bio="just a bio", source="api"),
    Profile("2", "bob", "Bob", bio="now @bob@chaos.social", source="api"),
]


def _chosen() -> dict[str, tuple[str, str]]:
    conn = workspace.connect()
    try:
        return {r.account_id: (r.address, r.confidence.value) for r in matches.chosen_matches(conn)}
    finally:
        conn.close()


def test_an_older_workspace_is_judged_again_from_what_it_stored(
    fake_fediverse: FakeFediverse,
) -> None:
    fake_fediverse.add_host("mastodon.social").add(
        "anna", display_name="Anna", fields=[("Twitter", link("https://twitter.com/anna"), False)]
    )
    fake_fediverse.add_host("chaos.social").add("bob", display_name="Bob")
    follow(PEOPLE, probe_hosts=["mastodon.social"])
    run_sync(MatchJob())
    assert _chosen() == {
        "1": ("anna@mastodon.social", "possible"),
        "2": ("bob@chaos.social", "likely"),
    }
    # What an earlier version left: a claim-only match judged 'likely', and no rules version.
    conn = workspace.connect()
    with workspace.transaction(conn):
        conn.execute("UPDATE matches SET confidence = 'likely' WHERE account_id = '1'")
        conn.execute("DELETE FROM settings WHERE key = ?", (RULES_SETTING,))
    conn.close()
    asked = fake_fediverse.total_requests()
    summary = run_sync(MatchJob())
    assert _chosen()["1"] == ("anna@mastodon.social", "possible")
    assert _chosen()["2"] == ("bob@chaos.social", "likely")
    assert fake_fediverse.total_requests() == asked and summary.requests == 0
    conn = workspace.connect()
    try:
        assert settings.get(conn, RULES_SETTING, None) == RULES_VERSION
    finally:
        conn.close()
    run_sync(MatchJob())  # the same rules: nothing is judged twice
    assert fake_fediverse.total_requests() == asked


def test_the_users_decisions_survive_a_new_judgement(fake_fediverse: FakeFediverse) -> None:
    fake_fediverse.add_host("mastodon.social").add("anna", display_name="Anna")
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, PEOPLE[:1])
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", ["1"])
        settings.put(conn, "matching.probe_hosts", ["mastodon.social"])
    conn.close()
    run_sync(MatchJob())
    conn = workspace.connect()
    with workspace.transaction(conn):
        matches.set_review(conn, "1", "anna@mastodon.social", "accepted")
        settings.put(conn, RULES_SETTING, 2)  # the last version kept by hand
    conn.close()
    run_sync(MatchJob())
    conn = workspace.connect()
    try:
        [row] = matches.chosen_matches(conn)
    finally:
        conn.close()
    assert (row.address, row.review) == ("anna@mastodon.social", "accepted")
