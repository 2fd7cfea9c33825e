"""Whether the embedded browser (QtWebEngine, the optional `fedimove[xweb]` extra) is here, and
the process-wide set-up it needs before Qt starts.

Chromium reads its command line once, when QtWebEngine first starts, so `prepare_process()` must
run before the QApplication is created: it shares OpenGL contexts (QtWebEngine requires it) and
turns `FEDIMOVE_CONNECT_TO` into Chromium's `--host-resolver-rules`, so the embedded browser
goes where the app's own HTTP sessions go. Nothing here imports QtWebEngine itself.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from fedimove.net.endpoints import connect_to_overrides
from fedimove.sources.xweb.errors import XWebUnavailable

FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
SANDBOX_ENV = "QTWEBENGINE_DISABLE_SANDBOX"
PROFILE_FOLDER = "xweb-profile"
INSTALL_HINT = "pip install 'fedimove[xweb]'"


def available() -> bool:
    return importlib.util.find_spec("PySide6.QtWebEngineCore") is not None


def require() -> None:
    if not available():
        raise XWebUnavailable(INSTALL_HINT)


def host_resolver_rules(connect_to: str | None = None) -> str:
    """`FEDIMOVE_CONNECT_TO` (`HOST:PORT=ADDR:PORT,…`) as Chromium `MAP` rules."""
    return ", ".join(
        f"MAP {host}:{port} {addr}:{target_port}"
        for (host, port), (addr, target_port) in connect_to_overrides(connect_to).items()
    )


def chromium_flags(existing: str = "", connect_to: str | None = None) -> str:
    """The user's own flags, plus the host mapping when `FEDIMOVE_CONNECT_TO` asks for one."""
    rules = host_resolver_rules(connect_to)
    flags = [existing.strip()] if existing.strip() else []
    if rules and "--host-resolver-rules" not in existing:
        flags.append(f'--host-resolver-rules="{rules}"')
    return " ".join(flags)


def prepare_process() -> None:
    """Call before creating the QApplication (harmless when the extra is missing)."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    os.environ[FLAGS_ENV] = chromium_flags(os.environ.get(FLAGS_ENV, ""))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root; as root the app runs without it.
        os.environ.setdefault(SANDBOX_ENV, "1")


def profile_dir(data_dir: Path) -> Path:
    """The embedded browser's own profile (cookies of the x.com sign-in), in the workspace."""
    return data_dir / PROFILE_FOLDER


def forget_signin(
    data_dir: Path, attempts: int = 20, pause: Callable[[float], None] = time.sleep
) -> bool:
    """Delete the browser profile, and with it the x.com sign-in. True if there was one.

    Chromium finishes closing a profile in the background, creating and removing files in it
    for a moment after Qt says it is gone; so files vanishing under us are expected, and the
    deletion is tried again until the folder stays gone.
    """
    path = profile_dir(data_dir)
    if not path.exists():
        return False
    for _ in range(attempts):
        shutil.rmtree(path, onerror=_ignore_vanished)
        if not path.exists():
            return True
        pause(0.25)
    shutil.rmtree(path)
    return True


def _ignore_vanished(function: object, name: str, info: tuple[type, object, object]) -> None:
    """Files Chromium removes or adds while we delete: the next attempt deals with them."""
    error = info[1]
    if isinstance(error, FileNotFoundError):
        return
    if isinstance(error, OSError) and error.errno == errno.ENOTEMPTY:
        return
    raise error  # type: ignore[misc]
