"""Handle extraction: a table of tricky cases, then properties that must hold for any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.handles import Form, addresses, in_text, in_url, normalise

CASES = [
    # the plain forms
    ("Follow me: @alice@piaille.fr", ["alice@piaille.fr"]),
    ("alice@mastodon.social", ["alice@mastodon.social"]),
    ("acct:alice@mastodon.social", ["alice@mastodon.social"]),
    ("https://piaille.fr/@alice", ["alice@piaille.fr"]),
    ("piaille.fr/@alice", ["alice@piaille.fr"]),
    ("http://piaille.fr/@alice/", ["alice@piaille.fr"]),
    ("https://mastodon.social/web/@bob", ["bob@mastodon.social"]),
    ("https://mastodon.social/users/bob", ["bob@mastodon.social"]),
    ("https://mastodon.social/users/bob/statuses/1099", ["bob@mastodon.social"]),
    ("https://friendica.example/profile/lou", ["lou@friendica.example"]),
    ("https://tube.example/c/my_channel/videos", ["my_channel@tube.example"]),
    ("https://tube.example/a/someone", ["someone@tube.example"]),
    ("https://mastodon.social/@dan@chaos.social", ["dan@chaos.social"]),
    ("https://hachyderm.io/@carol/109876543210", ["carol@hachyderm.io"]),
    ("https://mastodon.social/web/@dan@chaos.social", ["dan@chaos.social"]),
    ("https://mastodon.social/deck/@bob", ["bob@mastodon.social"]),
    ("https://mastodon.social/@bob?lang=fr", ["bob@mastodon.social"]),
    ("https://mastodon.social/@bob/with_replies", ["bob@mastodon.social"]),
    ("https://misskey.io/@ren", ["ren@misskey.io"]),
    ("@alice@piaille.fr's new home", ["alice@piaille.fr"]),
    ("https://pixelfed.social/alice", []),
    # several, repeats, case
    ("@a@one.example and @b@two.example", ["a@one.example", "b@two.example"]),
    ("@a@One.Example / https://one.example/@a", ["a@one.example"]),
    ("@Alice@Piaille.FR", ["Alice@piaille.fr"]),
    # dots and dashes in the user part (Bridgy Fed)
    ("@www.example.com@www.example.com", ["www.example.com@www.example.com"]),
    ("@jo.bsky.social@bsky.brid.gy", ["jo.bsky.social@bsky.brid.gy"]),
    ("@first-last@social.example", ["first-last@social.example"]),
    # written out
    ("gina [at] mastodon [dot] social", ["gina@mastodon.social"]),
    ("gina (at) mastodon.social", ["gina@mastodon.social"]),
    ("@hank @ fosstodon.org", ["hank@fosstodon.org"]),
    ("@hank@ fosstodon.org", ["hank@fosstodon.org"]),
    # look-alikes and invisible characters
    ("＠ｅｖｅ＠ｍａｓｔｏｄｏｎ．ｓｏｃｉａｌ", ["eve@mastodon.social"]),
    ("@𝐚𝐥𝐢𝐜𝐞@𝐦𝐚𝐬𝐭𝐨𝐝𝐨𝐧.𝐬𝐨𝐜𝐢𝐚𝐥", ["alice@mastodon.social"]),
    ("@fr\u200bank@mas.to", ["frank@mas.to"]),
    ("@ivy@mas\u200d.to", ["ivy@mas.to"]),
    ("﹫jay﹫mstdn.social", ["jay@mstdn.social"]),
    # punctuation around
    ("(@kim@mas.to)", ["kim@mas.to"]),
    ("I moved to @kim@mas.to.", ["kim@mas.to"]),
    ("I moved to @kim@mas.to...", ["kim@mas.to"]),
    ("🐘 @kim@mas.to 🐘", ["kim@mas.to"]),
    (
        "mastodon: @kim@mas.to, bluesky: @kim.bsky.social",
        ["kim@mas.to", "kim.bsky.social@bsky.brid.gy"],
    ),
    # e-mails are never taken
    ("alice@gmail.com", []),
    ("@alice@gmail.com", []),
    ("contact@piaille.fr", []),
    ("press@lemonde.fr", []),
    ("mailto:alice@mastodon.social", []),
    ("alice.smith@proton.me", []),
    ("me@fr.yahoo.com", []),
    # Matrix never federates; Bluesky through Bridgy Fed, Threads when shared
    ("@ian:matrix.org", []),
    ("matrix: @ian:matrix.org", []),
    ("@jo.bsky.social", ["jo.bsky.social@bsky.brid.gy"]),
    ("jo.bsky.social", ["jo.bsky.social@bsky.brid.gy"]),
    ("Jo.Bsky.Social!", ["jo.bsky.social@bsky.brid.gy"]),
    ("https://bsky.app/profile/jo.bsky.social", ["jo.bsky.social@bsky.brid.gy"]),
    ("bsky.app/profile/alice.dev/post/3kabc", ["alice.dev@bsky.brid.gy"]),
    ("https://bsky.app/profile/did:plc:abc123", []),
    ("https://bsky.app/", []),
    ("https://bsky.app/profile/", []),
    ("🦋 alice.dev", ["alice.dev@bsky.brid.gy"]),
    ("bsky: @alice.dev", ["alice.dev@bsky.brid.gy"]),
    ("Bluesky: alice.dev.", ["alice.dev@bsky.brid.gy"]),
    ("bluesky and mastodon", []),
    ("🦋 https://alice.dev/blog", []),
    ("🦋 mastodon.social", []),
    ("@jo@jo.bsky.social", []),
    ("jo@bsky.social", []),
    ("https://www.threads.net/@jo", ["jo@threads.net"]),
    ("https://threads.com/@jo", ["jo@threads.net"]),
    ("threads.net/@jo.doe/post/C1x", ["jo.doe@threads.net"]),
    ("@jo@threads.net", ["jo@threads.net"]),
    ("@jo@www.threads.com", ["jo@threads.net"]),
    ("https://www.threads.net/", []),
    ("alice@example.com", []),
    # sites with /@user that do not federate
    ("https://medium.com/@kim", []),
    ("https://kim.medium.com/@kim", []),
    ("https://www.youtube.com/@kimchannel", []),
    ("https://www.tiktok.com/@kim", []),
    ("https://skeb.jp/@kim", []),
    ("https://en.pronouns.page/@kim", []),
    ("https://traewelling.de/@kim", []),
    ("https://observablehq.com/@kim", []),
    ("https://tap.bio/@kim", []),
    ("https://substack.com/@kim", []),
    ("https://counter.social/@kim", []),
    ("@kim@counter.social", []),
    ("https://truthsocial.com/@kim", []),
    ("https://www.youtube.com/c/kimchannel", []),
    ("https://stackoverflow.com/users/12345/kim", []),
    # Twitter's own links and truncation
    ("https://t.co/AbCdEf123", []),
    ("@kim@t.co", []),
    ("mastodon.social/@alicewonderl…", []),
    ("https://mastodon.social/@alicewonderl…", []),
    ("RT @x: I moved to @alice@mastodon.soc…", []),
    ("Find me at @x@https://t.co/abc", []),
    ("https://twitter.com/alice", []),
    ("https://x.com/alice", []),
    # not addresses at all
    ("logo@2x.png", []),
    ("me@logo@2x.png", []),
    ("@alice", []),
    ("site.example/users/12345", []),
    ("email me at alice at example dot com", []),
    ("price: 5@3.50", []),
    ("", []),
    ("@@@", []),
    ("@a@b", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_addresses(text: str, expected: list[str]) -> None:
    assert [str(h) for h in addresses(text)] == expected


def test_bare_address_on_unknown_host_is_only_a_candidate() -> None:
    found = in_text("write to alice@small.example")
    assert [(str(f.handle), f.form, f.strong) for f in found] == [
        ("alice@small.example", Form.BARE, False)
    ]
    assert addresses("write to alice@small.example") == []
    assert [str(h) for h in addresses("alice@small.example", frozenset({"small.example"}))] == [
        "alice@small.example"
    ]


def test_expanded_urls_replace_tco_links_one_to_one() -> None:
    text = "Now at @x@https://t.co/abc and https://t.co/def"
    urls = ["http://mastodon.social", "https://piaille.fr/@x2"]
    assert [str(f.handle) for f in in_text(text, urls)] == ["x@mastodon.social", "x2@piaille.fr"]


def test_expanded_urls_are_used_not_display_text() -> None:
    text = "mastodon: mastodon.social/@alicewonderl… https://t.co/xyz"
    found = in_text(text, ["https://mastodon.social/@alicewonderland"])
    assert [str(f.handle) for f in found] == ["alicewonderland@mastodon.social"]


def test_mismatched_tco_links_are_dropped() -> None:
    assert in_text("@x@https://t.co/abc https://t.co/d", ["http://a.example"]) == [
        f for f in in_text("", ["http://a.example"])
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://piaille.fr/@alice", "alice@piaille.fr"),
        ("piaille.fr/@alice", "alice@piaille.fr"),
        ("https://piaille.fr/", None),
        ("https://piaille.fr/about", None),
        ("ftp://piaille.fr/@alice", None),
        ("https://[::1/@x", None),
        ("https://mastodon.social/u/alice", "alice@mastodon.social"),
        ("https://example.com/u/alice", None),
    ],
)
def test_in_url(url: str, expected: str | None) -> None:
    found = in_url(url)
    assert (str(found.handle) if found else None) == expected


def test_snippet_is_kept_for_evidence() -> None:
    (found,) = in_text("New home: @alice@piaille.fr — see you there")
    assert found.snippet == "@alice@piaille.fr"


def test_normalise_rewrites_written_forms() -> None:
    assert normalise("a [at] b [dot] c") == "a@b.c"


ADDRESS = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?@[a-z0-9.-]+$")
users = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
hosts = st.from_regex(r"[a-z][a-z0-9]{1,8}\.(social|example|fr|org)", fullmatch=True)
noise = st.lists(
    st.sampled_from([*"abc @:/._-…\u200b＠[]()\n#é😀", "https://", "t.co/", "gmail.com"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_and_prints_only_addresses(text: str) -> None:
    for handle in addresses(text):
        assert ADDRESS.match(str(handle)), handle
        assert handle.host == handle.host.lower()


@settings(max_examples=300, deadline=None)
@given(noise)
def test_noise_of_address_characters(text: str) -> None:
    for found in in_text(text):
        assert ADDRESS.match(str(found.handle))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_idempotent_on_its_own_output(text: str) -> None:
    printed = " ".join(f"@{h}" for h in addresses(text))
    assert [str(h) for h in addresses(printed)] == [str(h) for h in addresses(text)]


@settings(max_examples=200, deadline=None)
@given(users, hosts, noise, noise)
def test_a_mention_is_found_whatever_surrounds_it(user, host, before, after) -> None:
    text = f"{before} @{user}@{host} {after}"
    assert f"{user}@{host}" in [h.key for h in addresses(text)]


@settings(max_examples=200, deadline=None)
@given(
    users, st.sampled_from(["gmail.com", "proton.me", "matrix.org", "bsky.social", "t.co"]), noise
)
def test_never_takes_mail_matrix_bluesky_or_tco(user, host, around) -> None:
    for text in (f"{around} {user}@{host}", f"@{user}:{host} {around}", f"@{user}@{host}"):
        assert all(not h.host.endswith(host) for h in addresses(text))


@pytest.mark.parametrize("after", ["[@]", "[@]a", "(at) b", "[dot]"])
def test_a_written_out_form_next_to_a_mention_does_not_hide_it(after: str) -> None:
    assert "a@a0.social" in [h.key for h in addresses(f"@a@a0.social {after}")]
