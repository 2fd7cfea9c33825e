"""Handle extraction over 20,000 realistic profiles: profiles per second, and the ratio to a
naive one-regex scan of the same text measured in the same run (the price of precision).

Run: `python -m tests.bench.bench_extraction [--profiles N]`.
"""

from __future__ import annotations

import argparse
import random
import re
import time

from fedimove.core.graph import Profile
from fedimove.core.matching import published_candidates

PIECES = [
    "Dad, runner, coffee addict ☕",
    "Opinions are my own.",
    "Journaliste @LeMonde",
    "🐘 @{u}@{h}",
    "Now on {h}/@{u}",
    "mastodon: {u} [at] {h}",
    "contact: {u}@gmail.com",
    "press@{h}",
    "matrix @{u}:matrix.org",
    "bsky: @{u}.bsky.social",
    "https://t.co/{u}AbC12",
    "https://medium.com/@{u}",
    "ＦＯＬＬＯＷ ＭＥ ＠{u}＠{h}",
    "he/him · Paris · https://{u}.example.com",
    "Moved to https://{h}/@{u} — see you there!",
    "RT are not endorsements. #python #opensource",
    "ex-@twitter, now @{u}@{h} and @{u}.bsky.social",
    "Écrivaine. Autrice de « La Mer ». 📚",
]
HOSTS = [
    "mastodon.social",
    "piaille.fr",
    "hachyderm.io",
    "fosstodon.org",
    "mas.to",
    "social.example.org",
    "chaos.social",
    "mamot.fr",
]


def profiles(count: int, seed: int = 7) -> list[Profile]:
    rng = random.Random(seed)
    result = []
    for n in range(count):
        user = f"user{n}_{rng.choice(['a', 'bee', 'cat', 'dan'])}"
        bio = " ".join(
            rng.choice(PIECES).format(u=user, h=rng.choice(HOSTS)) for _ in range(rng.randint(1, 4))
        )
        urls = (f"https://{rng.choice(HOSTS)}/@{user}",) if rng.random() < 0.2 else ()
        result.append(
            Profile(
                str(n),
                user,
                f"User {n}",
                bio=bio,
                bio_urls=urls,
                location=rng.choice(["Paris", "", "🌍", f"@{user}@{HOSTS[0]}"]),
            )
        )
    return result


NAIVE = re.compile(r"@?[\w.-]+@[\w.-]+\.\w+")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=20_000)
    args = parser.parse_args()
    data = profiles(args.profiles)
    started = time.perf_counter()
    naive = sum(
        len(NAIVE.findall(" ".join(filter(None, (p.display_name, p.bio, p.location)))))
        for p in data
    )
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(published_candidates(p, [])) for p in data)
    elapsed = time.perf_counter() - started
    print(f"profiles: {len(data)}  addresses found: {found} (naive regex: {naive})")
    print(f"extraction: {len(data) / elapsed:,.0f} profiles/s ({elapsed:.2f} s)")
    print(f"ratio to a naive one-regex scan of the same text: {elapsed / baseline:.1f}x")


if __name__ == "__main__":
    main()
