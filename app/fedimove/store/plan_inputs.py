"""What the plan is built from: followed accounts with their matches, and the user's lists."""

from __future__ import annotations

import sqlite3

from fedimove.core.graph import ListRelation
from fedimove.core.plan import Candidate, ListSource
from fedimove.store import graph


def candidates(conn: sqlite3.Connection) -> list[Candidate]:
    """Every account the user follows on Twitter, with its best match when there is one."""
    return [Candidate(profile.id, profile.username) for profile in graph.following_profiles(conn)]


def list_sources(conn: sqlite3.Connection) -> list[ListSource]:
    """Lists the user made on Twitter and whose members are known."""
    return [
        ListSource(item.key, item.name or item.key, item.members)
        for item in graph.lists(conn)
        if item.relation == ListRelation.CREATED and item.members
    ]
