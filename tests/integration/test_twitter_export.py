"""`twitter export` against the fake API: complete, resumable, paced, capped, honest."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from fedimove.core.errors import Cancelled
from fedimove.core.graph import EdgeKind, ListRelation, TextKind
from fedimove.core.twitter_access import AccessStatus, Reason
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.jobs.base import JobContext, Progress
from fedimove.jobs.twitter_check import CheckAccessJob
from fedimove.jobs.twitter_export import (
    EstimateExportJob,
    ExportOptions,
    TwitterExportJob,
)
from fedimove.store import graph, logs, twitter_state, workspace
from tests.fakes.https import FakeNetwork, Response
from tests.fakes.twitter import CLIENT_FORBIDDEN, LIMITS, FakeTwitter, Mode


class FakeClock:
    """Shared by the job and the fake server, so rate-limit windows pass without sleeping."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


class FastContext(JobContext):
    def __init__(self, clock: FakeClock, on_progress=None) -> None:  # type: ignore[no-untyped-def]
        self.seen: list[Progress] = []

        def record(progress: Progress) -> None:
            self.seen.append(progress)
            if on_progress:
                on_progress(self, progress)

        super().__init__(on_progress=record, clock=clock)
        self.fake_clock = clock
        self.slept = 0.0

    def sleep(self, seconds: float) -> None:
        self.control.checkpoint()
        self.fake_clock.now += seconds
        self.slept += seconds


