"""Confidence rules and evidence: pure, no network."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fedimove.core.graph import AccountText, Profile, TextKind
from fedimove.core.handles import Handle
from fedimove.core.matching import (
    Confidence,
    Evidence,
    EvidenceKind,
    confidence,
    judge,
    link_back,
    published_candidates,
    resembles,
)
from fedimove.core.remote_profile import AccountState, ProfileField, RemoteProfile, html_text
from fedimove.fediverse.profiles import from_actor, from_api

E = EvidenceKind
EXISTS = Evidence(E.EXISTS, "api", "x")


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ({E.PUBLISHED, E.LINK_BACK}, Confidence.CONFIRMED),
        ({E.PUBLISHED, E.VERIFIED_LINK}, Confidence.CONFIRMED),
        ({E.VERIFIED_LINK, E.LINK_BACK}, Confidence.CONFIRMED),
        ({E.VERIFIED_LINK}, Confidence.LIKELY),
        ({E.SAME_USERNAME, E.VERIFIED_LINK}, Confidence.LIKELY),
        ({E.PUBLISHED}, Confidence.LIKELY),
        # an impostor: same username, same name, a field naming the victim's Twitter
        ({E.SAME_USERNAME, E.SIMILAR_NAME, E.LINK_BACK}, Confidence.POSSIBLE),
        ({E.SAME_USERNAME, E.LINK_BACK}, Confidence.POSSIBLE),
        ({E.MENTIONED, E.LINK_BACK}, Confidence.POSSIBLE),
        ({E.LINK_BACK}, Confidence.POSSIBLE),
        ({E.SAME_USERNAME}, Confidence.POSSIBLE),
        ({E.SAME_USERNAME, E.SIMILAR_NAME}, Confidence.POSSIBLE),
        ({E.MENTIONED}, Confidence.POSSIBLE),
        (set(), None),
    ],
)
def test_confidence(kinds: set[EvidenceKind], expected: Confidence | None) -> None:
    assert confidence([EXISTS, *(Evidence(k, "s", "x") for k in kinds)]) == expected


def test_nothing_is_a_match_unless_it_exists() -> None:
    assert confidence([Evidence(E.PUBLISHED, "bio", "x"), Evidence(E.LINK_BACK, "f", "x")]) is None


def remote(**kwargs: object) -> RemoteProfile:
    return RemoteProfile(Handle("alice", "piaille.fr"), AccountState.ACTIVE, **kwargs)  # type: ignore[arg-type]


TWITTER = Profile("1", "Alice_W", "Alice W", website="https://alice.example/blog/")


@pytest.mark.parametrize(
    ("fields", "note", "kinds"),
    [
        ([ProfileField("Twitter", "twitter.com/alice_w")], "", {E.LINK_BACK}),
        ([ProfileField("X", "@Alice_W")], "", {E.LINK_BACK}),
        ([ProfileField("Site", "x.com/alice_w", verified=True)], "", {E.VERIFIED_LINK}),
        (
            [ProfileField("Web", "alice.example/blog", ("https://alice.example/blog",), True)],
            "",
            {E.VERIFIED_LINK},
        ),
        ([ProfileField("Web", "alice.example/blog", ("https://alice.example/blog",))], "", set()),
        ([ProfileField("Twitter", "twitter.com/alice_wonder")], "", set()),
        ([], "formerly https://twitter.com/alice_w", {E.LINK_BACK}),
        ([], "formerly twitter.com/alice_wx", set()),
        ([], "not x.com/alice_w2", set()),
    ],
)
def test_link_back(fields, note, kinds) -> None:
    assert {e.kind for e in link_back(remote(fields=tuple(fields), note=note), TWITTER)} == kinds


def test_only_own_looking_addresses_count_as_published_when_several() -> None:
    profile = Profile("1", "alice", "Alice", bio="me: @alice@a.example, my show: @pod@b.example")
    kinds = {str(c.found.handle): c.evidence.kind for c in published_candidates(profile, [])}
    assert kinds == {"alice@a.example": E.PUBLISHED, "pod@b.example": E.MENTIONED}


def test_texts_the_account_wrote_are_evidence() -> None:
    text = AccountText("1", TextKind.RETWEET, "I moved to @bob@chaos.social, see you there")
    (candidate,) = published_candidates(Profile("1", "bob"), [text])
    assert candidate.evidence == Evidence(E.PUBLISHED, "retweet", text.text)


def test_moves_are_kept_as_evidence() -> None:
    moved = remote(moved_from=(Handle("alice", "old.example"),))
    match = judge("1", moved, [Evidence(E.PUBLISHED, "bio", "@alice@old.example")])
    assert match is not None and match.confidence is Confidence.LIKELY
    assert Evidence(E.MOVED, "fediverse_profile", "alice@old.example → alice@piaille.fr") in (
        match.evidence
    )


def test_suspended_accounts_are_never_matches() -> None:
    gone = RemoteProfile(Handle("a", "b.example"), AccountState.SUSPENDED)
    assert judge("1", gone, [Evidence(E.PUBLISHED, "bio", "x")]) is None


@pytest.mark.parametrize(
    ("user", "profile", "expected"),
    [
        ("alice", Profile("1", "alice"), True),
        ("alice_w", Profile("1", "alicew"), True),
        ("alicewonder", Profile("1", "x", "Alice Wonder"), True),
        ("pod", Profile("1", "alice", "Alice"), False),
        ("al", Profile("1", "alice"), False),
    ],
)
def test_resembles(user: str, profile: Profile, expected: bool) -> None:
    assert resembles(user, profile) is expected


def test_html_text() -> None:
    text, links = html_text(
        '<p>Hi <a href="https://x.com/a" rel="me"><span class="invisible">https://</span>'
        "x.com/a</a></p><p>bye &amp; more</p>"
    )
    assert "x.com/a" in text and "bye & more" in text
    assert links == ("https://x.com/a",)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)
account_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "acct": json_values,
        "note": json_values,
        "fields": json_values,
        "moved": json_values,
        "suspended": json_values,
        "display_name": json_values,
        "summary": json_values,
        "attachment": json_values,
        "url": json_values,
        "movedTo": json_values,
        "preferredUsername": json_values,
    },
)


@settings(max_examples=120, deadline=None)
@given(st.one_of(json_values, account_like))
def test_server_json_never_crashes_the_parsers(data: object) -> None:
    from_api(data, "h.example", "api")
    from_actor(data, Handle("a", "h.example"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_html_text_never_crashes(markup: str) -> None:
    text, links = html_text(markup)
    assert isinstance(text, str) and all(isinstance(link, str) for link in links)


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {},
            optional={
                "subject": json_values,
                "links": st.lists(
                    st.one_of(
                        json_values,
                        st.fixed_dictionaries(
                            {},
                            optional={"rel": json_values, "type": json_values, "href": json_values},
                        ),
                    ),
                    max_size=4,
                ),
            },
        ),
    )
)
def test_webfinger_answers_never_crash(data: object) -> None:
    from fedimove.fediverse.webfinger import parse_jrd

    found = parse_jrd(data, Handle("a", "h.example"))
    assert found.actor_url is None or found.actor_url.startswith("https://")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_host_meta_never_crashes(text: str) -> None:
    from fedimove.fediverse.webfinger import parse_host_meta

    parse_host_meta(text)
    assert (
        parse_host_meta(
            '<XRD><Link rel="lrdd" template="https://s.example/wf?resource={uri}"/></XRD>'
        )
        == "https://s.example/wf?resource={uri}"
    )


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (TextKind.TWEET, "Go follow my friend @bob@chaos.social, she's great"),
        (TextKind.RETWEET, "Great thread by @bob@chaos.social"),
        (TextKind.DM, "here's the one I told you about: @bob@chaos.social"),
        (TextKind.TWEET, "Suivez mon amie @bob@chaos.social"),
    ],
)
def test_a_lone_address_in_a_tweet_is_only_mentioned(kind: TextKind, text: str) -> None:
    """A recommendation of a friend is not the author's own address (issue 17, hole 4)."""
    (candidate,) = published_candidates(
        Profile("1", "carol", "Carol"), [AccountText("1", kind, text)]
    )
    assert candidate.evidence.kind is E.MENTIONED


