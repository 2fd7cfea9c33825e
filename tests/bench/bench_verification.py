"""Verification of 2,000 candidates across 12 fake servers with 50 ms injected latency.

Prints the time ratio of the parallel verifier to a sequential run measured in the same run
(target ≤ 0.25) and the requests the servers received per candidate (target ≤ 1.2). The
sequential baseline runs on a sample (`--baseline-sample`, default 400 candidates) and is
compared per candidate, so the benchmark stays under a few minutes.

Run: `python -m tests.bench.bench_verification [--candidates N] [--latency S]`.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from fedimove.core.handles import Handle
from fedimove.fediverse.verify import Verifier
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.https import FakeNetwork

KINDS = ["mastodon"] * 10 + ["pleroma", "misskey"]


def build(
    network: FakeNetwork, candidates: int, seed: int = 3
) -> tuple[FakeFediverse, list[Handle]]:
    rng = random.Random(seed)
    fediverse = FakeFediverse(network)
    hosts = [
        fediverse.add_host(f"host{n}.example", kind, rate_limit=100_000)
        for n, kind in enumerate(KINDS)
    ]
    handles = []
    for n in range(candidates):
        host = rng.choice(hosts)
        user = f"user{n}"
        if rng.random() < 0.8:
            host.add(user, fields=[("Twitter", f"https://twitter.com/{user}", False)])
        handles.append(Handle(user, host.domain))
    os.environ["FEDIMOVE_CONNECT_TO"] = network.connect_to()
    os.environ["REQUESTS_CA_BUNDLE"] = str(network.ca_file)
    return fediverse, handles


def timed(fediverse: FakeFediverse, handles: list[Handle], **options: int) -> tuple[float, int]:
    before = fediverse.total_requests()
    verifier = Verifier(**options)
    started = time.perf_counter()
    results = dict(verifier.verify_many(handles))
    elapsed = time.perf_counter() - started
    assert len(results) == len(handles)
    return elapsed, fediverse.total_requests() - before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--baseline-sample", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        network = FakeNetwork(Path(tmp))
        try:
            fediverse, handles = build(network, args.candidates)
            fediverse.set_latency(args.latency)
            parallel, requests = timed(fediverse, handles)
            sample = handles[: args.baseline_sample]
            sequential, _ = timed(fediverse, sample, per_host=1, max_workers=1)
        finally:
            network.close()
    per_parallel = parallel / len(handles)
    per_sequential = sequential / len(sample)
    print(
        f"candidates: {len(handles)} on {len(KINDS)} servers, latency {args.latency * 1000:.0f} ms"
    )
    print(
        f"parallel: {parallel:.1f} s ({per_parallel * 1000:.1f} ms/candidate); sequential "
        f"sample of {len(sample)}: {sequential:.1f} s ({per_sequential * 1000:.1f} ms/candidate)"
    )
    print(f"ratio parallel/sequential: {per_parallel / per_sequential:.3f} (target <= 0.25)")
    print(f"requests per candidate: {requests / len(handles):.3f} (target <= 1.2)")


if __name__ == "__main__":
    main()
