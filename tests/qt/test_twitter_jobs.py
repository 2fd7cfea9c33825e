"""The GUI's door to the Twitter jobs: they run off the GUI thread and report by signals."""

from __future__ import annotations

import threading

from fedimove.core.twitter_access import AccessStatus
from fedimove.core.twitter_credentials import TwitterCredentials
from fedimove.core.twitter_errors import TwitterAccessError
from fedimove.jobs.qt_runner import JobHandle
from fedimove.jobs.twitter_check import CheckAccessJob
from fedimove.jobs.twitter_export import ExportOptions, TwitterExportJob
from fedimove.store import twitter_state
from tests.fakes.twitter import FakeTwitter, Mode


def test_check_reports_a_diagnosis_from_a_worker_thread(qtbot, fake_twitter: FakeTwitter) -> None:  # type: ignore[no-untyped-def]
    twitter_state.save_credentials(TwitterCredentials.from_mapping(fake_twitter.credentials()))
    gui_thread = threading.current_thread()
    served_from: list[threading.Thread] = []
    job = CheckAccessJob()
    run = job.run

    def run_and_note(ctx):  # type: ignore[no-untyped-def]
        served_from.append(threading.current_thread())
        return run(ctx)

    job.run = run_and_note  # type: ignore[method-assign]
    handle = JobHandle(job)
    with qtbot.waitSignal(handle.signals.succeeded, timeout=20_000) as caught:
        handle.start()
    assert caught.args[0].status is AccessStatus.OK
    assert served_from and served_from[0] is not gui_thread


def test_export_cut_fails_with_a_typed_error(qtbot, fake_twitter: FakeTwitter) -> None:  # type: ignore[no-untyped-def]
    twitter_state.save_credentials(TwitterCredentials.from_mapping(fake_twitter.credentials()))
    fake_twitter.mode = Mode.PAYMENT_REQUIRED
    handle = JobHandle(TwitterExportJob(ExportOptions(no_cap=True)))
    with qtbot.waitSignal(handle.signals.failed, timeout=20_000) as caught:
        handle.start()
    error = caught.args[0]
    assert isinstance(error, TwitterAccessError)
    assert error.finding.status is AccessStatus.PAYMENT_REQUIRED
