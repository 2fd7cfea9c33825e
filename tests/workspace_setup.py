"""Putting a Twitter side into the test workspace, as an import would leave it."""

from __future__ import annotations

from collections.abc import Sequence

from fedimove.core.graph import EdgeKind, Profile
from fedimove.store import graph, settings, workspace


def follow(profiles: Sequence[Profile], **matching: object) -> None:
    """The user follows these accounts (read through the API); `matching` settings go with
    them, as `matching.<name>` (`probe_hosts=["mastodon.social"]`, `probe=False`)."""
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.upsert_profiles(conn, list(profiles))
        graph.add_edges(conn, EdgeKind.FOLLOWING, "api", [p.id for p in profiles])
        for name, value in matching.items():
            settings.put(conn, f"matching.{name}", value)
    conn.close()
