"""The embedded x.com browser: a persistent profile in the workspace, the observing script,
the QWebChannel bridge, and the driver the capture job steers. Needs QtWebEngine.

Everything here lives on the GUI thread; the job talks to it through `BrowserDriver`, whose
calls are queued to this thread, and hears from it through a queue of `Observed` events.
"""

from __future__ import annotations

import queue
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtNetwork import QSslCertificate
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineProfileBuilder,
    QWebEngineScript,
)

from fedimove.net.endpoints import ca_bundle
from fedimove.sources.xweb import engine
from fedimove.sources.xweb.events import Event, Observed, RenderedCells, Resume
from fedimove.sources.xweb.parse import Operation

HOME_URL = "https://x.com/home"
PROFILE_NAME = "fedimove-xweb"
_QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"

# Run in Qt's isolated world: they see the page's DOM, not its scripts.
_SIGNED_IN_AS = """(() => {
  const link = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]');
  const href = link && link.getAttribute("href");
  return href && /^\\/[A-Za-z0-9_]{1,50}$/.test(href) ? href.slice(1) : "";
})()"""
_SCROLL = """(() => {
  const retry = Array.from(document.querySelectorAll('[role="button"], button')).find(
    b => ["Retry", "Réessayer"].includes(b.textContent.trim()));
  if (retry) retry.click();
  window.scrollTo(0, document.body.scrollHeight);
  return document.body.scrollHeight;
})()"""


_READ_CELLS = """(() => {
  const read = window.__fedimoveReadCells || (window.__fedimoveReadCells = new WeakSet());
  const cells = [];
  const shown = document.querySelectorAll('[data-testid="UserCell"]');
  for (const cell of shown) {
    if (read.has(cell)) continue;
    read.add(cell);
    const button = cell.querySelector('[data-testid$="-follow"], [data-testid$="-unfollow"]');
    const links = Array.from(cell.querySelectorAll('a[href^="/"]'));
    const profile = links.find(a => /^\\/[A-Za-z0-9_]{1,50}$/.test(a.getAttribute("href")));
    const bio = cell.querySelector('div[dir="auto"]');
    cells.push({
      id: button ? button.getAttribute("data-testid").replace(/-(un)?follow$/, "") : "",
      username: profile ? profile.getAttribute("href").slice(1) : "",
      name: profile ? profile.textContent : "",
      bio: bio ? bio.textContent : "",
      protected: !!cell.querySelector('[data-testid="icon-lock"]'),
    });
  }
  return JSON.stringify({cells: cells, shown: shown.length});
})()"""


def _hook_source(resume: Resume | None) -> str:
    """qwebchannel.js (served by Qt itself) followed by our observing script."""
    channel_js = QFile(_QWEBCHANNEL_JS)
    if not channel_js.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("qwebchannel.js is missing from QtWebChannel")
    channel_source = bytes(channel_js.readAll().data()).decode("utf-8")
    channel_js.close()
    hook = resources.files("fedimove.sources.xweb").joinpath("hook.js").read_text("utf-8")
    operations = "[" + ", ".join(f'"{op.value}"' for op in Operation) + "]"
    hook = hook.replace("__OPERATIONS__", operations)
    hook = hook.replace("__RESUME__", resume.to_json() if resume else "null")
    return channel_source + "\n" + hook


def create_profile(data_dir: Path, parent: QObject | None = None) -> QWebEngineProfile:
    """A persistent profile in `<data dir>/xweb-profile`, trusting the CAs the app trusts."""
    path = engine.profile_dir(data_dir)
    builder = (
        QWebEngineProfileBuilder()
        .setPersistentStoragePath(str(path))
        .setCachePath(str(path / "cache"))
        .setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.ForcePersistentCookies
        )
    )
    bundle = ca_bundle()
    if isinstance(bundle, str):
        # The same CAs REQUESTS_CA_BUNDLE / SSL_CERT_FILE give the app's own HTTP sessions.
        builder.setAdditionalTrustedCertificates(QSslCertificate.fromPath(bundle))
    return builder.createProfile(PROFILE_NAME, parent)


