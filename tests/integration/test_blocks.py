"""Blocks and mutes carried to Mastodon (issue 15): matched like follows, never followed."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from fedimove.commands import match as match_command
from fedimove.core.graph import EdgeKind, Profile
from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
from fedimove.core.moderation import Action, ModerationState, Target
from fedimove.core.pacing import Backoff
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.jobs.base import run_sync
from fedimove.jobs.match import MatchJob
from fedimove.jobs.moderation import ModerationJob
from fedimove.store import graph, mastodon_signin, matches, moderation_queue, plan_inputs, workspace
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.file_keyring import FileKeyring
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import FakeMastodon, sign_in, start_home
from tests.integration.test_follow_cli import kill_at_random_points, seed_matches
from tests.integration.test_follow_mastodon import window_starting_now


def fedimove(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def add_edges(kind: EdgeKind, ids: list[str]) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, kind, "archive", ids)
    conn.close()


def test_blocked_and_muted_accounts_are_matched_with_the_same_engine(
    fake_fediverse: FakeFediverse,
) -> None:
    piaille = fake_fediverse.add_host("piaille.fr")
    for name in ("friend", "troll", "noisy"):
        piaille.add(name)
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(
            conn,
            [
                Profile("1", "friend", bio="@friend@piaille.fr", source="api"),
                Profile("2", "troll", bio="@troll@piaille.fr", source="api"),
                Profile("3", "noisy", bio="@noisy@piaille.fr", source="api"),
            ],
        )
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", ["1"])
        graph.add_edges(conn, EdgeKind.BLOCK, "archive", ["2"])
        graph.add_edges(conn, EdgeKind.MUTE, "archive", ["3"])
    conn.close()
    run_sync(MatchJob(probe=False))
    conn = workspace.connect()
    found = {row.account_id: row.address for row in matches.chosen_matches(conn)}
    assert found == {"1": "friend@piaille.fr", "2": "troll@piaille.fr", "3": "noisy@piaille.fr"}
    assert sum(matches.counts(conn)["matched"].values()) == 1  # follows only
    assert {row["address"]: row["avoided"] for row in match_command.report(conn)} == {
        "friend@piaille.fr": False,
        "troll@piaille.fr": True,
        "noisy@piaille.fr": True,
    }
    conn.close()


def test_a_blocked_account_that_was_in_the_follow_plan_is_not_followed(
    fake_network: FakeNetwork, shared_keyring: FileKeyring
) -> None:
    fake = start_home(fake_network)
    sign_in(fake)
    for name in ("a", "blocked", "muted"):
        fake.add_account(name, "example.org")
    seed_matches(["a@example.org", "blocked@example.org", "muted@example.org"])
    add_edges(EdgeKind.BLOCK, ["1"])
    add_edges(EdgeKind.MUTE, ["2"])
    dry = fedimove("follow", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "To follow: 1 " in dry.stdout
    done = fedimove("follow", "--yes")
    assert done.returncode == 0, done.stderr
    assert fake.followed_accts() == {"a@example.org"}


def seed_avoided(addresses: dict[str, tuple[EdgeKind, str]]) -> None:
    """Blocked or muted on Twitter (never followed) and matched, as `fedimove match` leaves them.

    `addresses` maps each address to its edge kind and confidence.
    """
    conn = workspace.connect()
    with workspace.transaction(conn):
        for n, (address, (kind, confidence)) in enumerate(addresses.items(), start=100):
            account_id = str(n)
            graph.add_edges(conn, kind, "archive", [account_id])
            handle = handle_of(address)
            assert handle is not None
            proof = (Evidence(EvidenceKind.PUBLISHED, "bio", f"@{address}"),)
            found = Match(
                account_id,
                handle,
                Confidence(confidence),
                proof,
                RemoteProfile(handle, AccountState.ACTIVE),
            )
            matches.save_account_result(conn, account_id, "published", [found], "matched")
    conn.close()


AVOIDED = {
    "troll@piaille.fr": (EdgeKind.BLOCK, "confirmed"),
    "spam@example.org": (EdgeKind.BLOCK, "likely"),
    "maybe@example.org": (EdgeKind.BLOCK, "possible"),
    "noisy@piaille.fr": (EdgeKind.MUTE, "likely"),
}


def test_export_csv_writes_mastodons_block_and_mute_files(
    fake_network: FakeNetwork, shared_keyring: FileKeyring, tmp_path: Path
) -> None:
    fake = start_home(fake_network)
    sign_in(fake)
    seed_matches(["friend@example.org"])
    out = tmp_path / "export"
    result = fedimove("export-csv", str(out))
    assert result.returncode == 0, result.stderr
    assert not (out / "blocked_accounts.csv").exists()
    assert not (out / "muted_accounts.csv").exists()
    seed_avoided(AVOIDED)
    result = fedimove("export-csv", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "blocked_accounts.csv").read_bytes() == (b"spam@example.org\ntroll@piaille.fr\n")
    assert (out / "muted_accounts.csv").read_bytes() == (
        b"Account address,Hide notifications\nnoisy@piaille.fr,true\n"
    )
    assert (out / "following_accounts.csv").read_text("utf-8").splitlines()[1:] == [
        "friend@example.org,true,false,"
    ]
    assert "'Blocking list'" in result.stdout and "'Muting list'" in result.stdout
    assert "(2 accounts to block)" in result.stdout


def moderation_posts(fake: FakeMastodon, action: str) -> Counter[str]:
    """Block or mute POSTs the server carried out, per target id."""
    return Counter(
        r.path.split("/")[4]
        for r in fake.api_requests("/api/v1/accounts/")
        if r.method == "POST" and r.path.endswith(f"/{action}") and r.status == 200
    )


def test_blocks_and_mutes_applied_exactly_once_across_sigkill(
    fake_network: FakeNetwork, shared_keyring: FileKeyring
) -> None:
    fake = start_home(fake_network)
    me = sign_in(fake).account
    fake.latency = 0.01
    blocked = {f"b{n}@example.org": (EdgeKind.BLOCK, "confirmed") for n in range(8)}
    muted = {f"m{n}@piaille.fr": (EdgeKind.MUTE, "likely") for n in range(6)}
    unsure = {"maybe@example.org": (EdgeKind.BLOCK, "possible")}
    for address in [*blocked, *muted, *unsure]:
        user, domain = address.split("@")
        fake.add_account(user, domain)
    seed_avoided({**blocked, **muted, **unsure})
    kills, returncode = kill_at_random_points(fake, ["block", "--mutes", "--yes"], 20261204)
    assert kills >= 3
    assert returncode == 0
    assert fake.blocked_accts(me.id) == set(blocked)
    assert fake.muted_accts(me.id) == dict.fromkeys(muted, True)
    assert set(moderation_posts(fake, "block").values()) == {1}
    assert set(moderation_posts(fake, "mute").values()) == {1}
    assert not [r for r in fake.api_requests("/api/v1/") if r.path.endswith("/follow")]
    assert not [r for r in fake.api_requests("/api/v1/lists") if r.method == "POST"]
    status = json.loads(fedimove("status", "--json").stdout)
    assert (status["blocks"], status["mutes"]) == (9, 6)
    assert (status["blocked"], status["muted"], status["blocks_pending"]) == (8, 6, 0)


def test_block_without_yes_refuses_without_a_terminal_and_dry_run_only_tells(
    fake_network: FakeNetwork, shared_keyring: FileKeyring
) -> None:
    fake = start_home(fake_network)
    me = sign_in(fake).account
    for user, domain in (("troll", "piaille.fr"), ("noisy", "piaille.fr")):
        fake.add_account(user, domain)
    seed_avoided(
        {
            "troll@piaille.fr": (EdgeKind.BLOCK, "confirmed"),
            "noisy@piaille.fr": (EdgeKind.MUTE, "likely"),
        }
    )
    dry = fedimove("block", "--mutes", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "To block: 1" in dry.stdout and "To mute: 1" in dry.stdout
    refused = fedimove("block")
    assert refused.returncode == 2
    assert "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert fake.blocked_accts(me.id) == set()
    done = fedimove("block", "--yes")
    assert done.returncode == 0, done.stderr
    assert fake.blocked_accts(me.id) == {"troll@piaille.fr"}
    assert fake.muted_accts(me.id) == {}
    assert "1 blocked" in done.stdout


def test_blocks_are_paced_by_the_servers_headers_without_a_429(
    fake_network: FakeNetwork,
) -> None:
    """40 requests per 3 s window (the app keeps 30 in reserve): 20 blocks take over 40
    requests, more than one window holds."""
    fake = start_home(fake_network, rate_limit=40, rate_window=window_starting_now(3.0))
    me = sign_in(fake)
    blocked = {f"b{n}@example.org": (EdgeKind.BLOCK, "confirmed") for n in range(20)}
    for address in blocked:
        fake.add_account(address.split("@")[0], "example.org")
    seed_avoided(blocked)
    summary = run_sync(ModerationJob())
    assert fake.blocked_accts(me.account.id) == set(blocked)
    assert [r.path for r in fake.api_requests() if r.status == 429] == []
    assert summary.stats.throttled == 0
    assert summary.counts[(Action.BLOCK, "done")] == 20
    assert len(fake.api_requests()) > 40


def test_a_block_in_place_is_never_sent_again(fake_network: FakeNetwork) -> None:
    """One block already made by the user, one sent by a run killed before it recorded the
    answer (`sending`): both are checked, neither is posted."""
    fake = start_home(fake_network)
    me = sign_in(fake)
    mine = fake.add_account("mine", "example.org")
    sent = fake.add_account("sent", "example.org")
    fake.blocks[me.account.id] = {mine.id, sent.id}
    seed_avoided(
        {
            "mine@example.org": (EdgeKind.BLOCK, "confirmed"),
            "sent@example.org": (EdgeKind.BLOCK, "confirmed"),
        }
    )
    conn = workspace.connect()
    home_key = mastodon_signin.home_key(conn)
    assert home_key is not None
    with workspace.transaction(conn):
        targets = [Target("101", "sent@example.org", "confirmed", Action.BLOCK)]
        moderation_queue.sync(conn, home_key, (Action.BLOCK,), targets)
        row = moderation_queue.rows(conn, home_key)[0]
        moderation_queue.set_home_id(conn, home_key, row, sent.id)
        moderation_queue.mark_sending(conn, home_key, row)
    conn.close()
    summary = run_sync(ModerationJob())
    assert moderation_posts(fake, "block") == Counter()
    assert summary.counts[(Action.BLOCK, "already")] == 1
    assert summary.counts[(Action.BLOCK, "done")] == 1


def test_a_rejected_match_leaves_the_queue_before_it_is_sent(fake_network: FakeNetwork) -> None:
    fake = start_home(fake_network)
    me = sign_in(fake)
    fake.add_account("troll", "example.org")
    seed_avoided({"troll@example.org": (EdgeKind.BLOCK, "likely")})
    conn = workspace.connect()
    home_key = mastodon_signin.home_key(conn) or ""
    with workspace.transaction(conn):
        moderation_queue.sync(conn, home_key, (Action.BLOCK,), plan_inputs.moderation_targets(conn))
        matches.set_review(conn, "100", "troll@example.org", "rejected")
    conn.close()
    summary = run_sync(ModerationJob())
    assert fake.blocked_accts(me.account.id) == set()
    assert sum(summary.counts.values()) == 0


def test_a_block_meeting_503s_is_retried_and_a_gone_account_fails_alone(
    fake_network: FakeNetwork,
) -> None:
    """The follow queue's retry and refusal rules hold for blocks too (one executor)."""
    fake = start_home(fake_network)
    me = sign_in(fake)
    flaky = fake.add_account("flaky", "example.org")
    gone = fake.add_account("gone", "example.org")
    fine = fake.add_account("fine", "example.org")
    seed_avoided(
        {f"{name}@example.org": (EdgeKind.BLOCK, "confirmed") for name in ("flaky", "gone", "fine")}
    )
    fake.fail_next(503, times=2, path=f"/api/v1/accounts/{flaky.id}/block")
    fake.fail_next(404, path=f"/api/v1/accounts/{gone.id}/block")
    summary = run_sync(ModerationJob(backoff=Backoff(base=0.01, cap=0.05)))
    assert fake.blocked_accts(me.account.id) == {"flaky@example.org", "fine@example.org"}
    assert moderation_posts(fake, "block") == Counter({flaky.id: 1, fine.id: 1})
    assert summary.counts[(Action.BLOCK, "done")] == 2
    assert [failed[:3] for failed in summary.failed] == [(Action.BLOCK, "gone@example.org", "gone")]
    conn = workspace.connect()
    rows = {row.address: row for row in moderation_queue.rows(conn, mastodon_signin.home_key(conn))}
    conn.close()
    assert (rows["flaky@example.org"].state, rows["flaky@example.org"].attempts) == (
        ModerationState.DONE,
        2,
    )


