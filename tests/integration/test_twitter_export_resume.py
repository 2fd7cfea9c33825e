"""A Twitter export stopped inside a list's members or inside the profile fill-in resumes
from its saved cursor: across the runs, the fake API is asked every page exactly once."""

from __future__ import annotations

from collections import Counter
from urllib.parse import parse_qs

import pytest

from fedimove.core.errors import Cancelled
from fedimove.core.graph import EdgeKind
from fedimove.core.twitter_access import AccessStatus
from fedimove.jobs.base import Progress
from fedimove.store import graph, twitter_state, workspace
from tests.fakes.https import FakeNetwork
from tests.fakes.twitter import LIMITS, FakeTwitter, sample_user
from tests.integration.test_twitter_export import FakeClock, FastContext, export

LIST_SIZE = 250  # three pages of v2 list members (100 a page)
UNNAMED = [str(3_020_000 + n) for n in range(250)]  # known to Twitter, only by id to us
GONE = ["9999999990", "9999999991"]  # unknown to Twitter: asked once, then left unnamed


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(fake_network: FakeNetwork, clock: FakeClock) -> FakeTwitter:
    fake = FakeTwitter.populated(following=250, list_size=LIST_SIZE, clock=clock)
    for n in range(len(UNNAMED)):
        fake.add_user(sample_user(20_000 + n))
    fake.install(fake_network)
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWER, "archive", [*UNNAMED, *GONE])
    conn.close()
    return fake


def member_pages(fake: FakeTwitter) -> Counter[tuple[str, int]]:
    """(list path, offset of the page) for every list-members request the fake answered."""
    pages: Counter[tuple[str, int]] = Counter()
    for _, path, query in fake.requests:
        if path.endswith("/members"):
            token = parse_qs(query).get("pagination_token", [None])[0]
            pages[(path, fake._tokens[token] if token else 0)] += 1
    return pages


def looked_up(fake: FakeTwitter) -> Counter[str]:
    """Every id the profile fill-in asked for, with how often."""
    asked: Counter[str] = Counter()
    for _, path, query in fake.requests:
        if path == "/2/users":
            asked.update(parse_qs(query)["ids"][0].split(","))
    return asked


def test_stops_in_list_members_and_in_the_fill_in_resume_without_asking_a_page_twice(
    fake: FakeTwitter, clock: FakeClock
) -> None:
    members_label = "Reading list members"
    fill_in_label = "Filling in profiles known only by id"

    def rate_limit_the_second_members_page(ctx: FastContext, progress: Progress) -> None:
        if progress.message == members_label and not fake.rate_limit_on:
            fake.rate_limit_on = {fake.data_requests + 1}
            fake.rate_limit_reset_in = 600

    result, _ = export(fake, clock, rate_limit_the_second_members_page, wait=False)
    assert not result.complete
    assert result.stop is not None and result.stop.status is AccessStatus.RATE_LIMITED
    assert sum(member_pages(fake).values()) == 2  # one page stored, the second refused
    assert not looked_up(fake)

    def cancel_after_the_first_batch(ctx: FastContext, progress: Progress) -> None:
        if progress.message == fill_in_label:
            ctx.control.cancel()

    clock.now += 601
    with pytest.raises(Cancelled):
        export(fake, clock, cancel_after_the_first_batch, wait=False)
    assert sum(looked_up(fake).values()) == 100

    result, _ = export(fake, clock, wait=False)
    assert result.complete, result
    pages = member_pages(fake)
    refused = next(page for page, count in pages.items() if count == 2)
    assert refused[1] == 100  # the refused page, asked again once its window reset
    pages[refused] -= 1
    lists = fake.owned + fake.followed
    assert pages == Counter(
        (f"/2/lists/{key}/members", offset) for key in lists for offset in (0, 100, 200)
    )
    assert looked_up(fake) == Counter([*UNNAMED, *GONE])
    assert result.hydrated == len(UNNAMED) - 100  # this run's part: after the first batch
    conn = workspace.connect()
    assert all(lst.members and len(lst.members) == LIST_SIZE for lst in graph.lists(conn))
    assert all(graph.username(conn, account_id) for account_id in UNNAMED)
    assert twitter_state.export_complete(conn) is True


def test_the_fill_in_waits_for_a_used_up_window_instead_of_provoking_a_429(
    fake: FakeTwitter, clock: FakeClock, fake_network: FakeNetwork, monkeypatch
) -> None:
    monkeypatch.setitem(LIMITS, "v2:users", 2)  # three batches: the third waits a window
    result, ctx = export(fake, clock, lists=False)
    assert result.complete and result.hydrated == len(UNNAMED)
    assert ctx.slept > 0
    assert all(status != 429 for *_, status in fake_network.requests)
    assert looked_up(fake) == Counter([*UNNAMED, *GONE])
