"""The workspace schema is versioned and migrations apply once, in order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fedimove.core.errors import WorkspaceError
from fedimove.core.graph import EdgeKind, Profile
from fedimove.store import graph, workspace


def test_migrations_apply_once(tmp_path: Path) -> None:
    conn = workspace.connect(tmp_path / "w.sqlite3")
    versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [m.version for m in workspace.migrations()]
    assert workspace.migrate(conn) == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_workspace_is_refused(tmp_path: Path) -> None:
    conn = workspace.connect(tmp_path / "w.sqlite3")
    conn.execute("INSERT INTO schema_migrations VALUES (9999, '9999_future.sql', 'x')")
    conn.close()
    with pytest.raises(WorkspaceError):
        workspace.connect(tmp_path / "w.sqlite3")


def test_not_a_database_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceError):
        workspace.connect(path)


def test_better_source_overwrites_lesser_fills(tmp_path: Path) -> None:
    conn = workspace.connect(tmp_path / "w.sqlite3")
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["1"])
        graph.upsert_profiles(conn, [Profile("1", username="old", source="archive")])
        graph.upsert_profiles(conn, [Profile("1", username="new", bio="hi", source="api")])
        graph.upsert_profiles(
            conn, [Profile("1", username="older", location="Paris", source="archive")]
        )
    stored = graph.profile(conn, "1")
    assert stored is not None
    assert (stored.username, stored.bio, stored.location) == ("new", "hi", "Paris")
    assert graph.counts(conn).resolved_usernames == 1


def test_transaction_rolls_back_everything(tmp_path: Path) -> None:
    conn = workspace.connect(tmp_path / "w.sqlite3")
    with pytest.raises(RuntimeError), workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["1", "2"])
        raise RuntimeError
    assert graph.counts(conn).following == 0
    assert isinstance(conn, sqlite3.Connection)


def test_two_first_openings_at_once_migrate_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two jobs opening a new workspace together: the second saw the migrations as not yet
    applied, the first applied them meanwhile; the second must not apply them again."""
    path = tmp_path / "fedimove.sqlite3"
    shipped = workspace.migrations
    others = iter([lambda: workspace.connect(path).close()])

    def meanwhile() -> list[workspace.Migration]:
        next(others, lambda: None)()
        return shipped()

    monkeypatch.setattr(workspace, "migrations", meanwhile)
    conn = workspace.connect(path)
    versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == sorted({m.version for m in shipped()})
