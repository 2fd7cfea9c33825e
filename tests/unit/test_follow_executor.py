"""The executor's rules on a fake clock: exactly once, caps, retries, locks, lists."""

from __future__ import annotations

import threading

import pytest

from fedimove.core.errors import Cancelled, WorkspaceBusy
from fedimove.core.follow_errors import FollowCapReached, Rejected, ServerUnreachable, Transient
from fedimove.core.pacing import Backoff
from fedimove.core.plan import Candidate, ListSource, build_plan
from fedimove.core.relationships import FollowOptions, QueueState
from fedimove.fediverse.errors import TokenRejected
from fedimove.jobs.base import Control, JobContext, Progress
from fedimove.jobs.follow import FollowJob, HomeApis
from fedimove.store import follow_queue, list_sync, paths, run_lock, workspace
from tests.unit.home_double import Clock, HomeDouble, ListsView, TimeTravel


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def home(clock: Clock) -> HomeDouble:
    return HomeDouble(clock)


def run(home: HomeDouble, clock: Clock, plan=None, lists=False, control=None, progress=None):
    control = control or TimeTravel(clock)
    job = FollowJob(
        plan,
        lists=lists,
        connect=lambda _conn: HomeApis(home, ListsView(home)),
        backoff=Backoff(base=1, cap=10, max_attempts=3),
    )
    ctx = JobContext(control, None if progress is None else progress.append, clock=clock)
    return job.run(ctx)


def states() -> dict[str, str]:
    conn = workspace.connect()
    try:
        return {row.address: row.state.value for row in follow_queue.rows(conn)}
    finally:
        conn.close()


def plan_for(home: HomeDouble, *addresses: str, **kwargs):
    candidates = [
        Candidate(str(n), f"tw{n}", address, "confirmed") for n, address in enumerate(addresses)
    ]
    return build_plan(candidates, **kwargs)


def test_follows_each_target_once_and_settles_all(home: HomeDouble, clock: Clock) -> None:
    home.add("alice@piaille.fr")
    home.add("locked@example.org", locked=True)
    already = home.add("old@friend.example")
    home.following.add(already.id)
    home.add("moved@example.org", moved_to="new@example.org")
    plan = plan_for(
        home,
        "alice@piaille.fr",
        "locked@example.org",
        "old@friend.example",
        "moved@example.org",
        "nobody@nowhere.example",
    )
    summary = run(home, clock, plan)
    assert states() == {
        "alice@piaille.fr": "followed",
        "locked@example.org": "requested",
        "old@friend.example": "already",
        "moved@example.org": "failed",
        "nobody@nowhere.example": "failed",
    }
    assert len(home.follow_posts) == len(set(home.follow_posts)) == 2
    assert summary.counts["followed"] == 1
    # Resolving five, one relationship check, two follows.
    assert home.requests == 8
    locked = next(t for t in home.targets.values() if t.locked)
    home.requested.discard(locked.id)
    home.following.add(locked.id)
    run(home, clock, plan)
    assert len(home.follow_posts) == 2
    assert states()["locked@example.org"] == "followed"


def test_in_flight_follow_is_checked_not_resent(home: HomeDouble, clock: Clock) -> None:
    """A kill between the POST and its record: the relationship tells, nothing is re-sent."""
    done = home.add("done@example.org")
    lost = home.add("lost@example.org")
    plan = plan_for(home, "done@example.org", "lost@example.org")
    conn = workspace.connect()
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, plan)
        for target in (done, lost):
            follow_queue.set_home_id(conn, target.address, target.id)
            follow_queue.mark_sending(conn, target.address)
    conn.close()
    home.following.add(done.id)
    run(home, clock)
    assert states() == {"done@example.org": "followed", "lost@example.org": "followed"}
    assert home.follow_posts == [lost.id]


