"""The plan follows only well-proven matches, and its budget tells today from later honestly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fedimove.core.plan import (
    Candidate,
    ListSource,
    SkipReason,
    budget,
    build_plan,
    next_daily_reset,
    total_follow_limit,
)
from fedimove.core.relationships import FollowOptions

NOW = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)


def candidates() -> list[Candidate]:
    return [
        Candidate("1", "alice", "alice@piaille.fr", "confirmed"),
        Candidate("2", "bob", "bob@mastodon.social", "likely", locked=True),
        Candidate("3", "carol", "carol@example.org", "possible"),
        Candidate("4", "dan", "dan@example.org", "possible", picked=True),
        Candidate("5", "eve", "eve@example.org", "confirmed", rejected=True),
        Candidate("6", "frank", "frank@example.org", "likely", already_following=True),
        Candidate("7", "grace"),
        Candidate("8", "heidi", "heidi@gone.example", "confirmed", gone=True),
        Candidate("9", "alice_alt", "@Alice@PIAILLE.fr", "likely"),
        Candidate("10", "me", "me@home.example", "confirmed"),
    ]


def test_default_plan_is_confirmed_and_likely_not_followed_not_rejected() -> None:
    plan = build_plan(candidates(), me_address="me@home.example")
    assert [f.address for f in plan.follows] == [
        "alice@piaille.fr",
        "bob@mastodon.social",
        "dan@example.org",
    ]
    reasons = {s.candidate.twitter_id: s.reason for s in plan.skipped}
    assert reasons == {
        "3": SkipReason.LOW_CONFIDENCE,
        "5": SkipReason.REJECTED,
        "6": SkipReason.ALREADY_FOLLOWING,
        "7": SkipReason.UNMATCHED,
        "8": SkipReason.GONE,
        "9": SkipReason.DUPLICATE,
        "10": SkipReason.SELF,
    }
    assert plan.requests == 1
    assert [f.address for f in plan.already] == ["frank@example.org"]


def test_possible_when_asked_and_confirmed_only() -> None:
    everything = build_plan(candidates(), min_confidence="possible")
    assert "carol@example.org" in {f.address for f in everything.follows}
    strict = build_plan(candidates(), min_confidence="confirmed")
    assert {f.address for f in strict.follows} == {
        "alice@piaille.fr",
        "dan@example.org",
        "me@home.example",
    }


def test_lists_keep_followed_and_planned_members_in_order() -> None:
    lists = [
        ListSource("l1", "Friends", ("7", "1", "6", "3")),
        ListSource("l2", "Nobody matched", ("7",)),
        ListSource("l3", "  ", ("2",)),
    ]
    plan = build_plan(candidates(), lists, options=FollowOptions(notify=True))
    assert [(p.key, p.title, p.addresses) for p in plan.lists] == [
        ("l1", "Friends", ("alice@piaille.fr", "frank@example.org")),
        ("l3", "l3", ("bob@mastodon.social",)),
    ]
    assert plan.options.notify


def test_daily_window_rolls_at_midnight_utc() -> None:
    assert next_daily_reset(NOW) == datetime(2026, 11, 30, tzinfo=UTC)
    paris = datetime(2026, 11, 30, 0, 30, tzinfo=UTC).astimezone(datetime.now().astimezone().tzinfo)
    assert next_daily_reset(paris) == datetime(2026, 12, 1, tzinfo=UTC)


def test_small_plan_fits_today_with_request_paced_eta() -> None:
    result = budget(100, NOW)
    assert (result.today, result.later, result.extra_days) == (100, 0, 0)
    assert not result.bulk_recommended
    # 300 requests per 5 minutes, a bit more than one request per follow: ~102 s.
    assert timedelta(seconds=100) < result.finish_at - NOW < timedelta(seconds=110)


def test_large_plan_spreads_over_days() -> None:
    result = budget(1000, NOW, followed_today=150)
    assert (result.today, result.later, result.extra_days) == (250, 750, 2)
    assert result.bulk_recommended
    assert result.finish_at.date() == datetime(2026, 12, 1).date()
    assert result.finish_at > datetime(2026, 12, 1, tzinfo=UTC)


def test_total_cap_leaves_the_rest_out() -> None:
    result = budget(300, NOW, following_count=7400)
    assert (result.today, result.beyond_total_cap) == (100, 200)
    assert total_follow_limit(7600, 10_000) == 11_000
    assert total_follow_limit(7600, 100) == 7_500
    assert budget(10, NOW, following_count=7_500).finish_at is None


@pytest.mark.parametrize("followed_today", [0, 399, 400, 500])
def test_today_never_exceeds_the_daily_cap(followed_today: int) -> None:
    result = budget(1000, NOW, followed_today=followed_today)
    assert 0 <= result.today <= 400 - min(followed_today, 400)
    assert result.today + result.later == 1000
