"""`fedimove status`: numbers that mean what they say, in sentences a person reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.integration.test_import_archive import fedimove


def test_lists_count_what_can_be_recreated(shared_archives: Path) -> None:
    assert fedimove("import-archive", str(shared_archives / "2022-11_smwhr")).returncode == 0
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["lists"] == 11  # 9 made by the user, 2 followed
    assert status["lists_member_of"] == 120


def test_plain_status_is_sentences(shared_archives: Path) -> None:
    assert fedimove("import-archive", str(shared_archives / "2022-11_smwhr")).returncode == 0
    result = fedimove("status")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Account: @smwhr")
    assert (
        "Following 652 accounts; 0 usernames known (the others are known only by number)." in lines
    )
    assert "Followers: not in this archive." in lines
    assert "Lists: 11 you made or follow; you are on 120 lists made by others." in lines
    assert not [line for line in lines if ": None" in line or line.endswith(": 0")]
    assert not [line for line in lines if re.match(r"[a-z]+_[a-z_]+: ", line)]  # no raw keys


def test_empty_workspace_says_where_to_start() -> None:
    result = fedimove("status")
    assert result.stdout.splitlines()[0] == (
        "Nothing imported yet. Start with: fedimove import-archive PATH"
    )
