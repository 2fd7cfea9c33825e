"""Run a job from the terminal: progress on stderr, Ctrl+C cancels cleanly."""

from __future__ import annotations

import signal
import sys
import threading
from typing import TextIO, TypeVar

from fedimove.jobs.base import Control, Job, JobContext, Progress

T = TypeVar("T")


class TerminalProgress:
    """One rewritten status line on a terminal; nothing when stderr is not a terminal.

    `context` is the translation context of a job whose progress words stay untranslated (so
    the GUI can word them again after a language switch); other jobs' words pass unchanged.
    """

    def __init__(
        self, stream: TextIO = sys.stderr, quiet: bool = False, context: str | None = None
    ) -> None:
        self._stream = stream
        self._live = not quiet and stream.isatty()
        self._context = context

    def show(self, progress: Progress) -> None:
        if not self._live:
            return
        from fedimove.i18n import tr

        message = tr(self._context, progress.message) if self._context else progress.message
        total = f"/{progress.total}" if progress.total else ""
        eta = (
            "  " + tr("CLI", "~{seconds} s left").format(seconds=int(progress.eta_seconds))
            if progress.eta_seconds
            else ""
        )
        line = f"\r{message} {progress.done}{total}{eta}"
        self._stream.write(line[:120].ljust(80))
        self._stream.flush()

    def log(self, message: str) -> None:
        if self._live:
            self._stream.write("\r" + " " * 80 + "\r")
        self._stream.write(message + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._live:
            self._stream.write("\r" + " " * 80 + "\r")
            self._stream.flush()


def run_in_terminal(job: Job[T], quiet: bool = False, context: str | None = None) -> T:
    """Run on the main thread; the first Ctrl+C asks the job to stop at its next checkpoint.
    `context`: see TerminalProgress."""
    control = Control()
    display = TerminalProgress(quiet=quiet, context=context)
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: control.cancel())
    try:
        return job.run(JobContext(control, display.show, display.log))
    finally:
        display.close()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
