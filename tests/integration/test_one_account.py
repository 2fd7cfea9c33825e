"""One Twitter account per workspace: another account's archive replaces everything or nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from fedimove.core.archive_errors import ArchiveOfAnotherAccount
from fedimove.jobs.base import JobContext
from fedimove.jobs.import_archive import ImportArchiveJob
from fedimove.store import paths, workspace
from tests.bench.archive_gen import GeneratedArchive, generate
from tests.integration.test_import_archive import fedimove, graph_state


def _mine(tmp_path: Path) -> GeneratedArchive:
    """@mine's archive imported, matched and partly followed."""
    mine = generate(tmp_path / "mine.zip", seed=21)
    ImportArchiveJob(mine.path).run(JobContext())
    conn = workspace.connect()
    with workspace.transaction(conn):
        stamp = workspace.now_iso()
        for n, account in enumerate(mine.following[:3]):
            conn.execute(
                "INSERT INTO matches (account_id, address, confidence, display_name,"
                " profile_url, locked, moved_from, updated_at, chosen)"
                " VALUES (?, ?, 'confirmed', '', '', 0, '[]', ?, 1)",
                (account, f"u{n}@old.example", stamp),
            )
            conn.execute(
                "INSERT INTO match_progress (account_id, phase, outcome, reason, checked_at)"
                " VALUES (?, 'published', 'matched', '', ?)",
                (account, stamp),
            )
        conn.execute(
            "INSERT INTO follow_queue (address, twitter_id, state, enqueued_at)"
            " VALUES ('u0@old.example', ?, 'pending', ?), ('u1@old.example', ?, 'followed', ?)",
            (mine.following[0], stamp, mine.following[1], stamp),
        )
    conn.close()
    return mine


def _without(folder_archive: GeneratedArchive, *names: str) -> Path:
    for name in names:
        (folder_archive.path / name).unlink()
    return folder_archive.path


def test_another_accounts_archive_is_refused_without_replace(tmp_path: Path) -> None:
    mine = _mine(tmp_path)
    before = graph_state(paths.database_path())
    other = generate(tmp_path / "other.zip", seed=22)
    result = fedimove("import-archive", str(other.path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"fedimove: This archive is @{other.me_username}'s; the workspace holds "
        f"@{mine.me_username}'s. Add --replace to replace everything."
    ]
    assert graph_state(paths.database_path()) == before
    with pytest.raises(ArchiveOfAnotherAccount):
        ImportArchiveJob(other.path).run(JobContext())


def test_replace_removes_everything_of_the_old_account(tmp_path: Path) -> None:
    mine = _mine(tmp_path)
    other = generate(tmp_path / "other", seed=22, folder=True)
    path = _without(other, "data/follower.js")
    result = fedimove("import-archive", str(path), "--replace", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["followers"] is None
    conn = sqlite3.connect(paths.database_path())
    ids = set(other.following) | set(other.blocks) | set(other.mutes)
    old_only = (set(mine.following) | set(mine.followers)) - ids
    edges = {row[0] for row in conn.execute("SELECT account_id FROM edges")}
    assert edges <= ids
    kept = {row[0] for row in conn.execute("SELECT id FROM accounts")}
    assert not (kept & old_only - {mine.following[1]})  # the sent follow keeps its account
    assert conn.execute("SELECT count(*) FROM matches").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM match_progress").fetchone()[0] == 0
    assert {r[0] for r in conn.execute("SELECT address FROM follow_queue")} == {"u1@old.example"}
    authors = {row[0] for row in conn.execute("SELECT account_id FROM account_texts")}
    assert not authors & old_only
    conn.close()
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["account"]["username"] == other.me_username
    assert status["following"] == len(other.following)
    assert status["followers"] is None
    assert "data/follower.js" in status["missing_files"]
    assert status["blocks"] == len(other.blocks)


def test_missing_block_and_mute_files_are_null_not_zero(tmp_path: Path) -> None:
    archive = generate(tmp_path / "a", folder=True)
    shutil.rmtree(archive.path / "data" / "manifest.js", ignore_errors=True)
    path = _without(archive, "data/manifest.js", "data/block.js", "data/mute.js")
    assert fedimove("import-archive", str(path)).returncode == 0
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["blocks"] is None and status["mutes"] is None
    assert {"data/block.js", "data/mute.js"} <= set(status["missing_files"])
    assert status["followers"] == len(archive.followers)


@pytest.mark.parametrize("with_manifest", [True, False])
def test_archive_without_following_js_changes_nothing(tmp_path: Path, with_manifest: bool) -> None:
    archive = generate(tmp_path / "a", folder=True)
    names = ["data/following.js"] + ([] if with_manifest else ["data/manifest.js"])
    path = _without(archive, *names)
    result = fedimove("import-archive", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "data/following.js" in lines[0]
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["account"] is None and status["following"] is None