def test_transient_errors_retry_with_backoff_then_give_up(home: HomeDouble, clock: Clock) -> None:
    home.add("a@example.org")
    home.add("b@example.org")
    home.add("c@example.org")
    original = home._hit
    calls = {"n": 0}

    def flaky() -> None:
        calls["n"] += 1
        if calls["n"] in (4, 6, 9):
            raise Transient("HTTP 503")
        original()

    home._hit = flaky  # type: ignore[method-assign]
    run(home, clock, plan_for(home, "a@example.org", "b@example.org"))
    assert states() == {"a@example.org": "followed", "b@example.org": "followed"}
    assert len(home.follow_posts) == 2

    def broken(account_id: str, options: FollowOptions) -> None:
        raise Transient("HTTP 502")

    original_follow = home.follow
    home.follow = broken  # type: ignore[method-assign]
    control = TimeTravel(clock)
    run(
        home,
        clock,
        plan_for(home, "a@example.org", "b@example.org", "c@example.org"),
        control=control,
    )
    row = follow_queue.by_address(workspace.connect(), "c@example.org")
    assert (row.state, row.reason, row.attempts) == (QueueState.FAILED, "retries_exhausted", 3)
    assert sum(control.slept) > 1
    home.follow = original_follow  # type: ignore[method-assign]
    run(home, clock)
    assert states()["c@example.org"] == "followed"
    assert len(home.follow_posts) == len(set(home.follow_posts)) == 3


def test_a_refused_target_fails_alone(home: HomeDouble, clock: Clock) -> None:
    home.add("a@example.org")
    home.add("b@example.org")
    original = home.follow

    def refuse_a(account_id: str, options: FollowOptions):
        if home.targets[account_id].address == "a@example.org":
            raise Rejected("Validation failed", 400)
        return original(account_id, options)

    home.follow = refuse_a  # type: ignore[method-assign]
    summary = run(home, clock, plan_for(home, "a@example.org", "b@example.org"))
    assert states() == {"a@example.org": "failed", "b@example.org": "followed"}
    assert summary.failed == [("a@example.org", "refused", "Validation failed")]


def test_server_down_stops_the_run_and_keeps_the_queue(home: HomeDouble, clock: Clock) -> None:
    home.add("a@example.org")
    home.faults = [Transient("HTTP 503")] * 10
    with pytest.raises(ServerUnreachable):
        run(home, clock, plan_for(home, "a@example.org"))
    assert states() == {"a@example.org": "pending"}
    home.faults = []
    run(home, clock)
    assert states() == {"a@example.org": "followed"}


