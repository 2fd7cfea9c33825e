"""What a verb needs before it runs, said as one clear line instead of a report of zeros."""

from __future__ import annotations

from fedimove.core.errors import NothingImported
from fedimove.store import graph, workspace


def require_import() -> None:
    """Matching, following, blocking or exporting nothing would print zeros (and write empty
    files), as if every account had been looked at: say where to start instead."""
    conn = workspace.connect()
    try:
        found = graph.counts(conn)
        me = graph.load_me(conn)
    finally:
        conn.close()
    if me is None and not (found.following or found.blocks or found.mutes):
        raise NothingImported()
