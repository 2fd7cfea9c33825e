"""Which blocked and muted accounts are carried over: the same precision rule as follows."""

from __future__ import annotations

from fedimove.core.moderation import Action, Target, chosen_targets


def test_only_sure_matches_or_ticked_ones_once_per_address() -> None:
    chosen = chosen_targets(
        [
            Target("1", "@Troll@Piaille.FR", "confirmed", Action.BLOCK),
            Target("2", "troll@piaille.fr", "likely", Action.BLOCK),
            Target("3", "maybe@example.org", "possible", Action.BLOCK),
            Target("4", "ticked@example.org", "possible", Action.BLOCK, picked=True),
            Target("1", "troll@piaille.fr", "confirmed", Action.MUTE),
        ]
    )
    assert [(t.action, t.address, t.twitter_id) for t in chosen] == [
        (Action.BLOCK, "ticked@example.org", "4"),
        (Action.BLOCK, "Troll@piaille.fr", "1"),
        (Action.MUTE, "troll@piaille.fr", "1"),
    ]
    assert chosen_targets([Target("1", "a@b.example", "likely", Action.MUTE)], "confirmed") == ()