def test_daily_cap_waits_for_midnight_then_goes_on(home: HomeDouble, clock: Clock) -> None:
    for n in range(6):
        home.add(f"u{n}@example.org")
    home.daily_limit = 4
    home.daily_used = 1
    progress: list[Progress] = []
    control = TimeTravel(clock)
    start = clock()
    control.on_sleep = lambda: home.new_day() if clock() // 86_400 > start // 86_400 else None
    run(
        home,
        clock,
        plan_for(home, *(f"u{n}@example.org" for n in range(6))),
        control=control,
        progress=progress,
    )
    assert set(states().values()) == {"followed"}
    assert len(home.follow_posts) == 6
    assert clock() >= (start // 86_400 + 1) * 86_400
    daily = [p for p in progress if p.waiting_until and p.waiting_until > start + 3600]
    assert daily and daily[0].message.startswith("Daily follow limit reached")
    assert daily[0].eta_seconds is not None and daily[0].eta_seconds > 3600


def test_request_window_429_waits_and_resends_nothing_twice(home: HomeDouble, clock: Clock) -> None:
    for n in range(30):
        home.add(f"u{n}@example.org")
    home.window_limit = 7
    run(home, clock, plan_for(home, *(f"u{n}@example.org" for n in range(30))))
    assert len(home.follow_posts) == len(set(home.follow_posts)) == 30


def test_sign_in_lost_stops_and_keeps_the_queue(home: HomeDouble, clock: Clock) -> None:
    home.add("a@example.org")
    home.faults = [TokenRejected(instance="home.example")]
    with pytest.raises(TokenRejected):
        run(home, clock, plan_for(home, "a@example.org"))
    assert states() == {"a@example.org": "pending"}
    run(home, clock)
    assert states() == {"a@example.org": "followed"}


def test_total_cap_stops_with_the_row_still_pending(home: HomeDouble, clock: Clock) -> None:
    home.add("a@example.org")
    home.total_limit = 0
    with pytest.raises(FollowCapReached):
        run(home, clock, plan_for(home, "a@example.org"))
    assert states() == {"a@example.org": "pending"}


def test_one_executor_per_workspace(home: HomeDouble, clock: Clock) -> None:
    home.add("a@example.org")
    with run_lock.exclusive(paths.data_dir(), "follow"), pytest.raises(WorkspaceBusy):
        run(home, clock, plan_for(home, "a@example.org"))
    run(home, clock)


def test_cancel_keeps_what_was_done(home: HomeDouble, clock: Clock) -> None:
    for n in range(5):
        home.add(f"u{n}@example.org")
    control = TimeTravel(clock)
    progress: list[Progress] = []

    def stop_after_two(p: Progress) -> None:
        progress.append(p)
        if len(home.follow_posts) == 2:
            control.cancel()

    job = FollowJob(
        plan_for(home, *(f"u{n}@example.org" for n in range(5))),
        connect=lambda _conn: HomeApis(home, ListsView(home)),
    )
    with pytest.raises(Cancelled):
        job.run(JobContext(control, stop_after_two, clock=clock))
    assert list(states().values()).count("followed") == 2
    run(home, clock)
    assert len(home.follow_posts) == len(set(home.follow_posts)) == 5


def test_replanning_drops_unsent_targets_and_keeps_options(home: HomeDouble, clock: Clock) -> None:
    plan = plan_for(home, "a@example.org", "b@example.org", options=FollowOptions(False, True))
    stricter = build_plan(
        [
            Candidate("0", "a", "a@example.org", "confirmed"),
            Candidate("1", "b", "b@example.org", "confirmed", rejected=True),
        ]
    )
    conn = workspace.connect()
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, plan)
        follow_queue.sync_plan(conn, build_plan([]))
    assert {r.state for r in follow_queue.rows(conn)} == {QueueState.PENDING}
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, stricter)
    rows = {r.address: r for r in follow_queue.rows(conn)}
    assert rows["b@example.org"].state == QueueState.DROPPED
    assert rows["a@example.org"].state == QueueState.PENDING
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, plan)
    assert follow_queue.by_address(conn, "b@example.org").state == QueueState.PENDING
    assert follow_queue.by_address(conn, "b@example.org").options == FollowOptions(False, True)


def test_lists_are_recreated_reused_capped_and_batches_fall_back(
    home: HomeDouble, clock: Clock
) -> None:
    targets = [home.add(f"u{n}@example.org") for n in range(4)]
    candidates = [
        Candidate(str(n), f"tw{n}", t.address, "confirmed") for n, t in enumerate(targets)
    ]
    existing = home.create("Friends")
    home.members_by_list[existing.id] = []
    sources = [
        ListSource("friends", "friends", ("0", "1")),
        ListSource("work", "Work", ("1", "2", "3")),
        ListSource("more", "More", ("0",)),
    ]
    home.max_lists = 2
    plan = build_plan(candidates, sources)
    original_follow = home.follow

    def follow_then_unfollow_u3(account_id, options):
        relation = original_follow(account_id, options)
        home.following.discard(targets[3].id)
        return relation

    home.follow = follow_then_unfollow_u3  # type: ignore[method-assign]
    summary = run(home, clock, plan, lists=True)
    titles = sorted(item.title for item in home.lists_by_id.values())
    assert titles == ["Friends", "Work"]
    assert home.members_by_list[existing.id] == [targets[0].id, targets[1].id]
    work = next(i for i in home.lists_by_id.values() if i.title == "Work")
    assert sorted(home.members_by_list[work.id]) == [targets[1].id, targets[2].id]
    conn = workspace.connect()
    lists = {row.key: row for row in list_sync.all_lists(conn)}
    assert lists["more"].state == "skipped" and lists["more"].reason == "list_cap"
    members = {m.address: m.state for m in list_sync.members(conn, "work")}
    assert members["u3@example.org"] == "failed"
    assert summary.lists["done"] == 2