@pytest.fixture
def debug_log(data_dir: Path) -> Iterator[Path]:
    """The workspace log at DEBUG (tweepy logs its request headers there), this test's own."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    logs.configure(logging.DEBUG)
    yield data_dir / "logs" / "fedimove.log"
    for handler in root.handlers:
        if handler not in saved[0]:
            handler.close()
    root.handlers, root.level = saved


def assert_nothing_holds(folder: Path, secrets: tuple[str, ...]) -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files) and any("sqlite" in p.name for p in files)
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, (path.name, secret[:4])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def big(fake_network: FakeNetwork, clock: FakeClock) -> FakeTwitter:
    """2,300 follows: three pages of the v2 following endpoint."""
    fake = FakeTwitter.populated(following=2300, clock=clock)
    fake.install(fake_network)
    return fake


def export(fake: FakeTwitter, clock: FakeClock, on_progress=None, **options: object):  # type: ignore[no-untyped-def]
    credentials = TwitterCredentials.from_mapping(fake.credentials())
    ctx = FastContext(clock, on_progress)
    options.setdefault("no_cap", True)
    result = TwitterExportJob(ExportOptions(**options), credentials).run(ctx)  # type: ignore[arg-type]
    return result, ctx


def following_requests(fake: FakeTwitter) -> list[str]:
    return [query for _, path, query in fake.requests if path.endswith("/following")]


def test_complete_export_of_follows_profiles_and_lists(fake_twitter: FakeTwitter) -> None:
    result, _ = export(fake_twitter, FakeClock())
    assert result.complete, result
    assert result.following == 250
    conn = workspace.connect()
    follows = graph.following_profiles(conn)
    assert len(follows) == 250
    assert all(p.username and p.source == "api" for p in follows)
    user0 = graph.profile(conn, "3000000")
    assert user0 is not None
    assert user0.bio == "Now on Mastodon: https://mastodon.social/@user00000 #fediverse"
    assert user0.bio_urls == ("https://mastodon.social/@user00000",)
    assert user0.website == "https://example.org/user00000"
    assert user0.location == "Lyon"
    assert (
        user0.pinned_tweet == "Find me at @user00000@fosstodon.org https://fosstodon.org/@user00000"
    )
    assert user0.protected is True
    kinds = {t.kind for t in graph.texts_of(conn, "3000000")}
    assert kinds == {TextKind.BIO, TextKind.PINNED}
    lists = graph.lists(conn)
    assert sorted(lst.relation for lst in lists) == [
        ListRelation.CREATED,
        ListRelation.CREATED,
        ListRelation.SUBSCRIBED,
    ]
    assert all(lst.members is not None and len(lst.members) == 30 for lst in lists)
    assert next(lst for lst in lists if lst.relation is ListRelation.SUBSCRIBED).owner_username
    member = graph.profile(conn, lists[0].members[0])  # type: ignore[index]
    assert member is not None and member.username
    assert twitter_state.export_complete(conn) is True


def test_pagination_reads_every_page_once(big: FakeTwitter, clock: FakeClock) -> None:
    result, _ = export(big, clock, lists=False, hydrate=False)
    assert result.complete and result.following == 2300
    queries = following_requests(big)
    assert len(queries) == 3
    assert sum("pagination_token" in q for q in queries) == 2


def test_rate_limit_waits_with_a_countdown_and_continues(
    big: FakeTwitter, clock: FakeClock
) -> None:
    big.rate_limit_on = {3}  # the second following page
    big.rate_limit_reset_in = 90
    result, ctx = export(big, clock, lists=False, hydrate=False)
    assert result.complete and result.following == 2300
    waits = [p for p in ctx.seen if p.waiting_until]
    assert waits and all(p.waiting_until >= waits[0].waiting_until for p in waits)
    assert 90 <= ctx.slept <= 95
    assert "continuing at" in waits[0].message


def test_a_used_up_window_is_waited_for_before_a_429(
    big: FakeTwitter, clock: FakeClock, fake_network: FakeNetwork, monkeypatch
) -> None:
    monkeypatch.setitem(LIMITS, "v2:following", 2)
    result, ctx = export(big, clock, lists=False, hydrate=False)
    assert result.complete and result.following == 2300
    assert ctx.slept > 0
    assert all(status != 429 for *_, status in fake_network.requests)


def test_eta_counts_the_rate_limit_windows_to_wait_for(
    big: FakeTwitter, clock: FakeClock, monkeypatch
) -> None:
    monkeypatch.setitem(LIMITS, "v2:following", 1)
    result, ctx = export(big, clock, lists=False, hydrate=False)
    assert result.complete
    first = next(p for p in ctx.seen if p.eta_seconds is not None)
    assert first.done == 1000
    assert 2 * 900 - 60 <= first.eta_seconds <= 2 * 900 + 60  # two more windows, one page each


def test_rate_limit_without_waiting_stops_cleanly_and_resumes(
    big: FakeTwitter, clock: FakeClock
) -> None:
    big.rate_limit_on = {3}
    big.rate_limit_reset_in = 600
    result, _ = export(big, clock, lists=False, hydrate=False, wait=False)
    assert not result.complete
    assert result.stop is not None and result.stop.status is AccessStatus.RATE_LIMITED
    conn = workspace.connect()
    assert graph.counts(conn).following == 1000
    assert twitter_state.export_complete(conn) is False
    clock.now += 601
    result, _ = export(big, clock, lists=False, hydrate=False, wait=False)
    assert result.complete and result.following == 2300
    first_pages = [q for q in following_requests(big) if "pagination_token" not in q]
    assert len(first_pages) == 1  # the second run starts from the saved cursor
    assert twitter_state.export_complete(conn) is True


def test_interrupted_export_continues_where_it_stopped(big: FakeTwitter, clock: FakeClock) -> None:
    def cancel_after_first_page(ctx: FastContext, progress: Progress) -> None:
        if progress.done >= 1000:
            ctx.control.cancel()

    with pytest.raises(Cancelled):
        export(big, clock, cancel_after_first_page, lists=False, hydrate=False)
    conn = workspace.connect()
    assert graph.counts(conn).following == 1000
    assert twitter_state.export_complete(conn) is False
    result, _ = export(big, clock, lists=False, hydrate=False)
    assert result.complete and result.following == 2300
    assert len(following_requests(big)) == 3


def test_cost_cap_stops_keeping_what_was_read_then_continues(
    big: FakeTwitter, clock: FakeClock
) -> None:
    result, _ = export(big, clock, lists=False, hydrate=False, no_cap=False, max_cost=3.0)
    assert not result.complete and result.stop_reason == "cost_cap"
    assert result.spent <= 3.0
    assert 0 < result.following < 2300
    assert result.estimate is not None and result.estimate.total > 3.0
    conn = workspace.connect()
    read = graph.counts(conn).following
    assert 0 < read < 2300
    result, _ = export(big, clock, lists=False, hydrate=False)
    assert result.complete and result.following == 2300


def test_payment_required_mid_export_stops_without_retrying(
    big: FakeTwitter, clock: FakeClock
) -> None:
    def cut(ctx: FastContext, progress: Progress) -> None:
        if progress.done >= 1000:
            big.mode = Mode.PAYMENT_REQUIRED

    result, _ = export(big, clock, cut, lists=False, hydrate=False)
    assert not result.complete
    assert result.stop is not None and result.stop.status is AccessStatus.PAYMENT_REQUIRED
    assert len([q for q in following_requests(big) if "pagination_token" in q]) == 1


def test_usage_cap_is_not_waited_out(big: FakeTwitter, clock: FakeClock) -> None:
    def cap(ctx: FastContext, progress: Progress) -> None:
        if progress.done >= 1000:
            big.mode = Mode.USAGE_CAP

    result, ctx = export(big, clock, cap, lists=False, hydrate=False)
    assert result.stop is not None and result.stop.reason is Reason.USAGE_CAP
    assert ctx.slept == 0


def test_archive_only_ids_are_filled_in(fake_twitter: FakeTwitter) -> None:
    conn = workspace.connect()
    not_followed = ["3010000", "3010001"]
    gone = "9999999999"
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWER, "archive", [*not_followed, gone])
    result, _ = export(fake_twitter, FakeClock())
    assert result.complete
    for account_id in not_followed:
        profile = graph.profile(conn, account_id)
        assert profile is not None and profile.username
    assert graph.profile(conn, gone).username is None  # type: ignore[union-attr]


def test_v1_route_when_v2_following_is_refused(
    fake_twitter: FakeTwitter, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = fake_twitter._cut

    def v2_following_forbidden(v2: bool, name: str, auth: str):  # type: ignore[no-untyped-def]
        if name == "v2:following":
            return Response.json(CLIENT_FORBIDDEN, 403)
        return original(v2, name, auth)

    monkeypatch.setattr(fake_twitter, "_cut", v2_following_forbidden)
    result, _ = export(fake_twitter, FakeClock(), lists=False)
    assert result.complete and result.following == 250
    conn = workspace.connect()
    assert all(p.username for p in graph.following_profiles(conn))
    assert any(path == "/1.1/friends/ids.json" for _, path, _ in fake_twitter.requests)


def test_status_reports_completeness(fake_twitter: FakeTwitter) -> None:
    from fedimove.store.status import twitter_fields as status_fields

    conn = workspace.connect()
    assert status_fields(conn)["api_export_complete"] is None
    export(fake_twitter, FakeClock())
    fields = status_fields(conn)
    assert fields["api_export_complete"] is True
    assert fields["api_following"] == 250 and fields["api_lists"] == 3


def test_no_secret_outside_the_keyring(
    fake_twitter: FakeTwitter, data_dir: Path, debug_log: Path
) -> None:
    credentials = TwitterCredentials.from_mapping(fake_twitter.credentials())
    twitter_state.save_credentials(credentials)
    CheckAccessJob().run(JobContext())
    fake_twitter.mode = Mode.TOKEN_INVALID
    CheckAccessJob().run(JobContext())
    fake_twitter.mode = Mode.OK
    TwitterExportJob(ExportOptions(no_cap=True)).run(JobContext())
    logging.getLogger("tweepy").debug("token %s", credentials.access_token)
    assert "«redacted»" in debug_log.read_text()
    assert_nothing_holds(data_dir, credentials.secrets)


def test_bearer_token_export_for_the_archive_s_account(
    fake_twitter: FakeTwitter, data_dir: Path, debug_log: Path
) -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, graph.Me(fake_twitter.me_id))
    credentials = TwitterCredentials(bearer_token=fake_twitter.bearer_token)
    twitter_state.save_credentials(credentials)
    result = TwitterExportJob(ExportOptions(no_cap=True)).run(JobContext())
    assert result.complete and result.following == 250 and result.lists == 3
    assert result.estimate is not None and result.estimate.counts.following == 250
    assert "Authorization" in debug_log.read_text()  # tweepy logged its headers, redacted
    assert_nothing_holds(data_dir, credentials.secrets)


def test_estimate_before_reading_any_follow(fake_twitter: FakeTwitter) -> None:
    credentials = TwitterCredentials.from_mapping(fake_twitter.credentials())
    logged: list[str] = []
    estimate = EstimateExportJob(credentials).run(JobContext(on_log=logged.append))
    assert estimate.counts.following == 250
    assert estimate.total == pytest.approx(250 * 0.010 + 250 * 0.005)
    assert not following_requests(fake_twitter)
    assert "Estimated cost" in logged[0] and "3.75 USD" in logged[0]


def test_everything_through_v1_when_v2_reads_are_refused(
    fake_twitter: FakeTwitter, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = fake_twitter._cut

    def v2_reads_forbidden(v2: bool, name: str, auth: str):  # type: ignore[no-untyped-def]
        if v2 and name != "v2:me":
            return Response.json(CLIENT_FORBIDDEN, 403)
        return original(v2, name, auth)

    monkeypatch.setattr(fake_twitter, "_cut", v2_reads_forbidden)
    result, _ = export(fake_twitter, FakeClock())
    assert result.complete and result.following == 250 and result.lists == 3
    conn = workspace.connect()
    assert all(p.username and p.bio_urls is not None for p in graph.following_profiles(conn))
    assert all(lst.members and len(lst.members) == 30 for lst in graph.lists(conn))
    paths = {path for _, path, _ in fake_twitter.requests}
    assert {
        "/1.1/friends/ids.json",
        "/1.1/users/lookup.json",
        "/1.1/lists/ownerships.json",
        "/1.1/lists/subscriptions.json",
        "/1.1/lists/members.json",
    } <= paths
    v2_member_tries = [p for _, p, _ in fake_twitter.requests if p.endswith("/members")]
    assert len(v2_member_tries) == 1  # refused once, then v1.1 for every other list


def test_a_server_repeating_its_cursor_does_not_loop(
    big: FakeTwitter, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck = {"token": None}
    original = big._token

    def same_token(offset: int) -> str:
        stuck["token"] = stuck["token"] or original(offset)
        big._tokens[stuck["token"]] = 1000
        return stuck["token"]

    monkeypatch.setattr(big, "_token", same_token)
    result, _ = export(big, clock, lists=False, hydrate=False)
    assert not result.complete
    assert result.stop is not None and result.stop.status is AccessStatus.SERVER_ERROR
    assert len(following_requests(big)) == 2
