"""`fedimove keyring-check`: a real round trip through store.secrets, hidden from --help."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

import keyring
import pytest

from fedimove.commands import keyring_check


def test_round_trip_through_the_keyring(capsys: pytest.CaptureFixture[str]) -> None:
    assert keyring_check.run(argparse.Namespace(json=True)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["round_trip"] == "ok"
    assert report["backend"].endswith("MemoryKeyring")
    assert keyring.get_keyring().items == {}  # type: ignore[attr-defined]


def test_a_keyring_that_gives_back_something_else_fails() -> None:
    backend = keyring.get_keyring()
    backend.get_password = lambda service, username: "not what was stored"  # type: ignore[method-assign]
    with pytest.raises(keyring_check.KeyringRoundTripFailed):
        keyring_check.run(argparse.Namespace(json=True))


def test_without_a_keyring_one_clear_line() -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "keyring-check", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "fedimove: No password manager (keyring) is available on this computer, so sign-ins "
        "cannot be remembered. They can be kept until Fedimove quits."
    ]


def test_hidden_from_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fedimove", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "keyring-check" not in result.stdout
