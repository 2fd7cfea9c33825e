"""Keys of another account than the workspace's are refused by `twitter export`, whatever
they are: OAuth 1.0a user keys, or an OAuth 2.0 user token given as the bearer token. Only
an app-only bearer token, which belongs to no account, reads for the workspace's account."""

from __future__ import annotations

import json

import pytest

from fedimove.core.graph import EdgeKind
from fedimove.core.twitter_access import AccessStatus
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import WrongAccount
from fedimove.jobs.base import JobContext
from fedimove.jobs.twitter_check import CheckAccessJob
from fedimove.jobs.twitter_export import EstimateExportJob, ExportOptions, TwitterExportJob
from fedimove.store import graph, twitter_state, workspace
from tests.fakes.file_keyring import FileKeyring
from tests.fakes.twitter import FakeTwitter
from tests.integration.test_twitter_cli import fedimove

ARCHIVED = graph.Me("5550001", "archived", "The archive's account")
ARCHIVE_FOLLOWS = ["5550100", "5550101"]
REFUSED = (
    "fedimove: These keys sign in as @fedimover, but this workspace holds another account's "
    "data. Use that account's keys, or another workspace (FEDIMOVE_DATA_DIR)."
)


@pytest.fixture
def another_account() -> None:
    """The workspace holds @archived's archive; the fake's keys are @fedimover's."""
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.save_me(conn, ARCHIVED)
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ARCHIVE_FOLLOWS)
    conn.close()


def assert_untouched(fake: FakeTwitter) -> None:
    """The workspace is still only @archived's."""
    conn = workspace.connect()
    assert graph.load_me(conn) == ARCHIVED
    assert graph.counts(conn).following == len(ARCHIVE_FOLLOWS)
    assert graph.profile(conn, fake.me_id) is None
    assert twitter_state.last_run(conn) is None


def assert_nothing_read(fake: FakeTwitter) -> None:
    assert_untouched(fake)
    assert not [p for _, p, _ in fake.requests if p.endswith(("/following", "/lookup.json"))]


@pytest.mark.usefixtures("another_account")
def test_user_keys_of_another_account_are_refused(
    fake_twitter: FakeTwitter, shared_keyring: FileKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = json.dumps(fake_twitter.credentials())
    assert fedimove("twitter", "login", "--keys-stdin", stdin=keys).returncode == 0
    result = fedimove("twitter", "export", "--json", "--no-cost-cap")
    assert (result.returncode, result.stdout, result.stderr.strip()) == (3, "", REFUSED)
    monkeypatch.setenv("FEDIMOVE_LANG", "fr")
    french = fedimove("twitter", "export", "--estimate")
    assert french.returncode == 3
    assert french.stderr.strip() == (
        "fedimove: Ces clés se connectent en tant que @fedimover, mais cet espace de travail "
        "contient les données d'un autre compte. Utilisez les clés de ce compte, ou un autre "
        "espace de travail (FEDIMOVE_DATA_DIR)."
    )
    assert_nothing_read(fake_twitter)


@pytest.mark.usefixtures("another_account")
@pytest.mark.parametrize("job", [TwitterExportJob, EstimateExportJob])
def test_a_user_token_given_as_bearer_token_of_another_account_is_refused(
    fake_twitter: FakeTwitter, job: type
) -> None:
    credentials = TwitterCredentials(bearer_token=fake_twitter.user_bearer_token)
    with pytest.raises(WrongAccount) as refused:
        job(credentials=credentials).run(JobContext())
    assert refused.value.context["username"] == "fedimover"
    assert_nothing_read(fake_twitter)


@pytest.mark.usefixtures("another_account")
def test_twitter_check_says_a_user_token_is_another_account_s(fake_twitter: FakeTwitter) -> None:
    credentials = TwitterCredentials(bearer_token=fake_twitter.user_bearer_token)
    logged: list[str] = []
    CheckAccessJob(credentials).run(JobContext(on_log=logged.append))
    assert logged == [REFUSED.removeprefix("fedimove: ")]
    assert_untouched(fake_twitter)  # the check read one follow, stored nothing


@pytest.mark.parametrize("workspace_knows_me", [True, False])
def test_a_user_token_given_as_bearer_token_of_the_workspace_s_account_exports(
    fake_twitter: FakeTwitter, workspace_knows_me: bool
) -> None:
    """With no account in the workspace yet, the token's own account is the one read."""
    conn = workspace.connect()
    if workspace_knows_me:
        with workspace.transaction(conn):
            graph.save_me(conn, graph.Me(fake_twitter.me_id))
    credentials = TwitterCredentials(bearer_token=fake_twitter.user_bearer_token)
    diagnosis = CheckAccessJob(credentials).run(JobContext())
    assert diagnosis.status is AccessStatus.OK
    result = TwitterExportJob(ExportOptions(no_cap=True), credentials).run(JobContext())
    assert result.complete and result.following == 250
    assert graph.load_me(conn) == graph.Me(fake_twitter.me_id, "fedimover", "Fedi Mover")


@pytest.mark.usefixtures("another_account")
def test_an_app_only_bearer_token_reads_for_the_workspace_s_account(
    fake_twitter: FakeTwitter,
) -> None:
    """It names no account (X refuses it `me`): the archive's account is the one read."""
    fake_twitter.users[ARCHIVED.id] = fake_twitter.me  # the same follows, under @archived's id
    credentials = TwitterCredentials(bearer_token=fake_twitter.bearer_token)
    result = TwitterExportJob(ExportOptions(no_cap=True), credentials).run(JobContext())
    assert result.complete and result.following == 250
    me_answers = [p for _, p, _ in fake_twitter.requests if p == "/2/users/me"]
    assert len(me_answers) == 1
    following = [p for _, p, _ in fake_twitter.requests if p.endswith("/following")]
    assert following == [f"/2/users/{ARCHIVED.id}/following"]