@pytest.mark.parametrize(
    "text",
    [
        "I'm on @zed@chaos.social now",
        "Find me at @zed@chaos.social",
        "New account: @zed@chaos.social",
        "I've moved to @zed@chaos.social",
        "Je suis sur @zed@chaos.social",
        "Retrouvez-moi sur @zed@chaos.social",
        "Mon nouveau compte : @zed@chaos.social",
    ],
)
def test_a_lone_address_announced_as_theirs_is_published(text: str) -> None:
    (candidate,) = published_candidates(
        Profile("1", "carol", "Carol"), [AccountText("1", TextKind.TWEET, text)]
    )
    assert candidate.evidence.kind is E.PUBLISHED


def test_a_lone_address_resembling_the_author_is_published_anywhere() -> None:
    text = AccountText("1", TextKind.DM, "see @carol@chaos.social")
    (candidate,) = published_candidates(Profile("1", "carol", "Carol"), [text])
    assert candidate.evidence.kind is E.PUBLISHED


@pytest.mark.parametrize("field", ["bio", "location", "website", "pinned_tweet", "display_name"])
def test_a_lone_address_in_the_profile_is_published(field: str) -> None:
    profile = Profile("1", "carol", **{field: "@zed@chaos.social"})
    (candidate,) = published_candidates(profile, [])
    assert candidate.evidence.kind is E.PUBLISHED
