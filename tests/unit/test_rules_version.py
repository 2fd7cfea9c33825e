"""The matching rules' version is derived from the rules: change one, and every workspace is
judged again; change nothing, and no run judges twice (issue 12's re-judging)."""

from __future__ import annotations

import os
import subprocess
import sys
import types

import pytest

from fedimove.core import handle_rules, handles, matching
from fedimove.core.rules_version import RULES_VERSION, digest, rules_version


def test_the_version_is_the_rules_as_they_are_now() -> None:
    assert rules_version() == RULES_VERSION


@pytest.mark.parametrize(
    ("module", "name", "changed"),
    [
        (handle_rules, "NOT_FEDIVERSE", handle_rules.NOT_FEDIVERSE | {"newsite.example"}),
        (handle_rules, "KNOWN_FEDIVERSE", handle_rules.KNOWN_FEDIVERSE - {"mastodon.social"}),
        (handle_rules, "ANNOUNCEMENTS", (*handle_rules.ANNOUNCEMENTS, r"\bvenez\b")),
        (handle_rules, "ROLE_USERS", handle_rules.ROLE_USERS | {"newsroom-bot"}),
        (handles, "STRONG_FORMS", handles.STRONG_FORMS - {handles.Form.PATH_URL}),
        (matching, "PROFILE_SOURCES", matching.PROFILE_SOURCES - {"pinned"}),
    ],
)
def test_changing_a_rule_table_changes_the_version(
    module: types.ModuleType, name: str, changed: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, name, changed)
    assert rules_version() != RULES_VERSION


def test_where_to_look_is_not_a_rule_of_what_a_match_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handle_rules, "DEFAULT_PROBE_HOSTS", ("other.example",))
    assert rules_version() == RULES_VERSION


def _module(source: str) -> types.ModuleType:
    module = types.ModuleType("rules_under_test")
    exec(compile(source, "rules_under_test.py", "exec"), module.__dict__)
    return module


RULE = """
import re
LEVELS = frozenset({"confirmed", "likely", "possible"})
_WORD = re.compile(r"\\bme\\b", re.IGNORECASE)
def sure(kinds, needed=2):
    return len(set(kinds) & {"published", "link_back", "verified_link"}) >= needed
"""


def test_changing_a_rule_in_code_changes_the_version_and_moving_it_does_not() -> None:
    base = digest(_module(RULE))
    assert digest(_module(RULE.replace(">= needed", "> needed"))) != base
    assert digest(_module(RULE.replace("needed=2", "needed=1"))) != base
    assert digest(_module(RULE.replace("IGNORECASE", "ASCII"))) != base
    assert digest(_module(RULE.replace('"likely", ', ""))) != base
    moved = "\n\n# the same rules, further down and commented\n" + RULE.replace(
        "def sure", "# how many proofs make a match sure\ndef sure"
    )
    assert digest(_module(moved)) == base


def test_the_version_is_the_same_in_every_process() -> None:
    """Sets are ordered by string hashes, which differ per process: the digest must not be."""
    code = "from fedimove.core.rules_version import RULES_VERSION; print(RULES_VERSION)"
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert seen == {RULES_VERSION}
