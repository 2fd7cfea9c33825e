"""`import-archive` on every real archive sample and on generated archives of every layout."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fedimove.core.errors import Cancelled
from fedimove.jobs.base import Control, JobContext, Progress
from fedimove.jobs.import_archive import ImportArchiveJob, ImportSummary
from fedimove.store import graph, workspace
from tests.bench.archive_gen import GeneratedArchive, generate

EDGE_FILES = {"following": "following", "followers": "follower", "blocks": "block", "mutes": "mute"}
LIST_FILES = ("lists-created", "lists-member", "lists-subscribed")


def fedimove(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=120
    )


def run_import(path: Path) -> ImportSummary:
    return ImportArchiveJob(path).run(JobContext())


def entries(path: Path) -> list[Any]:
    text = path.read_text("utf-8")
    return json.loads(text[text.index("=") + 1 :])


def manifest_counts(folder: Path) -> dict[str, int]:
    manifest = entries(folder / "data" / "manifest.js")
    return {
        key: sum(int(f["count"]) for f in value.get("files", []))
        for key, value in manifest["dataTypes"].items()
    }


def zip_folder(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return out


def graph_state(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Everything an import writes, minus the time stamps and the import log."""
    conn = sqlite3.connect(db)
    try:
        return {
            "accounts": conn.execute(
                "SELECT id, username, display_name, bio, website, location, source"
                " FROM accounts ORDER BY id"
            ).fetchall(),
            "edges": conn.execute("SELECT * FROM edges ORDER BY 1, 2, 3").fetchall(),
            "lists": conn.execute(
                "SELECT key, relation, url, name, owner_username FROM lists ORDER BY key"
            ).fetchall(),
            "texts": conn.execute("SELECT * FROM account_texts ORDER BY 1, 2").fetchall(),
            "meta": conn.execute("SELECT * FROM meta ORDER BY key").fetchall(),
        }
    finally:
        conn.close()


def sample_folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir())


def test_every_real_sample_imports_with_the_counts_of_its_files(
    shared_archives: Path, tmp_path: Path
) -> None:
    for folder in sample_folders(shared_archives):
        if not (folder / "data" / "manifest.js").exists():
            continue
        counts = manifest_counts(folder)
        for source in (folder, zip_folder(folder, tmp_path / f"{folder.name}.zip")):
            summary = ImportArchiveJob(source, replace=True).run(JobContext())
            assert summary.account is not None and summary.account.username, folder.name
            for field, stem in EDGE_FILES.items():
                path = folder / "data" / f"{stem}.js"
                if path.exists():
                    assert getattr(summary, field) == len(entries(path)), (folder.name, field)
            if "smwhr" not in folder.name:  # its owner emptied block.js and mute.js
                for field, key in (("following", "following"), ("blocks", "block")):
                    if (folder / "data" / f"{EDGE_FILES[field]}.js").exists():
                        assert getattr(summary, field) == counts[key], (folder.name, field)
            expected_lists = {
                entry["userListInfo"]["url"]
                for stem in LIST_FILES
                if stem != "lists-member" and (folder / "data" / f"{stem}.js").exists()
                for entry in entries(folder / "data" / f"{stem}.js")
            }
            assert summary.lists == len(expected_lists), folder.name
            assert summary.missing_files, "the samples are trimmed: the manifest names more"


