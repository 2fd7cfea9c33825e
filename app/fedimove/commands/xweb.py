"""`fedimove read-x` (opens the "Read from x.com" window), `fedimove logout xweb`, and the
`xweb_*` keys of `fedimove status`.

Reading x.com needs a person to sign in, so it happens in a window, not headless; what was read
is used by every later step like any other source.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from fedimove.i18n import tr

logout_target = "xweb"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "read-x",
        help=tr("CLI", 'open the "Read from x.com" window (sign in, then read follows and lists)'),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """The window needs a QApplication of its own (the CLI has a QCoreApplication): a process."""
    del args
    from fedimove.sources.xweb import engine

    engine.require()
    return subprocess.call([sys.executable, "-m", "fedimove.ui.app", "read-x"])


def logout(args: argparse.Namespace) -> int:
    del args
    from fedimove.sources.xweb import engine
    from fedimove.store import paths

    if engine.forget_signin(paths.data_dir()):
        print(tr("XWeb", "The x.com sign-in was forgotten."))
    else:
        print(tr("XWeb", "There was no x.com sign-in to forget."))
    return 0