def test_blocks_of_one_sign_in_are_never_settled_for_another(fake_network: FakeNetwork) -> None:
    """A run killed while blocking as one account, then a sign-in as another: the new account
    blocks everyone itself, and the first one's in-flight row is left for its own sign-in."""
    fake = start_home(fake_network)
    first = sign_in(fake, "first")
    troll = fake.add_account("troll", "example.org")
    fake.add_account("noisy", "example.org")
    seed_avoided(
        {
            "troll@example.org": (EdgeKind.BLOCK, "confirmed"),
            "noisy@example.org": (EdgeKind.BLOCK, "confirmed"),
        }
    )
    conn = workspace.connect()
    first_key = mastodon_signin.home_key(conn)
    assert first_key is not None
    with workspace.transaction(conn):
        moderation_queue.sync(
            conn, first_key, (Action.BLOCK,), plan_inputs.moderation_targets(conn)
        )
        row = next(
            r for r in moderation_queue.rows(conn, first_key) if r.address.startswith("troll")
        )
        moderation_queue.set_home_id(conn, first_key, row, troll.id)
        moderation_queue.mark_sending(conn, first_key, row)
    conn.close()
    fake.blocks[first.account.id] = {troll.id}  # the killed run's block reached the server
    second = sign_in(fake, "second")
    summary = run_sync(ModerationJob())
    assert fake.blocked_accts(second.account.id) == {"troll@example.org", "noisy@example.org"}
    assert summary.counts[(Action.BLOCK, "done")] == 2
    assert {r.token for r in fake.api_requests("/api/v1/accounts/") if r.method == "POST"} == {
        second.token
    }
    conn = workspace.connect()
    left = {r.address: r.state for r in moderation_queue.rows(conn, first_key)}
    conn.close()
    assert left == {"troll@example.org": "sending", "noisy@example.org": "pending"}


