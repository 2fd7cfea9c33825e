"""The front door: no arguments opens the app; a verb runs the same jobs from a terminal.

Verbs live in `fedimove.commands`, one module per area, each with `register(subparsers)`;
what `fedimove status` prints is gathered by `store.status`, area by area.
Typed errors become one translated line on stderr and exit code 1 (or the error's own);
nothing reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Sequence

from fedimove import __version__
from fedimove.commands import command_modules
from fedimove.core.errors import FedimoveError
from fedimove.i18n import tr

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fedimove",
        description=tr(
            "CLI",
            "Move your Twitter follows and lists to Mastodon. Without a command, opens the app.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"fedimove {__version__}",
        # argparse's default for this one is fixed English, never passed through its gettext.
        help=tr("argparse", "show program's version number and exit"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from fedimove.ui.app import run_gui

        return run_gui()
    # Whole lines, written as they are printed: a message on stderr (progress, a warning)
    # then lands between two lines of stdout, never glued to one, even in a shared pipe.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)
    from fedimove import i18n
    from fedimove.commands import _argparse_words
    from fedimove.store import logs

    i18n.ensure_core_app()  # before the parser: its help and its errors are translated too
    _argparse_words.install()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        logs.configure()
        return int(args.func(args) or 0)
    except FedimoveError as error:
        print(f"fedimove: {i18n.describe(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`fedimove status | head`): nothing failed, say nothing.
        _silence_stdout()
        return 141  # as a program ended by SIGPIPE
    except Exception:
        log.exception("unexpected failure in %s", args.command)
        print(
            "fedimove: " + i18n.tr("Errors", "Unexpected error; the details are in the log file."),
            file=sys.stderr,
        )
        return 1


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush meets no closed pipe."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