def test_pause_holds_between_follows_and_resume_goes_on(home: HomeDouble, clock: Clock) -> None:
    for n in range(5):
        home.add(f"u{n}@example.org")
    control = Control()
    paused = threading.Event()

    def pause_after_two(_progress: Progress) -> None:
        if len(home.follow_posts) == 2 and not paused.is_set():
            control.pause()
            paused.set()

    job = FollowJob(
        plan_for(home, *(f"u{n}@example.org" for n in range(5))),
        connect=lambda _conn: HomeApis(home, ListsView(home)),
    )
    worker = threading.Thread(target=job.run, args=(JobContext(control, pause_after_two),))
    worker.start()
    assert paused.wait(30)
    worker.join(timeout=0.5)
    assert worker.is_alive() and len(home.follow_posts) == 2
    control.resume()
    worker.join(timeout=30)
    assert not worker.is_alive() and len(home.follow_posts) == 5


def test_a_follow_rejected_after_an_outage_is_never_sent(home: HomeDouble, clock: Clock) -> None:
    """It failed only for the outage, then the user said "not this person": the next run
    gives outage failures another chance, but only those the plan still wants."""
    home.add("a@example.org")
    home.add("c@example.org")

    def broken(account_id: str, options: FollowOptions) -> None:
        raise Transient("HTTP 502")

    original_follow = home.follow
    home.follow = broken  # type: ignore[method-assign]
    run(home, clock, plan_for(home, "a@example.org", "c@example.org"))
    assert states() == {"a@example.org": "failed", "c@example.org": "failed"}
    home.follow = original_follow  # type: ignore[method-assign]
    candidates = [
        Candidate("0", "tw0", "a@example.org", "confirmed"),
        Candidate("1", "tw1", "c@example.org", "confirmed", rejected=True),
    ]
    run(home, clock, build_plan(candidates))
    assert states() == {"a@example.org": "followed", "c@example.org": "failed"}
    assert [home.targets[i].address for i in home.follow_posts] == ["a@example.org"]


def test_a_follow_in_flight_when_killed_then_rejected_is_not_sent_again(
    home: HomeDouble, clock: Clock
) -> None:
    """Killed between marking and sending; the user then rejects the match: the next run
    must not send it (had the first send gone through, it is the user's to undo)."""
    target = home.add("c@example.org")
    plan = plan_for(home, "c@example.org")
    conn = workspace.connect()
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, plan)
        follow_queue.set_home_id(conn, target.address, target.id)
        follow_queue.mark_sending(conn, target.address)
    conn.close()
    rejected = build_plan([Candidate("0", "tw0", "c@example.org", "confirmed", rejected=True)])
    run(home, clock, rejected)
    assert home.follow_posts == []
    assert states() == {"c@example.org": "dropped"}


def test_a_queued_follow_whose_match_the_user_replaced_is_never_sent(
    home: HomeDouble, clock: Clock
) -> None:
    """Queued (the daily cap held it), then the user said "not this person" and the next
    surest match became the chosen one: the plan now names another address for that Twitter
    account, so the old row is dropped rather than followed."""
    home.add("a@example.org")
    home.add("b@example.org")
    conn = workspace.connect()
    with workspace.transaction(conn):
        follow_queue.sync_plan(conn, plan_for(home, "a@example.org"))
    conn.close()
    run(home, clock, build_plan([Candidate("0", "tw0", "b@example.org", "likely", picked=True)]))
    assert [home.targets[i].address for i in home.follow_posts] == ["b@example.org"]
    assert states() == {"a@example.org": "dropped", "b@example.org": "followed"}


