"""The person's own website (issue 12): rel=me links on the site the Twitter account
published prove the fediverse account; text on it only mentions. Real HTTPS to fake sites."""

from __future__ import annotations

import pytest

from fedimove.core.graph import EdgeKind, Profile
from fedimove.jobs.base import run_sync
from fedimove.jobs.match import MatchJob
from fedimove.jobs.plan import build_summary
from fedimove.net.pages import fetch, page_session
from fedimove.store import graph, matches, settings, workspace
from tests.fakes.fediverse import FakeFediverse, link
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import SignedIn
from tests.fakes.websites import add_site, home_page

ANNA = Profile(
    "42", "anna_r", "Anna R", bio="Reporter.", website="https://anna.example/", source="api"
)


def _follow(*profiles: Profile) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, list(profiles))
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in profiles])
        settings.put(conn, "matching.probe", False)
    conn.close()


def _chosen() -> dict[str, tuple[str, str, set[tuple[str, str]]]]:
    conn = workspace.connect()
    try:
        return {
            r.account_id: (
                r.address,
                r.confidence.value,
                {(e.kind.value, e.source) for e in r.evidence},
            )
            for r in matches.chosen_matches(conn)
        }
    finally:
        conn.close()


@pytest.fixture
def mastodon(signed_in: SignedIn, fake_fediverse: FakeFediverse) -> FakeFediverse:
    signed_in.fake.resolver = fake_fediverse.resolver
    return fake_fediverse


def test_a_rel_me_chain_from_the_twitter_website_is_followed(
    mastodon: FakeFediverse, fake_network: FakeNetwork
) -> None:
    """Twitter website → the person's site → rel=me to a Mastodon profile: likely, followed;
    the profile's own verified link to the same site makes it confirmed."""
    add_site(
        fake_network,
        "anna.example",
        redirects={"/": "/en/"},
        pages={
            "/en/": home_page(
                "https://piaille.fr/@anna",
                "https://github.com/anna",
                text="Listen to my co-host @kim@piaille.fr",
            )
        },
    )
    piaille = mastodon.add_host("piaille.fr")
    piaille.add(
        "anna", display_name="Anna R", fields=[("Site", link("https://anna.example/"), True)]
    )
    piaille.add("kim")
    _follow(ANNA)
    run_sync(MatchJob())
    address, level, evidence = _chosen()["42"]
    assert (address, level) == ("anna@piaille.fr", "confirmed")
    assert ("published", "website") in evidence and ("verified_link", "fediverse_field") in evidence
    conn = workspace.connect()
    try:
        assert [f.address for f in build_summary(conn).to_send] == ["anna@piaille.fr"]
        [row] = matches.chosen_matches(conn)
        assert any(
            e.snippet == "https://anna.example/" for e in row.evidence if e.source == "website"
        )
    finally:
        conn.close()


def test_an_address_only_written_on_the_page_is_a_mention(
    mastodon: FakeFediverse, fake_network: FakeNetwork
) -> None:
    add_site(fake_network, "anna.example", pages={"/": home_page(text="Friends: @kim@piaille.fr")})
    mastodon.add_host("piaille.fr").add("kim")
    _follow(ANNA)
    run_sync(MatchJob())
    assert _chosen()["42"][:2] == ("kim@piaille.fr", "possible")


def test_each_site_is_asked_once_then_read_from_the_workspace(
    mastodon: FakeFediverse, fake_network: FakeNetwork
) -> None:
    site = add_site(
        fake_network, "anna.example", pages={"/": home_page("https://piaille.fr/@anna")}
    )
    mastodon.add_host("piaille.fr").add("anna")
    twin = Profile("43", "anna_alt", "Anna", website="anna.example", source="api")
    _follow(ANNA, twin)
    run_sync(MatchJob())
    assert [path for _, path, _ in site.log] == ["/"]
    run_sync(MatchJob(only_unmatched=True))
    assert len(site.log) == 1
    assert site.cookies_seen == []


def test_websites_off_asks_no_site(mastodon: FakeFediverse, fake_network: FakeNetwork) -> None:
    site = add_site(
        fake_network, "anna.example", pages={"/": home_page("https://piaille.fr/@anna")}
    )
    mastodon.add_host("piaille.fr").add("anna")
    _follow(ANNA)
    conn = workspace.connect()
    with workspace.transaction(conn):
        settings.put(conn, "matching.websites", False)
    conn.close()
    run_sync(MatchJob())
    assert site.log == [] and "42" not in _chosen()


def test_page_caps_redirects_size_time_and_kind(fake_network: FakeNetwork) -> None:
    hops = {f"/{n}": f"/{n + 1}" for n in range(6)}
    add_site(fake_network, "loop.example", redirects=hops, pages={"/6": "<p>end</p>"})
    add_site(fake_network, "big.example", pages={"/": "<p>" + "x" * 2_000_000})
    add_site(fake_network, "slow.example", pages={"/": "<p>late</p>"}, latency=1.5)
    add_site(fake_network, "pdf.example", pages={"/": "%PDF"}, content_type="application/pdf")
    session = page_session()
    assert fetch(session, "https://loop.example/1").status == 200  # five hops: fine
    assert fetch(session, "https://loop.example/0").status == 0  # six: refused
    assert fetch(session, "https://big.example/").status == 0
    assert fetch(session, "https://pdf.example/").status == 0
    assert fetch(page_session(timeout=0.5), "https://slow.example/").status == 0
