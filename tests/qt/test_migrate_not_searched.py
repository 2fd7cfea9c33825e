"""Before any search, Migrate says the addresses are still to be found, not that all is done."""

from __future__ import annotations

from fedimove.core.graph import EdgeKind, Me, Profile
from fedimove.store import graph, workspace
from tests.fakes.mastodon import SignedIn
from tests.qt.scene import write_scene
from tests.qt.test_migrate import open_page


def _follows_never_searched(count: int) -> None:
    conn = workspace.connect()
    try:
        with workspace.transaction(conn):
            graph.save_me(conn, Me("1", "ada", "Ada"))
            ids = [str(3000 + n) for n in range(count)]
            graph.upsert_profiles(conn, [Profile(i, f"friend{i}", f"Friend {i}") for i in ids])
            graph.replace_edges(conn, EdgeKind.FOLLOWING, "archive", ids)
    finally:
        conn.close()


def test_follows_not_searched_yet_point_to_matches(qtbot, signed_in: SignedIn) -> None:  # type: ignore[no-untyped-def]
    _follows_never_searched(5)
    page = open_page(qtbot)
    state, plan = page.state.label.text(), page.plan_text.text()
    assert "Nothing left to follow" not in state
    assert "not been searched yet" in state and "step 4" in state
    assert "Not searched yet: 5 accounts" in plan
    assert "Left out: 0" in plan


def test_searched_follows_keep_the_usual_words(qtbot, signed_in: SignedIn) -> None:  # type: ignore[no-untyped-def]
    write_scene(4)
    page = open_page(qtbot)
    assert "Not searched yet" not in page.plan_text.text()