def test_a_block_that_failed_only_for_an_outage_is_tried_again_by_the_next_run(
    fake_network: FakeNetwork,
) -> None:
    """Like follows: retries exhausted during an outage is not a refusal; the next run checks
    the relationship first and blocks once."""
    fake = start_home(fake_network)
    me = sign_in(fake)
    flaky = fake.add_account("flaky", "example.org")
    seed_avoided({"flaky@example.org": (EdgeKind.BLOCK, "confirmed")})
    fake.fail_next(503, times=3, path=f"/api/v1/accounts/{flaky.id}/block")
    first = run_sync(ModerationJob(backoff=Backoff(base=0.01, cap=0.05, max_attempts=3)))
    assert [failed[:3] for failed in first.failed] == [
        (Action.BLOCK, "flaky@example.org", "retries_exhausted")
    ]
    second = run_sync(ModerationJob(backoff=Backoff(base=0.01, cap=0.05)))
    assert fake.blocked_accts(me.account.id) == {"flaky@example.org"}
    assert second.counts[(Action.BLOCK, "done")] == 1
    assert second.failed == []


def test_a_block_no_longer_wanted_after_an_outage_is_not_tried_again(
    fake_network: FakeNetwork,
) -> None:
    fake = start_home(fake_network)
    me = sign_in(fake)
    flaky = fake.add_account("flaky", "example.org")
    seed_avoided({"flaky@example.org": (EdgeKind.BLOCK, "confirmed")})
    fake.fail_next(503, times=3, path=f"/api/v1/accounts/{flaky.id}/block")
    run_sync(ModerationJob(backoff=Backoff(base=0.01, cap=0.05, max_attempts=3)))
    second = run_sync(ModerationJob(selected=[]))
    assert fake.blocked_accts(me.account.id) == set()
    assert [failed[:3] for failed in second.failed] == [
        (Action.BLOCK, "flaky@example.org", "retries_exhausted")
    ]


