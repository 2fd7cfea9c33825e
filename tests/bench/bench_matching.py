"""Matching 2,000 follows against servers that allow 300 anonymous requests per 5 minutes per
IP (what the big Mastodon servers do), with websites on.

Waits are not slept: the job and the fake servers share a clock that jumps forward when the
job waits for a rate limit, so a run that takes the better part of an hour for real is over
in a minute, with every time measured on that clock (real work time, waits as the limits
impose them). Prints, all measured in the same run:
- requests per followed account, site fetches included (target <= 1.5);
- the matching time next to the least time the limits allow for the requests each server had
  to answer (ratio: 1.0 is the limit itself);
- at each tenth of the way, the ETA the job reports (what the Matches page shows, in whole
  minutes) next to the time that really remained.

Run: `python -m tests.bench.bench_matching [--follows N]`.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from fedimove.core.graph import EdgeKind, Profile
from fedimove.jobs.base import JobContext, Progress
from fedimove.jobs.match import FINDING, MatchJob
from fedimove.store import graph, settings, workspace
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.https import FakeNetwork, Request, Response
from tests.fakes.websites import home_page

BIG = ["mastodon.social", "mastodon.online", "mstdn.social", "mas.to", "mastodon.world"]
WEIGHTS = [60, 12, 10, 10, 8]  # most people went to the biggest server
LIMIT, WINDOW = 300, 300.0


class Sites:
    """Every personal site of the run on one fake server, told apart by the Host header."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.requests = 0

    def __call__(self, request: Request) -> Response:
        self.requests += 1
        page = self.pages.get(request.host) if request.path == "/" else None
        if page is None:
            return Response.text("<h1>Not found</h1>", 404, "text/html")
        return Response(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})


def build(
    network: FakeNetwork, follows: int, clock: JumpingClock, latency: float, seed: int = 12
) -> Sites:
    """55% publish an address, 15% a site with rel=me, 10% a site without, 20% nothing."""
    rng = random.Random(seed)
    fediverse = FakeFediverse(network)
    hosts = [
        fediverse.add_host(domain, rate_limit=LIMIT, rate_window=WINDOW, clock=clock.now)
        for domain in BIG
    ]
    sites = Sites()
    profiles = []
    for n in range(follows):
        host = rng.choices(hosts, WEIGHTS)[0]
        user, roll = f"person{n}", rng.random()
        if roll < 0.70:
            host.add(user, display_name=f"Person {n}")
        if roll < 0.55:
            profiles.append(Profile(str(n), user, f"Person {n}", bio=f"@{user}@{host.domain}"))
        elif roll < 0.80:
            site = f"site{n}.example"
            me = (f"https://{host.domain}/@{user}",) if roll < 0.70 else ()
            sites.pages[site] = home_page(*me, text="Welcome to my corner of the web")
            profiles.append(Profile(str(n), user, f"Person {n}", website=f"https://{site}/"))
        else:
            profiles.append(Profile(str(n), user, f"Person {n}", bio="Just here."))
    fediverse.set_latency(latency)
    network.add(list(sites.pages), sites)
    os.environ["FEDIMOVE_CONNECT_TO"] = network.connect_to()
    os.environ["REQUESTS_CA_BUNDLE"] = str(network.ca_file)
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, profiles)
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in profiles])
        settings.put(conn, "matching.probe", False)
        settings.put(conn, "matching.websites", True)
    conn.close()
    return sites


class JumpingClock(JobContext):
    """A job context whose clock jumps over the job's waits instead of sleeping them."""

    def __init__(self, **options: object) -> None:
        super().__init__(clock=self.now, **options)  # type: ignore[arg-type]
        self.offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self.offset

    def sleep(self, seconds: float) -> None:
        target = self.now() + seconds
        with self._lock:  # threads waiting for the same reset jump to it once
            self.offset = max(self.offset, target - time.time())


def least_time(network: FakeNetwork) -> float:
    """Seconds the rate limits impose on the requests each big server answered."""
    per_host = Counter(host for host, _, path, _ in network.requests if path.startswith("/api/"))
    windows = max((math.ceil(n / LIMIT) for n in per_host.values()), default=1)
    return (windows - 1) * WINDOW  # the last window needs no wait


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--follows", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FEDIMOVE_DATA_DIR"] = str(Path(tmp) / "workspace")
        network = FakeNetwork(Path(tmp))
        try:
            seen: list[tuple[float, Progress]] = []
            clock = JumpingClock(on_progress=lambda p: seen.append((clock.now(), p)))
            sites = build(network, args.follows, clock, args.latency)
            wall = time.monotonic()
            started = clock.now()
            summary = MatchJob().run(clock)
            ended = clock.now()
            wall = time.monotonic() - wall
            requests = len(network.requests)
            least = least_time(network)
        finally:
            network.close()
    print(
        f"follows: {args.follows}; sites read: {len(sites.pages)}; servers: {len(BIG)} "
        f"({LIMIT} requests / {WINDOW / 60:.0f} min / IP, {args.latency * 1000:.0f} ms latency)"
    )
    print(f"matched: {summary.matched}; without an address: {summary.unmatched}")
    print(
        f"requests: {requests} = {requests / args.follows:.3f} per followed account "
        f"(target <= 1.5), of which site fetches {summary.site_requests}"
    )
    taken = ended - started
    print(
        f"matching time: {taken / 60:.1f} min (run in {wall:.0f} s); least the limits allow: "
        f"{least / 60:.1f} min; ratio {taken / max(least, 1.0):.2f}"
    )
    print("done    ETA shown    really left")
    marks = iter(range(10, 100, 10))
    mark = next(marks)
    for moment, progress in seen:
        if progress.message != FINDING or not progress.total:
            continue
        share = 100 * progress.done / progress.total
        if share < mark:
            continue
        eta = progress.eta_seconds
        shown = f"{max(1, round(eta / 60))} min" if eta else "none"
        print(f"{share:4.0f}%   {shown:>9}    {(ended - moment) / 60:8.1f} min")
        mark = next(marks, 101)


if __name__ == "__main__":
    main()
