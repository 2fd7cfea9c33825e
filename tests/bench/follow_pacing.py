"""Benchmark: how much of the server's request budget the follow executor uses, and politely.

    python -m tests.bench.follow_pacing [--windows 2] [--load 0.3] [--follow-limit 15]

The fake Mastodon keeps its real limits (300 requests per window per token, 400 follows per
daily window) with its windows scaled down, over real HTTPS on 127.0.0.1. The baseline,
measured in the same run, is how fast this machine serves unpaced requests; the request
window is then sized so that the budget, not the machine, is what limits the executor
(`--load` = budget / machine capacity), and the daily window made short enough not to bind.

`--follow-limit N` makes the follow family bind instead: N follows per window of 4/3 the
request window (as 15 per 20 s against 60 requests per 15 s), over that many follow windows.

Prints: share of the allowed request budget used in the full windows (target ≥ 0.95), 429s
(target 0), requests per follow (target ≤ 2), and the paced rate against the baseline.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

import keyring

from tests.fakes.https import FakeNetwork
from tests.fakes.keyring import MemoryKeyring


def _baseline_rate(base: str, token: str, count: int) -> float:
    """Unpaced requests per second through the same client stack (the machine's capacity)."""
    from fedimove.fediverse.session import client_for

    client = client_for(base, token)
    started = time.perf_counter()
    for _ in range(count):
        client.account_relationships(["1"])
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", type=int, default=2, help="full request windows to run")
    parser.add_argument("--load", type=float, default=0.3, help="budget / machine capacity")
    parser.add_argument(
        "--follow-limit", type=int, default=None, help="follows per (4/3 request) window"
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="fedimove-bench-"))
    os.environ["FEDIMOVE_DATA_DIR"] = str(workdir / "workspace")
    keyring.set_keyring(MemoryKeyring())

    from tests.fakes.mastodon import start_home

    network = FakeNetwork(workdir)
    os.environ["REQUESTS_CA_BUNDLE"] = str(network.ca_file)
    probe = start_home(network, "probe.example", rate_limit=10**9, user_rate_limit=10**9)
    os.environ["FEDIMOVE_CONNECT_TO"] = network.connect_to()
    _, probe_token = probe.add_user()
    baseline = _baseline_rate("https://probe.example", probe_token, 150)

    for with_ids in (True, False):
        _scenario(network, baseline, args.windows, args.load, with_ids, args.follow_limit)
    network.close()


def _scenario(
    network: FakeNetwork,
    baseline: float,
    windows: int,
    load: float,
    with_ids: bool,
    follow_limit: int | None = None,
) -> None:
    """One run: ids known from matching (the usual case), or resolved by the executor."""
    from fedimove.core.plan import Candidate, build_plan
    from fedimove.jobs.base import JobContext
    from fedimove.jobs.follow import FollowJob
    from fedimove.store import paths
    from tests.fakes.mastodon import sign_in, start_home

    limit = 300
    window = limit / (baseline * load)
    domain = "home.example" if with_ids else "home2.example"
    os.environ["FEDIMOVE_DATA_DIR"] = str(paths.data_dir().parent / domain)
    follows = {"follow_window": window / 2}
    count = math.ceil((windows + 1.5) * limit)
    if follow_limit is not None:
        follows = {"follow_window": window * 4 / 3, "follow_daily_limit": follow_limit}
        count = math.ceil((windows + 1.5) * follow_limit)
    fake = start_home(
        network,
        domain,
        rate_limit=limit,
        user_rate_limit=5 * limit,
        rate_window=window,
        **follows,
    )
    os.environ["FEDIMOVE_CONNECT_TO"] = network.connect_to()
    me = sign_in(fake)
    accounts = [fake.add_account(f"u{n}", "example.org") for n in range(count)]
    plan = build_plan(
        [
            Candidate(str(n), f"tw{n}", a.acct, "confirmed", a.id if with_ids else None)
            for n, a in enumerate(accounts)
        ],
        home_key=f"https://{domain} {me.account.id}",  # ids found under this sign-in
    )
    started = time.time()
    summary = FollowJob(plan).run(JobContext())
    elapsed = time.time() - started

    log = [r for r in fake.api_requests() if r.token == me.token]
    per_window = Counter(math.floor(r.at / window) for r in log)
    first, last = min(per_window), max(per_window)
    full = [per_window[w] for w in range(first + 1, last)]
    share = sum(full) / (limit * len(full)) if full else float("nan")
    throttled = sum(1 for r in log if r.status == 429)
    followed = summary.counts["followed"] + summary.counts["requested"]
    paced_rate = len(log) / elapsed

    case = "ids known from matching" if with_ids else "ids resolved by the executor"
    print(f"-- {case}")
    print(f"baseline (unpaced): {baseline:.0f} requests/s; window {window:.2f} s for {limit}")
    print(f"follows: {followed} in {elapsed:.1f} s over {len(full)} full windows")
    print(f"share of allowed request budget used: {share:.3f} (target >= 0.95)")
    print(f"429 responses: {throttled} (target 0); follow-family waits: {summary.stats.daily_caps}")
    print(f"requests per follow: {len(log) / max(followed, 1):.3f} (target <= 2)")
    print(f"paced rate / baseline rate: {paced_rate / baseline:.3f} (budget allows {load})")


if __name__ == "__main__":
    main()
