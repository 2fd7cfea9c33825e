"""Asking Twitter/X what API access is left: the job behind `twitter check` and the GUI's
access step. It also records, per credential fingerprint, that the credential worked, which is
what later tells a cut app from a typo.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fedimove.core.graph import Me
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_diagnosis import Diagnosis, diagnose
from fedimove.core.twitter_errors import NotSignedIn, WrongAccount
from fedimove.i18n import tr
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.sources.twitter_api.api import TwitterApi
from fedimove.sources.twitter_api.clients import TwitterClients
from fedimove.sources.twitter_api.payloads import UserRecord
from fedimove.sources.twitter_api.probe import probe
from fedimove.store import graph, workspace
from fedimove.store import twitter_state as state
from fedimove.store.workspace import transaction


def credentials_or_saved(given: TwitterCredentials | None) -> TwitterCredentials:
    credentials = given or state.load_credentials()
    if credentials is None:
        raise NotSignedIn()
    return credentials


@dataclass(frozen=True, slots=True)
class OpenApi:
    """A Twitter API session over the workspace: what the check and the export both start from."""

    conn: sqlite3.Connection
    api: TwitterApi
    credentials: TwitterCredentials


@contextmanager
def open_twitter_api(given: TwitterCredentials | None, ctx: JobContext) -> Iterator[OpenApi]:
    """The credentials given (else the saved ones), the workspace, and an API that knows
    whether they worked before (a cut app and a typo read differently); all closed after."""
    credentials = credentials_or_saved(given)
    conn = workspace.connect()
    clients = TwitterClients(credentials)
    try:
        api = TwitterApi(
            clients, worked_before=state.worked_before(conn, credentials), clock=ctx.clock
        )
        yield OpenApi(conn, api, credentials)
    finally:
        clients.close()
        conn.close()


class CheckAccessJob(Job[Diagnosis]):
    """Probe every capability and say, in plain words, what access is left."""

    title = QT_TRANSLATE_NOOP("Jobs", "Checking Twitter access")

    def __init__(self, credentials: TwitterCredentials | None = None) -> None:
        self._credentials = credentials

    def run(self, ctx: JobContext) -> Diagnosis:
        with open_twitter_api(self._credentials, ctx) as opened:
            conn, api = opened.conn, opened.api
            ctx.progress(Progress(0, None, tr("TwitterExport", "Asking Twitter what works…")))
            me = graph.load_me(conn)
            result = probe(api, me.id if me else None)
            username = result.me.profile.username if result.me else None
            diagnosis = diagnose(result.capabilities, username)
            state.record_check(conn, opened.credentials, api.worked, diagnosis)
            if result.me and not remember_me(conn, result.me):
                ctx.log(tr("Errors", WrongAccount.message).format(username=username))
            return diagnosis


def remember_me(conn: sqlite3.Connection, me: UserRecord) -> bool:
    """Record who the API says the user is, unless the workspace already belongs to someone
    else (an archive of another account): then the API's data must not be mixed in."""
    known = graph.load_me(conn)
    if known and known.id != me.profile.id:
        return False
    with transaction(conn):
        graph.save_me(conn, Me(me.profile.id, me.profile.username, me.profile.display_name))
        graph.upsert_profiles(conn, [me.profile])
        graph.add_texts(conn, "api", me.texts)
    return True
