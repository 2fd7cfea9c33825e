"""Review rules: default picks, decisions, the search and the filters."""

from __future__ import annotations

from fedimove.core.review import (
    Confidence,
    Decision,
    ReviewFilter,
    ReviewRow,
    Standing,
)


def row(confidence: Confidence, standing: Standing = Standing.TO_FOLLOW, **kw) -> ReviewRow:  # type: ignore[no-untyped-def]
    values = {
        "account_id": "1",
        "username": "Alice",
        "display_name": "Alice Liddell",
        "address": "alice@wonder.land",
    }
    values.update(kw)
    return ReviewRow(confidence=confidence, standing=standing, **values)


def test_only_proven_matches_are_picked_by_default() -> None:
    assert row(Confidence.CONFIRMED).picked
    assert row(Confidence.LIKELY).picked
    assert not row(Confidence.POSSIBLE).picked
    assert not row(Confidence.CONFIRMED, Standing.ALREADY_FOLLOWED).picked
    assert not row(Confidence.NONE, address=None).pickable


def test_decisions_override_the_default() -> None:
    assert row(Confidence.POSSIBLE, decision=Decision.PICK).picked
    assert not row(Confidence.CONFIRMED, decision=Decision.REJECT).picked
    rejected = row(Confidence.CONFIRMED, decision=Decision.REJECT)
    assert not rejected.picked
    assert rejected.status is Standing.REJECTED


def test_search_matches_name_username_or_address_in_any_case() -> None:
    alice = row(Confidence.LIKELY)
    for needle in ("liddell", "@alice", "WONDER.LAND", "  alice@"):
        assert ReviewFilter(search=needle).accepts(alice), needle
    assert not ReviewFilter(search="bob").accepts(alice)


def test_filters_combine() -> None:
    rows = [
        row(Confidence.CONFIRMED),
        row(Confidence.POSSIBLE),
        row(Confidence.POSSIBLE, Standing.MOVED),
        row(Confidence.CONFIRMED, decision=Decision.REJECT),
    ]
    possible = ReviewFilter(confidences=frozenset([Confidence.POSSIBLE]))
    assert possible.mask(rows) == [False, True, True, False]
    to_follow = ReviewFilter(
        confidences=frozenset([Confidence.POSSIBLE]), standings=frozenset([Standing.TO_FOLLOW])
    )
    assert to_follow.mask(rows) == [False, True, False, False]
    rejected = ReviewFilter(standings=frozenset([Standing.REJECTED]))
    assert rejected.mask(rows) == [False, False, False, True]


def test_profile_links() -> None:
    assert row(Confidence.LIKELY).profile_link == "https://wonder.land/@alice"
    assert row(Confidence.LIKELY, profile_url="https://w.l/u/a").profile_link == "https://w.l/u/a"
    assert row(Confidence.NONE, address=None).profile_link is None
    assert row(Confidence.NONE, username=None).twitter_url == "https://x.com/i/user/1"


def test_the_decision_is_kept_only_when_it_differs_from_the_default() -> None:
    assert row(Confidence.CONFIRMED).decision_for(True) is None
    assert row(Confidence.CONFIRMED).decision_for(False) is Decision.REJECT
    assert row(Confidence.POSSIBLE).decision_for(True) is Decision.PICK
    assert row(Confidence.POSSIBLE).decision_for(False) is None
    assert row(Confidence.POSSIBLE, Standing.MOVED).pickable
