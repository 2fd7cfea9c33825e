"""Proofs, not claims (issue 12): what a fediverse account says about itself never gets it
followed by default; only the Twitter side or a server's verification does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fedimove.core.graph import EdgeKind, Profile
from fedimove.core.match_labels import CLAIMS_ONLY, unproven_note
from fedimove.jobs.base import run_sync
from fedimove.jobs.match import MatchJob
from fedimove.jobs.plan import build_summary
from fedimove.jobs.review import LoadReview
from fedimove.store import graph, matches, settings, workspace
from tests.fakes.fediverse import FakeFediverse, link
from tests.fakes.mastodon import SignedIn
from tests.fakes.websites import add_site, home_page

VICTIM = Profile(
    "42",
    "anna_reporter",
    "Anna Reporter",
    bio="Reporter at a daily. Views my own.",
    website="https://anna-reporter.example/",
    source="api",
)


def _graph(*profiles: Profile) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, list(profiles))
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in profiles])
        settings.put(conn, "matching.probe_hosts", ["mastodon.social"])
    conn.close()


@pytest.fixture
def impostor(signed_in: SignedIn, fake_fediverse: FakeFediverse) -> FakeFediverse:
    """Same username on the biggest server, same name, a field and a bio naming the victim's
    Twitter and her website, created last week; the victim has no fediverse account."""
    last_week = (datetime.now(UTC) - timedelta(days=6)).strftime("%Y-%m-%dT00:00:00.000Z")
    fake_fediverse.add_host("mastodon.social").add(
        "anna_reporter",
        display_name="Anna Reporter",
        note="<p>The real one, moved from twitter.com/anna_reporter</p>",
        fields=[
            ("Twitter", link("https://twitter.com/anna_reporter"), False),
            ("Website", link("https://anna-reporter.example/"), False),
        ],
        created_at=last_week,
    )
    # Her own site names no fediverse account: the impostor's claim to it proves nothing.
    add_site(
        fake_fediverse.network,
        "anna-reporter.example",
        pages={"/": home_page("https://github.com/anna", text="Anna Reporter, journalist")},
    )
    signed_in.fake.resolver = fake_fediverse.resolver
    _graph(VICTIM)
    return fake_fediverse


def test_an_impostor_is_never_followed_by_default(impostor: FakeFediverse) -> None:
    run_sync(MatchJob())
    conn = workspace.connect()
    try:
        [row] = matches.chosen_matches(conn)
        kinds = {e.kind.value for e in row.evidence}
        assert (row.address, row.confidence.value) == ("anna_reporter@mastodon.social", "possible")
        assert {"same_username", "similar_name", "link_back"} <= kinds
        assert "published" not in kinds and "verified_link" not in kinds
        plan = build_summary(conn)
    finally:
        conn.close()
    assert [f.address for f in plan.to_send] == []
    [review] = run_sync(LoadReview())
    assert not review.picked
    assert unproven_note(e.kind for e in review.evidence) == CLAIMS_ONLY


def test_the_same_account_published_on_twitter_is_followed(
    signed_in: SignedIn, fake_fediverse: FakeFediverse
) -> None:
    """The contrast: once the Twitter side names the address, the link back confirms it."""
    fake_fediverse.add_host("mastodon.social").add(
        "anna_reporter",
        display_name="Anna Reporter",
        fields=[("Twitter", link("https://twitter.com/anna_reporter"), False)],
    )
    signed_in.fake.resolver = fake_fediverse.resolver
    own = Profile(
        VICTIM.id,
        VICTIM.username,
        VICTIM.display_name,
        bio="Reporter. Now @anna_reporter@mastodon.social",
        source="api",
    )
    _graph(own)
    run_sync(MatchJob())
    conn = workspace.connect()
    try:
        [row] = matches.chosen_matches(conn)
        assert row.confidence.value == "confirmed"
        plan = build_summary(conn)
    finally:
        conn.close()
    assert [f.address for f in plan.to_send] == ["anna_reporter@mastodon.social"]