def test_cli_imports_a_real_sample_and_status_reports_it(shared_archives: Path) -> None:
    folder = shared_archives / "2022-11_smwhr"
    result = fedimove("import-archive", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["account"]["username"] == "smwhr"
    assert summary["following"] == 652
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["following"] == 652
    assert status["lists"] == summary["lists"] == 11  # made or followed by the user
    assert status["lists_member_of"] == summary["lists_member_of"] == 120  # 7 are also own
    assert status["account"]["username"] == "smwhr"
    assert status["archive_import"]["path"] == str(folder)
    lists = {(lst.relation.value, lst.name) for lst in _lists()}
    assert ("created", "chaussettes-dépareillées") in lists


def _lists() -> list[Any]:
    conn = workspace.connect()
    try:
        return graph.lists(conn)
    finally:
        conn.close()


def test_cli_human_summary(shared_archives: Path) -> None:
    result = fedimove("import-archive", str(shared_archives / "2020-06_keithfrankish"))
    assert result.returncode == 0, result.stderr
    assert "@keithfrankish" in result.stdout
    assert "Follows: 2072" in result.stdout


def test_grailbird_2013_reads_mentions_and_says_what_is_missing(shared_archives: Path) -> None:
    result = fedimove("import-archive", str(shared_archives / "2013-02_grailbird_anildash"))
    assert result.returncode == 0, result.stderr
    assert "2013" in result.stdout
    conn = workspace.connect()
    try:
        assert graph.load_me(conn).username == "anildash"
        assert graph.profile(conn, "657863").username == "kevinrose"
        assert graph.profile(conn, "657863").display_name == "Kevin Rose"
    finally:
        conn.close()


def check_generated(summary: ImportSummary, expected: GeneratedArchive) -> None:
    assert summary.account is not None and summary.account.id == expected.me_id
    assert summary.following == len(expected.following)
    assert summary.followers == len(expected.followers)
    assert summary.blocks == len(expected.blocks)
    assert summary.mutes == len(expected.mutes)
    assert summary.lists == expected.list_count
    assert summary.tweets == expected.tweets
    assert summary.likes == expected.likes
    assert summary.usernames_recovered == len(expected.usernames)
    followed_named = set(expected.usernames) & set(expected.following)
    assert summary.resolved_usernames == len(followed_named)
    conn = workspace.connect()
    try:
        for account, name in expected.usernames.items():
            assert graph.profile(conn, account).username == name
        for author, texts in expected.retweet_texts.items():
            stored = {t.text for t in graph.texts_of(conn, author) if t.kind == "retweet"}
            assert stored == texts
            assert all(t.urls for t in graph.texts_of(conn, author) if t.kind == "retweet")
        for author, texts in expected.dm_texts.items():
            stored = {t.text for t in graph.texts_of(conn, author) if t.kind == "dm"}
            assert stored == texts
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("layout", "parts", "folder"),
    [("2022", 3, False), ("2022", 1, True), ("2020", 2, False), ("2018", 1, False)],
)
def test_generated_layouts(tmp_path: Path, layout: str, parts: int, folder: bool) -> None:
    out = tmp_path / ("archive" if folder else "archive.zip")
    expected = generate(out, layout=layout, tweet_parts=parts, folder=folder, media_files=3)
    summary = run_import(out)
    assert summary.layout == {"2018": "root-2018"}.get(layout, "manifest")
    check_generated(summary, expected)


def test_archive_one_folder_down_inside_the_zip(tmp_path: Path) -> None:
    expected = generate(tmp_path / "twitter-2023-08-20", folder=True)
    zipped = tmp_path / "rezipped.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for path in (tmp_path / "twitter-2023-08-20").rglob("*"):
            archive.write(path, path.relative_to(tmp_path).as_posix())
    check_generated(run_import(zipped), expected)


def test_reimport_changes_nothing_and_a_newer_archive_updates(tmp_path: Path, data_dir) -> None:
    old = generate(tmp_path / "old.zip", seed=3)
    run_import(old.path)
    db = data_dir / "workspace.sqlite3"
    before = graph_state(db)
    run_import(old.path)
    assert graph_state(db) == before
    newer = generate(tmp_path / "new.zip", seed=3, follows=25, lists_member=1)
    summary = run_import(newer.path)
    assert summary.following == 25
    conn = workspace.connect()
    try:
        counts = graph.counts(conn)
        assert counts.following == 25
        assert counts.lists == newer.list_count
        assert conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 3
    finally:
        conn.close()


def test_job_reports_byte_progress_and_cancels_cleanly(tmp_path: Path, data_dir) -> None:
    archive = generate(tmp_path / "a.zip", tweets=3000, seed=5)
    seen: list[Progress] = []
    run_import_with = ImportArchiveJob(archive.path)
    run_import_with.run(JobContext(on_progress=seen.append))
    assert seen[-1].done == seen[-1].total > 0
    assert [p.done for p in seen] == sorted(p.done for p in seen)

    db = data_dir / "workspace.sqlite3"
    before = graph_state(db)
    control = Control()

    def cancel_midway(progress: Progress) -> None:
        if progress.done > 0:
            control.cancel()

    newer = generate(tmp_path / "b.zip", tweets=3000, seed=6)
    with pytest.raises(Cancelled):
        ImportArchiveJob(newer.path, replace=True).run(
            JobContext(control, on_progress=cancel_midway)
        )
    assert graph_state(db) == before


def test_summary_json_keys_are_stable(tmp_path: Path) -> None:
    archive = generate(tmp_path / "a.zip")
    result = fedimove("import-archive", str(archive.path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("account", "following", "followers", "lists", "resolved_usernames", "tweets"):
        assert key in data
    assert re.fullmatch(r"\d+", data["account"]["id"])


def test_replacing_another_accounts_archive_says_so(tmp_path: Path) -> None:
    first = generate(tmp_path / "mine.zip", seed=21)
    assert run_import(first.path).previous_account is None
    other = generate(tmp_path / "other.zip", seed=22)
    result = fedimove("import-archive", str(other.path), "--replace")
    assert result.returncode == 0, result.stderr
    assert f"@{first.me_username}" in result.stdout
    again = run_import(other.path)
    assert again.previous_account is None
