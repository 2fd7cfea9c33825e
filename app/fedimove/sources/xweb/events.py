"""What the embedded browser tells the capture job, and what the job asks of it.

The browser lives on the GUI thread and the job on a worker thread: they meet through a queue
of these plain events one way and the thread-safe `PageDriver` calls the other way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from fedimove.sources.xweb.parse import Operation, operation_of, request_variables


@dataclass(frozen=True, slots=True)
class Observed:
    """One x.com API response the page itself received (body only for operations we read)."""

    url: str
    status: int
    body: str | None = None
    reset_at: float | None = None

    @property
    def operation(self) -> Operation | None:
        return operation_of(self.url)

    @property
    def variables(self) -> dict[str, Any]:
        return request_variables(self.url)

    @classmethod
    def from_message(cls, text: str) -> Observed | None:
        """The injected script's message; the page could forge it, so check every field."""
        try:
            message = json.loads(text)
        except ValueError:
            return None
        if not isinstance(message, dict):
            return None
        url, status, body = message.get("url"), message.get("status"), message.get("body")
        if not isinstance(url, str) or not isinstance(status, int):
            return None
        reset = message.get("reset")
        reset_at = float(reset) if isinstance(reset, str) and reset.isdigit() else None
        return cls(url, status, body if isinstance(body, str) else None, reset_at)


@dataclass(frozen=True, slots=True)
class RenderedCells:
    """User cells the page shows that were not read before, and how many it shows in all.

    The fallback when the page's API responses cannot be read: cells have no expanded links
    (the page shows t.co links with shortened text), so the API's JSON is preferred.
    """

    cells: tuple[dict[str, Any], ...]
    shown: int

    @classmethod
    def from_result(cls, text: object) -> RenderedCells | None:
        try:
            result = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            return None
        if not isinstance(result, dict):
            return None
        cells, shown = result.get("cells"), result.get("shown")
        if not isinstance(cells, list) or not isinstance(shown, int):
            return None
        return cls(tuple(c for c in cells if isinstance(c, dict)), shown)


Event = Observed | RenderedCells


@dataclass(frozen=True, slots=True)
class Resume:
    """Where a continued read picks up: the page's first `operation` request whose variables
    match `match` asks for the page after `cursor`."""

    operation: str
    match: dict[str, str]
    cursor: str

    def to_json(self) -> str:
        return json.dumps({"operation": self.operation, "match": self.match, "cursor": self.cursor})


class PageDriver(Protocol):
    """What the job asks of the browser; safe to call from the job's thread."""

    def open(self, url: str, resume: Resume | None = None) -> None:
        """Load a page of x.com (its own script then requests the first page of data)."""

    def scroll(self) -> None:
        """Scroll to the bottom as a reader would (and press x.com's Retry after an error)."""

    def read_cells(self) -> None:
        """Read the user cells shown and not read before; a `RenderedCells` event follows."""