def test_a_block_in_flight_or_waiting_then_unticked_is_never_sent(
    fake_network: FakeNetwork,
) -> None:
    """One block left in flight by a killed run, one waiting to be retried after a 503; the
    user then unticks both: the next run sends neither."""
    fake = start_home(fake_network)
    me = sign_in(fake)
    inflight = fake.add_account("inflight", "example.org")
    waiting = fake.add_account("waiting", "example.org")
    seed_avoided(
        {
            "inflight@example.org": (EdgeKind.BLOCK, "confirmed"),
            "waiting@example.org": (EdgeKind.BLOCK, "confirmed"),
        }
    )
    conn = workspace.connect()
    key = mastodon_signin.home_key(conn)
    assert key is not None
    with workspace.transaction(conn):
        moderation_queue.sync(conn, key, (Action.BLOCK,), plan_inputs.moderation_targets(conn))
        rows = {r.address: r for r in moderation_queue.rows(conn, key)}
        moderation_queue.set_home_id(conn, key, rows["inflight@example.org"], inflight.id)
        moderation_queue.mark_sending(conn, key, rows["inflight@example.org"])
        moderation_queue.set_home_id(conn, key, rows["waiting@example.org"], waiting.id)
        moderation_queue.retry_later(conn, key, rows["waiting@example.org"], 1, 0, "HTTP 503")
    conn.close()
    run_sync(ModerationJob(selected=[]))
    assert fake.blocked_accts(me.account.id) == set()
    assert moderation_posts(fake, "block") == Counter()


