"""Bluesky through Bridgy Fed and Threads: verified through their own WebFinger and actors."""

from __future__ import annotations

from fedimove.core.handles import Handle
from fedimove.core.remote_profile import AccountState
from fedimove.fediverse.verify import Verifier
from tests.fakes.bridges import FakeBridgyFed, FakeThreads


def test_a_bridged_bluesky_handle_is_an_account_and_an_unbridged_one_is_not(
    fake_bridgy: FakeBridgyFed,
) -> None:
    fake_bridgy.add("han.dull", display_name="Han")
    fake_bridgy.add("solo.bsky.social", bridged=False)
    verifier = Verifier()
    bridged = verifier.verify(Handle("han.dull", "bsky.brid.gy"))
    assert (str(bridged.address), bridged.state, bridged.display_name) == (
        "han.dull@bsky.brid.gy",
        AccountState.ACTIVE,
        "Han",
    )
    assert bridged.actor_uri.startswith("https://bsky.brid.gy/ap/did:plc:")
    alone = verifier.verify(Handle("solo.bsky.social", "bsky.brid.gy"))
    assert alone.state is AccountState.NOT_FOUND


def test_a_threads_profile_is_an_account_only_when_shared_with_the_fediverse(
    fake_threads: FakeThreads,
) -> None:
    fake_threads.add("zuck.fan", display_name="Fan")
    fake_threads.add("private.one", shared=False)
    verifier = Verifier()
    shared = verifier.verify(Handle("zuck.fan", "threads.net"))
    assert (str(shared.address), shared.state, shared.display_name) == (
        "zuck.fan@threads.net",
        AccountState.ACTIVE,
        "Fan",
    )
    states = {
        name: verifier.verify(Handle(name, "threads.net")).state
        for name in ("private.one", "nobody")
    }
    assert states == {"private.one": AccountState.NOT_FOUND, "nobody": AccountState.NOT_FOUND}
