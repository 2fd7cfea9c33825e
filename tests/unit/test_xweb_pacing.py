"""Human pace: jittered delays in range, an hourly cap that holds, back-off when x.com says so."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fedimove.sources.xweb import engine
from fedimove.sources.xweb.errors import XRateLimited
from fedimove.sources.xweb.pacing import Pace, Pacer


@given(st.integers(0, 2**32), st.floats(0.01, 1.0))
def test_scroll_delays_are_jittered_within_the_human_range(seed: int, scale: float) -> None:
    pacer = Pacer(Pace(scale=scale), rng=random.Random(seed))
    delays = [pacer.scroll_delay() for _ in range(20)]
    assert all(1.5 * scale <= d <= 3.0 * scale for d in delays)
    assert len(set(delays)) > 1


def test_the_hourly_cap_counts_earlier_pages_too() -> None:
    pacer = Pacer(Pace(pages_per_hour=3), recent_pages=[100.0, 200.0])
    assert pacer.cap_wait(300.0) == 0
    pacer.page_read(300.0)
    assert pacer.cap_wait(301.0) == pytest.approx(100.0 + 3600 - 301.0)
    assert pacer.cap_wait(3700.5) == 0


def test_rate_limit_waits_for_the_reset_or_backs_off_exponentially() -> None:
    pacer = Pacer(Pace())
    assert pacer.rate_limited(1000.0, reset_at=1030.0) == pytest.approx(31.0)
    assert pacer.rate_limited(1000.0, reset_at=None) == 120.0
    assert pacer.rate_limited(1000.0, reset_at=None) == 240.0
    pacer.page_read(1100.0)
    assert pacer.rate_limited(1200.0, reset_at=None) == 60.0


def test_a_reset_too_far_away_stops_instead_of_waiting() -> None:
    with pytest.raises(XRateLimited):
        Pacer(Pace()).rate_limited(0.0, reset_at=5000.0)


def test_connect_to_becomes_chromium_host_resolver_rules() -> None:
    flags = engine.chromium_flags(
        "--disable-gpu", "x.com:443=127.0.0.1:4443,api.x.com:443=127.0.0.1:5443"
    )
    assert flags == (
        '--disable-gpu --host-resolver-rules="MAP x.com:443 127.0.0.1:4443, '
        'MAP api.x.com:443 127.0.0.1:5443"'
    )
    assert engine.chromium_flags("", "") == ""


def test_forget_signin_deletes_only_the_browser_profile(tmp_path: Path) -> None:
    (tmp_path / "workspace.sqlite3").write_text("keep")
    profile = engine.profile_dir(tmp_path)
    (profile / "Cookies").parent.mkdir()
    (profile / "Cookies").write_text("auth_token")
    assert engine.forget_signin(tmp_path)
    assert not profile.exists() and (tmp_path / "workspace.sqlite3").exists()
    assert not engine.forget_signin(tmp_path)
