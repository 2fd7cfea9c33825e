"""Shared fixtures: an isolated workspace per test, offscreen Qt, no real keyring, no internet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Loaded CI machines must not turn a slow example into a failure; CI replays a fixed seed
# so a red run can be reproduced, while developers keep exploring new examples.
settings.register_profile(
    "fedimove",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("fedimove")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ["FEDIMOVE_LANG"] = "en"

SHARED_ARCHIVES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "twitter-archives"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty workspace folder."""
    path = tmp_path / "workspace"
    monkeypatch.setenv("FEDIMOVE_DATA_DIR", str(path))
    monkeypatch.delenv("FEDIMOVE_CONNECT_TO", raising=False)
    return path


@pytest.fixture(autouse=True)
def fresh_rate_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's servers are new: no sign-in's rate-limit budget carries over from another
    test's (ids and hosts repeat from test to test)."""
    from fedimove.fediverse import pacing

    monkeypatch.setattr(pacing, "_SHARED", {})


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    """Tests never touch the developer's keyring: an in-memory backend stands in."""
    import keyring

    from fedimove.store import secrets
    from tests.fakes.keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)
    secrets.end_session()


@pytest.fixture
def shared_archives() -> Path:
    if not SHARED_ARCHIVES.is_dir():
        pytest.skip("../shared/fixtures/twitter-archives is not here")
    return SHARED_ARCHIVES


pytest_plugins = [
    "tests.fakes.bridges",
    "tests.fakes.conftest_network",
    "tests.fakes.fediverse",
    "tests.fakes.file_keyring",
    "tests.fakes.mastodon",
    "tests.fakes.twitter",
]