class _Bridge(QObject):
    """The one object the page's world can reach: it only takes messages in."""

    def __init__(self, events: queue.Queue[Event]) -> None:
        super().__init__()
        self._events = events

    @Slot(str, result=bool)
    def deliver(self, text: str) -> bool:
        # A non-void slot: PySide6 6.12 mis-counts None returned to QWebChannel.
        observed = Observed.from_message(text)
        if observed is not None:
            self._events.put(observed)
        return observed is not None


class XWebPage(QWebEnginePage):
    """A page of the x.com profile, with the observing script and bridge installed."""

    def __init__(self, profile: QWebEngineProfile, events: queue.Queue[Event]) -> None:
        super().__init__(profile, None)
        self._bridge = _Bridge(events)
        self._channel = QWebChannel(self)
        self._channel.registerObject("fedimoveBridge", self._bridge)
        self.setWebChannel(self._channel, QWebEngineScript.ScriptWorldId.MainWorld)
        self._script: QWebEngineScript | None = None
        self.resume_at(None)

    def resume_at(self, resume: Resume | None) -> None:
        """Install the observing script for the next page loaded, continuing at `resume`."""
        if self._script is not None:
            self.scripts().remove(self._script)
        script = QWebEngineScript()
        script.setName("fedimove-observer")
        script.setSourceCode(_hook_source(resume))
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(False)
        self.scripts().insert(script)
        self._script = script


class BrowserDriver(QObject):
    """Steers the page for the capture job; `open` and `scroll` may be called from any thread."""

    signed_in = Signal(str)
    _open_requested = Signal(str, object)
    _scroll_requested = Signal()

    _read_requested = Signal()

    def __init__(self, page: QWebEnginePage, events: queue.Queue[Event]) -> None:
        super().__init__()
        self.page: QWebEnginePage | None = page
        self._events = events
        self._read_requested.connect(self._read_cells)
        self._open_requested.connect(self._open)
        self._scroll_requested.connect(self._scroll)

    def open(self, url: str, resume: Resume | None = None) -> None:
        self._open_requested.emit(url, resume)

    def scroll(self) -> None:
        self._scroll_requested.emit()

    def read_cells(self) -> None:
        self._read_requested.emit()

    def detach(self) -> None:
        """The page is going away; requests still queued from the job are dropped."""
        self.page = None

    def check_signed_in(self) -> None:
        """Ask the page who is signed in; `signed_in` is emitted with the username, if any."""
        if self.page is None:
            return
        self.page.runJavaScript(
            _SIGNED_IN_AS, QWebEngineScript.ScriptWorldId.ApplicationWorld, self._signed_in_as
        )

    def _signed_in_as(self, username: object) -> None:
        if isinstance(username, str) and username:
            self.signed_in.emit(username)

    @Slot(str, object)
    def _open(self, url: str, resume: Resume | None) -> None:
        if self.page is not None:
            if isinstance(self.page, XWebPage):
                self.page.resume_at(resume)
            self.page.load(QUrl(url))

    @Slot()
    def _scroll(self) -> None:
        if self.page is None:
            return
        # Always pass a callback: PySide6 6.12 mis-counts references without one.
        self.page.runJavaScript(
            _SCROLL, QWebEngineScript.ScriptWorldId.ApplicationWorld, _ignore_result
        )

    @Slot()
    def _read_cells(self) -> None:
        if self.page is None:
            return
        self.page.runJavaScript(
            _READ_CELLS, QWebEngineScript.ScriptWorldId.ApplicationWorld, self._cells_read
        )

    def _cells_read(self, result: object) -> None:
        cells = RenderedCells.from_result(result)
        self._events.put(cells if cells is not None else RenderedCells((), 0))


def _ignore_result(_result: object) -> None:
    """runJavaScript's result when nothing is needed from it."""
