"""Which step is done, which comes next, what to offer to resume."""

from __future__ import annotations

from fedimove.core.overview import (
    Overview,
    Step,
    StepState,
    resume_offer,
    step_states,
    suggested_step,
)


def test_empty_workspace_starts_at_twitter_access() -> None:
    overview = Overview({"following": 0})
    assert suggested_step(overview) is Step.TWITTER
    assert set(step_states(overview).values()) == {StepState.TODO}
    assert resume_offer(overview) is None


def test_imported_archive_moves_on_to_mastodon() -> None:
    overview = Overview({"following": 12, "followers": 3})
    states = step_states(overview)
    assert states[Step.TWITTER] is StepState.DONE
    assert states[Step.FOLLOWS] is StepState.DONE
    assert suggested_step(overview) is Step.MASTODON


def test_matches_follows_and_failures() -> None:
    overview = Overview(
        {
            "following": 5,
            "mastodon": {"address": "me@example.social"},
            "matched": {"confirmed": 2, "likely": 1},
            "followed": 2,
            "requested": 1,
            "pending": 0,
            "failed": 1,
        }
    )
    states = step_states(overview)
    assert overview.matched == {"confirmed": 2, "likely": 1, "possible": 0}
    assert states[Step.MASTODON] is StepState.DONE
    assert states[Step.MATCHES] is StepState.DONE
    assert states[Step.MIGRATE] is StepState.ATTENTION
    assert overview.followed == 3


def test_queued_follows_are_offered_for_resuming() -> None:
    overview = Overview({"following": 5, "pending": 7, "twitter": {"status": "app_suspended"}})
    assert resume_offer(overview) is Step.MIGRATE
    assert step_states(overview)[Step.TWITTER] is StepState.DONE
    assert step_states(Overview({"twitter": {"status": "token_invalid"}}))[Step.TWITTER] is (
        StepState.ATTENTION
    )
