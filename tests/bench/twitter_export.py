"""Benchmark: exporting follows through the job vs. merely downloading the same pages.

Run by hand: `python -m tests.bench.twitter_export [FOLLOWS]`. Both sides fetch every page of
the fake v2 following endpoint over real HTTPS; the job also parses profiles, writes each page
and its cursor in a transaction, and keeps texts. The ratio says what that costs; it should stay
small next to the network wait of the real API (15 requests per 15 minutes).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from fedimove.core.graph import Me
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.jobs.base import JobContext
from fedimove.jobs.twitter_export import ExportOptions, TwitterExportJob
from fedimove.net.http import new_session
from fedimove.sources.twitter_api import payloads
from fedimove.store import graph, workspace
from tests.fakes.https import FakeNetwork
from tests.fakes.twitter import LIMITS, FakeTwitter


def download_pages(fake: FakeTwitter) -> int:
    session = new_session()
    headers = {"Authorization": f"Bearer {fake.bearer_token}"}
    params = {
        "max_results": "1000",
        "user.fields": ",".join(payloads.V2_USER_FIELDS),
        "expansions": "pinned_tweet_id",
        "tweet.fields": "entities",
    }
    url = f"https://api.twitter.com/2/users/{fake.me_id}/following"
    count, token = 0, None
    while True:
        query = {**params, **({"pagination_token": token} if token else {})}
        body = session.get(url, params=query, headers=headers).json()
        count += len(body.get("data", []))
        token = body.get("meta", {}).get("next_token")
        if not token:
            return count


def export(fake: FakeTwitter) -> int:
    credentials = TwitterCredentials(bearer_token=fake.bearer_token)
    options = ExportOptions(no_cap=True, lists=False, hydrate=False)
    return TwitterExportJob(options, credentials).run(JobContext()).following


def timed(work, *args):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    start = time.perf_counter()
    result = work(*args)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, elapsed, peak


def main(follows: int) -> None:
    for name in LIMITS:
        LIMITS[name] = 10**9
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FEDIMOVE_DATA_DIR"] = str(Path(folder) / "workspace")
        network = FakeNetwork(Path(folder))
        os.environ["REQUESTS_CA_BUNDLE"] = str(network.ca_file)
        fake = FakeTwitter.populated(following=follows, owned_lists=0, followed_lists=0)
        fake.install(network)
        os.environ["FEDIMOVE_CONNECT_TO"] = network.connect_to()
        conn = workspace.connect()
        with workspace.transaction(conn):
            graph.save_me(conn, Me(fake.me_id))
        conn.close()
        try:
            got, base_time, base_peak = timed(download_pages, fake)
            assert got == follows
            got, job_time, job_peak = timed(export, fake)
            assert got == follows
        finally:
            network.close()
    print(f"follows: {follows}")
    print(f"download only: {base_time:.2f} s, peak {base_peak / 1e6:.1f} MB")
    print(f"export job:    {job_time:.2f} s, peak {job_peak / 1e6:.1f} MB")
    print(f"time ratio job/download: {job_time / base_time:.2f}")
    print(f"memory ratio job/download: {job_peak / max(base_peak, 1):.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