def test_a_429_with_only_retry_after_is_waited_out_once(home: HomeDouble, clock: Clock) -> None:
    """No rate-limit window to read, but the server said when: the gate waits that long
    instead of knocking again after its short blind pause."""
    from fedimove.core.follow_errors import RateLimited
    from fedimove.core.pacing import Pacer
    from fedimove.jobs.queue_executor import RateGate, RunStats

    control = TimeTravel(clock)
    gate = RateGate(JobContext(control, clock=clock), Pacer(), RunStats())
    answers: list[object] = [RateLimited(clock.now + 120, daily=False), "ok"]

    def call() -> object:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert gate.call(object(), call) == "ok"
    assert gate.stats.throttled == 1 and sum(control.slept) >= 120


def test_a_match_rejected_while_the_queue_runs_is_never_followed(
    home: HomeDouble, clock: Clock
) -> None:
    """The queue runs for days under the daily cap while the user goes on reviewing: a match
    they reject meanwhile ("Not this person") is dropped before its turn, not followed."""
    from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
    from fedimove.core.remote_profile import AccountState, RemoteProfile
    from fedimove.store import matches

    home.add("a@example.org")
    home.add("c@example.org")
    handle = handle_of("c@example.org")
    assert handle is not None
    found = Match(
        "1",
        handle,
        Confidence.CONFIRMED,
        (Evidence(EvidenceKind.PUBLISHED, "bio", "@c@example.org"),),
        RemoteProfile(handle, AccountState.ACTIVE),
    )
    conn = workspace.connect()
    with workspace.transaction(conn):
        matches.save_account_result(conn, "1", "published", [found], "matched")
    original_follow = home.follow

    def follow_then_reject(account_id: str, options: FollowOptions):
        answer = original_follow(account_id, options)
        with workspace.transaction(conn):
            matches.set_review(conn, "1", "c@example.org", "rejected")
        return answer

    home.follow = follow_then_reject  # type: ignore[method-assign]
    run(home, clock, plan_for(home, "a@example.org", "c@example.org"))
    conn.close()
    assert [home.targets[i].address for i in home.follow_posts] == ["a@example.org"]
    assert states() == {"a@example.org": "followed", "c@example.org": "dropped"}


def test_an_address_another_twitter_account_still_matches_is_followed(
    home: HomeDouble, clock: Clock
) -> None:
    """Queued for one Twitter account, whose match the user then rejected, while another
    Twitter account (the person's own) matches the same address: the row now stands for the
    second account, and its follow goes out."""
    from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
    from fedimove.core.remote_profile import AccountState, RemoteProfile
    from fedimove.store import matches

    home.add("a@example.org")
    handle = handle_of("a@example.org")
    assert handle is not None
    found = Match(
        "0",
        handle,
        Confidence.CONFIRMED,
        (Evidence(EvidenceKind.PUBLISHED, "bio", "@a@example.org"),),
        RemoteProfile(handle, AccountState.ACTIVE),
    )
    conn = workspace.connect()
    with workspace.transaction(conn):
        matches.save_account_result(conn, "0", "published", [found], "matched")
        follow_queue.sync_plan(conn, plan_for(home, "a@example.org"))
        matches.set_review(conn, "0", "a@example.org", "rejected")
    conn.close()
    candidates = [
        Candidate("0", "tw0", "a@example.org", "confirmed", rejected=True),
        Candidate("1", "tw1", "a@example.org", "confirmed"),
    ]
    run(home, clock, build_plan(candidates))
    assert [home.targets[i].address for i in home.follow_posts] == ["a@example.org"]
    assert states() == {"a@example.org": "followed"}
