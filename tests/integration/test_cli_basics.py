"""The front door: version, status on an empty workspace, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fedimove import __version__


def fedimove(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args], capture_output=True, text=True, timeout=60
    )


def test_version() -> None:
    result = fedimove("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"fedimove {__version__}"


def test_status_json_on_empty_workspace() -> None:
    result = fedimove("status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("following", "followers", "lists", "resolved_usernames"):
        assert data[key] is None  # nothing was read: not known, which is not "nobody"


def test_corrupt_workspace_is_one_clear_line(data_dir) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "workspace.sqlite3").write_bytes(b"garbage" * 1000)
    result = fedimove("status")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_reader_that_goes_away_is_no_error() -> None:
    """`fedimove status | head -1`: the pipe closes, nothing failed, nothing is said."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        result = subprocess.run(
            [sys.executable, "-m", "fedimove", "status"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 141
    assert result.stderr == ""
