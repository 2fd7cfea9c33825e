"""A workspace as matching leaves it: followed accounts, their matches with evidence, reviews.

Written through the stores the engines use, so the review screen reads the real schema.
"""

from __future__ import annotations

from fedimove.core.graph import EdgeKind, Me, Profile
from fedimove.core.handles import Handle
from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.store import graph, matches, workspace

CONFIDENCES = (Confidence.CONFIRMED, Confidence.LIKELY, Confidence.POSSIBLE, None)
HOSTS = (
    "mastodon.social",
    "piaille.fr",
    "hachyderm.io",
    "mamot.fr",
    "fosstodon.org",
    "framapiaf.org",
)


def write_scene(count: int, people: list[tuple[str, str]] | None = None) -> None:
    """`count` follows: a quarter each confirmed, likely, possible, and without an address.

    `people` gives (username, display name) pairs to use instead of user0, user1…
    """
    names = people or [(f"user{n}", f"Person {n}") for n in range(count)]
    conn = workspace.connect()
    try:
        with workspace.transaction(conn):
            graph.save_me(conn, Me("1", "ada", "Ada"))
            graph.upsert_profiles(
                conn,
                [
                    Profile(
                        str(1000 + n),
                        *names[n],
                        bio=f"{names[n][1]}, on Twitter since 2011",
                        created_at=f"2011-{n % 12 + 1:02d}-15",
                    )
                    for n in range(count)
                ],
            )
            graph.replace_edges(
                conn, EdgeKind.FOLLOWING, "archive", [str(1000 + n) for n in range(count)]
            )
            for n in range(count):
                confidence = CONFIDENCES[n % 4]
                found = [_match(n, names[n][0], confidence)] if confidence else []
                outcome = "matched" if found else "unmatched"
                matches.save_account_result(conn, str(1000 + n), "published", found, outcome)
    finally:
        conn.close()


def _match(n: int, username: str, confidence: Confidence) -> Match:
    handle = Handle(username, HOSTS[n % len(HOSTS)])
    remote = RemoteProfile(
        handle,
        AccountState.ACTIVE,
        url=f"https://{handle.host}/@{username}",
        display_name=username,
        note=f"Moved from Twitter (@{username}). Posts in English and French.",
        created_at=f"2022-{n % 12 + 1:02d}-03",
    )
    evidence = (
        Evidence(EvidenceKind.PUBLISHED, "bio", f"<b>find me</b> at @{handle}"),
        Evidence(EvidenceKind.EXISTS, "fediverse_profile", str(handle)),
    )
    return Match(str(1000 + n), handle, confidence, evidence, remote)
