"""`fedimove follow` and `export-csv` as scripts call them, and SIGKILL at random points."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from fedimove.core.graph import EdgeKind
from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.store import graph, matches, workspace
from tests.fakes.file_keyring import FileKeyring
from tests.fakes.https import FakeNetwork
from tests.fakes.mastodon import FakeMastodon, sign_in, start_home


def fedimove(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def seed_matches(addresses: list[str]) -> None:
    """Followed on Twitter and matched, as `fedimove match` leaves the workspace."""
    conn = workspace.connect()
    with workspace.transaction(conn):
        ids = [str(n) for n in range(len(addresses))]
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ids)
        for account_id, address in zip(ids, addresses, strict=True):
            handle = handle_of(address)
            assert handle is not None
            proof = (Evidence(EvidenceKind.PUBLISHED, "bio", f"@{address}"),)
            found = Match(
                account_id,
                handle,
                Confidence.CONFIRMED,
                proof,
                RemoteProfile(handle, AccountState.ACTIVE),
            )
            matches.save_account_result(conn, account_id, "published", [found], "matched")
    conn.close()


def follow_posts(fake: FakeMastodon) -> Counter[str]:
    return Counter(
        r.path.split("/")[4]
        for r in fake.api_requests("/api/v1/accounts/")
        if r.method == "POST" and r.path.endswith("/follow") and r.status == 200
    )


def wait_for(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def kill_at_random_points(fake: FakeMastodon, args: list[str], seed: int) -> tuple[int, int]:
    """Run `fedimove ARGS` again and again, SIGKILLed after a few requests each time, until
    a run finishes; (how many runs were killed, the last exit code)."""
    chance = random.Random(seed)
    kills = 0
    for _ in range(30):
        seen = len(fake.requests_log)
        process = subprocess.Popen(
            [sys.executable, "-m", "fedimove", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        enough = seen + chance.randint(3, 12)
        wait_for(
            lambda enough=enough, process=process: (
                len(fake.requests_log) >= enough or process.poll() is not None
            )
        )
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        _out, err = process.communicate(timeout=60)
        if process.returncode == 0:
            break
        assert process.returncode == -signal.SIGKILL, err
    return kills, process.returncode


def test_sigkill_at_random_points_then_resume_follows_each_once(
    fake_network: FakeNetwork, shared_keyring: FileKeyring
) -> None:
    fake = start_home(fake_network)
    sign_in(fake)
    fake.latency = 0.01
    targets = [fake.add_account(f"u{n}", "example.org") for n in range(16)]
    seed_matches([f"u{n}@example.org" for n in range(16)])
    kills, returncode = kill_at_random_points(fake, ["follow", "--yes"], 20261129)
    assert kills >= 3
    assert returncode == 0
    posts = follow_posts(fake)
    assert {t.id for t in targets} == set(posts)
    assert set(posts.values()) == {1}
    status = json.loads(fedimove("status", "--json").stdout)
    assert (status["followed"], status["pending"], status["failed"]) == (16, 0, 0)


def test_follow_without_yes_refuses_without_a_terminal(
    fake_network: FakeNetwork, shared_keyring: FileKeyring
) -> None:
    fake = start_home(fake_network)
    sign_in(fake)
    fake.add_account("a", "example.org")
    seed_matches(["a@example.org"])
    dry = fedimove("follow", "--dry-run", "--min-confidence", "confirmed")
    assert dry.returncode == 0, dry.stderr
    assert "To follow: 1 " in dry.stdout
    refused = fedimove("follow")
    assert refused.returncode == 2
    assert "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert fake.followed_accts() == set()
    done = fedimove("follow", "--yes", "--lists")
    assert done.returncode == 0, done.stderr
    assert "1 followed" in done.stdout
    assert fake.followed_accts() == {"a@example.org"}


def test_export_csv_writes_mastodon_files_and_says_where(
    fake_network: FakeNetwork, shared_keyring: FileKeyring, tmp_path: Path
) -> None:
    fake = start_home(fake_network)
    sign_in(fake)
    seed_matches(["alice@piaille.fr", "bob@example.org"])
    out = tmp_path / "export"
    result = fedimove("export-csv", str(out))
    assert result.returncode == 0, result.stderr
    following = (out / "following_accounts.csv").read_text("utf-8")
    assert following.splitlines() == [
        "Account address,Show boosts,Notify on new posts,Languages",
        "alice@piaille.fr,true,false,",
        "bob@example.org,true,false,",
    ]
    assert (out / "lists.csv").read_text("utf-8") == ""
    with (out / "fedimove_report.csv").open(encoding="utf-8") as report:
        rows = list(csv.DictReader(report))
    assert {(r["Fediverse address"], r["Status"]) for r in rows} == {
        ("alice@piaille.fr", "planned"),
        ("bob@example.org", "planned"),
    }
    assert (
        rows[0]["Evidence"] == "the account published this address (Twitter bio): @alice@piaille.fr"
    )
    assert "https://home.example/settings/imports" in result.stdout
    assert "Merge" in result.stdout and "Overwrite" in result.stdout


def test_status_json_has_the_follow_counts() -> None:
    result = fedimove("status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("followed", "requested", "failed", "pending"):
        assert data[key] == 0