def test_a_ticked_block_whose_match_was_rejected_since_is_never_sent(
    fake_network: FakeNetwork,
) -> None:
    """The review was read, then the user rejected the match on the Matches page: the
    ticks handed to the job predate that, and the job reads the rejection before sending."""
    fake = start_home(fake_network)
    me = sign_in(fake)
    fake.add_account("troll", "example.org")
    seed_avoided({"troll@example.org": (EdgeKind.BLOCK, "likely")})
    conn = workspace.connect()
    ticked = plan_inputs.moderation_targets(conn)
    with workspace.transaction(conn):
        matches.set_review(conn, "100", "troll@example.org", "rejected")
    conn.close()
    summary = run_sync(ModerationJob(selected=ticked))
    assert fake.blocked_accts(me.account.id) == set()
    assert sum(summary.counts.values()) == 0


def test_an_open_block_stands_for_the_twitter_account_that_now_wants_it(
    fake_network: FakeNetwork,
) -> None:
    """Queued for one Twitter account, then wanted by another (the first one's match
    rejected): the row names the second, so the rejection of the first does not withdraw it."""
    start_home(fake_network)
    conn = workspace.connect()
    with workspace.transaction(conn):
        moderation_queue.sync(
            conn, "k", (Action.BLOCK,), [Target("1", "a@example.org", "confirmed", Action.BLOCK)]
        )
        moderation_queue.sync(
            conn, "k", (Action.BLOCK,), [Target("2", "a@example.org", "confirmed", Action.BLOCK)]
        )
    assert [row.twitter_id for row in moderation_queue.rows(conn, "k")] == ["2"]
    conn.close()
