"""The `fedimove twitter` verbs as scripts call them: stdin keys, JSON, exit codes, logout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.file_keyring import FileKeyring
from tests.fakes.twitter import FakeTwitter, Mode

ROOT = Path(__file__).resolve().parents[2]


def fedimove(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)])}
    return subprocess.run(
        [sys.executable, "-m", "fedimove", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def logged_in(fake_twitter: FakeTwitter, shared_keyring: FileKeyring) -> FakeTwitter:
    keys = json.dumps(fake_twitter.credentials())
    result = fedimove("twitter", "login", "--keys-stdin", stdin=keys)
    assert result.returncode == 0, result.stderr
    return fake_twitter


def test_check_json_ok(logged_in: FakeTwitter) -> None:
    result = fedimove("twitter", "check", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "ok"
    assert data["message"]
    assert data["capabilities"]["follows"] == {
        "available": True,
        "route": "v2",
        "status": "ok",
        "reason": None,
    }


def test_check_json_cut_app_exits_3(logged_in: FakeTwitter) -> None:
    assert fedimove("twitter", "check", "--json").returncode == 0
    logged_in.mode = Mode.APP_SUSPENDED
    result = fedimove("twitter", "check", "--json")
    assert result.returncode == 3, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "app_suspended"
    assert "cut off" in data["message"]
    assert data["capabilities"]["follows"]["available"] is False


def test_check_for_people_says_what_to_do(logged_in: FakeTwitter) -> None:
    logged_in.mode = Mode.PAYMENT_REQUIRED
    result = fedimove("twitter", "check")
    assert result.returncode == 3
    assert "credits" in result.stdout
    assert "Next step: Top up credits" in result.stdout


def test_bad_keys_json_is_one_clear_line(shared_keyring: FileKeyring) -> None:
    result = fedimove("twitter", "login", "--keys-stdin", stdin='{"consumer_key": "x"}')
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_without_keys_exits_3(shared_keyring: FileKeyring) -> None:
    result = fedimove("twitter", "check", "--json")
    assert result.returncode == 3
    data = json.loads(result.stdout)
    assert (data["status"], data["reason"]) == ("token_invalid", "not_signed_in")
    assert "twitter login" in data["next_step"]


def test_logout_removes_the_keys(logged_in: FakeTwitter, shared_keyring: FileKeyring) -> None:
    assert shared_keyring.get_password("fedimove", "twitter:credentials")
    result = fedimove("logout", "twitter")
    assert result.returncode == 0, result.stderr
    assert shared_keyring.get_password("fedimove", "twitter:credentials") is None
    assert fedimove("twitter", "check").returncode == 3


def test_export_json_then_status_reports_completeness(logged_in: FakeTwitter) -> None:
    result = fedimove("twitter", "export", "--json", "--no-cost-cap")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["complete"] is True
    assert (data["following"], data["lists"], data["status"]) == (250, 3, "ok")
    assert data["estimated_cost"] > 0 and data["currency"] == "USD"
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["api_export_complete"] is True
    assert status["api_following"] == 250


def test_export_stopped_by_the_cap_is_not_complete(logged_in: FakeTwitter) -> None:
    result = fedimove("twitter", "export", "--max-cost", "0.50")
    assert result.returncode == 1
    assert "cost cap" in result.stdout
    assert "not complete" in result.stdout
    assert "Estimated cost" in result.stderr
    status = json.loads(fedimove("status", "--json").stdout)
    assert status["api_export_complete"] is False


def test_check_speaks_french(logged_in: FakeTwitter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEDIMOVE_LANG", "fr")
    logged_in.mode = Mode.PAYMENT_REQUIRED
    result = fedimove("twitter", "check")
    assert result.returncode == 3
    assert "X demande maintenant de payer" in result.stdout
    assert "Étape suivante : Rechargez des crédits" in result.stdout
